package dev.neonjava.spec.drift;

import static dev.neonjava.spec.drift.SchemaChanges.bool;
import static dev.neonjava.spec.drift.SchemaChanges.different;
import static dev.neonjava.spec.drift.SchemaChanges.paramLoc;
import static dev.neonjava.spec.drift.SchemaChanges.security;
import static dev.neonjava.spec.drift.SchemaChanges.shape;
import static dev.neonjava.spec.drift.SchemaChanges.typeOf;

import dev.neonjava.spec.drift.Finding.Kind;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Walks one operation changed according to openapi-diff and turns its change tree into classified
 * {@link Finding}s (the rules of {@link DriftRules}).
 */
final class OperationWalker {
  final CompositeConfiguration cfg;
  final String op;
  final Map<Schema<?>, String> oldPointers;
  final Map<Schema<?>, String> newPointers;
  final List<Finding> out = new ArrayList<>();
  final Set<ChangedSchema> done = Collections.newSetFromMap(new IdentityHashMap<>());
  final String opPointer;

  OperationWalker(CompositeConfiguration cfg, String op, Map<Schema<?>, String> oldPointers, Map<Schema<?>, String> newPointers) {
    this.cfg = cfg;
    this.op = op;
    this.oldPointers = oldPointers;
    this.newPointers = newPointers;
    int sp = op.indexOf(' ');
    this.opPointer = "#/paths/" + SchemaPointers.escape(op.substring(sp + 1)) + "/" + op.substring(0, sp).toLowerCase(Locale.ROOT);
  }

  /** Set while walking an error (non-2xx) response: its body changes never break neon-java's users. */
  boolean errorResponse;

  void add(Kind kind, boolean breaking, String location, String schema, String detail) {
    boolean downgraded = breaking && errorResponse;
    out.add(new Finding(kind, DriftAnalyzer.sev(breaking && !downgraded), op, location, schema,
        downgraded ? detail + " (error response: neon-java decodes error bodies itself)" : detail));
  }

  boolean on(BackwardIncompatibleProp p) {
    return DriftRules.enabled(cfg, p);
  }

  void operation(ChangedOperation co) {
    if (co.getOperationId() != null && co.getOperationId().isDifferent()) {
      add(Kind.OPERATION_ID_CHANGED, co.getOperationId().isIncompatible(), "operation", null,
          "operationId " + co.getOperationId().getLeft() + " -> " + co.getOperationId().getRight());
    }
    if (co.isDeprecated()) {
      add(Kind.OPERATION_DEPRECATION_CHANGED, false, "operation", null,
          "deprecated " + bool(co.getOldOperation().getDeprecated()) + " -> " + bool(co.getNewOperation().getDeprecated()));
    }
    parameters(co.getParameters());
    requestBody(co.getRequestBody());
    responses(co.getApiResponses());
    if (co.getSecurityRequirements() != null && co.getSecurityRequirements().isDifferent()) {
      String detail = security(co.getSecurityRequirements());
      if (detail != null) {
        add(Kind.SECURITY_CHANGED, co.getSecurityRequirements().isIncompatible(), "security", null, detail);
      }
    }
  }

  void parameters(ChangedParameters ps) {
    if (ps == null) {
      return;
    }
    for (Parameter p : ps.getIncreased()) {
      boolean required = Boolean.TRUE.equals(p.getRequired());
      add(Kind.PARAMETER_ADDED, required && on(BackwardIncompatibleProp.REQUEST_PARAMS_REQUIRED_INCREASED),
          paramLoc(p.getIn(), p.getName()), null,
          (required ? "required" : "optional") + " " + p.getIn() + " parameter `" + p.getName() + "` added");
    }
    for (Parameter p : ps.getMissing()) {
      add(Kind.PARAMETER_REMOVED, on(BackwardIncompatibleProp.REQUEST_PARAMS_DECREASED),
          paramLoc(p.getIn(), p.getName()), null, p.getIn() + " parameter `" + p.getName() + "` removed");
    }
    for (ChangedParameter cp : ps.getChanged()) {
      String loc = paramLoc(cp.getIn(), cp.getName());
      if (cp.isChangeRequired()) {
        boolean nowRequired = Boolean.TRUE.equals(cp.getNewParameter().getRequired());
        add(nowRequired ? Kind.PARAMETER_NOW_REQUIRED : Kind.PARAMETER_NOW_OPTIONAL,
            nowRequired && on(BackwardIncompatibleProp.REQUEST_PARAMS_REQUIRED_INCREASED), loc, null,
            "parameter `" + cp.getName() + "` is now " + (nowRequired ? "required" : "optional"));
      }
      if (cp.isDeprecated()) {
        add(Kind.PARAMETER_DEPRECATION_CHANGED, false, loc, null, "parameter `" + cp.getName() + "` deprecation changed");
      }
      if (cp.isChangeStyle() || cp.isChangeExplode() || cp.isChangeAllowEmptyValue()) {
        add(Kind.PARAMETER_STYLE_CHANGED, cp.isCoreChanged().isIncompatible(), loc, null,
            "parameter `" + cp.getName() + "` serialization (style/explode/allowEmptyValue) changed");
      }
      if (cp.getSchema() != null) {
        schema(cp.getSchema(), loc, opPointer + "/parameters/" + cp.getIn() + "." + cp.getName() + "/schema", true);
      }
      content(cp.getContent(), loc, opPointer + "/parameters/" + cp.getIn() + "." + cp.getName() + "/content", true);
    }
  }

