package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.NeonAuthCreateIntegrationResponse;
import dev.neonjava.generated.model.NeonAuthEmailServerConfig;
import dev.neonjava.generated.model.NeonAuthEmailVerificationMethod;
import dev.neonjava.generated.model.NeonAuthIntegration;
import dev.neonjava.generated.model.NeonAuthOauthProvider;
import dev.neonjava.generated.model.NeonAuthOauthProviderId;
import dev.neonjava.generated.model.NeonAuthDeleteDomainFromRedirectURIWhitelistItem;
import dev.neonjava.generated.model.NeonAuthSupportedAuthProvider;
import dev.neonjava.generated.model.NeonAuthWebhookConfig;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.SendNeonAuthTestEmailRequest;
import dev.neonjava.resources.NeonAuth;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.ForbiddenException;
import dev.neonjava.runtime.NotFoundException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Neon Auth on a branch, through the fluent client, on the emulator. */
class NeonAuthFluentTest {
  private static final NeonAuthSupportedAuthProvider BETTER_AUTH = NeonAuthSupportedAuthProvider.BETTER_AUTH;

  @Test
  void enableEnsureAndDisable() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Project project = emulator.seedProject("auth");
      String branchId = emulator.branches(project.getId()).get(0).getId();
      NeonAuth auth = emulator.newNeon().project(project.getId()).branch(branchId).auth();

      NeonAuthCreateIntegrationResponse keys = auth.enable(r -> r.authProvider(BETTER_AUTH).databaseName("neondb"));
      assertThat(keys.getAuthProvider()).isEqualTo(BETTER_AUTH);
      assertThat(keys.getSecretServerKey()).isNotBlank();
      assertThat(keys.toString()).contains("secret_server_key=<redacted>");
      NeonAuthIntegration integration = auth.get();
      assertThat(integration.getAuthProvider()).isEqualTo(BETTER_AUTH);

      NeonAuthIntegration ensured = auth.ensure(r -> r.authProvider(BETTER_AUTH));
      assertThat(ensured.getAuthProviderProjectId()).isEqualTo(integration.getAuthProviderProjectId());
      emulator.inject("createNeonAuth", Fault.status(409, "Neon Auth is already enabled on this branch"));
      ensured = auth.ensure(r -> r.authProvider(BETTER_AUTH));
      assertThat(ensured.getAuthProviderProjectId()).isEqualTo(integration.getAuthProviderProjectId());
      assertThat(auth.ensureAsync(new dev.neonjava.generated.model.EnableNeonAuthIntegrationRequest()
          .authProvider(BETTER_AUTH)).join().getAuthProviderProjectId()).isEqualTo(integration.getAuthProviderProjectId());
      emulator.inject("createNeonAuth", Fault.status(403, "not allowed"));
      assertThatThrownBy(() -> auth.ensure(r -> r.authProvider(BETTER_AUTH))).isInstanceOf(ForbiddenException.class);
      emulator.inject("createNeonAuth", Fault.status(409, "Neon Auth is already enabled on this branch"));
      assertThatThrownBy(() -> auth.enable(r -> r.authProvider(BETTER_AUTH))).isInstanceOf(ConflictException.class);
      assertThat(auth.updateConfig(c -> c.name("my app")).getName()).isEqualTo("my app");

      auth.disable(r -> r.deleteData(true));
      assertThat(emulator.requests()).last().satisfies(r -> {
        assertThat(r.operationId()).isEqualTo("disableNeonAuth");
        assertThat(r.status()).isEqualTo(200);
      });
      emulator.inject("disableNeonAuth", Fault.status(404, "Neon Auth is not enabled on this branch"));
      assertThat(auth.disableIfEnabled()).isFalse();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void settingsRoundTrip() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      NeonAuth auth = enabled(emulator);

