package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiExceptionsTest {
  private static final ApiRequest CALL = ApiRequest.builder("getProject", "GET", "/projects/{project_id}")
      .pathParam("project_id", "p-1").build();

  private static HttpHeaders headers(Map<String, List<String>> map) {
    return HttpHeaders.of(map, (a, b) -> true);
  }

  private static ApiException map(int status, Map<String, List<String>> headers, String body) {
    return ApiExceptions.of(CALL, status, headers(headers), body.getBytes(StandardCharsets.UTF_8), 1);
  }

  @Test
  void neonErrorBodyIsParsed() {
    ApiException e = map(404, Map.of(), "{\"code\":\"PROJECT_NOT_FOUND\",\"message\":\"project not found\",\"request_id\":\"r-1\",\"extra\":1}");
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.code()).isEqualTo("PROJECT_NOT_FOUND");
    assertThat(e.errorMessage()).isEqualTo("project not found");
    assertThat(e.requestId()).contains("r-1");
    assertThat(e.operationId()).isEqualTo("getProject");
    assertThat(e.getMessage())
        .isEqualTo("getProject (GET /projects/p-1) failed: HTTP 404 PROJECT_NOT_FOUND: project not found [request_id=r-1]");
  }

  @Test
  void statusesMapToTheirTypes() {
    assertThat(map(400, Map.of(), "{}")).isInstanceOf(BadRequestException.class);
    assertThat(map(422, Map.of(), "{}")).isInstanceOf(BadRequestException.class);
    assertThat(map(401, Map.of(), "{}")).isInstanceOf(UnauthorizedException.class);
    assertThat(map(403, Map.of(), "{}")).isInstanceOf(ForbiddenException.class);
    assertThat(map(409, Map.of(), "{}")).isInstanceOf(ConflictException.class);
    assertThat(map(423, Map.of(), "{}")).isInstanceOf(LockedException.class);
    assertThat(map(429, Map.of(), "{}")).isInstanceOf(RateLimitedException.class);
    assertThat(map(503, Map.of(), "{}")).isInstanceOf(ServerException.class);
    assertThat(map(418, Map.of(), "{}").getClass()).isEqualTo(ApiException.class);
  }

  @Test
  void requestIdFallsBackToHeaders() {
    assertThat(map(500, Map.of("x-neon-ret-request-id", List.of("neon-1"), "x-request-id", List.of("x-1")), "")
        .requestId()).contains("neon-1");
    assertThat(map(500, Map.of("x-request-id", List.of("x-1")), "").requestId()).contains("x-1");
    assertThat(map(500, Map.of(), "").requestId()).isEmpty();
  }

  @Test
  void htmlBodyStillGivesAUsefulMessage() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>";
    ApiException e = map(502, Map.of("content-type", List.of("text/html")), html);
    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.code()).isEmpty();
    assertThat(e.errorMessage()).contains("502 Bad Gateway").contains("text/html");
    assertThat(e.rawBodyText()).isEqualTo(html);
  }

  @Test
  void emptyBodyIsDescribed() {
    assertThat(map(503, Map.of(), "").errorMessage()).startsWith("empty body");
  }

  @Test
  void retryAfterAcceptsSecondsAndDates() {
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(RetryAfter.parse(headers(Map.of("Retry-After", List.of("7"))), clock)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(headers(Map.of("Retry-After", List.of("Wed, 01 Jan 2025 00:00:30 GMT"))), clock))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse(headers(Map.of("Retry-After", List.of("soon"))), clock)).isEmpty();
    assertThat(((RateLimitedException) map(429, Map.of("retry-after", List.of("2")), "{}")).retryAfter())
        .contains(Duration.ofSeconds(2));
  }

  @Test
  void secretsInMessagesAreScrubbed() {
    ApiException e = map(400, Map.of(), "{\"code\":\"\",\"message\":\"bad uri postgresql://alex:AbC123@ep-x.neon.tech/db\"}");
    assertThat(e.getMessage()).doesNotContain("AbC123").contains("postgresql://alex:");
  }
}
