package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthLegacyApi;
import dev.neonjava.generated.model.CreateBranchNeonAuthNewUserRequest;
import dev.neonjava.generated.model.EnableNeonAuthIntegrationRequest;
import dev.neonjava.generated.model.NeonAuthAddDomainToRedirectURIWhitelistRequest;
import dev.neonjava.generated.model.NeonAuthAddOAuthProviderRequest;
import dev.neonjava.generated.model.NeonAuthCreateAuthProviderSDKKeysRequest;
import dev.neonjava.generated.model.NeonAuthCreateIntegrationRequest;
import dev.neonjava.generated.model.NeonAuthCreateIntegrationResponse;
import dev.neonjava.generated.model.NeonAuthDeleteDomainFromRedirectURIWhitelistItem;
import dev.neonjava.generated.model.NeonAuthDeleteDomainFromRedirectURIWhitelistRequest;
import dev.neonjava.generated.model.NeonAuthEmailAndPasswordConfigUpdate;
import dev.neonjava.generated.model.NeonAuthIntegration;
import dev.neonjava.generated.model.NeonAuthOauthProvider;
import dev.neonjava.generated.model.NeonAuthOauthProviderId;
import dev.neonjava.generated.model.NeonAuthOauthProviderType;
import dev.neonjava.generated.model.NeonAuthOrganizationConfigUpdate;
import dev.neonjava.generated.model.NeonAuthPluginConfigs;
import dev.neonjava.generated.model.NeonAuthProviderProjectTransferStatus;
import dev.neonjava.generated.model.NeonAuthRedirectURIWhitelistDomain;
import dev.neonjava.generated.model.NeonAuthSupportedAuthProvider;
import dev.neonjava.generated.model.NeonAuthTransferAuthProviderProjectRequest;
import dev.neonjava.generated.model.NeonAuthUpdateOAuthProviderRequest;
import dev.neonjava.generated.model.NeonAuthWebhookConfig;
import dev.neonjava.generated.model.UpdateNeonAuthUserRoleRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Neon Auth: set up once per branch, then a stateful store of domains, providers, users and settings; 404 without it. */
@NeonEmulatorTest
class NeonAuthTest {

  private static NeonAuthCreateIntegrationResponse enable(AuthApi auth, String projectId, String branchId) {
    return auth.createNeonAuth(AuthApi.CreateNeonAuthParams.builder().projectId(projectId).branchId(branchId)
        .enableNeonAuthIntegrationRequest(new EnableNeonAuthIntegrationRequest()
            .authProvider(NeonAuthSupportedAuthProvider.BETTER_AUTH)).build());
  }

  private static List<NeonAuthRedirectURIWhitelistDomain> domains(AuthApi auth, String projectId, String branchId) {
    return auth.listBranchNeonAuthTrustedDomains(AuthApi.ListBranchNeonAuthTrustedDomainsParams.builder()
        .projectId(projectId).branchId(branchId).build()).getDomains();
  }

