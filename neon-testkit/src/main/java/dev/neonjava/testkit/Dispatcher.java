package dev.neonjava.testkit;

import dev.neonjava.generated.model.GeneralError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The path of every request through the emulator, independent of the HTTP server: route by the
 * spec, injected faults, API key, rate limit, request check, the control plane, response check,
 * request log. Thread-safe.
 */
final class Dispatcher {
  /** One request as the HTTP server received it. */
  static final class Incoming {
    final String method;
    final String rawPath;
    final String rawQuery;
    final Map<String, List<String>> headers;
    final byte[] body;
    final String clientIp;

    Incoming(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
        String clientIp) {
      this.method = method.toUpperCase(Locale.ROOT);
      this.rawPath = rawPath;
      this.rawQuery = rawQuery;
      this.headers = headers;
      this.body = body;
      this.clientIp = clientIp;
    }

    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    String pathAndQuery() {
      return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }
  }

  private static final int MAX_LOG = 10_000;

  private final SpecCheck spec;
  private final ControlPlane plane;
  private final RateLimiter limiter = new RateLimiter();
  private final List<Armed> faults = new ArrayList<>();
  private final List<SpecViolation> violations = new ArrayList<>();
  private final List<RecordedRequest> log = new ArrayList<>();
  private volatile boolean validate = true;

  Dispatcher(SpecCheck spec, ControlPlane plane) {
    this.spec = spec;
    this.plane = plane;
  }

  RateLimiter limiter() {
    return limiter;
  }

  void validate(boolean on) {
    this.validate = on;
  }

  Reply dispatch(Incoming in) {
    Instant now = plane.now();
    String requestId = in.header("X-Request-ID") != null ? in.header("X-Request-ID") : UUID.randomUUID().toString();
    String operationId = null;
    Reply reply;
    try {
      if (!in.rawPath.startsWith(NeonEmulator.BASE_PATH + "/")) {
        reply = error(404, "", "not found: the Neon API is served under " + NeonEmulator.BASE_PATH, requestId);
        reply.validate = false;
      } else {
        String path = in.rawPath.substring(NeonEmulator.BASE_PATH.length());
        SpecRoutes.Match match = spec.routes().match(in.method, path);
        if (match == null) {
          reply = error(404, "", "no operation of the Neon API spec matches " + in.method + " " + path, requestId);
          reply.validate = false;
        } else if (!match.route.method.equals(in.method)) {
          reply = error(405, "", in.method + " is not allowed on " + match.route.template + " (the spec has "
              + match.route + ")", requestId);
          reply.validate = false;
        } else {
          operationId = match.route.operationId;
          reply = serve(in, match, now, requestId);
        }
      }
    } catch (RuntimeException bug) {
      record(new SpecViolation(SpecViolation.Kind.EMULATOR_ERROR, operationId, in.method, in.pathAndQuery(), 500,
          List.of(bug.toString() + stackTop(bug))));
      reply = error(500, "EMULATOR_ERROR", "the emulator failed: " + bug, requestId);
      reply.validate = false;
    }
    if (reply.connectionFault == null) {
      reply.header("x-neon-ret-request-id", requestId);
      if (reply.validate && validate) {
        List<String> problems = spec.checkResponse(in.method, in.rawPath, reply.status, reply.contentType, reply.body);
        if (!problems.isEmpty()) {
          record(new SpecViolation(SpecViolation.Kind.RESPONSE, operationId, in.method, in.pathAndQuery(),
              reply.status, problems));
        }
      }
    }
    synchronized (log) {
      if (log.size() == MAX_LOG) {
        log.remove(0);
      }
      log.add(new RecordedRequest(now, in.method, in.pathAndQuery(), operationId,
          reply.connectionFault == null ? reply.status : -1, reply.fault, reply.connectionFault == null ? requestId : null));
    }
    return reply;
  }

