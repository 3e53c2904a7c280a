package dev.neonjava.runtime;

import com.google.gson.JsonElement;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A generated model: fields this client version does not know are kept, not dropped, and written
 * back when the model is serialized. A field is in one of three states: unset (left out of the JSON),
 * set to a value, or set to an explicit JSON {@code null} ({@link #getExplicitNulls()}), which is how
 * the API is asked to clear a value.
 */
public interface NeonModel {
  /** @return the JSON members that have no field in this model, in the order received; never null */
  Map<String, JsonElement> getAdditionalProperties();

  /**
   * Adds or replaces a JSON member that has no field in this model.
   * @param name the member name
   * @param value the member value
   * @return this model
   */
  NeonModel putAdditionalProperty(String name, JsonElement value);

  /**
   * @return the JSON names of the fields written as an explicit JSON {@code null}: those cleared by
   *     the caller and those received as {@code null}; never null
   */
  default Set<String> getExplicitNulls() {
    return Collections.emptySet();
  }

  /**
   * Writes the named field as JSON {@code null} (its value, if any, is dropped); setting a value
   * afterwards undoes it.
   * @param name the member's JSON name
   * @return this model
   * @throws UnsupportedOperationException when this model does not support explicit nulls
   */
  default NeonModel putExplicitNull(String name) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot hold an explicit null for " + name);
  }
}