      auth.emailAndPassword().update(c -> c.enabled(true).emailVerificationMethod(NeonAuthEmailVerificationMethod.OTP)
          .requireEmailVerification(true));
      assertThat(auth.emailAndPassword().get().getEmailVerificationMethod()).isEqualTo(NeonAuthEmailVerificationMethod.OTP);
      assertThat(auth.emailAndPassword().get().getRequireEmailVerification()).isTrue();

      assertThat(auth.emailAndPassword().withOptions(o -> o.header("X-Request-ID", "trace-auth-1")).get()
          .getEnabled()).isTrue();
      assertThat(emulator.requests()).last().satisfies(r -> {
        assertThat(r.operationId()).isEqualTo("getNeonAuthEmailAndPasswordConfig");
        assertThat(r.requestId()).isEqualTo("trace-auth-1");
      });
      assertThat(auth.withOptions(o -> o.header("X-Request-ID", "trace-auth-2")).get()).isEqualTo(auth.get());
      assertThat(emulator.requests()).extracting(RecordedRequest::requestId).contains("trace-auth-2");

      assertThat(auth.allowLocalhost().set(true)).isTrue();
      assertThat(auth.allowLocalhost().get()).isTrue();
      assertThat(auth.allowLocalhost().setAsync(false).join()).isFalse();
      assertThat(auth.allowLocalhost().getAsync().join()).isFalse();

      auth.webhooks().replace(w -> w.enabled(true).webhookUrl("https://hooks.example.com/auth")
          .addEnabledEventsItem(NeonAuthWebhookConfig.EnabledEventsEnum.USER_CREATED).timeoutSeconds(3L));
      NeonAuthWebhookConfig webhook = auth.webhooks().get();
      assertThat(webhook.getWebhookUrl()).isEqualTo("https://hooks.example.com/auth");
      assertThat(webhook.getEnabledEvents()).containsExactly(NeonAuthWebhookConfig.EnabledEventsEnum.USER_CREATED);
      assertThat(webhook.getTimeoutSeconds()).isEqualTo(3L);

