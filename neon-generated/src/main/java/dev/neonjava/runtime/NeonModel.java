package dev.neonjava.runtime;

import com.google.gson.JsonElement;
import java.util.Map;

/**
 * A generated model: fields this client version does not know are kept, not dropped, and written
 * back when the model is serialized.
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
}
