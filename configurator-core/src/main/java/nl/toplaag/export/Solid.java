package nl.toplaag.export;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Polygon;

/**
 * One part of an exported scene: a vertical prism, its plan polygon extruded from {@code baseMm} to {@code topMm}.
 *
 * @param id unique within the scene, stable for the same layout (a placement's id, or the part and its number)
 * @param part what it is
 * @param storey the added storey it belongs to, 1 = directly on the roof; 0 for the existing building
 * @param footprint the plan polygon in the building's local frame, mm: exterior ring counter-clockwise, holes
 *     clockwise, no repeated points but the closing one
 * @param baseMm its underside, mm above ground
 * @param topMm its top, mm above ground, &gt; {@code baseMm}
 * @param properties what it is in words and numbers (module type, dwelling, and for an added part its cost, mass,
 *     carbon and usable area from the bill of materials: {@link BomFigures}), each typed, sorted by name
 */
public record Solid(String id, Part part, int storey, Polygon footprint, int baseMm, int topMm,
    Map<String, PropertyValue> properties) {

  public Solid {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(footprint, "footprint");
    if (topMm <= baseMm) {
      throw new IllegalArgumentException(id + ": top " + topMm + " mm must lie above base " + baseMm + " mm");
    }
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  /** The text of its property {@code name}, or null where it has no such text. */
  public String text(String name) {
    return properties.get(name) instanceof PropertyValue.Text t ? t.value() : null;
  }

  /** The value of its yes-or-no property {@code name}, or null where it has no such property. */
  public Boolean flag(String name) {
    return properties.get(name) instanceof PropertyValue.Flag f ? f.value() : null;
  }

  /** The value of its measure {@code name} in its unit, or null where it has no such measure. */
  public Double measure(String name) {
    return properties.get(name) instanceof PropertyValue.Measure m ? m.value() : null;
  }

  /** Its height, mm. */
  public int heightMm() {
    return topMm - baseMm;
  }
}
