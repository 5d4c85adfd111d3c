package nl.toplaag.solve.greedy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The greedy baseline gives every dwelling on a storey that needs a lift a lift module of its own wing within the
 * 90 m walk, along a gallery without gap, and leaves buildings without lift need as they were.
 */
class GreedyPlannerTest {

  /**
   * An L of two 12 m deep wings with a wall every 3.6 m: wing 0 along x, 36 m; wing 1 along y from y = 12 m,
   * 28.8 m. Roof at 9.6 m: storey 2's floor lies at 12.9 m, above the 12.5 m lift threshold; no existing lift.
   */
  @Test
  void everyWingOfAnLWithDwellingsAboveTheLiftThresholdGetsItsOwnLift() {
    Plan p = PlanBuilder.build(Fixtures.lShape(9.6), Fixtures.line(), BuildingCode.BB2012, 2);
    // storey 2 at 12.9 m gives the whole building a lift (BB2012 art. 4.24(1)a): storey 1, at 9.9 m, needs one too
    assertTrue(p.needsLift(2) && p.needsLift(1), "every storey needs a lift");
    Selection s = GreedyPlanner.solve(p);
    for (int wing = 0; wing < 2; wing++) {
      assertTrue(dwellingsOn(p, s, wing, 2) > 0, "wing " + wing + " holds dwellings on storey 2");
      for (int k = 1; k <= 2; k++) {
        assertTrue(liftsOn(p, s, wing, k) > 0, "wing " + wing + " has a lift on storey " + k);
      }
    }
    assertEquals(List.of(), withoutLiftReach(p, s));
    assertPassesTheChecker(p, s);
  }

  @Test
  void aSlabLongerThanTwoLiftWalksGetsTwoLiftsThatEveryDwellingReaches() {
    Plan p = PlanBuilder.build(Fixtures.slab(200.0, 500, 9.6, ""), Fixtures.line(), BuildingCode.BB2012, 2);
    Selection s = GreedyPlanner.solve(p);
    assertTrue(dwellingsOn(p, s, 0, 2) > 0, "dwellings on storey 2");
    assertTrue(liftsOn(p, s, 0, 2) >= 2, "two lifts or more on 200 m: " + liftsOn(p, s, 0, 2));
    assertEquals(List.of(), withoutLiftReach(p, s));
    assertPassesTheChecker(p, s);
  }

