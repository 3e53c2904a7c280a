package dev.neonjava.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates what went over the wire against spec/: every request the client sent and every response
 * the stub returned. Used after each test on WireMock's serve events.
 */
final class SpecContract {
  /** The base path of the API in the spec's server URL; WireMock serves it at the root. */
  static final String BASE_PATH = "/api/v2";

  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForSpecificationUrl(specLocation())
      .withBasePathOverride(BASE_PATH)
      // merge allOf members before validating, so that each member does not reject the others' fields
      .withResolveCombinators(true)
      .build();

  private SpecContract() {
  }

  static String specLocation() {
    String spec = System.getProperty("neon.spec", "../spec/neon-api.yaml");
    return Path.of(spec).toAbsolutePath().normalize().toUri().toString();
  }

  /**
   * @param events what WireMock served
   * @return one line per violation, naming the call and the validator's message; empty when all conform
   */
  static List<String> violations(List<ServeEvent> events) {
    List<String> problems = new ArrayList<>();
    for (ServeEvent event : events) {
      LoggedRequest request = event.getRequest();
      String call = request.getMethod() + " " + request.getUrl();
      ValidationReport report = validate(event);
      for (ValidationReport.Message message : report.getMessages()) {
        if (message.getLevel() == ValidationReport.Level.ERROR) {
          problems.add(call + ": [" + message.getKey() + "] " + message.getMessage() + nested(message));
        }
      }
    }
    return problems;
  }

  static ValidationReport validate(ServeEvent event) {
    LoggedRequest request = event.getRequest();
    URI uri = URI.create(request.getUrl());
    SimpleRequest.Builder req = new SimpleRequest.Builder(request.getMethod().getName(), uri.getRawPath(), true);
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        req.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    for (HttpHeader header : request.getHeaders().all()) {
      req.withHeader(header.key(), header.values());
    }
    if (request.getBody() != null && request.getBody().length > 0) {
      req.withBody(request.getBodyAsString());
    }
    Request built = req.build();
    ValidationReport requestReport = VALIDATOR.validateRequest(built);

    LoggedResponse response = event.getResponse();
    SimpleResponse.Builder res = SimpleResponse.Builder.status(response.getStatus());
    if (response.getHeaders() != null) {
      for (HttpHeader header : response.getHeaders().all()) {
        res.withHeader(header.key(), header.values());
      }
    }
    if (response.getBody() != null && response.getBody().length > 0) {
      res.withBody(response.getBodyAsString());
    }
    ValidationReport responseReport = VALIDATOR.validateResponse(uri.getRawPath(), built.getMethod(), res.build());
    return requestReport.merge(responseReport);
  }

  private static String nested(ValidationReport.Message message) {
    return message.getNestedMessages().isEmpty() ? ""
        : message.getNestedMessages().stream().map(m -> m.getMessage() + nested(m))
            .collect(Collectors.joining("; ", " (", ")"));
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  static String describe(List<String> violations) {
    return violations.stream().collect(Collectors.joining("\n  ", "contract violations:\n  ", ""));
  }
}
