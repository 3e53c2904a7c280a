package dev.neonjava.spec.drift;

import java.util.Objects;

/**
 * One classified difference between the vendored spec (old) and the published one (new).
 *
 * <p>{@link #operation()} is {@code METHOD /path}; {@link #location()} says where in the operation
 * (parameter, request body, response status and media type) for humans; {@link #schema()} is a JSON
 * pointer to the schema element that changed: into {@code #/components/schemas/...} when the element
 * belongs to a component (so one component change reached from many operations is one finding), or
 * into the operation ({@code #/paths/...}) when it is inline. {@code null} when no schema is involved.
 */
public final class Finding {
  /** Whether adopting the change breaks users of neon-java (see {@link DriftRules}). */
  public enum Severity {
    BREAKING,
    NON_BREAKING
  }

  /**
   * What the change does to Java code written against the client regenerated from the old spec,
   * whatever the policy calls it: {@code BINARY} (a class, method, constant or return/field type
   * disappears or changes), {@code SOURCE} (existing code may stop compiling, e.g. an exhaustive
   * {@code switch} over a generated enum that gained a constant), {@code NONE}.
   */
  public enum JavaImpact {
    NONE,
    SOURCE,
    BINARY
  }

  /** The pseudo operation of findings about components that no operation uses. */
  public static final String UNUSED_COMPONENTS = "(unused components)";

  /** What changed. */
  public enum Kind {
    OPERATION_ADDED,
    OPERATION_REMOVED,
    OPERATION_ID_CHANGED,
    OPERATION_DEPRECATION_CHANGED,
    PARAMETER_ADDED,
    PARAMETER_REMOVED,
    PARAMETER_NOW_REQUIRED,
    PARAMETER_NOW_OPTIONAL,
    PARAMETER_STYLE_CHANGED,
    PARAMETER_DEPRECATION_CHANGED,
    REQUEST_BODY_ADDED,
    REQUEST_BODY_REMOVED,
    REQUEST_BODY_NOW_REQUIRED,
    REQUEST_BODY_NOW_OPTIONAL,
    MEDIA_TYPE_ADDED,
    MEDIA_TYPE_REMOVED,
    RESPONSE_ADDED,
    RESPONSE_REMOVED,
    RESPONSE_HEADER_CHANGED,
    SECURITY_CHANGED,
    PROPERTY_ADDED,
    PROPERTY_REMOVED,
    PROPERTY_NOW_REQUIRED,
    PROPERTY_NOW_OPTIONAL,
    TYPE_CHANGED,
    ENUM_VALUE_ADDED,
    ENUM_VALUE_REMOVED,
    ONEOF_VARIANT_ADDED,
    ONEOF_VARIANT_REMOVED,
    DISCRIMINATOR_CHANGED,
    CONSTRAINT_CHANGED,
    DEFAULT_CHANGED,
    NULLABLE_CHANGED,
    READ_WRITE_ONLY_CHANGED,
    DEPRECATION_CHANGED,
    /** A {@code $ref} now names another component, or changed to or from an inline schema: the Java type changes. */
    REF_CHANGED,
    /** A component no operation uses (the generator still emits a class for it) was added. */
    UNUSED_COMPONENT_ADDED,
    /** A component no operation uses was removed: its generated class disappears. */
    UNUSED_COMPONENT_REMOVED,
    /** A component no operation uses changed. */
    UNUSED_COMPONENT_CHANGED,
    /** openapi-diff reports an incompatibility the walk could not attribute more precisely. */
    OTHER
  }

  private final Kind kind;
  private final Severity severity;
  private final String operation;
  private final String location;
  private final String schema;
  private final String detail;

  public Finding(Kind kind, Severity severity, String operation, String location, String schema, String detail) {
    this.kind = Objects.requireNonNull(kind);
    this.severity = Objects.requireNonNull(severity);
    this.operation = operation;
    this.location = location;
    this.schema = schema;
    this.detail = detail;
  }

  public Kind kind() {
    return kind;
  }

  public Severity severity() {
    return severity;
  }

  public boolean breaking() {
    return severity == Severity.BREAKING;
  }

  /** What the change does to Java code compiled against the old client (see {@link JavaImpact}). */
  public JavaImpact javaImpact() {
    switch (kind) {
      case ENUM_VALUE_ADDED:
        return JavaImpact.SOURCE;
      case OPERATION_REMOVED:
      case OPERATION_ID_CHANGED:
      case PARAMETER_REMOVED:
      case PROPERTY_REMOVED:
      case ENUM_VALUE_REMOVED:
      case ONEOF_VARIANT_REMOVED:
      case REF_CHANGED:
      case UNUSED_COMPONENT_REMOVED:
        return severity == Severity.BREAKING ? JavaImpact.BINARY : JavaImpact.NONE;
      case TYPE_CHANGED:
        return severity == Severity.BREAKING ? JavaImpact.BINARY : JavaImpact.NONE;
      default:
        return JavaImpact.NONE;
    }
  }

  /** {@code METHOD /path}. */
  public String operation() {
    return operation;
  }

  public String location() {
    return location;
  }

  public String schema() {
    return schema;
  }

  public String detail() {
    return detail;
  }

  /** Identity of the change itself, independent of the operation it was reached from. */
  String changeKey() {
    return kind + "|" + (schema == null ? operation + "|" + location : schema) + "|" + detail;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return kind == f.kind && severity == f.severity && Objects.equals(operation, f.operation)
        && Objects.equals(location, f.location) && Objects.equals(schema, f.schema) && Objects.equals(detail, f.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, severity, operation, location, schema, detail);
  }

  @Override
  public String toString() {
    return severity + " " + kind + " " + operation + " [" + location + "]" + (schema == null ? "" : " " + schema) + ": " + detail;
  }
}