  @Test
  void anOrdinaryBuildingWithoutLiftNeedKeepsItsDwellings() {
    // KnownOptimaTest: 36 m, two storeys, storey 2 floor at 11.9 m: 9 + 9 dwellings and one stair, no lift
    Plan p = PlanBuilder.build(Fixtures.slab(36.0, 500, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 2);
    Selection s = GreedyPlanner.solve(p);
    assertEquals(18, Evaluation.of(p, s).dwellings());
    assertEquals(0, liftsOn(p, s, 0, 1));
    // the 72 m roof of accessBindsOnALongRoof: two stairs, 18 dwellings on one storey
    Plan longer = PlanBuilder.build(Fixtures.slab(72.0, 500, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 1);
    assertEquals(18, Evaluation.of(longer, GreedyPlanner.solve(longer)).dwellings());
  }

  @Test
  void theRepairCutsTheLiftExtensionToTheStoreysThatKeepDwellings() {
    // roof 12.4 m with an extendable lift: the greedy extends it to storey 2 (both floors, 12.7 and 15.7 m, need it;
    // the boxes resist fire for 120 min, as above 13 m they must)
    Building b = Fixtures.slab(36.0, 500, 12.4,
        "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"lift\": {\"present\": true, \"extendable\": true},");
    Plan p = PlanBuilder.build(b, Fixtures.line(120), BuildingCode.BB2012, 2);
    Selection s = GreedyPlanner.solve(p);
    assertEquals(2, s.liftExtension());
    assertEquals(0, liftsOn(p, s, 0, 1), "the existing lift serves both storeys");
    // storey 2 dropped (as where its doors reach no stair along the gallery): the extension goes down with it, to
    // storey 1
    for (Candidate c : p.candidates()) {
      s.columnHeight()[c.index()] = Math.min(s.columnHeight()[c.index()], 1);
    }
    Selection repaired = Repair.dropUnserved(p, s);
    assertEquals(1, repaired.liftExtension());
    // passes, the extended lift taken to serve every dwelling of storey 1 (its position is not given), as noted
    CheckReport r = LayoutChecker.report(b, Fixtures.catalog(p.line()), BuildingCode.BB2012,
        LayoutAssembler.assemble(p, repaired), 2);
    assertEquals(List.of(), r.violations());
    assertEquals(1, r.notes().size(), r.notes().toString());
  }

  @Test
  void whereTheBuildingGivesTheLiftsShaftTheGreedyAddsLiftModulesOnlyBeyondItsReach() {
    // a 200 m slab, storey 2 (12.9 m) needs a lift; the extendable lift's shaft beside the roof at its start (door at
    // 1.2 m): extended, it serves the doors within 90 m along the gallery, and lift modules the rest
    Building b = Fixtures.slab(200.0, 500, 9.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"lift\": {\"present\":"
        + " true, \"extendable\": true, \"outline\": [[0,-3],[2.4,-3],[2.4,0],[0,0],[0,-3]]},");
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 2);
    assertEquals(1, p.liftSites().size());
    Selection s = GreedyPlanner.solve(p);
    assertEquals(2, s.liftExtension());
    assertTrue(dwellingsOn(p, s, 0, 2) > 0, "dwellings on storey 2");
    int modules = liftsOn(p, s, 0, 2);
    assertTrue(modules >= 1, "the far end needs a lift module: " + modules);
    // without the shaft (the extension serves every door) no module; with it, fewer than without any lift
    Plan unpositioned = PlanBuilder.build(Fixtures.slab(200.0, 500, 9.6, "\"loadReserve\": {\"areaLoadKnPerM2\":"
        + " 100}, \"lift\": {\"present\": true, \"extendable\": true},"), Fixtures.line(), BuildingCode.BB2012, 2);
    assertEquals(0, liftsOn(unpositioned, GreedyPlanner.solve(unpositioned), 0, 2));
    Plan none = PlanBuilder.build(Fixtures.slab(200.0, 500, 9.6, ""), Fixtures.line(), BuildingCode.BB2012, 2);
    assertTrue(modules < liftsOn(none, GreedyPlanner.solve(none), 0, 2), modules + " modules");
    assertPassesTheChecker(p, s);
  }

  @ParameterizedTest
  @CsvSource({"38, 40.4, 39200", "-4.4, -2, -3200"})
  void whereTheLiftsShaftStandsBeyondTheRowsEndItServesOnlyTheDoorsWithinTheWalkToTheShaft(double x0M, double x1M,
      int centreMm) {
    // a 36 m slab at 12.6 m, storey 1 needs a lift; a lift tower beside a gable, its shaft's centre 3.2 m beyond the
    // row's end or before its start; a walk to a lift of 10 m (the code's 90 m would need a longer row)
    BuildingCode code = Fixtures.liftWalk(10_000, "test: a shorter walk to a lift");
    String shaft = String.format(Locale.ROOT, "[[%1$s,0],[%2$s,0],[%2$s,2.5],[%1$s,2.5],[%1$s,0]]", x0M, x1M);
    Plan p = PlanBuilder.build(Fixtures.slab(36.0, 60, 12.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"lift\":"
        + " {\"present\": true, \"extendable\": true, \"fireFighting\": true, \"outline\": " + shaft + "},"),
        Fixtures.line(120), code, 1);
    Selection s = GreedyPlanner.solve(p);
    assertTrue(Evaluation.of(p, s).dwellings() > 0);
    // each dwelling reaches a lift module, or the extended lift by the walk along the gallery and on to the shaft
    for (Candidate d : p.candidates()) {
      if (d.kind() == ModuleKind.DWELLING && s.columnHeight()[d.index()] >= 1) {
        boolean toShaft = s.liftExtension() >= 1 && Math.abs(d.accessSMm() - centreMm) <= 10_000;
        assertTrue(toShaft || reachesLift(p, s, d, 1, false), d.label() + " reaches no lift within 10 m");
      }
    }
    CheckReport r = LayoutChecker.report(p.building(), Fixtures.catalog(p.line()), code,
        LayoutAssembler.assemble(p, s), 1);
    assertEquals(List.of(), r.violations());
  }

  @Test
  void theGreedyExtendsTheExistingLiftOnlyWhereADwellingReliesOnIt() {
    // the lift tower's shaft 6.2 m beyond the row's end, a walk to a lift of 6 m: no door can reach it, so lift
    // modules serve every dwelling and the lift is not extended (before, it was, at its price, for nothing)
    BuildingCode code = Fixtures.liftWalk(6_000, "test: a shorter walk to a lift");
    Plan far = PlanBuilder.build(Fixtures.slab(36.0, 60, 12.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"lift\":"
        + " {\"present\": true, \"extendable\": true, \"fireFighting\": true, \"outline\":"
        + " [[41,0],[41.4,0],[41.4,2.5],[41,2.5],[41,0]]},"), Fixtures.line(120), code, 1);
    Selection s = GreedyPlanner.solve(far);
    assertTrue(Evaluation.of(far, s).dwellings() > 0);
    assertEquals(0, s.liftExtension());
    assertEquals(List.of(), withoutLiftReach(far, s));
    assertPassesTheCheckerUnder(code, far, s);
    // where the shaft stands at the row's end, the doors near it rely on it: extended to the storey that needs it
    Plan near = PlanBuilder.build(Fixtures.slab(36.0, 60, 12.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100},"
        + " \"lift\": {\"present\": true, \"extendable\": true, \"fireFighting\": true, \"outline\":"
        + " [[36,0],[38.4,0],[38.4,2.5],[36,2.5],[36,0]]},"), Fixtures.line(120), code, 1);
    Selection t = GreedyPlanner.solve(near);
    assertEquals(1, t.liftExtension());
    assertPassesTheCheckerUnder(code, near, t);
  }

