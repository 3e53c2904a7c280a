package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.neonjava.generated.model.NeonFunctionDeployment;
import dev.neonjava.resources.BucketObjects;
import dev.neonjava.resources.Functions;
import dev.neonjava.runtime.BinaryResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bucket downloads and function deployments stream their bytes, both ways, and close what they open. */
class BinaryStreamsTest extends WireMockTestBase {
  private static final String BRANCH = "/projects/p-1/branches/br-1";
  private static final String DEPLOY = path(BRANCH + "/functions/resize/deployments");
  private static final String DEPLOYED = "{\"deployment\":{\"id\":7,\"status\":\"pending\",\"memory_mib\":128,"
      + "\"runtime\":\"nodejs24\",\"created_at\":\"2025-01-01T00:00:00Z\"}}";

  private BucketObjects bucket(Neon neon) {
    return neon.project("p-1").branch("br-1").buckets().bucket("data");
  }

  private Functions functions() {
    return neon().project("p-1").branch("br-1").functions();
  }

  @Test
  void aDownloadLargerThanTheResponseLimitStreamsWholeAndByteExact(@TempDir Path dir) throws IOException {
    byte[] content = random(8 * 1024 * 1024);
    WM.stubFor(get(urlPathEqualTo(path(BRANCH + "/buckets/data/objects/dir%2Fbig.bin/download")))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
            .withBody(content)));
    Neon neon = builder().maxResponseBytes(1024 * 1024).build();

    try (BinaryResponse object = bucket(neon).download("dir/big.bin")) {
      assertThat(object.body().readAllBytes()).isEqualTo(content);
    }
    Path file = dir.resolve("big.bin");
    assertThat(bucket(neon).downloadTo("dir/big.bin", file)).isEqualTo(content.length);
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
  }

  @Test
  void aDeployedBundleArrivesByteExactAsTheZipPartWithItsFields() {
    byte[] zip = random(300_000);
    WM.stubFor(post(urlPathEqualTo(DEPLOY)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(DEPLOYED)));

    NeonFunctionDeployment deployment = functions().deploy("resize", d -> d
        .zip(dev.neonjava.runtime.BinaryContent.of(zip).named("bundle.zip").withContentType("application/zip"))
        .runtime("nodejs24").environment("LOG_LEVEL=debug"));

    assertThat(deployment.getId()).isEqualTo(7);
    LoggedRequest sent = WM.findAll(postRequestedFor(urlPathEqualTo(DEPLOY))).get(0);
    assertThat(sent.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(sent.getHeader("Content-Length")).as("bytes: the length is declared")
        .isEqualTo(String.valueOf(sent.getBody().length));
    assertThat(sent.getPart("zip").getBody().asBytes()).isEqualTo(zip);
    assertThat(sent.getPart("zip").getHeader("Content-Disposition").firstValue()).contains("filename=\"bundle.zip\"");
    assertThat(sent.getPart("zip").getHeader("Content-Type").firstValue()).isEqualTo("application/zip");
    assertThat(sent.getPart("runtime").getBody().asString()).isEqualTo("nodejs24");
    assertThat(sent.getPart("environment").getBody().asString()).isEqualTo("LOG_LEVEL=debug");
  }

  @Test
  void aStreamedBundleIsReadInChunksAndClosedWhenSent() {
    WM.stubFor(post(urlPathEqualTo(DEPLOY)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(DEPLOYED)));
    CountingStream bundle = new CountingStream(5 * 1024 * 1024);

    functions().deploy("resize", bundle);

    assertThat(bundle.closed).as("the stream is closed once sent").isTrue();
    assertThat(bundle.position).isEqualTo(bundle.size);
    assertThat(bundle.largestRead).as("read a chunk at a time, never whole").isLessThanOrEqualTo(64 * 1024);
    LoggedRequest sent = WM.findAll(postRequestedFor(urlPathEqualTo(DEPLOY))).get(0);
    assertThat(sent.containsHeader("Content-Length")).as("a stream's length is not known: chunked").isFalse();
    byte[] received = sent.getPart("zip").getBody().asBytes();
    assertThat(received).hasSize(bundle.size);
    assertThat(Arrays.copyOfRange(received, 0, 4)).isEqualTo(new byte[] {0, 1, 2, 3});
    assertThat(received[bundle.size - 1]).isEqualTo((byte) (bundle.size - 1));
  }

  @Test
  void aBundleFromAFileIsSentAgainWhenNeonAsksForARetry(@TempDir Path dir) throws IOException {
    byte[] zip = random(100_000);
    Path file = Files.write(dir.resolve("bundle.zip"), zip);
    WM.stubFor(post(urlPathEqualTo(DEPLOY)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
            .withBody("{\"code\":\"\",\"message\":\"busy\"}"))
        .willSetStateTo("ready"));
    WM.stubFor(post(urlPathEqualTo(DEPLOY)).inScenario("retry").whenScenarioStateIs("ready")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(DEPLOYED)));

    assertThat(functions().deploy("resize", file).getStatus()).isEqualTo(NeonFunctionDeployment.StatusEnum.PENDING);

    List<LoggedRequest> sent = WM.findAll(postRequestedFor(urlPathEqualTo(DEPLOY)));
    assertThat(sent).hasSize(2).allSatisfy(r -> {
      assertThat(r.getHeader("Content-Length")).as("a file: its size is declared").isEqualTo(String.valueOf(r.getBody().length));
      assertThat(r.getPart("zip").getBody().asBytes()).isEqualTo(zip);
      assertThat(r.getPart("zip").getHeader("Content-Disposition").firstValue()).contains("filename=\"bundle.zip\"");
    });
  }

  @Test
  void badBundlesAreRefusedByName() {
    assertThatThrownBy(() -> functions().deploy("resize", (Path) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zip");
    assertThatThrownBy(() -> functions().deploy("resize", Path.of("no-such-bundle.zip")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-bundle.zip");
    assertThat(functions().deployAsync("resize", null)).isCompletedExceptionally();
    assertThat(WM.findAll(postRequestedFor(urlPathEqualTo(DEPLOY)))).isEmpty();
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  /** A stream of {@code size} bytes (byte i is i mod 256), generated as read, that records its reads and close. */
  private static final class CountingStream extends InputStream {
    final int size;
    int position;
    int largestRead;
    boolean closed;

    CountingStream(int size) {
      this.size = size;
    }

    @Override
    public int read() {
      return position < size ? (position++ & 0xff) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      largestRead = Math.max(largestRead, len);
      if (position >= size) {
        return -1;
      }
      int n = Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (position++ & 0xff);
      }
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