  private Reply serve(Incoming in, SpecRoutes.Match match, Instant now, String requestId) {
    String operationId = match.route.operationId;
    Fault fault = takeFault(operationId);
    if (fault != null && fault.kind() != Fault.Kind.DELAY) {
      return faultReply(fault, requestId);
    }
    String key = bearer(in.header("Authorization"));
    if (key == null) {
      return error(401, "", "authentication required: send the header Authorization: Bearer <Neon API key>", requestId);
    }
    if (!plane.authenticate(key, in.clientIp)) {
      return error(401, "", "authentication failed: the API key is not valid", requestId);
    }
    Duration wait = limiter.admit(operationId, now);
    if (wait != null) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      return error(429, "", "rate limit exceeded (" + limiter.limits() + "); retry in " + seconds + " s", requestId)
          .header("Retry-After", String.valueOf(seconds));
    }
    if (validate) {
      List<String> problems = spec.checkRequest(in.method, in.rawPath, Http.parseQuery(in.rawQuery), in.headers, in.body);
      if (!problems.isEmpty()) {
        record(new SpecViolation(SpecViolation.Kind.REQUEST, operationId, in.method, in.pathAndQuery(), 400, problems));
        return error(400, "", "the request does not conform to the Neon API spec: " + String.join("; ", problems),
            requestId);
      }
    }
    if (!plane.emulates(operationId)) {
      return error(501, "NOT_EMULATED", "the Neon emulator does not implement " + match.route
          + "; NeonEmulator.emulatedOperations() lists the operations it emulates",
          requestId);
    }
    Call call = new Call(operationId, in.method, match.pathParams, Http.parseQuery(in.rawQuery), in.body, key, now);
    Reply reply;
    try {
      reply = plane.handle(call, match.route);
    } catch (ApiError e) {
      reply = error(e.status, e.code, e.getMessage(), requestId);
    }
    if (fault != null) {
      reply.delayMillis = fault.delay().toMillis();
      reply.fault = Fault.Kind.DELAY;
    }
    return reply;
  }

  private static String bearer(String authorization) {
    if (authorization == null) {
      return null;
    }
    String text = authorization.trim();
    if (text.length() < 7 || !text.substring(0, 7).equalsIgnoreCase("Bearer ")) {
      return null;
    }
    String key = text.substring(7).trim();
    return key.isEmpty() ? null : key;
  }

  private static Reply error(int status, String code, String message, String requestId) {
    return Reply.json(status, new GeneralError().code(code).message(message).requestId(requestId));
  }

  private static Reply faultReply(Fault fault, String requestId) {
    Reply reply;
    switch (fault.kind()) {
      case STATUS:
        reply = error(fault.status(), "", fault.message(), requestId);
        break;
      case HTML_STATUS:
        reply = Reply.raw(fault.status(), "text/html", "<html><head><title>" + fault.status()
            + " Bad Gateway</title></head><body><center><h1>" + fault.status()
            + " Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
        break;
      default:
        reply = Reply.connectionFault(fault.kind());
    }
    if (fault.retryAfterValue() != null) {
      long seconds = Math.max(0, (fault.retryAfterValue().toMillis() + 999) / 1000);
      reply.header("Retry-After", String.valueOf(seconds));
    }
    reply.validate = false;
    reply.fault = fault.kind();
    return reply;
  }

  // ---------------------------------------------------------------------------------------------
  // faults

  void inject(String operationId, Fault fault) {
    synchronized (faults) {
      faults.add(new Armed(operationId, fault));
    }
  }

  void clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
  }

  private Fault takeFault(String operationId) {
    synchronized (faults) {
      for (Iterator<Armed> it = faults.iterator(); it.hasNext(); ) {
        Armed armed = it.next();
        if (armed.operationId.equals("*") || armed.operationId.equals(operationId)) {
          if (armed.fault.times() != Fault.ALWAYS && --armed.remaining == 0) {
            it.remove();
          }
          return armed.fault;
        }
      }
      return null;
    }
  }

  private static final class Armed {
    final String operationId;
    final Fault fault;
    int remaining;

    Armed(String operationId, Fault fault) {
      this.operationId = operationId;
      this.fault = fault;
      this.remaining = fault.times();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // violations and the request log

  private void record(SpecViolation violation) {
    synchronized (violations) {
      violations.add(violation);
    }
  }

  List<SpecViolation> violations(boolean clear) {
    synchronized (violations) {
      List<SpecViolation> copy = List.copyOf(violations);
      if (clear) {
        violations.clear();
      }
      return copy;
    }
  }

  List<RecordedRequest> requests(boolean clear) {
    synchronized (log) {
      List<RecordedRequest> copy = List.copyOf(log);
      if (clear) {
        log.clear();
      }
      return copy;
    }
  }

  private static String stackTop(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length == 0 ? "" : " at " + trace[0];
  }
}
