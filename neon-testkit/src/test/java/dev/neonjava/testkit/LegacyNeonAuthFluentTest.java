package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.NeonAuthCreateIntegrationResponse;
import dev.neonjava.generated.model.NeonAuthEmailServerConfig;
import dev.neonjava.generated.model.NeonAuthOauthProvider;
import dev.neonjava.generated.model.NeonAuthOauthProviderId;
import dev.neonjava.generated.model.NeonAuthSupportedAuthProvider;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.StandardEmailServer;
import dev.neonjava.resources.LegacyNeonAuth;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.runtime.Secret;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The legacy Neon Auth integration API through the fluent client, on the emulator. */
class LegacyNeonAuthFluentTest {
  private static final NeonAuthSupportedAuthProvider STACK = NeonAuthSupportedAuthProvider.STACK;

  @Test
  void integrationsKeysUsersAndTransfer() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      Project project = emulator.seedProject("legacy-auth");
      String branchId = emulator.branches(project.getId()).get(0).getId();

      NeonAuthCreateIntegrationResponse keys = neon.neonAuthIntegrations()
          .create(r -> r.authProvider(STACK).projectId(project.getId()).branchId(branchId));
      assertThat(keys.getSecretServerKey()).isNotBlank();
      assertThat(keys.toString()).contains("secret_server_key=<redacted>");
      NeonAuthCreateIntegrationResponse fresh = neon.neonAuthIntegrations()
          .createSdkKeys(r -> r.projectId(project.getId()).authProvider(STACK));
      assertThat(fresh.toString()).contains("secret_server_key=<redacted>");
      assertThat(neon.neonAuthIntegrations().createUser(u -> u.projectId(project.getId()).authProvider(STACK)
          .email("ada@example.com"))).isNotBlank();
      Secret claim = neon.neonAuthIntegrations().transfer(t -> t.projectId(project.getId()).authProvider(STACK));
      assertThat(claim.reveal()).isNotBlank();
      assertThat(claim.toString()).isEqualTo("<redacted>");

      LegacyNeonAuth auth = neon.project(project.getId()).authIntegrations();
      assertThat(auth.listAsync().join()).isEqualTo(auth.list());
      assertThat(auth.deleteUserIfExists("user-never-created")).isFalse();
      assertThatThrownBy(() -> auth.deleteUser("user-never-created")).isInstanceOf(NotFoundException.class);
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void settingsOfAProjectIntegration() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Project project = emulator.seedProject("legacy-auth");
      Neon neon = emulator.newNeon();
      neon.neonAuthIntegrations().create(r -> r.authProvider(STACK).projectId(project.getId())
          .branchId(emulator.branches(project.getId()).get(0).getId()));
      LegacyNeonAuth auth = neon.project(project.getId()).authIntegrations();

      NeonAuthOauthProvider github = auth.oauthProviders().add(p -> p.id(NeonAuthOauthProviderId.GITHUB)
          .clientId("gh-client").clientSecret("gh-secret-1"));
      assertThat(github.toString()).doesNotContain("gh-secret-1");
      assertThat(auth.oauthProviders().list()).extracting(NeonAuthOauthProvider::getId)
          .containsExactly(NeonAuthOauthProviderId.GITHUB);
      assertThat(auth.oauthProviders().update(NeonAuthOauthProviderId.GITHUB, p -> p.clientId("gh-client-2"))
          .getClientId()).isEqualTo("gh-client-2");
      auth.oauthProviders().delete(NeonAuthOauthProviderId.GITHUB);
      assertThat(auth.oauthProviders().deleteIfExists(NeonAuthOauthProviderId.GITHUB)).isFalse();
      assertThat(auth.oauthProviders().listAsync().join()).isEmpty();

      auth.updateEmailServer(NeonAuthEmailServerConfig.of(new StandardEmailServer().host("smtp.example.com")
          .port(465L).username("mailer").password("smtp-pass-9").senderEmail("a@example.com").senderName("A")));
      NeonAuthEmailServerConfig server = auth.emailServer();
      assertThat(server.getStandardEmailServer().getPort()).isEqualTo(465L);
      assertThat(server.toString()).contains("smtp.example.com").doesNotContain("smtp-pass-9");

      emulator.takeRequests();
      auth.trustedDomains().add(d -> d.domain(URI.create("https://app.example.com")).authProvider(STACK));
      auth.trustedDomains().list();
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
          .containsExactly("addNeonAuthDomainToRedirectURIWhitelist", "listNeonAuthRedirectURIWhitelistDomains");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void deletingAnIntegrationThatIsGoneIsFineForCleanUp() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Project project = emulator.seedProject("legacy-auth");
      LegacyNeonAuth auth = emulator.newNeon().project(project.getId()).authIntegrations();
      emulator.inject("deleteNeonAuthIntegration", Fault.status(404, "no such integration"));

      assertThat(auth.deleteIfExists(STACK)).isFalse();
      assertThatThrownBy(() -> auth.delete(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("auth_provider");
      assertThat(auth.deleteAsync(STACK, null)).isCompletedExceptionally();
      assertThat(emulator.violations()).isEmpty();
    }
  }
}
