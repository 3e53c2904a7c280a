package dev.neonjava.spec.drift;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxItems;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxLength;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxProperties;
import org.openapitools.openapidiff.core.model.schema.ChangedMinItems;
import org.openapitools.openapidiff.core.model.schema.ChangedMinLength;
import org.openapitools.openapidiff.core.model.schema.ChangedMinProperties;
import org.openapitools.openapidiff.core.model.schema.ChangedNumericRange;

/** Texts and constraint comparisons shared by the drift walk ({@link OperationWalker}). */
final class SchemaChanges {
  private SchemaChanges() {}

  /** Constraint changes of one schema. */
  static final class Constraints {
    final List<String> changes;
    final boolean narrowed;

    Constraints(List<String> changes, boolean narrowed) {
      this.changes = changes;
      this.narrowed = narrowed;
    }
  }

  /** The constraint changes of one schema, and whether one of them narrows what is accepted. */
  static Constraints constraints(ChangedSchema cs) {
    List<String> changes = new ArrayList<>();
    boolean narrowed = false;
    ChangedMaxLength maxLength = cs.getMaxLength();
    if (different(maxLength)) {
      changes.add("maxLength " + maxLength.getOldValue() + " -> " + maxLength.getNewValue());
      narrowed |= lower(maxLength.getOldValue(), maxLength.getNewValue());
    }
    ChangedMinLength minLength = cs.getMinLength();
    if (different(minLength)) {
      changes.add("minLength " + minLength.getOldValue() + " -> " + minLength.getNewValue());
      narrowed |= higher(minLength.getOldValue(), minLength.getNewValue());
    }
    ChangedMaxItems maxItems = cs.getMaxItems();
    if (different(maxItems)) {
      changes.add("maxItems " + maxItems.getOldValue() + " -> " + maxItems.getNewValue());
      narrowed |= lower(maxItems.getOldValue(), maxItems.getNewValue());
    }
    ChangedMinItems minItems = cs.getMinItems();
    if (different(minItems)) {
      changes.add("minItems " + minItems.getOldValue() + " -> " + minItems.getNewValue());
      narrowed |= higher(minItems.getOldValue(), minItems.getNewValue());
    }
    ChangedMaxProperties maxProps = cs.getMaxProperties();
    if (different(maxProps)) {
      changes.add("maxProperties " + maxProps.getOldValue() + " -> " + maxProps.getNewValue());
      narrowed |= lower(maxProps.getOldValue(), maxProps.getNewValue());
    }
    ChangedMinProperties minProps = cs.getMinProperties();
    if (different(minProps)) {
      changes.add("minProperties " + minProps.getOldValue() + " -> " + minProps.getNewValue());
      narrowed |= higher(minProps.getOldValue(), minProps.getNewValue());
    }
    ChangedNumericRange range = cs.getNumericRange();
    if (different(range)) {
      changes.add("range [" + range.getOldMinimumValue() + ", " + range.getOldMaximumValue() + "] -> ["
          + range.getNewMinimumValue() + ", " + range.getNewMaximumValue() + "]");
      narrowed |= higherDecimal(range.getOldMinimumValue(), range.getNewMinimumValue())
          || lowerDecimal(range.getOldMaximumValue(), range.getNewMaximumValue())
          || (!Boolean.TRUE.equals(range.getOldMinimumExclusiveValue()) && Boolean.TRUE.equals(range.getNewMinimumExclusiveValue()))
          || (!Boolean.TRUE.equals(range.getOldMaximumExclusiveValue()) && Boolean.TRUE.equals(range.getNewMaximumExclusiveValue()));
    }
    if (different(cs.getMultipleOf())) {
      changes.add("multipleOf " + cs.getMultipleOf().getLeft() + " -> " + cs.getMultipleOf().getRight());
      narrowed |= cs.getMultipleOf().getRight() != null;
    }
    if (different(cs.getUniqueItems())) {
      changes.add("uniqueItems " + bool(cs.getUniqueItems().getLeft()) + " -> " + bool(cs.getUniqueItems().getRight()));
      narrowed |= Boolean.TRUE.equals(cs.getUniqueItems().getRight());
    }
    if (cs.getPattern() != null && !Objects.equals(cs.getPattern().getOldPattern(), cs.getPattern().getNewPattern())) {
      changes.add("pattern " + cs.getPattern().getOldPattern() + " -> " + cs.getPattern().getNewPattern());
      narrowed |= cs.getPattern().getNewPattern() != null;
    }
    return new Constraints(changes, narrowed);
  }

  static String security(org.openapitools.openapidiff.core.model.ChangedSecurityRequirements sr) {
    List<String> parts = new ArrayList<>();
    if (sr.getIncreased() != null && !sr.getIncreased().isEmpty()) {
      parts.add("alternatives added: " + schemes(sr.getIncreased()));
    }
    if (sr.getMissing() != null && !sr.getMissing().isEmpty()) {
      parts.add("alternatives removed: " + schemes(sr.getMissing()));
    }
    if (sr.getChanged() != null) {
      // a scheme whose description alone changed is prose: it does not count
      long changed = sr.getChanged().stream().filter(c -> c.isChanged().getWeight() > 1).count();
      if (changed > 0) {
        parts.add(changed + " requirement(s) changed");
      }
    }
    return parts.isEmpty() ? null : "security requirements changed: " + String.join("; ", parts);
  }

  static String schemes(List<io.swagger.v3.oas.models.security.SecurityRequirement> reqs) {
    List<String> names = new ArrayList<>();
    for (io.swagger.v3.oas.models.security.SecurityRequirement r : reqs) {
      names.add(String.join("+", r.keySet()));
    }
    return names.toString();
  }

  static String paramLoc(String in, String name) {
    return in + " parameter `" + name + "`";
  }

  static boolean different(Changed c) {
    return c != null && c.isDifferent();
  }

  static boolean lower(Integer oldV, Integer newV) {
    return newV != null && (oldV == null || newV < oldV);
  }

  static boolean higher(Integer oldV, Integer newV) {
    return newV != null && (oldV == null || newV > oldV);
  }

  static boolean lowerDecimal(BigDecimal oldV, BigDecimal newV) {
    return newV != null && (oldV == null || newV.compareTo(oldV) < 0);
  }

  static boolean higherDecimal(BigDecimal oldV, BigDecimal newV) {
    return newV != null && (oldV == null || newV.compareTo(oldV) > 0);
  }

  static String bool(Boolean b) {
    return Boolean.toString(Boolean.TRUE.equals(b));
  }

  static String shape(Schema<?> s) {
    return s instanceof io.swagger.v3.oas.models.media.ComposedSchema ? "composed (allOf/oneOf/anyOf) " + typeOf(s)
        : "plain " + typeOf(s);
  }

  static String typeOf(Schema<?> s) {
    if (s == null) {
      return "(none)";
    }
    String t = s.getType();
    if (t == null && s.getTypes() != null && !s.getTypes().isEmpty()) {
      t = String.join("|", s.getTypes());
    }
    if (t == null) {
      t = "untyped";
    }
    return s.getFormat() == null ? t : t + "(" + s.getFormat() + ")";
  }
}
