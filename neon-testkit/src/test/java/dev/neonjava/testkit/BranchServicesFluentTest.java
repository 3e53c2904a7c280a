package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.CredentialMeta;
import dev.neonjava.generated.model.CredentialScope;
import dev.neonjava.generated.model.CreateCredentialRequest;
import dev.neonjava.generated.model.DataAPIReponse;
import dev.neonjava.generated.model.DataAPISettings;
import dev.neonjava.generated.model.NeonFunction;
import dev.neonjava.generated.model.NeonFunctionDeployment;
import dev.neonjava.generated.model.Project;
import dev.neonjava.resources.BranchScope;
import dev.neonjava.resources.CredentialSecrets;
import dev.neonjava.resources.Credentials;
import dev.neonjava.resources.DataApi;
import dev.neonjava.resources.Functions;
import dev.neonjava.resources.IssuedCredential;
import dev.neonjava.runtime.BinaryContent;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Functions, the Data API, credentials, storage and the AI gateway of a branch, through the fluent client on the emulator. */
class BranchServicesFluentTest {

  @Test
  void functionsAreDeployedFromBytesFilesAndStreamsListedRenamedAndDeleted(@TempDir Path dir) throws IOException {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      BranchScope branch = seededBranch(emulator);
      Functions functions = branch.functions();
      byte[] zip = zip("index.js", "export default () => new Response('hi')");
      Path zipFile = Files.write(dir.resolve("bundle.zip"), zip);

      NeonFunctionDeployment first = functions.deploy("resize", zip);
      NeonFunctionDeployment second = functions.deploy("resize", zipFile);
      // a stream has no known length: sent chunked, which the emulator's server takes over HTTP/1.1 only
      Functions overHttp11 = emulator.neonBuilder()
          .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).build()
          .project(branch.get().getProjectId()).branch(branch.get().getId()).functions();
      NeonFunctionDeployment broken = overHttp11.deploy("thumbs", new ByteArrayInputStream(bytes("not a zip")));
      NeonFunctionDeployment configured = functions.deployAsync("hello",
          d -> d.zip(BinaryContent.of(zip).named("hello.zip")).runtime("nodejs24")).join();

      assertThat(first.getStatus()).isEqualTo(NeonFunctionDeployment.StatusEnum.COMPLETED);
      assertThat(second.getId()).isGreaterThan(first.getId());
      assertThat(broken.getStatus()).isEqualTo(NeonFunctionDeployment.StatusEnum.FAILED);
      assertThat(broken.getError()).contains("not a zip");
      assertThat(configured.getRuntime()).isEqualTo("nodejs24");
      NeonFunction resize = functions.get("resize");
      assertThat(resize.getActiveDeployment().getId()).isEqualTo(second.getId());
      assertThat(functions.getAsync("thumbs").join().getActiveDeployment()).as("no deployment succeeded").isNull();

      assertThat(functions.list(p -> p.limit(1L)).toList()).extracting(NeonFunction::getSlug)
          .containsExactly("resize", "thumbs", "hello");
      assertThat(functions.update("resize", f -> f.name("Image resizer")).getName()).isEqualTo("Image resizer");
      assertThat(functions.list().stream().filter(f -> f.getSlug().equals("resize")).findFirst().orElseThrow()
          .getName()).isEqualTo("Image resizer");

