package nl.toplaag.building;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * An existing stair core reaching the roof.
 *
 * @param footprint the core in plan, millimetres
 * @param extendable whether the core may be extended upwards to serve the new storeys
 * @param ownStructure whether its extension stands on a structure of its own (a stair tower with its own foundation,
 *     or stairwell walls an engineer has checked for it apart from the bearing lines' capacities): it then loads the
 *     foundation only, not the bearing lines beside it, as a core standing on the roof otherwise does (docs/model.md,
 *     "Stair cores on the walls")
 */
public record StairCore(Polygon footprint, boolean extendable, boolean ownStructure) {
  public StairCore {
    Objects.requireNonNull(footprint, "footprint");
  }

  /** A core whose extension stands on the bearing lines beside it where it is on the roof. */
  public StairCore(Polygon footprint, boolean extendable) {
    this(footprint, extendable, false);
  }

  /**
   * Whether its extension stands on the bearing lines beside it: on a wing's roof (its outline's centre within one of
   * {@code wings}, {@link Wing#holds}) and not on a structure of its own (docs/model.md, "Stair cores on the walls").
   */
  public boolean standsOnWalls(List<Wing> wings) {
    return !ownStructure && onRoof(wings);
  }

  /** Whether its outline's centre lies on a wing's roof (within one of {@code wings}). */
  public boolean onRoof(List<Wing> wings) {
    Coordinate centre = footprint.getCentroid().getCoordinate();
    return wings.stream().anyMatch(w -> w.holds(centre.x, centre.y));
  }
}