      assertThat(auth.plugins().updateMagicLink(m -> m.enabled(true).expiresIn(30)).getExpiresIn()).isEqualTo(30);
      assertThat(auth.plugins().updatePhoneNumber(p -> p.enabled(true).otpExpiresIn(120L)).getOtpExpiresIn())
          .isEqualTo(120L);
      assertThat(auth.plugins().phoneNumber().getOtpExpiresIn()).isEqualTo(120L);
      assertThat(auth.plugins().updateOrganization(o -> o.enabled(true).organizationLimit(3)).getOrganizationLimit())
          .isEqualTo(3);
      assertThat(auth.plugins().get()).isNotNull();
      assertThatThrownBy(() -> auth.plugins().updateMagicLink(m -> m.expiresIn(1)))
          .isInstanceOf(BadRequestException.class).hasMessageContaining("expires_in");
    }
  }

  @Test
  void emailProviderVariantsKeepThePasswordOutOfToString() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      NeonAuth auth = enabled(emulator);

      NeonAuthEmailServerConfig set = auth.emailProvider().useStandard(s -> s.host("smtp.example.com").port(587L)
          .username("mailer").password("smtp-pass-123").senderEmail("noreply@example.com").senderName("Example"));
      NeonAuthEmailServerConfig read = auth.emailProvider().get();
      assertThat(read.getStandardEmailServer()).isNotNull();
      assertThat(read.getStandardEmailServer().getHost()).isEqualTo("smtp.example.com");
      assertThat(set.toString() + read.toString()).doesNotContain("smtp-pass-123");

      assertThat(read.getStandardEmailServer().getPassword()).isEqualTo("smtp-pass-123");

      NeonAuthEmailServerConfig shared = auth.emailProvider().useShared(s -> s.senderEmail("auth@example.com"));
      assertThat(shared.toString()).doesNotContain("smtp-pass-123");
      assertThat(emulator.requests()).last().satisfies(r -> {
        assertThat(r.operationId()).isEqualTo("updateNeonAuthEmailProvider");
        assertThat(r.status()).isEqualTo(200);
      });
      SendNeonAuthTestEmailRequest test = new SendNeonAuthTestEmailRequest().host("smtp.example.com").port(587L)
          .username("mailer").password("smtp-pass-123").senderEmail("noreply@example.com").senderName("Example")
          .recipientEmail("ada@example.com");
      assertThat(auth.sendTestEmail(test).getSuccess()).isNotNull();
      assertThat(test.toString()).doesNotContain("smtp-pass-123");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void usersOauthProvidersAndTrustedDomains() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      NeonAuth auth = enabled(emulator);

      String userId = auth.users().create(u -> u.email("ada@example.com").name("Ada"));
      assertThat(userId).isNotBlank();
      assertThat(auth.users().updateRoles(userId, r -> r.addRolesItem("admin"))).isNotBlank();
      auth.users().delete(userId);
      assertThatThrownBy(() -> auth.users().delete(userId)).isInstanceOf(NotFoundException.class);
      assertThat(auth.users().deleteIfExists(userId)).isFalse();

      NeonAuthOauthProvider google = auth.oauthProviders().add(p -> p.id(NeonAuthOauthProviderId.GOOGLE)
          .clientId("client-1").clientSecret("oauth-secret-1"));
      assertThat(google.toString()).doesNotContain("oauth-secret-1");
      assertThat(auth.oauthProviders().list()).extracting(NeonAuthOauthProvider::getId)
          .containsExactly(NeonAuthOauthProviderId.GOOGLE);
      assertThat(auth.oauthProviders().update(NeonAuthOauthProviderId.GOOGLE, p -> p.clientId("client-2"))
          .getClientId()).isEqualTo("client-2");
      assertThat(auth.oauthProviders().deleteIfExists(NeonAuthOauthProviderId.GOOGLE)).isTrue();
      assertThat(auth.oauthProviders().list()).isEmpty();
      assertThat(auth.oauthProviders().deleteIfExists(NeonAuthOauthProviderId.GOOGLE)).isFalse();

      emulator.takeRequests();
      auth.trustedDomains().add(d -> d.domain(URI.create("https://app.example.com")).authProvider(BETTER_AUTH));
      auth.trustedDomains().delete(d -> d.authProvider(BETTER_AUTH).addDomainsItem(
          new NeonAuthDeleteDomainFromRedirectURIWhitelistItem().domain(URI.create("https://app.example.com"))));
      assertThat(auth.trustedDomains().listAsync().join()).isEmpty();
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId, RecordedRequest::status).containsExactly(
          tuple("addBranchNeonAuthTrustedDomain", 201), tuple("deleteBranchNeonAuthTrustedDomain", 200),
          tuple("listBranchNeonAuthTrustedDomains", 200));
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void badIdsAreRejectedByName() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      assertThatThrownBy(() -> neon.project("p-1").branch("br/x").auth())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch_id");
      NeonAuth auth = neon.project("p-1").branch("br-1").auth();
      assertThatThrownBy(() -> auth.users().delete("../u")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("auth_user_id");
      assertThat(auth.users().deleteAsync("a b")).isCompletedExceptionally();
      assertThatThrownBy(() -> auth.users().deleteAsync("a?b").join()).isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> auth.enable((dev.neonjava.generated.model.EnableNeonAuthIntegrationRequest) null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request");
      assertThat(emulator.requests()).isEmpty();
    }
  }

  private static NeonAuth enabled(NeonEmulator emulator) {
    Project project = emulator.seedProject("auth");
    String branchId = emulator.branches(project.getId()).get(0).getId();
    NeonAuth auth = emulator.newNeon().project(project.getId()).branch(branchId).auth();
    auth.ensure(r -> r.authProvider(BETTER_AUTH));
    return auth;
  }

}