  void requestBody(ChangedRequestBody rb) {
    if (rb == null) {
      return;
    }
    String loc = "request body";
    if (rb.getOldRequestBody() == null && rb.getNewRequestBody() != null) {
      boolean required = Boolean.TRUE.equals(rb.getNewRequestBody().getRequired());
      add(Kind.REQUEST_BODY_ADDED, required, loc, null, (required ? "required" : "optional") + " request body added");
      return;
    }
    if (rb.getOldRequestBody() != null && rb.getNewRequestBody() == null) {
      add(Kind.REQUEST_BODY_REMOVED, true, loc, null, "request body removed");
      return;
    }
    if (rb.isChangeRequired()) {
      boolean nowRequired = Boolean.TRUE.equals(rb.getNewRequestBody().getRequired());
      add(nowRequired ? Kind.REQUEST_BODY_NOW_REQUIRED : Kind.REQUEST_BODY_NOW_OPTIONAL, nowRequired, loc, null,
          "request body is now " + (nowRequired ? "required" : "optional"));
    }
    content(rb.getContent(), loc, opPointer + "/requestBody/content", true);
  }

  void responses(ChangedApiResponse rs) {
    if (rs == null) {
      return;
    }
    for (String status : rs.getIncreased().keySet()) {
      add(Kind.RESPONSE_ADDED, false, "response " + status, null,
          (status.startsWith("2") ? "success" : "error") + " response " + status + " added");
    }
    for (String status : rs.getMissing().keySet()) {
      // neon-java maps every non-2xx status to its exception hierarchy in one place, whatever the spec
      // declares; only a success response shapes the generated method (its return type)
      boolean success = status.startsWith("2");
      add(Kind.RESPONSE_REMOVED, success && on(BackwardIncompatibleProp.RESPONSE_RESPONSES_DECREASED),
          "response " + status, null, (success ? "success" : "error") + " response " + status + " removed");
    }
    for (Map.Entry<String, ChangedResponse> e : rs.getChanged().entrySet()) {
      String loc = "response " + e.getKey();
      ChangedResponse r = e.getValue();
      errorResponse = !e.getKey().startsWith("2");
      headers(r.getHeaders(), loc);
      content(r.getContent(), loc, opPointer + "/responses/" + e.getKey() + "/content", false);
      errorResponse = false;
    }
  }

  void headers(ChangedHeaders hs, String loc) {
    if (hs == null) {
      return;
    }
    for (String h : hs.getIncreased().keySet()) {
      add(Kind.RESPONSE_HEADER_CHANGED, false, loc, null, "header `" + h + "` added");
    }
    for (String h : hs.getMissing().keySet()) {
      add(Kind.RESPONSE_HEADER_CHANGED, on(BackwardIncompatibleProp.RESPONSE_HEADERS_DECREASED), loc, null,
          "header `" + h + "` removed");
    }
    for (Map.Entry<String, ChangedHeader> e : hs.getChanged().entrySet()) {
      if (e.getValue().isCoreChanged().isDifferent()) {
        add(Kind.RESPONSE_HEADER_CHANGED, e.getValue().isCoreChanged().isIncompatible(), loc, null,
            "header `" + e.getKey() + "` changed");
      }
      if (e.getValue().getSchema() != null) {
        schema(e.getValue().getSchema(), loc + " header " + e.getKey(), null, false);
      }
    }
  }

