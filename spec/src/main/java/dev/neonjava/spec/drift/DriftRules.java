package dev.neonjava.spec.drift;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;

/**
 * The compatibility rules of the drift check, from the point of view of a neon-java user who
 * upgrades to a client regenerated from the new spec (and of the client already released, talking
 * to the API that now follows the new spec).
 *
 * <p>openapi-diff 2.1.7 decides most classifications; the properties below override its defaults
 * deliberately. Two rules are ours, applied by {@link DriftAnalyzer} on top of openapi-diff:
 *
 * <ul>
 *   <li><b>a removed property is breaking</b>, in requests and in responses, required or optional.
 *       openapi-diff calls a removed optional response property compatible (the wire format stays
 *       valid), but the regenerated model loses its getter/setter, which breaks code that calls them,
 *       and the released client silently reads {@code null}. To adopt such a change without a break,
 *       keep the property in {@code spec/} marked {@code deprecated: true}.
 *   <li><b>documentation never counts</b>: descriptions, summaries, titles, examples and {@code x-*}
 *       extensions are ignored, because {@code spec/} carries its own prose (see spec/README.md).
 * </ul>
 */
public final class DriftRules {
  private static final Map<String, String> OVERRIDES;
  private static final Map<String, String> WHY;

  static {
    Map<String, String> o = new LinkedHashMap<>();
    Map<String, String> w = new LinkedHashMap<>();
    put(o, w, BackwardIncompatibleProp.OPERATION_ID_CHANGED, true,
        "a renamed operationId renames the generated method and its Params class");
    put(o, w, BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED, false,
        "neon-java enums are open (OpenEnum): an unknown value decodes, with isKnown() == false");
    put(o, w, BackwardIncompatibleProp.REQUEST_ENUM_DECREASED, true,
        "a request value the client could send is now rejected, and its constant disappears");
    put(o, w, BackwardIncompatibleProp.REQUEST_PARAMS_REQUIRED_INCREASED, true,
        "a new required parameter must be supplied: existing calls fail validation");
    put(o, w, BackwardIncompatibleProp.REQUEST_REQUIRED_INCREASED, true,
        "a new required request property must be supplied");
    put(o, w, BackwardIncompatibleProp.RESPONSE_REQUIRED_DECREASED, true,
        "a response property no longer guaranteed may now be null where code relied on it");
    put(o, w, BackwardIncompatibleProp.SCHEMA_TYPE_CHANGED, true,
        "a changed type or format changes the Java type of the field or parameter");
    put(o, w, BackwardIncompatibleProp.OPENAPI_ENDPOINTS_DECREASED, true,
        "a removed operation removes its generated method");
    put(o, w, BackwardIncompatibleProp.RESPONSE_ONEOF_INCREASED, true,
        "a new oneOf variant in a response is not decodable by the released client");
    put(o, w, BackwardIncompatibleProp.RESPONSE_MAX_LENGTH_INCREASED, false,
        "neon-java never validates responses against constraints (request narrowing is breaking, below)");
    put(o, w, BackwardIncompatibleProp.SCHEMA_PATTERN_CHANGED, false,
        "patterns are classified by direction instead: a new/changed pattern is breaking in requests only");
    put(o, w, BackwardIncompatibleProp.SCHEMA_MIN_PROPERTIES_CHANGED, false,
        "classified by direction instead: breaking only when it narrows what a request may contain");
    put(o, w, BackwardIncompatibleProp.SCHEMA_MAX_PROPERTIES_CHANGED, false,
        "classified by direction instead: breaking only when it narrows what a request may contain");
    OVERRIDES = Collections.unmodifiableMap(o);
    WHY = Collections.unmodifiableMap(w);
  }

  private DriftRules() {}

  private static void put(Map<String, String> o, Map<String, String> w, BackwardIncompatibleProp p, boolean v, String why) {
    o.put(p.getPropertyName(), Boolean.toString(v));
    w.put(p.getPropertyName(), why);
  }

  /** openapi-diff properties set by the drift check (property name -> "true"/"false"). */
  public static Map<String, String> openApiDiffProperties() {
    return OVERRIDES;
  }

  /** One line of rationale per property of {@link #openApiDiffProperties()}. */
  public static Map<String, String> rationale() {
    return WHY;
  }

  /** openapi-diff options carrying {@link #openApiDiffProperties()}. */
  public static OpenApiDiffOptions options() {
    OpenApiDiffOptions.Builder b = OpenApiDiffOptions.builder();
    OVERRIDES.forEach(b::configProperty);
    return b.build();
  }

  /** Whether an openapi-diff rule is on under these rules. */
  static boolean enabled(CompositeConfiguration config, BackwardIncompatibleProp prop) {
    return prop.enabled(config);
  }
}
