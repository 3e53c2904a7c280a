package dev.neonjava.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.neonjava.Neon;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.transport.RetryPolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based: whatever ids and limits a caller passes, no request leaves with an unencoded
 * segment or a changed path, nothing throws a NullPointerException, and every rejection names the
 * parameter.
 */
class BadInputPropertiesTest {
  private static WireMockServer server;
  private static Neon neon;

  @BeforeContainer
  static void start() {
    server = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
        .dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.okJson(
        "{\"project\":{\"id\":\"p\"},\"branch\":{\"id\":\"b\"},\"projects\":[],\"branches\":[]}")));
    neon = Neon.builder().apiKey("napi_property_key").baseUrl(server.baseUrl() + "/api/v2")
        .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterContainer
  static void stop() {
    server.stop();
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> nasty = Arbitraries.of("", " ", ".", "..", "../x", "a/b", "a?b=c", "a#b", "%2F", "%", "a b",
        "\u0000", "\n", "é", "😀", "br-123", "p-abc-123", "\\", "//", "a;b", "a&b", "a+b");
    return Arbitraries.oneOf(nasty, Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withChars("abc-/.?#%& \\;+=").ofMaxLength(12));
  }

  @Property(tries = 300)
  void generatedPathsAreEncodedOrRejectedByName(@ForAll("ids") String projectId, @ForAll("ids") String branchId) {
    Throwable thrown = catchThrowable(() -> {
      ApiRequest request = ApiRequest.builder("getProjectBranch", "GET", "/projects/{project_id}/branches/{branch_id}")
          .pathParam("project_id", projectId).pathParam("branch_id", branchId).build();
      String[] segments = request.path().split("/", -1);
      assertThat(segments).hasSize(5);
      assertThat(segments[1]).isEqualTo("projects");
      assertThat(segments[3]).isEqualTo("branches");
      assertThat(decode(segments[2])).isEqualTo(projectId);
      assertThat(decode(segments[4])).isEqualTo(branchId);
      assertThat(segments[2]).matches("[A-Za-z0-9._~%-]*").isNotIn(".", "..");
      assertThat(URI.create("http://h" + request.path()).normalize().getRawPath()).isEqualTo(request.path());
    });
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getMessage()).containsAnyOf("project_id", "branch_id");
    }
  }

  @Property(tries = 200)
  void fluentCallsSendOneEncodedSegmentOrNothing(@ForAll("ids") String branchId) {
    server.resetRequests();
    Throwable thrown = catchThrowable(() -> neon.project("p-1").branches().get(branchId));
    List<LoggedRequest> sent = server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
    if (thrown != null) {
      assertThat(thrown).isNotInstanceOf(NullPointerException.class);
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch_id");
      assertThat(sent).isEmpty();
    } else {
      assertThat(sent).hasSize(1);
      String path = URI.create(sent.get(0).getUrl()).getRawPath();
      assertThat(path).startsWith("/api/v2/projects/p-1/branches/");
      String segment = path.substring("/api/v2/projects/p-1/branches/".length());
      assertThat(segment).doesNotContain("/");
      assertThat(decode(segment)).isEqualTo(branchId);
    }
  }

  @Property(tries = 100)
  void limitsOutOfRangeAreRejectedByName(@ForAll int limit) {
    server.resetRequests();
    Throwable thrown = catchThrowable(() -> neon.projects().list(p -> p.limit((long) limit)).iterator().hasNext());
    if (limit < 1 || limit > 400) {
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
      assertThat(server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()))).isEmpty();
    } else {
      assertThat(thrown).isNull();
      assertThat(server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())).get(0).queryParameter("limit").firstValue())
          .isEqualTo(String.valueOf(limit));
    }
  }

  @Property(tries = 50)
  void nullsNeverBecomeNullPointerExceptions(@ForAll("ids") String name) {
    List<Runnable> calls = List.of(
        () -> neon.project(null),
        () -> neon.projects().get(null),
        () -> neon.projects().create((java.util.function.Consumer<dev.neonjava.generated.model.ProjectCreateRequestProject>) null),
        () -> neon.project("p-1").branches().getOrCreate(null),
        () -> neon.project("p-1").branches().list(null),
        () -> neon.project("p-1").branch("b").roles().revealPassword(null),
        () -> neon.project("p-1").endpoints().waitForState("ep-1", null),
        () -> neon.api(BranchApi::new).getProjectBranch(null),
        () -> neon.api(BranchApi::new).getProjectBranch(BranchApi.GetProjectBranchParams.builder().projectId(name).build()),
        () -> neon.withOptions(null));
    for (Runnable call : calls) {
      Throwable thrown = catchThrowable(call::run);
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(NullPointerException.class);
      assertThat(thrown.getMessage()).isNotBlank();
    }
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
