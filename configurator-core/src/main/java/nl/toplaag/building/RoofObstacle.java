package nl.toplaag.building;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * Something on the roof that modules must avoid unless it is removed: a lift machine room, a ventilation unit,
 * a flue.
 *
 * @param footprint the obstacle in plan, millimetres
 * @param description what it is
 * @param removable whether it may be removed (or relocated) to make room
 * @param removalCostEur the cost of removing it, euros; only used when {@code removable}
 */
public record RoofObstacle(Polygon footprint, String description, boolean removable, long removalCostEur) {
  public RoofObstacle {
    Objects.requireNonNull(footprint, "footprint");
    description = description == null ? "" : description;
    if (removalCostEur < 0) {
      throw new IllegalArgumentException("removalCostEur must be >= 0 but was " + removalCostEur);
    }
  }
}