      functions.delete("thumbs");
      assertThatThrownBy(() -> functions.get("thumbs")).isInstanceOf(NotFoundException.class);
      assertThat(functions.deleteIfExists("thumbs")).isFalse();
      assertThat(functions.deleteIfExists("hello")).isTrue();
      assertThat(functions.list().toList()).extracting(NeonFunction::getSlug).containsExactly("resize");
      assertThatThrownBy(() -> functions.deploy("bad slug", zip)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("slug");
      assertThat(functions.deployAsync(null, d -> { })).isCompletedExceptionally();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void theDataApiIsEnsuredOnceChangedAndRemoved() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      DataApi dataApi = seededBranch(emulator).dataApi("neondb");
      assertThatThrownBy(dataApi::get).isInstanceOf(NotFoundException.class);

      DataAPIReponse ensured = dataApi.ensure(r -> r.settings(new DataAPISettings().dbSchemas(List.of("public", "api"))));
      DataAPIReponse again = dataApi.ensure(r -> r.settings(new DataAPISettings().dbSchemas(List.of("other"))));

      assertThat(ensured.getAvailableSchemas()).containsExactly("public", "api");
      assertThat(again.getUrl()).isEqualTo(ensured.getUrl());
      assertThat(again.getAvailableSchemas()).as("the existing set-up is kept").containsExactly("public", "api");
      assertThatThrownBy(() -> dataApi.create(r -> { })).isInstanceOf(ConflictException.class);

      dataApi.update(u -> u.settings(new DataAPISettings().dbMaxRows(50L)));
      DataAPISettings settings = dataApi.get().getSettings();
      assertThat(settings.getDbMaxRows()).isEqualTo(50L);
      assertThat(settings.getDbSchemas()).as("settings not sent are kept").containsExactly("public", "api");

      dataApi.delete();
      assertThatThrownBy(dataApi::get).isInstanceOf(NotFoundException.class);
      assertThat(dataApi.deleteIfExists()).isFalse();
      URI url = dataApi.createAsync(new dev.neonjava.generated.model.DataAPICreateRequest()).join();
      assertThat(url).isEqualTo(ensured.getUrl());
      assertThat(dataApi.deleteIfExists()).isTrue();
      assertThatThrownBy(() -> seededBranch(emulator).dataApi("no_such_db").create(r -> { }))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> seededBranch(emulator).dataApi(" ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("database_name");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void credentialsShowTheirSecretsOnceAndAreRevoked() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Credentials credentials = seededBranch(emulator).credentials();
      IssuedCredential issued = credentials.create(c -> c.name("uploader")
          .scopes(List.of(CredentialScope.of("storage:read"), CredentialScope.of("storage:write")))
          .principalType(CreateCredentialRequest.PrincipalTypeEnum.USER));

      String token = issued.apiToken().reveal();
      String s3Key = issued.s3SecretAccessKey().reveal();
      assertThat(token).isNotBlank();
      assertThat(s3Key).isNotBlank();
      assertThat(issued.toString()).doesNotContain(token).doesNotContain(s3Key).contains("uploader");
      assertThat(issued.scopes()).hasSize(2);
      List<CredentialMeta> listed = credentials.list();
      assertThat(listed).extracting(CredentialMeta::getTokenId).containsExactly(issued.tokenId());
      assertThat(listed.get(0).getName()).isEqualTo("uploader");
      assertThat(listed.toString()).doesNotContain(token).doesNotContain(s3Key);

      CredentialSecrets revealed = credentials.reveal(issued.tokenId());
      assertThat(revealed.apiToken().reveal()).isEqualTo(token);
      assertThat(revealed.toString()).doesNotContain(token).doesNotContain(s3Key);
      CredentialSecrets rotated = credentials.rotateAsync(issued.tokenId()).join();
      assertThat(rotated.apiToken().reveal()).isNotEqualTo(token);
      assertThat(rotated.s3SecretAccessKey().reveal()).isNotEqualTo(s3Key);
      assertThat(credentials.reveal(issued.tokenId()).apiToken().reveal())
          .as("reveal shows the rotated token").isEqualTo(rotated.apiToken().reveal());
      assertThat(credentials.revealAsync("tok /x")).failsWithin(java.time.Duration.ofSeconds(5))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(IllegalArgumentException.class);

      credentials.revoke(issued.tokenId());
      assertThat(credentials.listAsync().join()).isEmpty();
      assertThatThrownBy(() -> credentials.reveal(issued.tokenId())).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> credentials.revoke(issued.tokenId())).isInstanceOf(NotFoundException.class);
      assertThat(credentials.revokeIfExists(issued.tokenId())).isFalse();
      assertThatThrownBy(() -> credentials.revoke("tok/../x")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("token_id");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void storageAndAiGatewayAreRead() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      BranchScope branch = seededBranch(emulator);
      assertThat(branch.storage().get().getS3Endpoint()).isNotNull();
      assertThat(branch.storage().getAsync().join().getRegion()).isNotBlank();
      assertThat(branch.aiGateway().get().getBaseUrl()).isNotNull();
      assertThat(branch.aiGateway().getAsync().join().getEnabled()).isNotNull();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  private static BranchScope seededBranch(NeonEmulator emulator) {
    Neon neon = emulator.newNeon();
    Project project = emulator.projects().isEmpty() ? emulator.seedProject("services") : emulator.projects().get(0);
    return neon.project(project.getId()).branch(emulator.branches(project.getId()).get(0).getId());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(bytes(content));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
