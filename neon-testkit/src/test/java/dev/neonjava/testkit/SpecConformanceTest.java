package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.SnapshotApi;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.NotFoundException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeonEmulatorTest
class SpecConformanceTest {

  private static HttpResponse<String> send(NeonEmulator neon, String method, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(neon.baseUri() + path))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Bearer " + neon.apiKey()).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theEmulatedOperationsAreOperationsOfTheSpec() {
    Set<String> specOperations = SpecCheck.byDefault().routes().routes().stream().map(r -> r.operationId)
        .collect(Collectors.toSet());
    assertThat(specOperations).hasSize(182);
    assertThat(NeonEmulator.emulatedOperations()).isEqualTo(new java.util.TreeSet<>(specOperations));
  }

  @Test
  void anOperationWithoutBehaviourOfItsOwnAnswersFromTheGenericStore(ApiClient client) {
    assertThatThrownBy(() -> new SnapshotApi(client).listSnapshots(SnapshotApi.ListSnapshotsParams.builder()
        .projectId("any-project").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorMessage())
            .contains("project any-project not found"));
  }

  @Test
  void pathsOutsideTheSpecAre404AndWrongMethods405(NeonEmulator neon) throws Exception {
    assertThat(send(neon, "GET", "/no/such/path").statusCode()).isEqualTo(404);
    HttpResponse<String> wrongMethod = send(neon, "PUT", "/projects");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.body()).contains("PUT is not allowed on /projects");
    assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + neon.port()
        + "/projects")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("outside /api/v2").isEqualTo(404);
  }

  @Test
  void aRequestBodyThatBreaksTheSpecIs400AndRecorded(NeonEmulator neon, ApiClient client) {
    assertThatThrownBy(() -> new Api(client).createProject(new ProjectCreateRequestProject().pgVersion(13L)))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errorMessage()).startsWith("the request does not conform to the Neon API spec")
              .contains("pg_version");
        });

    assertThat(neon.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(SpecViolation.Kind.REQUEST);
      assertThat(v.operationId()).isEqualTo("createProject");
      assertThat(v.method()).isEqualTo("POST");
      assertThat(v.status()).isEqualTo(400);
      assertThat(v.messages()).singleElement().asString().contains("minimum");
    });
    assertThat(neon.takeViolations()).hasSize(1);
    assertThat(neon.violations()).isEmpty();
    assertThat(neon.projects()).isEmpty();
  }

  @Test
  void aResponseThatBreaksTheSpecIsRecordedWithTheValidatorsMessage(@TempDir Path dir) throws Exception {
    String spec;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SpecCheck.RESOURCE)) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String original = "    ProjectResponse:\n      type: object\n      required:\n        - project\n";
    assertThat(spec).contains(original);
    Path stricter = dir.resolve("stricter.yaml");
    Files.writeString(stricter, spec.replace(original, original + "        - emulator_never_sends_this\n"));

    try (NeonEmulator neon = NeonEmulator.builder().spec(stricter).start()) {
      String id = neon.seedProject("app").getId();
      ProjectApi projects = new ProjectApi(neon.newApiClient());
      projects.getProject(ProjectApi.GetProjectParams.builder().projectId(id).build());

      assertThat(neon.violations()).singleElement().satisfies(v -> {
        assertThat(v.kind()).isEqualTo(SpecViolation.Kind.RESPONSE);
        assertThat(v.operationId()).isEqualTo("getProject");
        assertThat(v.status()).isEqualTo(200);
        assertThat(v.messages()).singleElement().asString()
            .contains("validation.response.body.schema.required").contains("emulator_never_sends_this");
      });
    }
  }

  @Test
  void validationCanBeSwitchedOff() {
    try (NeonEmulator neon = NeonEmulator.builder().validateAgainstSpec(false).start()) {
      assertThatThrownBy(() -> RawRequests.listWithLimit(neon.newApiClient(), "listProjects", "/projects", 0))
          .as("the emulator's own check still applies").isInstanceOf(BadRequestException.class)
          .hasMessageContaining("limit must be between 1 and 400");
      assertThat(neon.violations()).isEmpty();
    }
  }
}
