package nl.toplaag.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;
import org.junit.jupiter.api.Test;

/**
 * Hand-computable cases whose optimum is known: each asserts the exact dwelling count and what binds. Each case is
 * solved twice, by the default configurator (the strip programme proves these) and by CP-SAT alone, and both must
 * prove the same optimum.
 */
class KnownOptimaTest {

  private final Configurator configurator = new CpSatConfigurator();
  private final Configurator cpSatAlone = new CpSatConfigurator(CpSatOptions.cpSatOnly());

  /** Solves with both methods, requires the same proof, and re-checks every layout with the independent checker. */
  private ConfigurationResult solve(ConfigurationRequest r) {
    ConfigurationResult res = configurator.configure(r);
    ConfigurationResult cp = cpSatAlone.configure(r);
    for (ConfigurationResult x : List.of(res, cp)) {
      assertEquals(SolveStatus.OPTIMAL, x.status(), () -> x.stats().method() + " status " + x.explanation());
      for (Layout l : x.layouts()) {
        List<Violation> v = LayoutChecker.check(r.building(), r.catalog(), r.code(), l, r.maxStoreys());
        assertTrue(v.isEmpty(), () -> x.stats().method() + " independent check: " + v);
      }
    }
    assertEquals(cp.dwellings(), res.dwellings(), "both methods, same dwellings");
    assertEquals(cp.objectiveValue(), res.objectiveValue(), "both methods, same optimum");
    return res;
  }

