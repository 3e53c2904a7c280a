package dev.neonjava.runtime;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Sends {@link ApiRequest}s built by the generated API classes: adds auth and standard headers,
 * encodes the body with {@link NeonGson}, passes the exchange through the {@link Transport} layers,
 * decodes 2xx bodies and maps everything else to {@link NeonException}s. Immutable and thread-safe.
 */
public final class ApiClient {
  /** Neon's production API. */
  public static final URI DEFAULT_BASE_URI = URI.create("https://console.neon.tech/api/v2");

  private final URI baseUri;
  private final Supplier<Secret> apiKey;
  private final String userAgent;
  private final Duration requestTimeout;
  private final Transport transport;
  private final Gson gson;

  private ApiClient(Builder b) {
    this.baseUri = Objects.requireNonNull(b.baseUri, "baseUri");
    this.apiKey = Objects.requireNonNull(b.apiKey, "an API key (or key supplier) is required");
    this.userAgent = b.userAgent;
    this.requestTimeout = b.requestTimeout;
    this.gson = b.gson;
    HttpClient http = b.httpClient != null ? b.httpClient
        : HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
    this.transport = b.transportLayers.apply(new HttpClientTransport(http));
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the base URI */
  public URI baseUri() {
    return baseUri;
  }

  /** @return the Gson used for bodies */
  public Gson gson() {
    return gson;
  }

  /**
   * Sends the request and decodes the response.
   * @param request the call
   * @param responseType the type of the 2xx body ({@code Void.class} for none)
   * @param <T> the response type
   * @return the decoded body, or null for none
   * @throws NeonException on a non-2xx response, an I/O failure or an undecodable body
   */
  public <T> T execute(ApiRequest request, Type responseType) {
    Exchange exchange = exchange(request);
    HttpResponse<byte[]> response;
    try {
      response = transport.send(exchange);
    } catch (IOException e) {
      throw transportFailure(exchange, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NeonException(request.operationId() + " was interrupted", e);
    }
    return handle(exchange, response, responseType);
  }

  /**
   * Asynchronous form of {@link #execute}: no thread waits for the response.
   * @param request the call
   * @param responseType the type of the 2xx body
   * @param <T> the response type
   * @return the pending body; completes exceptionally with the {@link NeonException}
   */
  public <T> CompletableFuture<T> executeAsync(ApiRequest request, Type responseType) {
    Exchange exchange;
    try {
      exchange = exchange(request);
    } catch (RuntimeException invalid) {
      return CompletableFuture.failedFuture(invalid);
    }
    return transport.sendAsync(exchange).handle((response, failure) -> {
      if (failure != null) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof NeonException) {
          throw (NeonException) cause;
        }
        throw cause instanceof IOException ? transportFailure(exchange, (IOException) cause)
            : new NeonException(request.operationId() + " failed: " + TransportException.describe(cause), cause);
      }
      return handle(exchange, response, responseType);
    });
  }

  private Exchange exchange(ApiRequest request) {
    HttpRequest.Builder http = HttpRequest.newBuilder(request.uri(baseUri))
        .header("Authorization", "Bearer " + currentKey().reveal())
        .header("Accept", "application/json")
        .header("User-Agent", userAgent);
    if (requestTimeout != null) {
      http.timeout(requestTimeout);
    }
    request.headers().forEach(http::header);
    if (request.body() instanceof byte[]) {
      http.header("Content-Type", "application/octet-stream");
      http.method(request.method(), HttpRequest.BodyPublishers.ofByteArray((byte[]) request.body()));
    } else if (request.body() != null) {
      http.header("Content-Type", "application/json");
      http.method(request.method(), HttpRequest.BodyPublishers.ofString(gson.toJson(request.body()), StandardCharsets.UTF_8));
    } else {
      http.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return new Exchange(request, http.build());
  }

  private Secret currentKey() {
    Secret key = apiKey.get();
    if (key == null) {
      throw new IllegalStateException("the API key supplier returned null");
    }
    return key;
  }

  private <T> T handle(Exchange exchange, HttpResponse<byte[]> response, Type responseType) {
    int status = response.statusCode();
    byte[] body = response.body();
    if (status < 200 || status >= 300) {
      throw ApiExceptions.of(exchange.request(), status, response.headers(), body, exchange.attempts());
    }
    if (responseType == byte[].class) {
      @SuppressWarnings("unchecked")
      T bytes = (T) (body == null ? new byte[0] : body);
      return bytes;
    }
    if (responseType == Void.class || body == null || body.length == 0) {
      return null;
    }
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      return gson.fromJson(reader, responseType);
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw new ResponseDecodingException(exchange.request().operationId(), status, e);
    }
  }

  private static TransportException transportFailure(Exchange exchange, IOException e) {
    String op = exchange.request().operationId();
    return e instanceof HttpTimeoutException ? new RequestTimeoutException(op, exchange.attempts(), e)
        : new TransportException(op, exchange.attempts(), e);
  }

  @Override
  public String toString() {
    return "ApiClient{baseUri=" + baseUri + ", userAgent=" + userAgent + ", apiKey=" + ModelStrings.REDACTED + "}";
  }

  /** Builds an {@link ApiClient}. */
  public static final class Builder {
    private URI baseUri = DEFAULT_BASE_URI;
    private Supplier<Secret> apiKey;
    private String userAgent = "neon-java java/" + System.getProperty("java.version");
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private HttpClient httpClient;
    private UnaryOperator<Transport> transportLayers = UnaryOperator.identity();
    private Gson gson = NeonGson.gson();

    private Builder() {
    }

    /**
     * @param baseUri the API's base URI
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      this.baseUri = ApiRequest.require(baseUri, "baseUri");
      return this;
    }

    /**
     * @param apiKey the API key
     * @return this builder
     */
    public Builder apiKey(Secret apiKey) {
      Secret key = ApiRequest.require(apiKey, "apiKey");
      this.apiKey = () -> key;
      return this;
    }

    /**
     * @param apiKey supplies the key for each call, for rotation
     * @return this builder
     */
    public Builder apiKeySupplier(Supplier<Secret> apiKey) {
      this.apiKey = ApiRequest.require(apiKey, "apiKeySupplier");
      return this;
    }

    /**
     * @param userAgent the User-Agent header
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = ApiRequest.require(userAgent, "userAgent");
      return this;
    }

    /**
     * @param connectTimeout connect timeout of the HttpClient this builder creates
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = ApiRequest.require(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * @param requestTimeout per-request timeout, or null for none
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /**
     * @param httpClient a caller-provided client (its pool and executor are used), or null
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * @param layers wraps the innermost transport with retry, logging or rate-limit layers
     * @return this builder
     */
    public Builder transportLayers(UnaryOperator<Transport> layers) {
      this.transportLayers = ApiRequest.require(layers, "transportLayers");
      return this;
    }

    /**
     * @param gson the Gson for bodies (start from {@link NeonGson#newBuilder()})
     * @return this builder
     */
    public Builder gson(Gson gson) {
      this.gson = ApiRequest.require(gson, "gson");
      return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException when no API key was given
     */
    public ApiClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("No Neon API key: call apiKey(..) or apiKeySupplier(..)");
      }
      return new ApiClient(this);
    }
  }
}
