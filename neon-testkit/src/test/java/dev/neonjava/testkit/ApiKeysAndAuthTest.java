package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neonjava.generated.api.ApiKeyApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.ApiKeyCreateRequest;
import dev.neonjava.generated.model.ApiKeyCreateResponse;
import dev.neonjava.generated.model.ApiKeysListResponseItem;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.runtime.Secret;
import dev.neonjava.runtime.UnauthorizedException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest
class ApiKeysAndAuthTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(URI uri, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRequestWithoutAKeyIs401WithNeonsErrorBody(NeonEmulator neon) throws Exception {
    HttpResponse<String> response = get(URI.create(neon.baseUri() + "/projects"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("code").getAsString()).isEmpty();
    assertThat(body.get("message").getAsString()).startsWith("authentication required");
    assertThat(body.get("request_id").getAsString()).isEqualTo(response.headers().firstValue("x-neon-ret-request-id").get());
  }

  @Test
  void aWrongKeyIs401(NeonEmulator neon) {
    ApiClient wrong = neon.clientBuilder().apiKey(Secret.of("napi_wrong", "API key")).build();
    assertThatThrownBy(() -> new ProjectApi(wrong).listProjects(ProjectApi.ListProjectsParams.builder().build()))
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorMessage()).contains("not valid");
        });
  }

  @Test
  void theRequestIdIsTheOneTheClientSent(NeonEmulator neon) throws Exception {
    HttpResponse<String> response = get(URI.create(neon.baseUri() + "/projects/missing-project"),
        "Authorization", "Bearer " + neon.apiKey(), "X-Request-ID", "my-trace-42");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("x-neon-ret-request-id")).hasValue("my-trace-42");
    assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("request_id").getAsString())
        .isEqualTo("my-trace-42");
  }

  @Test
  void aCreatedKeyWorksUntilItIsRevoked(NeonEmulator neon, ApiClient client) {
    ApiKeyApi keys = new ApiKeyApi(client);
    ApiKeyCreateResponse created = keys.createApiKey(ApiKeyApi.CreateApiKeyParams.builder()
        .apiKeyCreateRequest(new ApiKeyCreateRequest().keyName("ci")).build());
    assertThat(created.getKey()).startsWith("napi_").hasSize(69);
    ApiClient ci = neon.clientBuilder().apiKey(Secret.of(created.getKey(), "API key")).build();

    assertThat(new ProjectApi(ci).listProjects(ProjectApi.ListProjectsParams.builder().build()).getProjects()).isEmpty();
    assertThat(keys.listApiKeys(ApiKeyApi.ListApiKeysParams.builder().build()))
        .extracting(ApiKeysListResponseItem::getName).containsExactly("neon-emulator", "ci");
    assertThat(keys.listApiKeys(ApiKeyApi.ListApiKeysParams.builder().build()).get(1).getLastUsedFromAddr())
        .isEqualTo("127.0.0.1");

    assertThat(keys.revokeApiKey(ApiKeyApi.RevokeApiKeyParams.builder().keyId(created.getId()).build()).getRevoked())
        .isTrue();
    assertThatThrownBy(() -> new ProjectApi(ci).listProjects(ProjectApi.ListProjectsParams.builder().build()))
        .isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> keys.revokeApiKey(ApiKeyApi.RevokeApiKeyParams.builder().keyId(created.getId()).build()))
        .isInstanceOf(NotFoundException.class);
    assertThat(keys.listApiKeys(ApiKeyApi.ListApiKeysParams.builder().build()))
        .extracting(ApiKeysListResponseItem::getName).containsExactly("neon-emulator");
  }

  @Test
  @NeonEmulatorTest(apiKey = "napi_custom_key")
  void theEmulatorsKeyIsConfigurable(NeonEmulator neon, ApiClient client) {
    assertThat(neon.apiKey()).isEqualTo("napi_custom_key");
    assertThat(new ProjectApi(client).listProjects(ProjectApi.ListProjectsParams.builder().build()).getProjects()).isEmpty();
  }
}
