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
import dev.neonjava.runtime.transport.Futures;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Sends {@link ApiRequest}s built by the generated API classes: adds auth and standard headers,
 * encodes the body with {@link NeonGson}, passes the exchange through the {@link Transport} layers,
 * decodes 2xx bodies and maps everything else to {@link NeonException}s. Immutable and thread-safe.
 * <p>Safety rules it enforces: the API key is checked before it reaches a header; plain
 * {@code http://} is refused except to loopback unless {@link Builder#allowInsecureHttp()} is set;
 * an {@link HttpClient} that follows redirects is refused (a redirect would carry the key to another
 * host), and a 3xx answer is a {@link RedirectException}; every attempt, body included, is bounded
 * by the request timeout and the call's {@link Deadline}; a body over {@code maxResponseBytes} is
 * refused; a 2xx answer without the body the operation returns is a
 * {@link ResponseDecodingException}.
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
  private final ResponseReader responses;
  private final Deadline callDeadline;
  private final RequestOptions options;
  private final java.time.Clock clock;

  private ApiClient(Builder b) {
    this.baseUri = Objects.requireNonNull(b.baseUri, "baseUri");
    this.apiKey = Objects.requireNonNull(b.apiKey, "an API key (or key supplier) is required");
    this.userAgent = b.userAgent;
    this.requestTimeout = b.requestTimeout;
    this.gson = b.gson;
    this.responses = new ResponseReader(b.gson);
    HttpClient http = b.httpClient != null ? b.httpClient
        : HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
    this.transport = b.transportLayers.apply(new HttpClientTransport(http, b.maxResponseBytes));
    this.callDeadline = null;
    this.options = RequestOptions.none();
    this.clock = b.clock;
  }

  private ApiClient(ApiClient base, Deadline callDeadline, RequestOptions options) {
    this.baseUri = base.baseUri;
    this.apiKey = base.apiKey;
    this.userAgent = base.userAgent;
    this.requestTimeout = base.requestTimeout;
    this.gson = base.gson;
    this.responses = base.responses;
    this.transport = base.transport;
    this.callDeadline = callDeadline == null ? base.callDeadline : callDeadline.earliest(base.callDeadline);
    this.options = options;
    this.clock = base.clock;
  }

  /**
   * A view of this client whose calls end by {@code deadline} (or this client's own call deadline,
   * if earlier), retries included; it shares the transport, connections and limits. Waits use it so
   * that a poll never outlives the wait.
   * @param deadline when every call made through the view must have ended
   * @return the view
   */
  public ApiClient withDeadline(Deadline deadline) {
    return new ApiClient(this, ApiRequest.require(deadline, "deadline"), options);
  }

  /**
   * A view of this client whose calls use these options on top of the ones it already has (a
   * timeout per call, a cap on attempts, extra headers); it shares the transport, connections and limits.
   * @param options the options; set ones replace this view's
   * @return the view
   */
  public ApiClient withOptions(RequestOptions options) {
    return new ApiClient(this, null, this.options.merge(ApiRequest.require(options, "options")));
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
    Exchange exchange = exchange(request, responseType);
    HttpResponse<byte[]> response;
    try {
      response = transport.send(exchange);
    } catch (IOException e) {
      throw transportFailure(exchange, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NeonException(request.operationId() + " was interrupted", e);
    }
    return responses.read(exchange, response, responseType);
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
      exchange = exchange(request, responseType);
    } catch (RuntimeException invalid) {
      return CompletableFuture.failedFuture(invalid);
    }
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = transport.sendAsync(exchange);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<T> result = sent.handle((response, failure) -> {
      if (failure != null) {
        Throwable cause = Futures.unwrap(failure);
        if (cause instanceof NeonException) {
          throw (NeonException) cause;
        }
        if (cause instanceof RuntimeException) { // e.g. a request HttpClientTransport refused, named safely there
          throw (RuntimeException) cause;
        }
        throw cause instanceof IOException ? transportFailure(exchange, (IOException) cause)
            : new NeonException(request.operationId() + " failed: " + TransportException.describe(cause), cause);
      }
      return responses.read(exchange, response, responseType);
    });
    // a caller who cancels or times out the result (orTimeout) frees what the call holds below
    return Futures.cancelInnerWhenDone(result, sent);
  }

  private Exchange exchange(ApiRequest request, Type responseType) {
    HttpRequest.Builder http = HttpRequest.newBuilder(request.uri(baseUri))
        .header("Authorization", "Bearer " + currentKey().reveal())
        .header("Accept", request.accept() != null ? request.accept() : "application/json")
        .header("User-Agent", userAgent);
    if (requestTimeout != null) {
      http.timeout(requestTimeout);
    }
    java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(options.headers());
    headers.putAll(request.headers());
    headers.forEach((name, value) -> {
      try {
        http.header(name, value);
      } catch (IllegalArgumentException e) { // the JDK's message quotes the value
        throw new IllegalArgumentException(request.operationId() + ": header '" + ModelStrings.scrub(name)
            + "' has a name or value HTTP does not allow (line breaks or control characters)");
      }
    });
    RequestBodies.apply(http, request, gson);
    Deadline deadline = options.timeout() == null ? callDeadline
        : Deadline.after(options.timeout(), clock).earliest(callDeadline);
    Exchange exchange = new Exchange(request, http.build(), deadline);
    if (options.maxAttempts() != null) {
      exchange.maxAttempts(options.maxAttempts());
    }
    if (responseType == BinaryResponse.class) {
      exchange.streamResponse();
    }
    return exchange;
  }

  private Secret currentKey() {
    Secret key;
    try {
      key = apiKey.get();
    } catch (RuntimeException e) {
      throw new NeonException("the API key supplier failed: " + e.getClass().getName(), e);
    }
    if (key == null) {
      throw new NeonException("the API key supplier returned null");
    }
    try {
      return Secret.apiKey(key.reveal(), "the key from the API key supplier"); // a key file may end in a line break
    } catch (IllegalArgumentException invalid) { // its message shows at most the key's first 4 characters
      throw new NeonException(invalid.getMessage());
    }
  }

  private static TransportException transportFailure(Exchange exchange, IOException e) {
    String op = exchange.request().operationId();
    String target = exchange.request().method() + " " + exchange.target();
    return e instanceof HttpTimeoutException ? new RequestTimeoutException(op, target, exchange.attempts(), e)
        : new TransportException(op, target, exchange.attempts(), e);
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
    private java.time.Clock clock = java.time.Clock.systemUTC();
    private Gson gson = NeonGson.gson();
    private long maxResponseBytes = HttpClientTransport.DEFAULT_MAX_RESPONSE_BYTES;
    private boolean allowInsecureHttp;

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
      Secret key = Secret.apiKey(ApiRequest.require(apiKey, "apiKey").reveal(), "apiKey");
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
     * @param httpClient a caller-provided client (its pool and executor are used), or null; it must
     *     not follow redirects ({@code HttpClient.Redirect.NEVER}, the JDK's default): a redirect
     *     would carry the API key to wherever it points
     * @return this builder
     * @throws IllegalArgumentException when the client follows redirects
     */
    public Builder httpClient(HttpClient httpClient) {
      if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException("httpClient follows redirects (" + httpClient.followRedirects()
            + "): a redirect would send the Neon API key to another host. Build it with "
            + "followRedirects(HttpClient.Redirect.NEVER), the default");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * @param maxResponseBytes the largest response body accepted (default 64 MiB); a larger one
     *     fails the call with a {@link TransportException} caused by {@link ResponseTooLargeException}
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = HttpClientTransport.checkMaxResponseBytes(maxResponseBytes);
      return this;
    }

    /**
     * Allows a plain {@code http://} base URI to a host other than loopback. Off by default: the API
     * key would travel in clear text. Loopback ({@code localhost}, {@code 127.0.0.0/8},
     * {@code [::1]}) is always allowed, for emulators.
     * @return this builder
     */
    public Builder allowInsecureHttp() {
      return insecureHttp(true);
    }

    /**
     * @param allowed whether plain {@code http://} to a host other than loopback is allowed
     * @return this builder
     * @see #allowInsecureHttp()
     */
    public Builder insecureHttp(boolean allowed) {
      this.allowInsecureHttp = allowed;
      return this;
    }

    /**
     * Sets the clock per-call timeouts ({@link RequestOptions#timeout()}) are measured on; it must
     * be the clock the transport layers use for their deadlines.
     * @param clock the clock (default: the system's)
     * @return this builder
     */
    public Builder clock(java.time.Clock clock) {
      this.clock = ApiRequest.require(clock, "clock");
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
      if ("http".equalsIgnoreCase(baseUri.getScheme()) && !allowInsecureHttp && !Loopback.isLoopback(baseUri.getHost())) {
        throw new IllegalArgumentException("baseUri " + ModelStrings.scrub(baseUri.getScheme() + "://" + baseUri.getHost())
            + " uses plain http: the API key would travel in clear text. Use https, or call allowInsecureHttp()");
      }
      return new ApiClient(this);
    }
  }
}
