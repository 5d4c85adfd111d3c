package nl.toplaag.solve.cpsat;

import java.util.List;
import java.util.Set;
import nl.toplaag.building.Building;
import nl.toplaag.building.LoadReserve;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Wall;
import nl.toplaag.solve.RuleGroup;

/**
 * A plan with rule groups off, as a plan of its own, so that the strip programme can solve it: the rules that
 * {@link CpSatModel} drops for the same groups, and nothing else (the same candidates, galleries and cores).
 */
final class RelaxedPlans {

  /**
   * A bearing line's capacity without the load rules, kN: far above any load a roof can put on it (its loads are
   * counted in hundredths of a kN and summed over the walls, so an infinite one would overflow).
   */
  private static final double UNLIMITED_WALL_KN = 1e9;

  private RelaxedPlans() {}

  /** Whether {@link #of} can express the rule groups {@code relaxed}: load and lift rules, not access. */
  static boolean expressible(Set<RuleGroup> relaxed) {
    return !relaxed.contains(RuleGroup.ACCESS);
  }

  /**
   * {@code plan} without the rule groups {@code relaxed}: without the load rules its bearing lines, foundation and
   * area load are unlimited; without the lift rules no storey needs a lift, a fire-fighting lift or a dry riser.
   */
  static Plan of(Plan plan, Set<RuleGroup> relaxed) {
    if (!expressible(relaxed)) {
      throw new IllegalArgumentException("the access rules are not a plan's to drop");
    }
    List<Wall> walls = plan.walls();
    Building building = plan.building();
    if (relaxed.contains(RuleGroup.LOADS)) {
      walls = walls.stream().map(w -> new Wall(w.index(), w.bearingLine(), w.wing(), w.sMm(), UNLIMITED_WALL_KN))
          .toList();
      LoadReserve r = building.loadReserve();
      building = building.withLoadReserve(new LoadReserve(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
          r.source()));
    }
    BuildingCode code = plan.code();
    if (relaxed.contains(RuleGroup.LIFT)) {
      code = code.withoutLiftThresholds();
    }
    return new Plan(building, plan.line(), code, plan.storeys(), plan.floorLevelsMm(), plan.rows(), walls,
        plan.bays(), plan.candidates(), plan.galleries(), plan.cores(), plan.liftSites(), plan.transferCostEur(),
        plan.transferCarbonKg(), plan.transferLoads(), plan.removalCostEur(), plan.notes());
  }
}
