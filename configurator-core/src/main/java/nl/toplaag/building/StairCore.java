package nl.toplaag.building;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * An existing stair core reaching the roof.
 *
 * @param footprint the core in plan, millimetres
 * @param extendable whether the core may be extended upwards to serve the new storeys
 */
public record StairCore(Polygon footprint, boolean extendable) {
  public StairCore {
    Objects.requireNonNull(footprint, "footprint");
  }
}
