package dev.neonjava.testkit;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every operation of the spec as (method, path template), and the matching of a request path to one. */
final class SpecRoutes {
  /** One operation of the spec. */
  static final class Route {
    final String operationId;
    final String method;
    final String template;
    final String[] segments;
    final int literals;

    Route(String operationId, String method, String template) {
      this.operationId = operationId;
      this.method = method;
      this.template = template;
      this.segments = split(template);
      int n = 0;
      for (String s : segments) {
        if (!isParam(s)) {
          n++;
        }
      }
      this.literals = n;
    }

    @Override
    public String toString() {
      return operationId + " (" + method + " " + template + ")";
    }
  }

  /** A request matched to an operation, with its decoded path parameters. */
  static final class Match {
    final Route route;
    final Map<String, String> pathParams;

    Match(Route route, Map<String, String> pathParams) {
      this.route = route;
      this.pathParams = pathParams;
    }
  }

  private final List<Route> routes;

  private SpecRoutes(List<Route> routes) {
    this.routes = Collections.unmodifiableList(routes);
  }

  static SpecRoutes of(OpenAPI api) {
    if (api == null || api.getPaths() == null) {
      throw new IllegalStateException("the Neon API spec has no paths");
    }
    List<Route> routes = new ArrayList<>();
    api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) -> {
      if (op.getOperationId() == null) {
        throw new IllegalStateException("operation without operationId: " + method + " " + template);
      }
      routes.add(new Route(op.getOperationId(), method.name(), template));
    }));
    return new SpecRoutes(routes);
  }

  List<Route> routes() {
    return routes;
  }

  /**
   * Returns the best match for the method (literal segments win over parameters), else a match of
   * another method of the same path (route method differs), else null.
   * @param method the HTTP method
   * @param path the request path below the base path, still percent-encoded
   * @return the best match for the method (literal segments win over parameters), else a match of
   *     another method of the same path (route method differs), else null
   */
  Match match(String method, String path) {
    String[] parts = split(path);
    Match best = null;
    Match otherMethod = null;
    for (Route route : routes) {
      Map<String, String> params = bind(route, parts);
      if (params == null) {
        continue;
      }
      if (route.method.equals(method.toUpperCase(Locale.ROOT))) {
        if (best == null || route.literals > best.route.literals) {
          best = new Match(route, params);
        }
      } else if (otherMethod == null || route.literals > otherMethod.route.literals) {
        otherMethod = new Match(route, params);
      }
    }
    if (best != null && otherMethod != null && otherMethod.route.literals > best.route.literals) {
      // a more specific path of another method: the caller used the wrong method on that path
      return otherMethod;
    }
    return best != null ? best : otherMethod;
  }

  private static Map<String, String> bind(Route route, String[] parts) {
    if (route.segments.length != parts.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String seg = route.segments[i];
      if (isParam(seg)) {
        String value = Http.decode(parts[i]);
        if (value.isEmpty()) {
          return null;
        }
        params.put(seg.substring(1, seg.length() - 1), value);
      } else if (!seg.equals(parts[i])) {
        return null;
      }
    }
    return params;
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
