package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The existing lift's shaft on the roof of a galerijflat (a QA pass): before, every solver stood a module on it (a
 * stair at s 28.8-32.4 m over a shaft at s 29.4-31.8 m, in the module band) and the checker passed it, with the lift
 * extended or not. No module stands on the shaft on any storey, and no gallery on the roof passes it.
 */
class LiftShaftOnTheRoofTest {

  private static final ProductLine LINE = Fixtures.line(120);
  private static final Catalog CATALOG = Fixtures.catalog(LINE);

  /** A 36 m {@link Fixtures#slab} at {@code roofM} with an extendable fire-fighting lift's 2.4 x 2.7 m shaft at t. */
  private static Building building(double roofM, double t0M) {
    String shaft = String.format(Locale.ROOT, "[[29.4,%1$s],[31.8,%1$s],[31.8,%2$s],[29.4,%2$s],[29.4,%1$s]]",
        t0M, t0M + 2.7);
    return Fixtures.slab(36, 500, roofM, "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"lift\": {\"present\": true,"
        + " \"extendable\": true, \"fireFighting\": true, \"outline\": " + shaft + "},");
  }

  @ParameterizedTest(name = "roof {0} m, shaft at t {1} m, {2} storeys")
  @CsvSource({
      // roof 6 m: no storey needs a lift, the lift is not extended; 12.6 m: every storey does, it is
      "6.0, 4.0, 1, 8, false", "6.0, 4.0, 2, 16, false", "12.6, 4.0, 1, 8, true", "12.6, 4.0, 2, 16, true",
      // the shaft in the gallery's band on the roof (t 0.5-3.2 m): no gallery on the roof passes it, so there the bay
      // at the shaft had none and the stretch beyond it (one bay) was cut off (7 and 12 dwellings until 7 Dec 2026);
      // the row behind a cantilevered gallery, tried since, runs past it in front of the facade, and its row clears the
      // shaft as where it lies behind the band, the lift extended at 12.6 m (the checker passes each)
      "6.0, 0.5, 1, 8, false", "12.6, 0.5, 2, 16, true"})
  void noSolverStandsAModuleOnTheShaft(double roofM, double t0M, int storeys, int dwellings, boolean extended) {
    Building b = building(roofM, t0M);
    ConfigurationRequest req = ConfigurationRequest.of(b, CATALOG, storeys)
        .withSettings(new SolverSettings(10_000, 1, 1, 1));
    for (CpSatOptions o : List.of(CpSatOptions.defaults(), CpSatOptions.cpSatOnly())) {
      ConfigurationResult r = new CpSatConfigurator(o).configure(req);
      assertEquals(SolveStatus.OPTIMAL, r.status(), r.toString());
      check(b, r.layouts().get(0), storeys, dwellings, extended);
    }
    Plan p = PlanBuilder.build(b, LINE, BuildingCode.BB2012, storeys);
    Layout greedy = LayoutAssembler.assemble(p, GreedyPlanner.solve(p));
    // the greedy plans on the rule's rows: with the shaft in the gallery's band on the roof no gallery reaches its door
    check(b, greedy, storeys, greedy.dwellingCount(), extended && t0M >= 1.5);
  }

  private static void check(Building b, Layout l, int storeys, int dwellings, boolean extended) {
    assertEquals(List.of(), LayoutChecker.check(b, CATALOG, BuildingCode.BB2012, l, storeys));
    assertEquals(dwellings, l.dwellingCount());
    assertEquals(extended, l.liftExtensionStoreys() >= 1);
    // the shaft spans s 29.4-31.8 m: nothing of the layout stands there, on any storey
    assertFalse(l.modules().stream().anyMatch(m -> m.sMm() < 31_800 && m.sMm() + m.widthMm() > 29_400),
        l.modules().toString());
    // a gallery on the roof passes it only where it lies behind the gallery's band; a cantilevered one, in front of
    // the facade, may
    assertTrue(l.galleries().stream().noneMatch(g -> !g.cantilevered() && g.sStartMm() < 31_800 && g.sEndMm() > 29_400)
        || b.lift().footprint().getEnvelopeInternal().getMinY() >= 1_500, l.galleries().toString());
  }
}