  @Test
  void neonAuthIsEnabledOncePerBranchReadAndDisabled(NeonEmulator neon, ApiClient client) {
    AuthApi auth = new AuthApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    AuthApi.GetNeonAuthParams get = AuthApi.GetNeonAuthParams.builder().projectId(projectId).branchId(main).build();
    assertThatThrownBy(() -> auth.getNeonAuth(get)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Neon Auth is not enabled for branch " + main);
    assertThatThrownBy(() -> domains(auth, projectId, main)).isInstanceOf(NotFoundException.class);

    NeonAuthCreateIntegrationResponse created = enable(auth, projectId, main);

    assertThat(created.getSchemaName()).isEqualTo("neon_auth");
    assertThat(created.getTableName()).isEqualTo("user");
    assertThat(created.getJwksUrl()).isEqualTo(created.getBaseUrl() + "/.well-known/jwks.json");
    assertThat(created.getBaseUrl()).startsWith("https://ep-").endsWith(".neonauth.us-east-2.aws.neon.tech/neondb/auth");
    assertThatThrownBy(() -> enable(auth, projectId, main)).isInstanceOf(ConflictException.class);
    NeonAuthIntegration read = auth.getNeonAuth(get);
    assertThat(read.getBranchId()).isEqualTo(main);
    assertThat(read.getDbName()).isEqualTo("neondb");
    assertThat(read.getAuthProviderProjectId()).isEqualTo(created.getAuthProviderProjectId());
    assertThat(new AuthLegacyApi(client).listNeonAuthIntegrations(AuthLegacyApi.ListNeonAuthIntegrationsParams
        .builder().projectId(projectId).build()).getData()).extracting(NeonAuthIntegration::getBranchId)
        .containsExactly(main);

    auth.disableNeonAuth(AuthApi.DisableNeonAuthParams.builder().projectId(projectId).branchId(main).build());

    assertThatThrownBy(() -> auth.getNeonAuth(get)).isInstanceOf(NotFoundException.class);
    assertThat(enable(auth, projectId, main).getAuthProviderProjectId()).as("enabled anew")
        .isNotEqualTo(created.getAuthProviderProjectId());
  }

  @Test
  void domainsAndOauthProvidersAreKeptUnderTheIntegration(NeonEmulator neon, ApiClient client) {
    AuthApi auth = new AuthApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    enable(auth, projectId, main);
    AuthApi.AddBranchNeonAuthTrustedDomainParams add = AuthApi.AddBranchNeonAuthTrustedDomainParams.builder()
        .projectId(projectId).branchId(main).neonAuthAddDomainToRedirectURIWhitelistRequest(
            new NeonAuthAddDomainToRedirectURIWhitelistRequest().domain(URI.create("https://app.example.com"))
                .authProvider(NeonAuthSupportedAuthProvider.BETTER_AUTH)).build();

    auth.addBranchNeonAuthTrustedDomain(add);

    assertThat(domains(auth, projectId, main)).extracting(NeonAuthRedirectURIWhitelistDomain::getDomain)
        .containsExactly("https://app.example.com");
    assertThatThrownBy(() -> auth.addBranchNeonAuthTrustedDomain(add)).isInstanceOf(ConflictException.class);
    NeonAuthDeleteDomainFromRedirectURIWhitelistRequest remove = new NeonAuthDeleteDomainFromRedirectURIWhitelistRequest()
        .authProvider(NeonAuthSupportedAuthProvider.BETTER_AUTH).domains(List.of(
            new NeonAuthDeleteDomainFromRedirectURIWhitelistItem().domain(URI.create("https://app.example.com"))));
    auth.deleteBranchNeonAuthTrustedDomain(AuthApi.DeleteBranchNeonAuthTrustedDomainParams.builder()
        .projectId(projectId).branchId(main).neonAuthDeleteDomainFromRedirectURIWhitelistRequest(remove).build());
    assertThat(domains(auth, projectId, main)).isEmpty();
    assertThatThrownBy(() -> auth.deleteBranchNeonAuthTrustedDomain(AuthApi.DeleteBranchNeonAuthTrustedDomainParams
        .builder().projectId(projectId).branchId(main).neonAuthDeleteDomainFromRedirectURIWhitelistRequest(remove)
        .build())).isInstanceOf(NotFoundException.class);

    NeonAuthOauthProvider shared = auth.addBranchNeonAuthOauthProvider(AuthApi.AddBranchNeonAuthOauthProviderParams
        .builder().projectId(projectId).branchId(main).neonAuthAddOAuthProviderRequest(
            new NeonAuthAddOAuthProviderRequest().id(NeonAuthOauthProviderId.GOOGLE)).build());
    assertThat(shared.getType()).isEqualTo(NeonAuthOauthProviderType.SHARED);
    NeonAuthOauthProvider own = auth.updateBranchNeonAuthOauthProvider(AuthApi.UpdateBranchNeonAuthOauthProviderParams
        .builder().projectId(projectId).branchId(main).oauthProviderId(NeonAuthOauthProviderId.GOOGLE)
        .neonAuthUpdateOAuthProviderRequest(new NeonAuthUpdateOAuthProviderRequest().clientId("my-client")
            .clientSecret("my-secret")).build());
    assertThat(own.getType()).isEqualTo(NeonAuthOauthProviderType.STANDARD);
    assertThat(own.getClientId()).isEqualTo("my-client");
    assertThat(auth.listBranchNeonAuthOauthProviders(AuthApi.ListBranchNeonAuthOauthProvidersParams.builder()
        .projectId(projectId).branchId(main).build()).getProviders()).singleElement()
        .satisfies(p -> assertThat(p.getClientId()).isEqualTo("my-client"));
    assertThatThrownBy(() -> auth.updateBranchNeonAuthOauthProvider(AuthApi.UpdateBranchNeonAuthOauthProviderParams
        .builder().projectId(projectId).branchId(main).oauthProviderId(NeonAuthOauthProviderId.GITHUB)
        .neonAuthUpdateOAuthProviderRequest(new NeonAuthUpdateOAuthProviderRequest()).build()))
        .isInstanceOf(NotFoundException.class);
    auth.deleteBranchNeonAuthOauthProvider(AuthApi.DeleteBranchNeonAuthOauthProviderParams.builder()
        .projectId(projectId).branchId(main).oauthProviderId(NeonAuthOauthProviderId.GOOGLE).build());
    assertThat(auth.listBranchNeonAuthOauthProviders(AuthApi.ListBranchNeonAuthOauthProvidersParams.builder()
        .projectId(projectId).branchId(main).build()).getProviders()).isEmpty();
  }

  @Test
  void usersAndSettingsAreStatefulAndGoWithTheIntegration(NeonEmulator neon, ApiClient client) {
    AuthApi auth = new AuthApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    enable(auth, projectId, main);
    AuthApi.CreateBranchNeonAuthNewUserParams ada = AuthApi.CreateBranchNeonAuthNewUserParams.builder()
        .projectId(projectId).branchId(main).createBranchNeonAuthNewUserRequest(new CreateBranchNeonAuthNewUserRequest()
            .email("ada@example.com").name("Ada")).build();
    String id = auth.createBranchNeonAuthNewUser(ada).getId();
    assertThatThrownBy(() -> auth.createBranchNeonAuthNewUser(ada)).isInstanceOf(ConflictException.class);
    assertThat(auth.updateNeonAuthUserRole(AuthApi.UpdateNeonAuthUserRoleParams.builder().projectId(projectId)
        .branchId(main).authUserId(id).updateNeonAuthUserRoleRequest(new UpdateNeonAuthUserRoleRequest()
            .roles(List.of("admin"))).build()).getId()).isEqualTo(id);
    auth.deleteBranchNeonAuthUser(AuthApi.DeleteBranchNeonAuthUserParams.builder().projectId(projectId).branchId(main)
        .authUserId(id).build());
    assertThatThrownBy(() -> auth.deleteBranchNeonAuthUser(AuthApi.DeleteBranchNeonAuthUserParams.builder()
        .projectId(projectId).branchId(main).authUserId(id).build())).isInstanceOf(NotFoundException.class);

    assertThat(auth.getNeonAuthEmailAndPasswordConfig(AuthApi.GetNeonAuthEmailAndPasswordConfigParams.builder()
        .projectId(projectId).branchId(main).build()).getDisableSignUp()).isFalse();
    auth.updateNeonAuthEmailAndPasswordConfig(AuthApi.UpdateNeonAuthEmailAndPasswordConfigParams.builder()
        .projectId(projectId).branchId(main).neonAuthEmailAndPasswordConfigUpdate(
            new NeonAuthEmailAndPasswordConfigUpdate().disableSignUp(true)).build());
    auth.updateNeonAuthOrganizationPlugin(AuthApi.UpdateNeonAuthOrganizationPluginParams.builder().projectId(projectId)
        .branchId(main).neonAuthOrganizationConfigUpdate(new NeonAuthOrganizationConfigUpdate().organizationLimit(3))
        .build());
    NeonAuthPluginConfigs plugins = auth.getNeonAuthPluginConfigs(AuthApi.GetNeonAuthPluginConfigsParams.builder()
        .projectId(projectId).branchId(main).build());
    assertThat(plugins.getEmailAndPassword().getDisableSignUp()).isTrue();
    assertThat(plugins.getEmailAndPassword().getEnabled()).as("the rest kept").isTrue();
    assertThat(plugins.getOrganization().getOrganizationLimit()).isEqualTo(3);
    assertThat(plugins.getOrganization().getMembershipLimit()).isEqualTo(100);
    assertThatThrownBy(() -> auth.updateNeonAuthWebhookConfig(AuthApi.UpdateNeonAuthWebhookConfigParams.builder()
        .projectId(projectId).branchId(main).neonAuthWebhookConfig(new NeonAuthWebhookConfig().enabled(true)).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("webhook_url");

    auth.disableNeonAuth(AuthApi.DisableNeonAuthParams.builder().projectId(projectId).branchId(main).build());
    assertThatThrownBy(() -> auth.getNeonAuthPluginConfigs(AuthApi.GetNeonAuthPluginConfigsParams.builder()
        .projectId(projectId).branchId(main).build())).isInstanceOf(NotFoundException.class);
    enable(auth, projectId, main);
    assertThat(auth.getNeonAuthEmailAndPasswordConfig(AuthApi.GetNeonAuthEmailAndPasswordConfigParams.builder()
        .projectId(projectId).branchId(main).build()).getDisableSignUp()).as("a new integration starts afresh")
        .isFalse();
  }

  @Test
  void theProjectLevelOperationsReachTheProjectsIntegration(NeonEmulator neon, ApiClient client) {
    AuthLegacyApi legacy = new AuthLegacyApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    String dev = neon.seedBranch(projectId, "dev").getId();
    AuthLegacyApi.ListNeonAuthRedirectURIWhitelistDomainsParams list = AuthLegacyApi
        .ListNeonAuthRedirectURIWhitelistDomainsParams.builder().projectId(projectId).build();
    assertThatThrownBy(() -> legacy.listNeonAuthRedirectURIWhitelistDomains(list)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Neon Auth is not enabled for project " + projectId);

    NeonAuthCreateIntegrationResponse created = legacy.createNeonAuthIntegration(AuthLegacyApi
        .CreateNeonAuthIntegrationParams.builder().neonAuthCreateIntegrationRequest(new NeonAuthCreateIntegrationRequest()
            .projectId(projectId).branchId(main).authProvider(NeonAuthSupportedAuthProvider.STACK)).build());

    assertThat(created.getJwksUrl()).startsWith("https://api.stack-auth.com/api/v1/projects/");
    assertThat(created.getTableName()).isEqualTo("users_sync");
    assertThatThrownBy(() -> legacy.createNeonAuthIntegration(AuthLegacyApi.CreateNeonAuthIntegrationParams.builder()
        .neonAuthCreateIntegrationRequest(new NeonAuthCreateIntegrationRequest().projectId(projectId).branchId(dev)
            .authProvider(NeonAuthSupportedAuthProvider.STACK)).build())).isInstanceOf(ConflictException.class);
    legacy.addNeonAuthDomainToRedirectURIWhitelist(AuthLegacyApi.AddNeonAuthDomainToRedirectURIWhitelistParams.builder()
        .projectId(projectId).neonAuthAddDomainToRedirectURIWhitelistRequest(new NeonAuthAddDomainToRedirectURIWhitelistRequest()
            .domain(URI.create("https://example.com")).authProvider(NeonAuthSupportedAuthProvider.STACK)).build());
    assertThat(domains(new AuthApi(client), projectId, main)).extracting(NeonAuthRedirectURIWhitelistDomain::getDomain)
        .as("the same integration, seen from its branch").containsExactly("https://example.com");
    NeonAuthCreateIntegrationResponse keys = legacy.createNeonAuthProviderSDKKeys(AuthLegacyApi
        .CreateNeonAuthProviderSDKKeysParams.builder().neonAuthCreateAuthProviderSDKKeysRequest(
            new NeonAuthCreateAuthProviderSDKKeysRequest().projectId(projectId)
                .authProvider(NeonAuthSupportedAuthProvider.STACK)).build());
    assertThat(keys.getSecretServerKey()).isNotEqualTo(created.getSecretServerKey());
    legacy.transferNeonAuthProviderProject(AuthLegacyApi.TransferNeonAuthProviderProjectParams.builder()
        .neonAuthTransferAuthProviderProjectRequest(new NeonAuthTransferAuthProviderProjectRequest().projectId(projectId)
            .authProvider(NeonAuthSupportedAuthProvider.STACK)).build());
    assertThat(new AuthApi(client).getNeonAuth(AuthApi.GetNeonAuthParams.builder().projectId(projectId).branchId(main)
        .build()).getTransferStatus()).isEqualTo(NeonAuthProviderProjectTransferStatus.INITIATED);
    assertThatThrownBy(() -> legacy.deleteNeonAuthIntegration(AuthLegacyApi.DeleteNeonAuthIntegrationParams.builder()
        .projectId(projectId).authProvider(NeonAuthSupportedAuthProvider.BETTER_AUTH).build()))
        .isInstanceOf(NotFoundException.class);

    legacy.deleteNeonAuthIntegration(AuthLegacyApi.DeleteNeonAuthIntegrationParams.builder().projectId(projectId)
        .authProvider(NeonAuthSupportedAuthProvider.STACK).build());

    assertThatThrownBy(() -> legacy.listNeonAuthRedirectURIWhitelistDomains(list)).isInstanceOf(NotFoundException.class);
  }
}