  private static void assertPassesTheCheckerUnder(BuildingCode code, Plan p, Selection s) {
    CheckReport r = LayoutChecker.report(p.building(), Fixtures.catalog(p.line()), code,
        LayoutAssembler.assemble(p, s), p.storeys());
    assertEquals(List.of(), r.violations());
  }

  /**
   * The dwellings (as labels and storeys) on a storey that needs a lift module but reach none: no lift column of
   * their wing with height at least the storey (fire-fighting where the storey needs it) within the walk to the lift,
   * along a gallery without gap.
   */
  private static List<String> withoutLiftReach(Plan p, Selection s) {
    List<String> out = new ArrayList<>();
    for (int k = 1; k <= p.storeys(); k++) {
      boolean ff = p.needsFireFightingLift(k);
      boolean existing = p.liftExtendable() && s.liftExtension() >= k && (!ff || p.building().lift().fireFighting());
      if (!p.needsLift(k) || existing) {
        continue;
      }
      for (Candidate d : p.candidates()) {
        if (d.kind() == ModuleKind.DWELLING && s.columnHeight()[d.index()] >= k && !reachesLift(p, s, d, k, ff)) {
          out.add(d.label() + " storey " + k);
        }
      }
    }
    return out;
  }

  private static boolean reachesLift(Plan p, Selection s, Candidate d, int k, boolean ff) {
    for (Candidate l : p.candidates()) {
      if (l.kind() == ModuleKind.LIFT && l.wing() == d.wing() && s.columnHeight()[l.index()] >= k
          && (!ff || l.module().fireFightingLift())
          && Math.abs(l.accessSMm() - d.accessSMm()) <= p.code().maxWalkToLiftMm()
          && Repair.galleryBetween(p, s, d.wing(), d.accessSMm(), l.accessSMm(), k)) {
        return true;
      }
    }
    return false;
  }

  private static int dwellingsOn(Plan p, Selection s, int wing, int k) {
    return columnsOn(p, s, ModuleKind.DWELLING, wing, k);
  }

  private static int liftsOn(Plan p, Selection s, int wing, int k) {
    return columnsOn(p, s, ModuleKind.LIFT, wing, k);
  }

  private static int columnsOn(Plan p, Selection s, ModuleKind kind, int wing, int k) {
    return (int) p.candidates().stream().filter(c -> c.kind() == kind && c.wing() == wing
        && s.columnHeight()[c.index()] >= k).count();
  }

  @ParameterizedTest
  @CsvSource({"30.3, 32.7, 31500, 0", "-3.9, -1.5, -2700, 0", "31.2, 33.6, 32400, 1"})
  void theGreedyExtendsAStairTowerBesideTheGableForTheDoorsWithinTheWalkToIt(double x0M, double x1M, int centreMm,
      int stairs) {
    // a 28.8 m slab at 9.6 m (no lift), one storey; a stair tower beside a gable at the gallery (t = 0-3 m, the band
    // 0-1.5 m), its centre 2.7 m beyond the row's
    // end or before its start (the first door's walk 29.7 m: no stair module), or 3.6 m beyond its end (the first
    // door's walk 30.6 m: a stair module for it)
    String tower = String.format(Locale.ROOT, "\"stairCores\": [{\"outline\": [[%1$s,0],[%2$s,0],[%2$s,3],[%1$s,3],"
        + "[%1$s,0]], \"extendable\": true}],", x0M, x1M);
    Plan p = PlanBuilder.build(Fixtures.slab(28.8, 60, 9.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, " + tower),
        Fixtures.line(), BuildingCode.BB2012, 1);
    Selection s = GreedyPlanner.solve(p);
    assertEquals(1, s.coreHeight()[0], "the tower is extended");
    long placed = p.candidates().stream()
        .filter(c -> c.kind() == ModuleKind.STAIR && s.columnHeight()[c.index()] > 0).count();
    assertEquals(stairs, placed);
    assertEquals(8 - stairs, Evaluation.of(p, s).dwellings());
    // each dwelling reaches a stair module, or the tower by the walk along the gallery and on to its centre
    for (Candidate d : p.candidates()) {
      if (d.kind() == ModuleKind.DWELLING && s.columnHeight()[d.index()] >= 1) {
        boolean toTower = Math.abs(d.accessSMm() - centreMm) <= 30_000;
        boolean toStair = p.candidates().stream().anyMatch(c -> c.kind() == ModuleKind.STAIR
            && s.columnHeight()[c.index()] >= 1 && Math.abs(c.accessSMm() - d.accessSMm()) <= 30_000);
        assertTrue(toTower || toStair, d.label() + " reaches no stair within 30 m");
      }
    }
    assertPassesTheChecker(p, s);
  }

  private static void assertPassesTheChecker(Plan p, Selection s) {
    CheckReport r = LayoutChecker.report(p.building(), Fixtures.catalog(), BuildingCode.BB2012,
        LayoutAssembler.assemble(p, s), p.storeys());
    assertEquals(List.of(), r.violations());
    assertEquals(List.of(), r.notes());
  }
}
