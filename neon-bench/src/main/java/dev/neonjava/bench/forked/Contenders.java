package dev.neonjava.bench.forked;

import dev.neonjava.Neon;
import dev.neonjava.NeonBuilder;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.Secret;
import java.net.URI;

/** How each contender is built, the same way in JMH, the harness and the forked JVMs. */
public final class Contenders {
  /** The API key every contender sends (the server ignores it). */
  public static final String API_KEY = "neon-bench-key";

  private Contenders() {
  }

  /**
   * @param base the server's base URI
   * @return the raw HttpClient + Gson client
   */
  public static RawClient raw(URI base) {
    return new RawClient(RawClient.newHttpClient(), base, API_KEY);
  }

  /**
   * @param base the server's base URI
   * @return the generated layer: an {@link ApiClient} without transport layers
   */
  public static ApiClient generated(URI base) {
    return ApiClient.builder().baseUri(base).apiKey(Secret.of(API_KEY, "API key")).httpClient(RawClient.newHttpClient())
        .build();
  }

  /**
   * @param base the server's base URI
   * @return the generated {@link ProjectApi}
   */
  public static ProjectApi generatedProjects(URI base) {
    return new ProjectApi(generated(base));
  }

  /**
   * @param base the server's base URI
   * @return the fluent client with its defaults: retries on, rate limiter off
   */
  public static Neon fluent(URI base) {
    return fluentBuilder(base).build();
  }

  /**
   * @param base the server's base URI
   * @return the fluent builder with the benchmark's HTTP client
   */
  public static NeonBuilder fluentBuilder(URI base) {
    return Neon.builder().apiKey(API_KEY).baseUrl(base.toString()).httpClient(RawClient.newHttpClient());
  }
}