  @Test
  void tenBaysOneStoreyTakeNineDwellingsAndOneStair() {
    // 36 m roof, walls every 3.6 m: 10 bays. One stair in the middle reaches every door within 30 m.
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(36.0, 500, 8.6, ""), 1));
    Layout l = r.best().orElseThrow();
    assertEquals(9, r.dwellings());
    assertEquals(1, l.modules(ModuleKind.STAIR).size());
    assertTrue(l.transferAreas().isEmpty(), "all boxes stand on the walls");
  }

  @Test
  void twoStoreysDoubleTheDwellingsBelowTheLiftThreshold() {
    // roof 8.6 m + 0.3 m layer: storey 2 floor at 11.9 m <= 12.5 m, so no lift is needed.
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(36.0, 500, 8.6, ""), 2));
    assertEquals(18, r.dwellings());
  }

  @Test
  void liftRuleBindsAboveTwelveAndAHalfMetres() {
    // roof 9.6 m: storey 2 floor at 12.9 m > 12.5 m and the building has no lift: a lift module takes a bay on
    // both storeys (it stacks from storey 1), so 8 + 8 dwellings instead of 9 + 9.
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(36.0, 500, 9.6, ""), 2));
    Layout l = r.best().orElseThrow();
    assertEquals(16, r.dwellings());
    assertEquals(2, l.modules(ModuleKind.LIFT).size());
  }

  @Test
  void accessBindsOnALongRoof() {
    // 72 m, 20 bays: one stair reaches doors within 30 m only, so two stairs take two bays: 18 dwellings.
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(72.0, 500, 8.6, ""), 1));
    assertEquals(18, r.dwellings());
    assertEquals(2, r.best().orElseThrow().modules(ModuleKind.STAIR).size());
  }

  @Test
  void heightLimitBindsAtOneStorey() {
    // storey 1 top at 8.6 + 0.3 + 3.0 = 11.9 m; a limit of 14 m stops storey 2 (14.9 m).
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(36.0, 500, 8.6,
        "", "{\"maxHeightAboveGroundM\": 14.0, \"maxAddedStoreys\": 3}"), 3));
    assertEquals(9, r.dwellings());
    assertEquals(1, r.best().orElseThrow().storeys());
  }

  @Test
  void foundationReserveBinds() {
    // stair 39.24 + 5 dwellings 5 x 93.42 + 6 gallery bays 6 x 9.81 = 565.20 kN; add half a dwelling of slack.
    double reserve = 39.24 + 5 * 93.42 + 6 * 9.81 + 93.42 / 2;
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(36.0, 500, 8.6,
        "\"loadReserve\": {\"foundationReserveKn\": " + reserve + "},"), 1));
    assertEquals(5, r.dwellings());
    assertTrue(r.best().orElseThrow().foundationLoadKn() <= reserve);
  }

  /** Why the 36 m test slab with {@code extra} (its JSON) takes no dwelling, which it must not. */
  private String whyNone(String extra) {
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(36.0, 500, 8.6, extra), 1));
    assertEquals(0, r.dwellings());
    return String.join("\n", r.explanation());
  }

  @Test
  void tooSmallReserveGivesNoDwellingAndSaysWhy() {
    String why = whyNone("\"loadReserve\": {\"foundationReserveKn\": 80},");
    assertTrue(why.contains("foundation reserve of 80 kN is below the lightest dwelling"), why);
    assertTrue(why.contains("loads rules block"), why);
  }

  /**
   * Walls of 3 kN/m every 4.8 m (36 kN each over the 12 m depth) carry no 93.42 kN box. By the lever rule what a box
   * puts on its most loaded wall depends on where it stands, so the words take the least over the places offered, not
   * the first place of the lightest box: flush against a wall of its 4.8 m bay, its centre 1.8 m from that wall, a box
   * puts 3.0 / 4.8 of its load on it, 58.39 kN (the transfer grid here offers no place in the middle of a bay).
   */
  @Test
  void wallsTooWeakForAnyBoxSayTheLeastABoxPutsOnOne() {
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(38.4, 4.8, 3, 8.6, "", "{\"maxAddedStoreys\": 3}"),
        1));
    assertEquals(0, r.dwellings());
    String why = String.join("\n", r.explanation());
    assertTrue(why.contains("the strongest bearing line takes 36.0 kN; a dwelling module puts at least 58.4 kN on one"
        + " line, wherever it stands"), why);
  }

  /**
   * A 93.42 kN box on walls 3.6 m apart puts all of it on one bay of 3.6 x 12 m where it stands between two walls (2.16
   * kN/m2), and where it stands 1.2 m off them two thirds of it, 62.28 kN, with the transfer layer's 16.95 kN under it
   * there: 1.83 kN/m2, the least. Above a 1.00 kN/m2 area-load reserve, the words give both figures (an L whose CLT
   * boxes with their transfer layer put at least 5.24 kN/m2 on a bay of a 5.00 kN/m2 roof held none, said only as
   * "the loads rules block"). Under 2.30 kN/m2, above the least, six fit and nothing is said of the reserve.
   */
  @Test
  void anAreaLoadReserveBelowAnyBoxSaysTheLeastABoxPutsOnABay() {
    String why = whyNone("\"loadReserve\": {\"areaLoadKnPerM2\": 1.0},");
    assertTrue(why.contains("the area-load reserve is 1.00 kN/m2 a bay; a dwelling module puts at least 1.83 kN/m2 on"
        + " one bay, with the transfer layer it needs, wherever it stands"), why);
    ConfigurationResult above = solve(Fixtures.request(Fixtures.slab(36.0, 500, 8.6,
        "\"loadReserve\": {\"areaLoadKnPerM2\": 2.3},"), 1));
    assertEquals(6, above.dwellings());
    String aboveWhy = String.join("\n", above.explanation());
    assertFalse(aboveWhy.contains("area-load reserve is"), aboveWhy);
  }

  @Test
  void rulesThatBlockOnlyTogetherAreNamedTogether() {
    // one 3.6 m bay: a box or the stair, not both (access), and the 80 kN reserve below a box and its gallery,
    // 103.23 kN (loads); without the loads the stair takes the bay, without access the reserve takes no box: so a
    // client reading only the foundation fact would strengthen it for nothing (QA: a 12 m imported house)
    String json = """
        {"id": "one-bay", "roofOutline": [[0,0],[3.6,0],[3.6,12],[0,12],[0,0]],
         "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": 3.6, "depthM": 12}],
         "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100, "foundationReserveKn": 80},
         "zoning": {"maxAddedStoreys": 3}}
        """;
    ConfigurationResult r = solve(Fixtures.request(Fixtures.building(json), 1));
    assertEquals(0, r.dwellings());
    String why = String.join("\n", r.explanation());
    assertTrue(why.contains("foundation reserve of 80 kN is below the lightest dwelling"), why);
    assertTrue(why.contains("the loads and access rules block together: without both, 1 dwelling would fit;"
        + " without either alone, none"), why);
    assertFalse(why.contains("the loads rules block:"), why);
  }

  @Test
  void aRowWithNoPlaceBehindItsGalleryOnTheRoofIsTriedBehindACantileveredOne() {
    // a fixed obstacle along the whole rear 1.5 m of a 12 m slab: behind the gallery on the roof (it and the deepest
    // module fit the 12 m, so the rule puts it there), no dwelling module stands clear of it; behind a cantilevered
    // gallery the row is the plain slab's, 9 dwellings and a stair in its 10 bays (tenBaysOneStorey...). A
    // manufacturer's QA pass: a deeper gallery took a roof's 2 dwellings to 0
    String rear = ExhaustiveOptimumTest.flue("[[0,10.5],[36,10.5],[36,12],[0,12],[0,10.5]]", 0);
    ConfigurationResult r = solve(Fixtures.request(Fixtures.slab(36.0, 500, 8.6, "\"loadReserve\":"
        + " {\"areaLoadKnPerM2\": 100}, \"obstacles\": [" + rear + "],"), 1));
    assertEquals(9, r.dwellings());
    assertTrue(r.best().orElseThrow().galleries().stream().allMatch(GallerySegment::cantilevered));
    String why = String.join("\n", r.explanation());
    assertTrue(why.contains("wing 0 is 12.00 m deep, room for a 1.50 m gallery and 9.60 m modules on the roof, but"
        + " the roof behind such a gallery is blocked (by its edges, an obstacle or a core) where the roof behind a"
        + " cantilevered one is not"), why);
    assertTrue(why.contains("with the gallery on the roof on wing 0 instead: no dwelling fits"), why);
  }

}
