package nl.toplaag.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.toplaag.building.Building;

/**
 * One benchmark instance: a building, the storeys asked for and the product lines to try.
 *
 * @param name unique name; for generated instances it starts with {@code g<seed>}
 * @param seed the generator seed, or -1 for a fixed test building
 * @param building the building, read through {@code BuildingReader} like a user file
 * @param json the building file text (empty for test buildings read elsewhere)
 * @param storeys the most storeys to add (the request's {@code maxStoreys})
 * @param lineIds the product lines to try, in catalogue order; empty means all
 * @param tags descriptive parameters (length, loads, shape, ...) for grouping in the report, sorted by key
 */
public record Instance(String name, long seed, Building building, String json, int storeys, List<String> lineIds,
    Map<String, String> tags) {

  public Instance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(building, "building");
    json = json == null ? "" : json;
    lineIds = List.copyOf(lineIds);
    tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    if (storeys < 1) {
      throw new IllegalArgumentException("storeys must be >= 1 but was " + storeys);
    }
  }

  /** A tag value, or {@code ""}. */
  public String tag(String key) {
    return tags.getOrDefault(key, "");
  }

  /** A copy that tries other product lines. */
  public Instance withLines(List<String> ids) {
    return new Instance(name, seed, building, json, storeys, ids, tags);
  }
}
