package dev.neonjava.bench.forked;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.ProjectResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * "The limit": the least a hand-written client has to do. {@code java.net.http.HttpClient}, the same
 * headers neon-java sends, a status check, and plain Gson decoding into the same generated models.
 * <p>Plain {@code new Gson()} cannot decode {@code OffsetDateTime} fields, so this Gson registers one
 * minimal adapter per java.time type (the same {@code OffsetDateTime.parse} neon-java calls). It does
 * not use {@code NeonGson}: the cost of neon-java's model adapter (it keeps unknown fields) is part of
 * what is measured. The generated open enums carry their own {@code @JsonAdapter}, which plain Gson
 * honours.
 */
public final class RawClient {
  /** Plain Gson plus the two java.time adapters the models need; nothing else. */
  public static final Gson GSON = new GsonBuilder()
      .registerTypeAdapter(OffsetDateTime.class, new TimeAdapter<>(OffsetDateTime::parse).nullSafe())
      .registerTypeAdapter(LocalDate.class, new TimeAdapter<>(LocalDate::parse).nullSafe())
      .create();

  private final HttpClient http;
  private final String base;
  private final String authorization;

  /**
   * @param http the client (its pool)
   * @param baseUri e.g. {@code http://127.0.0.1:1234/api/v2}
   * @param apiKey the key sent as bearer token
   */
  public RawClient(HttpClient http, URI baseUri, String apiKey) {
    this.http = http;
    String b = baseUri.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.authorization = "Bearer " + apiKey;
  }

  /** @return the HTTP client every Java contender builds: HTTP/1.1 (plain-text loopback), 10 s connect timeout */
  public static HttpClient newHttpClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * @param projectId the id
   * @return the project
   */
  public Project getProject(String projectId) {
    ProjectResponse r = get("/projects/" + URLEncoder.encode(projectId, StandardCharsets.UTF_8), ProjectResponse.class);
    return r.getProject();
  }

  /**
   * @param cursor null for the first page
   * @return one page of 400
   */
  public ListProjectsResponse listProjects(String cursor) {
    return get("/projects?limit=400" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
        ListProjectsResponse.class);
  }

  /**
   * Every project, page by page, with the paginator's stop rules (empty or short page, no or repeated cursor).
   * @param each receives each item
   * @return the number of items
   */
  public long forEachProject(java.util.function.Consumer<ProjectListItem> each) {
    long count = 0;
    String cursor = null;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (true) {
      ListProjectsResponse page = listProjects(cursor);
      List<ProjectListItem> items = page.getProjects();
      int n = items == null ? 0 : items.size();
      if (items != null) {
        for (ProjectListItem item : items) {
          each.accept(item);
          count++;
        }
      }
      String next = page.getPagination() == null ? null : page.getPagination().getCursor();
      if (n == 0 || n < 400 || next == null || next.isBlank() || !seen.add(next)) {
        return count;
      }
      cursor = next;
    }
  }

  /**
   * @param pathAndQuery below the base URI
   * @param type the body type
   * @param <T> the body type
   * @return the decoded body
   */
  public <T> T get(String pathAndQuery, Type type) {
    return decode(getBytes(pathAndQuery), type);
  }

  /**
   * @param pathAndQuery below the base URI
   * @return the body of the 200 response
   */
  public byte[] getBytes(String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .GET()
        .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " for " + pathAndQuery);
    }
    return response.body();
  }

  /**
   * @param body JSON bytes
   * @param type the type
   * @param <T> the type
   * @return the decoded value
   */
  public static <T> T decode(byte[] body, Type type) {
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      return GSON.fromJson(reader, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class TimeAdapter<T> extends TypeAdapter<T> {
    private final java.util.function.Function<String, T> parse;

    TimeAdapter(java.util.function.Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public T read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return parse.apply(in.nextString());
    }
  }
}
