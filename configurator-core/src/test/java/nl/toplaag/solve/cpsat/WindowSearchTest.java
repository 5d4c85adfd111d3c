package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.greedy.GreedyPlanner;
import nl.toplaag.solve.strip.StripDp;
import org.junit.jupiter.api.Test;

/**
 * The window search improves a layout one stretch of bays at a time: from an empty roof it reaches the proven
 * optimum of a small slab, every layout it returns passes the independent checker, and the same start gives the
 * same layout.
 */
class WindowSearchTest {

  /** Ten 3.6 m bays with 10 kN/m walls, two storeys: the walls bind (optimum 9 dwellings). */
  private static Plan plan() {
    return PlanBuilder.build(Fixtures.slab(36.0, 10, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 2);
  }

  private static CpSatModel model(Plan p) {
    CpSatConfigurator.loadNatives();
    return new CpSatModel(p, Objective.MOST_DWELLINGS, Map.of(), Set.of(), false);
  }

  @Test
  void fromAnEmptyRoofItReachesTheProvenOptimum() {
    Plan p = plan();
    CpSatModel m = model(p);
    StripDp.Result exact = StripDp.solve(p, m.prices(), List.of(), null, 50_000_000);
    assertTrue(exact.exact());
    WindowSearch.Outcome o = new WindowSearch(m).improve(Selection.empty(p), 20_000, 500);
    assertTrue(o.improved() > 0);
    assertEquals(Evaluation.of(p, exact.selection()).dwellings(), Evaluation.of(p, o.selection()).dwellings());
    List<Violation> v = LayoutChecker.check(Fixtures.slab(36.0, 10, 8.6, ""), Fixtures.catalog(),
        BuildingCode.BB2012, LayoutAssembler.assemble(p, o.selection()), 2);
    assertTrue(v.isEmpty(), v.toString());
  }

  /**
   * Each window copies and presolves the whole model: on a fine grid, whose windows fix nearly everything and take
   * almost no deterministic time of their own, a window is charged by the model's size, so the budget bounds them (a
   * review: on a 193 m roof with a wall every 0.9 m, windows of 0.3-1 s each were charged 1 ms).
   */
  @Test
  void windowsOnAFineGridAreChargedByTheModelsSize() {
    Plan p = PlanBuilder.build(Fixtures.slab(43.2, 0.6, 45, 8.6, "", "{\"maxAddedStoreys\": 2}"), Fixtures.line(),
        BuildingCode.BB2012, 2);
    CpSatModel m = model(p);
    double leastMs = m.variables() * WindowSearch.LEAST_SECONDS_A_VARIABLE * 1000;
    assertTrue(leastMs > 2, m.variables() + " variables");
    WindowSearch.Outcome o = new WindowSearch(m).improve(GreedyPlanner.solve(p), 20, 200);
    String said = o.windows() + " windows charged " + o.spentMs() + " ms, at least " + leastMs + " ms each";
    assertTrue(o.windows() <= Math.ceil(20 / leastMs), said);
    assertTrue(o.spentMs() >= Math.round(o.windows() * leastMs) - 1, said);
  }

  @Test
  void theSameStartGivesTheSameLayout() {
    Plan p = plan();
    Selection a = new WindowSearch(model(p)).improve(Selection.empty(p), 1_000, 200).selection();
    Selection b = new WindowSearch(model(p)).improve(Selection.empty(p), 1_000, 200).selection();
    assertEquals(a, b);
  }
}
