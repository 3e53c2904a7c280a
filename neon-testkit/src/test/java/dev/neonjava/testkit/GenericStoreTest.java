package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resource with no behaviour of its own (buckets) gets create, list, delete, 404 and 409 from the spec. */
@NeonEmulatorTest
class GenericStoreTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> send(NeonEmulator neon, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(neon.baseUri() + path))
        .header("Authorization", "Bearer " + neon.apiKey())
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> names(String listBody) {
    List<String> out = new ArrayList<>();
    JsonParser.parseString(listBody).getAsJsonObject().getAsJsonArray("buckets")
        .forEach(e -> out.add(e.getAsJsonObject().get("name").getAsString()));
    return out;
  }

  @Test
  void timesAtAWholeMinuteKeepTheirSeconds() throws Exception {
    // OffsetDateTime.toString() drops ":00"; the spec's date-time format requires seconds
    try (NeonEmulator neon = NeonEmulator.builder()
        .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T16:12:00Z"), java.time.ZoneOffset.UTC)).start()) {
      String projectId = neon.seedProject("files").getId();
      String branchId = neon.branches(projectId).get(0).getId();
      HttpResponse<String> created = send(neon, "POST", "/projects/" + projectId + "/branches/" + branchId + "/buckets",
          "{\"name\":\"avatars\"}");
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(JsonParser.parseString(created.body()).getAsJsonObject().getAsJsonObject("bucket").get("created_at")
          .getAsString()).isEqualTo("2026-11-30T16:12:00Z");
      assertThat(neon.violations()).isEmpty();
    }
  }

  @Test
  void bucketsAreCreatedListedAndDeletedByName(NeonEmulator neon) throws Exception {
    String projectId = neon.seedProject("files").getId();
    String branchId = neon.branches(projectId).get(0).getId();
    String buckets = "/projects/" + projectId + "/branches/" + branchId + "/buckets";

    HttpResponse<String> created = send(neon, "POST", buckets, "{\"name\":\"avatars\",\"access_level\":\"public_read\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject bucket = JsonParser.parseString(created.body()).getAsJsonObject().getAsJsonObject("bucket");
    assertThat(bucket.get("name").getAsString()).isEqualTo("avatars");
    assertThat(bucket.get("access_level").getAsString()).isEqualTo("public_read");
    assertThat(bucket.get("created_at").getAsString()).isEqualTo(Render.timeText(neon.now()));
    assertThat(send(neon, "POST", buckets, "{\"name\":\"logs\"}").statusCode()).isEqualTo(201);

    HttpResponse<String> duplicate = send(neon, "POST", buckets, "{\"name\":\"avatars\"}");
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.body()).contains("bucket with name avatars already exists");
    assertThat(names(send(neon, "GET", buckets, null).body())).containsExactly("avatars", "logs");

    assertThat(send(neon, "DELETE", buckets + "/avatars", null).statusCode()).isLessThan(300);
    assertThat(send(neon, "DELETE", buckets + "/avatars", null).statusCode()).isEqualTo(404);
    assertThat(names(send(neon, "GET", buckets, null).body())).containsExactly("logs");

    String otherBranch = neon.seedBranch(projectId, "dev").getId();
    assertThat(names(send(neon, "GET", "/projects/" + projectId + "/branches/" + otherBranch + "/buckets", null)
        .body())).isEmpty();
    assertThat(send(neon, "GET", "/projects/" + projectId + "/branches/br-missing-00000000/buckets", null)
        .statusCode()).isEqualTo(404);
  }

  @Test
  void aGenericMutationQueuesAnOperationAndLocksTheProjectWhileItRuns(NeonEmulator neon) throws Exception {
    String projectId = neon.seedProject("jwks").getId();
    String jwks = "/projects/" + projectId + "/jwks";
    String body = "{\"jwks_url\":\"https://auth.example.com/.well-known/jwks.json\",\"provider_name\":\"example\"}";
    neon.operationDelay(java.time.Duration.ofSeconds(10));

    HttpResponse<String> created = send(neon, "POST", jwks, body);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject op = JsonParser.parseString(created.body()).getAsJsonObject().getAsJsonArray("operations")
        .get(0).getAsJsonObject();
    assertThat(op.get("status").getAsString()).isEqualTo("scheduling");
    assertThat(op.get("action").getAsString()).as("the JWKS reach the computes as configuration")
        .isEqualTo("apply_config");
    assertThat(send(neon, "POST", jwks, body).statusCode()).isEqualTo(423);

    neon.advanceTime(java.time.Duration.ofSeconds(11));
    assertThat(neon.operations(projectId)).last().satisfies(o -> assertThat(o.getStatus())
        .isEqualTo(dev.neonjava.generated.model.OperationStatus.FINISHED));
    assertThat(send(neon, "POST", jwks, body).statusCode()).isLessThan(300);
  }

  @Test
  void theStandaloneServerRejectsBadOptionsClearly() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> NeonEmulatorServer.parse(
        new String[] {"--port", "eighty"}, System.out))).hasMessage("--port needs a number, got eighty");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> NeonEmulatorServer.parse(
        new String[] {"--port", "70000"}, System.out))).hasMessageContaining("between 0 and 65535");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> NeonEmulatorServer.parse(
        new String[] {"--bogus"}, System.out))).hasMessage("unknown option --bogus");
    try (NeonEmulator neon = NeonEmulatorServer.parse(new String[] {"--port", "0", "--seed", "7"}, System.out)
        .start()) {
      assertThat(neon.port()).isPositive();
      assertThat(neon.baseUri().toString()).startsWith("http://127.0.0.1:").endsWith("/api/v2");
    }
  }
}