  void content(ChangedContent c, String loc, String pointer, boolean request) {
    if (c == null) {
      return;
    }
    for (String mt : c.getIncreased().keySet()) {
      add(Kind.MEDIA_TYPE_ADDED, false, loc + " " + mt, null, "media type " + mt + " added");
    }
    for (String mt : c.getMissing().keySet()) {
      boolean breaking = request ? on(BackwardIncompatibleProp.REQUEST_CONTENT_DECREASED)
          : on(BackwardIncompatibleProp.RESPONSE_CONTENT_DECREASED);
      add(Kind.MEDIA_TYPE_REMOVED, breaking, loc + " " + mt, null, "media type " + mt + " removed");
    }
    for (Map.Entry<String, ChangedMediaType> e : c.getChanged().entrySet()) {
      ChangedSchema s = e.getValue().getSchema();
      if (s != null) {
        schema(s, loc + " " + e.getKey(), pointer + "/" + SchemaPointers.escape(e.getKey()) + "/schema", request);
      }
    }
  }

  /**
   * Where a change is: the component element when the new schema is one (a change inside a component
   * reached from here, or a renamed {@code $ref}, which {@link JavaTypeChanges} reports at the use site);
   * else the use site ({@code fallback}): a schema that is inline now, or was inline before, changed
   * here, never in the component the other side happens to reference.
   */
  String pointerOf(ChangedSchema cs, String fallback) {
    String np = cs.getNewSchema() == null ? null : newPointers.get(cs.getNewSchema());
    String op = cs.getOldSchema() == null ? null : oldPointers.get(cs.getOldSchema());
    if (np != null && (op != null || cs.getOldSchema() == null)) {
      return np;
    }
    if (np == null && op != null && cs.getNewSchema() == null) {
      return op;
    }
    return fallback;
  }

