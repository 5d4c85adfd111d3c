package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.RuleId;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A floor above 12.5 m gives the whole building its accessibility sector (BB2012 art. 4.24(1)a: "de vloer van een
 * verblijfsgebied [in het woongebouw]"), so where a new storey lies above it, the dwellings of the new storeys below
 * it reach a lift too. Before, only storeys above 12.5 m needed one. On the test L at 9.6 m, storey 1 lies at 9.9 m
 * and storey 2 at 12.9 m.
 */
class LiftForTheWholeBuildingTest {

  private static final Building L = Fixtures.lShape(9.6);

  @Test
  void aPlanWhoseTopStoreyLiesAboveTheThresholdNeedsLiftsOnEveryStorey() {
    assertEquals(1, PlanBuilder.storeysBelowLift(L, Fixtures.line(), BuildingCode.BB2012, 2));
    assertEquals(0, PlanBuilder.storeysBelowLift(L, Fixtures.line(), BuildingCode.BB2012, 1));
    Plan both = PlanBuilder.build(L, Fixtures.line(), BuildingCode.BB2012, 2);
    assertTrue(both.floorLevelMm(1) <= 12_500 && both.floorLevelMm(2) > 12_500, both.floorLevelsMm().toString());
    assertTrue(both.needsLift(1) && both.needsLift(2));
    assertFalse(PlanBuilder.build(L, Fixtures.line(), BuildingCode.BB2012, 1).needsLift(1));
  }

  @Test
  void theCheckerRequiresALiftForStoreyOneWhereStoreyTwoHoldsDwellings() {
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(L, 2));
    Layout best = r.best().orElseThrow();
    assertEquals(List.of(), LayoutChecker.check(L, Fixtures.catalog(), BuildingCode.BB2012, best, 2));
    assertTrue(best.modules().stream().anyMatch(p -> p.storey() == 2 && p.kind() == ModuleKind.DWELLING),
        "the second storey is worth its lifts here");
    for (int w = 0; w < 2; w++) {
      int wing = w;
      assertTrue(best.modules().stream().anyMatch(p -> p.wing() == wing && p.storey() == 1
          && p.kind() == ModuleKind.LIFT), "a lift on storey 1 of wing " + w);
    }
    // by hand: wing 1 on storey 1 alone, without its lifts; wing 0 keeps both storeys and its lift: wing 1's dwellings
    // on storey 1, at 9.9 m, reach no lift (before, a storey at or below 12.5 m needed none)
    List<Placement> kept = best.modules().stream().filter(p -> p.wing() == 0
        || p.storey() == 1 && p.kind() != ModuleKind.LIFT).toList();
    Layout edited = new Layout(best.buildingId(), best.productLineIds(), best.storeys(), kept,
        best.galleries().stream().filter(g -> g.wing() == 0 || g.storey() == 1).toList(), best.transferAreas(),
        best.extendedStairCores(), best.liftExtensionStoreys(), best.removedObstacles(), best.dryRiser(),
        best.lineLoads(), best.foundationLoadKn(), best.costEur());
    List<Violation> lift = LayoutChecker.check(L, Fixtures.catalog(), BuildingCode.BB2012, edited, 2).stream()
        .filter(v -> v.rule() == RuleId.LIFT).toList();
    assertFalse(lift.isEmpty());
    for (Violation v : lift) {
      assertTrue(v.message().matches("dwelling \\S+ on storey 1 wing 1 \\(door at s = [0-9.]+ m\\) reaches no lift"
          + " module along the gallery"), v.message());
    }
  }

  @Test
  void whereTheStoreysBelowAloneWinTheRulesStillAllowEveryStorey() {
    // a 36 m slab at 9.6 m on a foundation reserve of 400 kN: a lift on each storey costs more than storey 2 gains, so
    // storey 1 alone wins (a review's probe); the rules checked still allow the 2 storeys asked for
    Building b = Fixtures.slab(36, 500, 9.6,
        "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 400},");
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 2));
    Layout best = r.best().orElseThrow();
    assertTrue(best.modules().stream().allMatch(p -> p.storey() == 1), "storey 1 alone");
    assertTrue(best.modules().stream().noneMatch(p -> p.kind() == ModuleKind.LIFT), "and no lift");
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, best, 2));
    assertTrue(r.rulesChecked().stream().anyMatch(t -> t.endsWith("; 2 asked for; at most 2 added storeys: as asked"
        + " for")), r.rulesChecked().toString());
    assertTrue(r.explanation().stream().anyMatch(e -> e.contains("; with dwellings on storeys up to 2, and lifts on"
        + " each: ")), r.explanation().toString());
  }

  @Test
  void theExplanationSaysWhatTheStoreysBelowGiveAlone() {
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(L, 2));
    assertTrue(r.explanation().stream().anyMatch(e -> e.startsWith("line test: storey 2's floor, at 12.90 m, lies"
        + " above 12.5 m, and dwellings there give the whole building a lift (BB2012 art. 4.24(1)a), which the"
        + " dwellings of every new storey reach; on storey 1 alone, without a lift: the best layout holds ")),
        r.explanation().toString());
  }

  /**
   * A line whose lift's car is smaller than the 1.05 x 2.05 m BB2012 art. 4.28 asks (in a building of more than 6
   * dwellings) has no lift the code accepts: no lift module is placed, the storeys that need one stay empty, and the
   * rules checked say why, naming the car.
   */
  @Test
  void aLiftWhoseCarIsTooSmallIsNotPlacedAndTheExplanationSaysWhy() {
    ProductLine small = Fixtures.line().withModules(Fixtures.line().modules().stream()
        .map(m -> m.kind() == ModuleKind.LIFT ? m.withLiftCarMm(1_100, 1_400) : m).toList());
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(L, small, 2));
    Layout best = r.best().orElseThrow();
    assertTrue(best.modules().stream().noneMatch(p -> p.kind() == ModuleKind.LIFT), "no lift module");
    assertTrue(best.modules().stream().noneMatch(p -> p.storey() == 2), "nothing on storey 2, which needs a lift");
    assertTrue(best.modules().stream().anyMatch(p -> p.kind() == ModuleKind.DWELLING), "storey 1 holds dwellings");
    assertEquals(List.of(), LayoutChecker.check(L, Fixtures.catalog(small), BuildingCode.BB2012, best, 2));
    assertTrue(r.rulesChecked().stream().anyMatch(e -> e.contains("at most 1 added storey: line test: storey 2's floor"
        + " lies at 12.90 m, above 12.5 m, where every new storey needs a lift: the cars of line test's lift modules (")
        && e.contains(": 1.10 x 1.40 m across x from its door) fall short of the 1.05 x 2.05 m the building code asks of a new lift in a"
            + " building of more than 6 dwellings (BB2012 art. 4.28, a stretcher lift)")), r.rulesChecked().toString());
  }

  /**
   * A lift module's door opens onto the gallery, which must give the 1.5 x 1.5 m free floor BB2012 art. 4.23 asks in
   * front of a lift: a line whose gallery is 1.2 m deep places no lift, and the rules checked say why.
   */
  @Test
  void aGalleryTooShallowForALandingPlacesNoLift() {
    ProductLine shallow = Fixtures.withGalleryDepth(Fixtures.line(), 1_200);
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(L, shallow, 2));
    Layout best = r.best().orElseThrow();
    assertTrue(best.modules().stream().noneMatch(p -> p.kind() == ModuleKind.LIFT), "no lift module");
    assertTrue(best.modules().stream().noneMatch(p -> p.storey() == 2), "nothing on storey 2, which needs a lift");
    assertEquals(List.of(), LayoutChecker.check(L, Fixtures.catalog(shallow), BuildingCode.BB2012, best, 2));
    assertTrue(r.rulesChecked().stream().anyMatch(e -> e.contains("every new storey needs a lift: line test's gallery"
        + " GAL, which a lift module's door opens onto, is 1.20 m deep, less than the 1.50 x 1.50 m free floor the"
        + " building code asks in front of a lift (BB2012 art. 4.23)")), r.rulesChecked().toString());
  }

  /**
   * The existing lift, extended onto the new storeys, opens onto the new gallery there as a lift module does, so the
   * gallery must give it the 1.5 x 1.5 m free floor of art. 4.23 too (left out until 7 Dec 2026: the L's storey 2,
   * which needs a lift, was filled with a 1.2 m gallery and the existing lift extended): the plan does not extend it,
   * the rules checked say why, and the checker reports a layout that does.
   */
  @Test
  void theExistingLiftExtendedNeedsItsLandingOnTheGalleryToo() {
    landingOnTheGallery(Fixtures.lShape(9.6, "{\"maxAddedStoreys\": 3}",
        "\"lift\": {\"present\": true, \"extendable\": true},"));
    // where the building gives its shaft (beside a slab's gable, in the gallery's band), the gallery at its door
    landingOnTheGallery(Fixtures.slab(36, 500, 9.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"lift\":"
        + " {\"present\": true, \"extendable\": true, \"outline\": [[-2.2,0],[0,0],[0,2.6],[-2.2,2.6],[-2.2,0]]},"));
  }

  private static void landingOnTheGallery(Building withLift) {
    ProductLine noLifts = Fixtures.withoutLift(Fixtures.line());
    Layout deep = new CpSatConfigurator().configure(Fixtures.request(withLift, noLifts, 2)).best().orElseThrow();
    assertTrue(deep.liftExtensionStoreys() == 2 && deep.modules().stream().anyMatch(p -> p.storey() == 2
        && p.kind() == ModuleKind.DWELLING), "on a 1.5 m gallery the lift extended serves storey 2: " + deep);
    assertEquals(List.of(), LayoutChecker.check(withLift, Fixtures.catalog(noLifts), BuildingCode.BB2012, deep, 2));

    ProductLine shallow = Fixtures.withGalleryDepth(noLifts, 1_200);
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(withLift, shallow, 2));
    Layout best = r.best().orElseThrow();
    assertEquals(0, best.liftExtensionStoreys());
    assertTrue(best.modules().stream().noneMatch(p -> p.storey() == 2), "nothing on storey 2, which needs a lift");
    assertTrue(best.modules().stream().anyMatch(p -> p.kind() == ModuleKind.DWELLING), "storey 1 holds dwellings");
    assertEquals(List.of(), LayoutChecker.check(withLift, Fixtures.catalog(shallow), BuildingCode.BB2012, best, 2));
    assertTrue(r.rulesChecked().stream().anyMatch(e -> e.contains("at most 1 added storey: line test: storey 2's floor"
        + " lies at 12.90 m, above 12.5 m, where every new storey needs a lift: line test has no lift module and the"
        + " building's lift, extended, would open onto line test's gallery GAL, 1.20 m deep, less than the 1.50 x 1.50"
        + " m free floor in front of a lift (BB2012 art. 4.23)")), r.rulesChecked().toString());

    List<String> landings = LayoutChecker.check(withLift, Fixtures.catalog(shallow), BuildingCode.BB2012, deep, 2)
        .stream().map(Violation::message).filter(m -> m.startsWith("the existing lift, extended")).toList();
    assertEquals(2, landings.size(), landings.toString());
    assertTrue(landings.get(1).startsWith("the existing lift, extended to storey 2, opens onto its gallery (GAL, wing")
        && landings.get(1).endsWith("1.20 m deep, less than the 1.50 x 1.50 m free floor in front of a lift (art."
        + " 4.23)"), landings.toString());
  }

  /**
   * Where the lift's car stops every storey, the explanation says so and that no storey can be added, and no longer that
   * no module fits on the wings "(roof less setbacks, obstacles, stair cores, fire resistance or height)", which named
   * causes that were not (a QA pass).
   */
  @Test
  void whereTheCarStopsEveryStoreyTheExplanationNamesNoOtherCause() {
    ProductLine small = Fixtures.line().withModules(Fixtures.line().modules().stream()
        .map(m -> m.kind() == ModuleKind.LIFT ? m.withLiftCarMm(1_100, 1_400) : m).toList());
    Building high = Fixtures.lShape(12.4); // storey 1 at 12.7 m needs a lift
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(high, small, 2));
    assertEquals(0, r.dwellings());
    List<String> why = r.explanation();
    assertTrue(why.stream().anyMatch(e -> e.contains("the cars of line test's lift modules")), why.toString());
    assertTrue(why.contains("line test: no storey can be added (see above)"), why.toString());
    assertTrue(why.stream().noneMatch(e -> e.contains("no module of line")), why.toString());
  }
}
