package dev.neonjava.runtime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One call of an operation, before it is sent: operationId, method, path with its parameters
 * substituted and percent-encoded, query, headers and body. Immutable.
 * <p>Parameters are validated here, so a bad value never reaches the wire: a missing or blank path
 * parameter, {@code .} or {@code ..} as a path segment, or an enum value this client does not know
 * raises an {@link IllegalArgumentException} naming the parameter. Any other character is encoded,
 * so a value can never change the path.
 */
public final class ApiRequest {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final String operationId;
  private final String method;
  private final String pathTemplate;
  private final String path;
  private final String query;
  private final Map<String, String> headers;
  private final Object body;
  private final Set<Integer> noBodyStatuses;
  private final String contentType;
  private final String accept;
  private final Map<String, Object> formParams;

  private ApiRequest(Builder b) {
    this.operationId = b.operationId;
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.path = b.expandPath();
    this.query = String.join("&", b.query);
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.body = b.body;
    this.noBodyStatuses = Set.copyOf(b.noBodyStatuses);
    this.contentType = b.contentType;
    this.accept = b.accept;
    this.formParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.formParams));
  }

  /**
   * @param operationId the operation's id in the spec
   * @param method the HTTP method
   * @param pathTemplate the path with {@code {name}} placeholders
   * @return a builder
   */
  public static Builder builder(String operationId, String method, String pathTemplate) {
    return new Builder(operationId, method, pathTemplate);
  }

  /**
   * Checks a numeric parameter against the bounds the spec gives it; generated request builders
   * call this, so limits come from {@code spec/} and never from literals.
   * @param value the value, or null when not set
   * @param minimum the least allowed value as written in the spec, or null for none
   * @param maximum the greatest allowed value as written in the spec, or null for none
   * @param name the parameter's name
   * @param <T> the number type
   * @return the value
   * @throws IllegalArgumentException naming the parameter and its bounds
   */
  public static <T extends Number> T checkRange(T value, String minimum, String maximum, String name) {
    if (value == null) {
      return null;
    }
    java.math.BigDecimal v = new java.math.BigDecimal(value.toString());
    boolean low = minimum != null && v.compareTo(new java.math.BigDecimal(minimum)) < 0;
    boolean high = maximum != null && v.compareTo(new java.math.BigDecimal(maximum)) > 0;
    if (low || high) {
      String bounds = minimum != null && maximum != null ? "between " + minimum + " and " + maximum
          : minimum != null ? "at least " + minimum : "at most " + maximum;
      throw new IllegalArgumentException(name + " must be " + bounds + " but was " + value);
    }
    return value;
  }

  /**
   * Rejects a missing required value, naming it.
   * @param value the value
   * @param name the parameter name
   * @param <T> the value type
   * @return the value
   */
  public static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required but was null");
    }
    if (value instanceof CharSequence && value.toString().isBlank()) {
      throw new IllegalArgumentException(name + " is required but was blank");
    }
    return value;
  }

  /** @return the operation's id in the spec */
  public String operationId() {
    return operationId;
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the path template, e.g. {@code /projects/{project_id}}: the route, for rate limits and logs */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** @return the encoded path without query */
  public String path() {
    return path;
  }

  /** @return the encoded query string without {@code ?}, possibly empty */
  public String query() {
    return query;
  }

  /** @return extra request headers */
  public Map<String, String> headers() {
    return headers;
  }

  /** @return the body object, or null */
  public Object body() {
    return body;
  }

  /**
   * @param status a 2xx status
   * @return whether the operation declares that status without a body (Neon's {@code 204} for a
   *     resource already deleted), so that an empty answer with it is no contract break
   */
  public boolean allowsNoBody(int status) {
    return noBodyStatuses.contains(status);
  }

  /** @return the media type of the body as declared by the operation, or null when it has none */
  public String contentType() {
    return contentType;
  }

  /** @return the Accept header taken from the operation's responses, or null for the default */
  public String accept() {
    return accept;
  }

  /** @return the form fields of a {@code multipart/form-data} body, in order; null values included */
  public Map<String, Object> formParams() {
    return formParams;
  }

  /** @return whether the method may be re-sent after an I/O failure (GET, HEAD, OPTIONS, PUT, DELETE) */
  public boolean isIdempotent() {
    return IDEMPOTENT.contains(method);
  }

  /**
   * @param baseUri the API's base URI, e.g. {@code https://console.neon.tech/api/v2}
   * @return the full URI of this call
   */
  public URI uri(URI baseUri) {
    String base = baseUri.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
  }

  @Override
  public String toString() {
    return method + " " + path + " (" + operationId + ")";
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<String> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Set<Integer> noBodyStatuses = new java.util.HashSet<>();
    private Object body;
    private String contentType;
    private String accept;
    private final Map<String, Object> formParams = new LinkedHashMap<>();

    private Builder(String operationId, String method, String pathTemplate) {
      this.operationId = operationId;
      this.method = method;
      this.pathTemplate = pathTemplate;
    }

    /**
     * @param name the placeholder name
     * @param value the value; required, not blank, not {@code .} or {@code ..}
     * @return this builder
     */
    public Builder pathParam(String name, Object value) {
      String text = text(name, require(value, name));
      if (text.isBlank()) {
        throw new IllegalArgumentException(name + " is required but was blank");
      }
      if (text.equals(".") || text.equals("..")) {
        throw new IllegalArgumentException(name + " must not be '" + text + "': it would change the path");
      }
      pathParams.put(name, encode(text));
      return this;
    }

    /**
     * Adds a query parameter; null is skipped, a collection repeats the name for each element.
     * @param name the parameter name
     * @param value the value or null
     * @return this builder
     */
    public Builder queryParam(String name, Object value) {
      if (value instanceof Collection) {
        for (Object element : (Collection<?>) value) {
          queryParam(name, element);
        }
      } else if (value != null) {
        query.add(encode(name) + "=" + encode(text(name, value)));
      }
      return this;
    }

    /**
     * Adds a query parameter whose spec gives it {@code content: application/json}: the value is
     * sent as one JSON text (through {@link NeonGson}); null is skipped.
     * @param name the parameter name
     * @param value the value or null
     * @return this builder
     */
    public Builder queryParamJson(String name, Object value) {
      if (value != null) {
        query.add(encode(name) + "=" + encode(RequestEncoding.toJson(NeonGson.gson(), value)));
      }
      return this;
    }

    /**
     * @param name the header name
     * @param value the value, or null to skip
     * @return this builder
     */
    public Builder header(String name, Object value) {
      if (value != null) {
        headers.put(name, text(name, value));
      }
      return this;
    }

    /**
     * @param body the request body, or null
     * @return this builder
     */
    public Builder body(Object body) {
      this.body = body;
      return this;
    }

    /**
     * @param status a 2xx status the operation declares without a body
     * @return this builder
     */
    public Builder noBodyStatus(int status) {
      noBodyStatuses.add(status);
      return this;
    }

    /**
     * @param contentType the media type of the body, from the operation's request body
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    /**
     * @param accept the Accept header, from the media types of the operation's responses
     * @return this builder
     */
    public Builder accept(String accept) {
      this.accept = accept;
      return this;
    }

    /**
     * @param name the form field's name
     * @param value its value ({@link BinaryContent} for a file), or null to leave it out
     * @return this builder
     */
    public Builder formParam(String name, Object value) {
      formParams.put(name, value);
      return this;
    }

    /** @return the request */
    public ApiRequest build() {
      return new ApiRequest(this);
    }

    private String expandPath() {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < pathTemplate.length()) {
        int open = pathTemplate.indexOf('{', i);
        if (open < 0) {
          out.append(pathTemplate, i, pathTemplate.length());
          break;
        }
        int close = pathTemplate.indexOf('}', open);
        String name = pathTemplate.substring(open + 1, close);
        String value = pathParams.get(name);
        if (value == null) {
          throw new IllegalArgumentException(name + " is required but was not set");
        }
        out.append(pathTemplate, i, open).append(value);
        i = close + 1;
      }
      return out.toString();
    }

    private static String text(String name, Object value) {
      if (value instanceof OpenEnum) {
        OpenEnum e = (OpenEnum) value;
        if (!e.isSendable()) {
          throw new UnknownEnumValueException(name, e.value());
        }
        return e.value();
      }
      if (value instanceof OffsetDateTime) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
      }
      return String.valueOf(value);
    }
  }

  /**
   * @param name the parameter name, for the error of an unsendable enum value
   * @param value the value
   * @return the value as text on the wire
   */
  static String text(String name, Object value) {
    return Builder.text(name, value);
  }

  /**
   * Percent-encodes UTF-8 text, leaving only RFC 3986 unreserved characters as they are.
   * @param text the text
   * @return the encoded text
   */
  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