  void schema(ChangedSchema cs, String loc, String parentPointer, boolean request) {
    if (cs == null || !done.add(cs)) {
      return;
    }
    String ptr = pointerOf(cs, parentPointer);
    int before = countBreaking();
    if ((cs.getOldSchema() == null) != (cs.getNewSchema() == null)) {
      // a schema appears or disappears (e.g. additionalProperties): the generated Java type changes
      add(Kind.TYPE_CHANGED, true, loc, ptr, cs.getOldSchema() == null
          ? "schema added: " + typeOf(cs.getNewSchema()) : "schema removed: " + typeOf(cs.getOldSchema()));
      return;
    }
    if (cs.isChangedType()) {
      String from = typeOf(cs.getOldSchema());
      String to = typeOf(cs.getNewSchema());
      String detail = "type " + from + " -> " + to;
      if (from.equals(to)) {
        detail = "schema structure changed: " + shape(cs.getOldSchema()) + " -> " + shape(cs.getNewSchema())
            + " (the generated class changes)";
      }
      add(Kind.TYPE_CHANGED, on(BackwardIncompatibleProp.SCHEMA_TYPE_CHANGED), loc, ptr, detail);
      return;
    }
    Schema<?> newSchema = cs.getNewSchema();
    Schema<?> oldSchema = cs.getOldSchema();
    List<String> newRequired = newSchema == null || newSchema.getRequired() == null ? List.of() : newSchema.getRequired();
    List<String> oldRequired = oldSchema == null || oldSchema.getRequired() == null ? List.of() : oldSchema.getRequired();
    for (String name : cs.getIncreasedProperties().keySet()) {
      boolean required = newRequired.contains(name);
      add(Kind.PROPERTY_ADDED, request && required && on(BackwardIncompatibleProp.REQUEST_REQUIRED_INCREASED), loc,
          ptr + "/properties/" + SchemaPointers.escape(name),
          (required ? "required" : "optional") + " property `" + name + "` added");
    }
    for (String name : cs.getMissingProperties().keySet()) {
      // our rule (DriftRules): removing any property removes its generated accessors
      add(Kind.PROPERTY_REMOVED, true, loc, ptr + "/properties/" + SchemaPointers.escape(name),
          (oldRequired.contains(name) ? "required" : "optional") + " property `" + name + "` removed");
    }
    ChangedRequired req = cs.getRequired();
    if (req != null && req.isDifferent()) {
      for (String name : req.getIncreased()) {
        if (!cs.getIncreasedProperties().containsKey(name)) {
          add(Kind.PROPERTY_NOW_REQUIRED, request && on(BackwardIncompatibleProp.REQUEST_REQUIRED_INCREASED), loc,
              ptr + "/properties/" + SchemaPointers.escape(name), "property `" + name + "` is now required");
        }
      }
      for (String name : req.getMissing()) {
        if (!cs.getMissingProperties().containsKey(name)) {
          add(Kind.PROPERTY_NOW_OPTIONAL, !request && on(BackwardIncompatibleProp.RESPONSE_REQUIRED_DECREASED), loc,
              ptr + "/properties/" + SchemaPointers.escape(name), "property `" + name + "` is no longer required");
        }
      }
    }
    ChangedEnum<?> en = cs.getEnumeration();
    if (en != null) {
      if (!en.getIncreased().isEmpty()) {
        add(Kind.ENUM_VALUE_ADDED, !request && on(BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED), loc, ptr,
            "enum value(s) added: " + en.getIncreased());
      }
      if (!en.getMissing().isEmpty()) {
        // a removed value is rejected in requests and removes its generated constant in both directions
        add(Kind.ENUM_VALUE_REMOVED, true, loc, ptr, "enum value(s) removed: " + en.getMissing());
      }
    }
    ChangedOneOfSchema oneOf = cs.getOneOfSchema();
    if (oneOf != null) {
      if (!oneOf.getIncreased().isEmpty()) {
        add(Kind.ONEOF_VARIANT_ADDED, !request && on(BackwardIncompatibleProp.RESPONSE_ONEOF_INCREASED), loc, ptr,
            "oneOf variant(s) added: " + oneOf.getIncreased().keySet());
      }
      if (!oneOf.getMissing().isEmpty()) {
        add(Kind.ONEOF_VARIANT_REMOVED, true, loc, ptr, "oneOf variant(s) removed: " + oneOf.getMissing().keySet());
      }
      for (Map.Entry<String, ChangedSchema> e : oneOf.getChanged().entrySet()) {
        schema(e.getValue(), loc, ptr + "/oneOf/" + SchemaPointers.escape(e.getKey()), request);
      }
    }
    if (cs.isDiscriminatorPropertyChanged()) {
      add(Kind.DISCRIMINATOR_CHANGED, on(BackwardIncompatibleProp.SCHEMA_DISCRIMINATOR_CHANGED), loc, ptr,
          "discriminator property changed");
    }
    if (cs.isChangeDefault()) {
      add(Kind.DEFAULT_CHANGED, false, loc, ptr,
          "default " + (oldSchema == null ? null : oldSchema.getDefault()) + " -> " + (newSchema == null ? null : newSchema.getDefault()));
    }
    if (cs.isChangeDeprecated()) {
      add(Kind.DEPRECATION_CHANGED, false, loc, ptr, "deprecated " + bool(oldSchema == null ? null : oldSchema.getDeprecated())
          + " -> " + bool(newSchema == null ? null : newSchema.getDeprecated()));
    }
    if (different(cs.getNullable())) {
      add(Kind.NULLABLE_CHANGED, false, loc, ptr, "nullable " + bool(cs.getNullable().getLeft()) + " -> "
          + bool(cs.getNullable().getRight()));
    }
    if (different(cs.getReadOnly()) || different(cs.getWriteOnly())) {
      boolean breaking = (cs.getReadOnly() != null && cs.getReadOnly().isIncompatible())
          || (cs.getWriteOnly() != null && cs.getWriteOnly().isIncompatible());
      add(Kind.READ_WRITE_ONLY_CHANGED, breaking, loc, ptr, "readOnly/writeOnly changed");
    }
    constraints(cs, loc, ptr, request);
    if (cs.getItems() != null) {
      schema(cs.getItems(), loc, ptr + "/items", request);
    }
    if (cs.getAddProp() != null) {
      schema(cs.getAddProp(), loc, ptr + "/additionalProperties", request);
    }
    for (Map.Entry<String, ChangedSchema> e : cs.getChangedProperties().entrySet()) {
      schema(e.getValue(), loc, ptr + "/properties/" + SchemaPointers.escape(e.getKey()), request);
    }
    if (cs.isCoreChanged().isIncompatible() && countBreaking() == before) {
      add(Kind.OTHER, true, loc, ptr, "openapi-diff reports an incompatible change here");
    }
  }

  void constraints(ChangedSchema cs, String loc, String ptr, boolean request) {
    SchemaChanges.Constraints c = SchemaChanges.constraints(cs);
    if (!c.changes.isEmpty()) {
      // neon-java never validates responses; a narrower request constraint rejects calls that worked
      add(Kind.CONSTRAINT_CHANGED, request && c.narrowed, loc, ptr, String.join(", ", c.changes));
    }
  }

  int countBreaking() {
    int n = 0;
    for (Finding f : out) {
      if (f.breaking()) {
        n++;
      }
    }
    return n;
  }
}
