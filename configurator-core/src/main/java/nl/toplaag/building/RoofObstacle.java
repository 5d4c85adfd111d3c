package nl.toplaag.building;

import java.util.Objects;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Polygon;

/**
 * Something on the roof that modules must avoid unless it is removed: a lift machine room, a ventilation unit,
 * a flue, or a higher part of the same building. The configurator and the checker use only its plan; its height is
 * for drawing it.
 *
 * @param footprint the obstacle in plan, millimetres
 * @param description what it is
 * @param removable whether it may be removed (or relocated) to make room
 * @param removalCostEur the cost of removing it, euros; only used when {@code removable}
 * @param heightAboveRoofMm how far its top stands above the roof level, millimetres, &gt; 0; empty when not known
 *     (the viewer then draws it {@code BuildingSceneFactory.OBSTACLE_MM} high)
 */
public record RoofObstacle(Polygon footprint, String description, boolean removable, long removalCostEur,
    OptionalInt heightAboveRoofMm) {
  public RoofObstacle {
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(heightAboveRoofMm, "heightAboveRoofMm");
    description = description == null ? "" : description;
    if (removalCostEur < 0) {
      throw new IllegalArgumentException("removalCostEur must be >= 0 but was " + removalCostEur);
    }
    if (heightAboveRoofMm.isPresent() && heightAboveRoofMm.getAsInt() <= 0) {
      throw new IllegalArgumentException("heightAboveRoofMm must be > 0 but was " + heightAboveRoofMm.getAsInt());
    }
  }

  /** An obstacle whose height is not known. */
  public RoofObstacle(Polygon footprint, String description, boolean removable, long removalCostEur) {
    this(footprint, description, removable, removalCostEur, OptionalInt.empty());
  }
}
