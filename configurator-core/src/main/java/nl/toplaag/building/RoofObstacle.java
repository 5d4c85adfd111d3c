package nl.toplaag.building;

import java.util.Objects;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Polygon;

/**
 * Something on the roof that modules must avoid unless it is removed: a lift machine room, a ventilation unit,
 * a flue, a higher part of the same building, or a lower part of its roof (a lower wing, an annex: no roof at the
 * roof level to stand on). The configurator and the checker use only its plan; its height, or how far a lower part
 * lies below the roof, is for drawing it.
 *
 * @param footprint the obstacle in plan, millimetres
 * @param description what it is
 * @param removable whether it may be removed (or relocated) to make room
 * @param removalCostEur the cost of removing it, euros; only used when {@code removable}
 * @param heightAboveRoofMm how far its top stands above the roof level, millimetres, &gt; 0; empty when not known
 *     (the viewer then draws it {@code BuildingSceneFactory.OBSTACLE_MM} high) or for a lower roof part
 * @param belowRoofMm for a lower part of the roof, how far its roof lies below the roof level, millimetres, &gt; 0
 *     (the building there is only as high as the roof level less this); empty for an obstacle standing on the roof.
 *     Not together with {@code heightAboveRoofMm}
 */
public record RoofObstacle(Polygon footprint, String description, boolean removable, long removalCostEur,
    OptionalInt heightAboveRoofMm, OptionalInt belowRoofMm) {
  public RoofObstacle {
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(heightAboveRoofMm, "heightAboveRoofMm");
    Objects.requireNonNull(belowRoofMm, "belowRoofMm");
    description = description == null ? "" : description;
    if (removalCostEur < 0) {
      throw new IllegalArgumentException("removalCostEur must be >= 0 but was " + removalCostEur);
    }
    if (heightAboveRoofMm.isPresent() && heightAboveRoofMm.getAsInt() <= 0) {
      throw new IllegalArgumentException("heightAboveRoofMm must be > 0 but was " + heightAboveRoofMm.getAsInt());
    }
    if (belowRoofMm.isPresent() && belowRoofMm.getAsInt() <= 0) {
      throw new IllegalArgumentException("belowRoofMm must be > 0 but was " + belowRoofMm.getAsInt());
    }
    if (belowRoofMm.isPresent() && heightAboveRoofMm.isPresent()) {
      throw new IllegalArgumentException("a lower roof part (belowRoofMm " + belowRoofMm.getAsInt()
          + ") has no heightAboveRoofMm but was given " + heightAboveRoofMm.getAsInt());
    }
  }

  /** An obstacle standing on the roof, {@code heightAboveRoofMm} high (empty: not known). */
  public RoofObstacle(Polygon footprint, String description, boolean removable, long removalCostEur,
      OptionalInt heightAboveRoofMm) {
    this(footprint, description, removable, removalCostEur, heightAboveRoofMm, OptionalInt.empty());
  }

  /** An obstacle whose height is not known. */
  public RoofObstacle(Polygon footprint, String description, boolean removable, long removalCostEur) {
    this(footprint, description, removable, removalCostEur, OptionalInt.empty(), OptionalInt.empty());
  }

  /** Whether it is a lower part of the roof ({@link #belowRoofMm} given) rather than something standing on it. */
  public boolean lowerRoofPart() {
    return belowRoofMm.isPresent();
  }
}
