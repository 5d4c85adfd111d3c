package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The alternatives the strip programme finds where it proved the best layout ({@link StripStages#alternative}, the
 * programme with the layouts shown ruled out, {@link StripDp#avoiding}): each differs in its columns from every layout
 * before it, passes the independent checker, and is the best such layout, as CP-SAT proves it with the same layouts
 * forbidden ({@code CpSatModel.forbid}).
 */
class AlternativesTest {

  @BeforeAll
  static void natives() {
    CpSatConfigurator.loadNatives();
  }

  /** A slab of {@code lengthM} with a wall every {@code pitchM} of {@code wallKnPerM}, for {@code storeys}. */
  private static Building slab(double lengthM, double pitchM, double wallKnPerM) {
    return Fixtures.slab(lengthM, pitchM, wallKnPerM, 8.6, "", "{\"maxAddedStoreys\": 3}");
  }

  @ParameterizedTest
  @CsvSource({"36, 3.6, 10, 2, 1", "38.4, 4.8, 10, 1, 1", "28.8, 3.6, 60, 3, 1", "28.8, 3.6, 60, 2, 2"})
  void eachAlternativeIsTheBestOtherLayoutAsCpSatProvesIt(double lengthM, double pitchM, double wallKnPerM,
      int storeys, int boxes) {
    // two-box dwellings on a 3.6 m pitch have their doors on the walls: twins, the same layout from either side
    Building b = slab(lengthM, pitchM, wallKnPerM);
    ProductLine line = boxes == 1 ? Fixtures.line() : Fixtures.twoBoxDwellings();
    Plan p = PlanBuilder.build(b, line, BuildingCode.BB2012, storeys);
    StripPrices prices = new CpSatModel(p, Objective.MOST_DWELLINGS, Map.of(), Set.of(), false).prices();
    StripDp programme = StripDp.of(p, prices, List.of());
    StripDp.Result best = programme.solve(null, 50_000_000);
    assertTrue(best.exact());
    List<Selection> shown = new ArrayList<>(List.of(best.selection()));
    for (int k = 1; k <= 3; k++) {
      StripDp.Result alternative = StripStages.alternative(programme, p, prices, shown, 50_000_000, Long.MAX_VALUE);
      String at = "alternative " + k;
      assertTrue(alternative.exact(), at);
      // with the value of the last one shown (proven) as the ceiling: as good, and proven, perhaps without a scan
      StripDp.Result capped = StripStages.alternative(programme, p, prices, shown, 50_000_000,
          prices.value(p, shown.get(shown.size() - 1)));
      assertTrue(capped.exact(), at);
      assertEquals(alternative.value(), capped.value(), at);
      Selection s = alternative.selection();
      for (Selection before : shown) {
        assertFalse(Arrays.equals(before.placedHeights(p), s.placedHeights(p)),
            at + ": the columns of one shown before");
      }
      assertEquals(prices.value(p, s), alternative.value(), at);
      assertTrue(alternative.value() <= best.value(), at + ": worth more than the best");
      List<Violation> v = LayoutChecker.check(b, Fixtures.catalog(line), BuildingCode.BB2012,
          LayoutAssembler.assemble(p, s.trimmed(p)), storeys);
      assertTrue(v.isEmpty(), at + ": " + v);
      // CP-SAT, the same objective, the same layouts forbidden, proven
      CpSatModel m = new CpSatModel(p, Objective.MOST_DWELLINGS, Map.of(), Set.of(), false);
      shown.forEach(m::forbid);
      CpSatConfigurator.Solve cp = CpSatConfigurator.solve(m, new SolverSettings(60_000, 1, 1, 1), 60_000,
          System.nanoTime(), CpSatOptions.defaults());
      assertEquals(SolveStatus.OPTIMAL, cp.status(), at);
      assertEquals(cp.objective(), alternative.value(), at + ": CP-SAT's best other layout");
      shown.add(s);
    }
  }

  /**
   * Configured with three layouts asked for, where the programme proves the best: three layouts with as many dwellings,
   * their columns all different, each passing the checker, the same on a second run.
   */
  @Test
  void theConfiguratorShowsTheProgrammesAlternatives() {
    Building b = slab(36, 3.6, 10);
    ConfigurationRequest req = ConfigurationRequest.of(b, Fixtures.catalog(), 2)
        .withSettings(new SolverSettings(5_000, 1, 1, 3));
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    assertEquals(SolveStatus.OPTIMAL, r.status());
    assertEquals(3, r.layouts().size());
    for (int k = 0; k < r.layouts().size(); k++) {
      Layout l = r.layouts().get(k);
      assertEquals(r.dwellings(), l.dwellingCount(), "layout " + k);
      assertTrue(LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, l, 2).isEmpty(), "layout " + k);
      for (int j = 0; j < k; j++) {
        assertFalse(l.modules().equals(r.layouts().get(j).modules()), "layouts " + j + " and " + k);
      }
    }
    assertEquals(List.of(LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER, LayoutProof.BEST_OTHER), r.layoutProofs());
    assertEquals(r.layouts(), new CpSatConfigurator().configure(req).layouts());
  }

  /**
   * CP-SAT alone (without the programme) marks the alternatives it proves as proven too, and they are worth what the
   * programme's are: as many dwellings, the same cost, layout by layout.
   */
  @Test
  void cpSatsProvenAlternativesAreMarkedAndWorthTheProgrammes() {
    ConfigurationRequest req = ConfigurationRequest.of(slab(36, 3.6, 10), Fixtures.catalog(), 2)
        .withSettings(new SolverSettings(20_000, 1, 1, 3));
    ConfigurationResult cp = new CpSatConfigurator(CpSatOptions.cpSatOnly()).configure(req);
    ConfigurationResult dp = new CpSatConfigurator().configure(req);
    assertEquals(List.of(LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER, LayoutProof.BEST_OTHER), cp.layoutProofs());
    for (int k = 0; k < 3; k++) {
      assertEquals(dp.layouts().get(k).dwellingCount(), cp.layouts().get(k).dwellingCount(), "layout " + k);
      assertEquals(dp.layouts().get(k).costEur(), cp.layouts().get(k).costEur(), "layout " + k);
    }
  }

  /**
   * Where neither method proves the best layout in the limit (144 m, a wall every 4.8 m of 16 kN/m, three storeys,
   * 0.5 s), the programme's search still gives alternatives: as many dwellings, their modules all different, each
   * passing the checker. Before, CP-SAT found none here in its time, and the greedy layout was shown. The search for
   * the cheapest layout, from the best one found (38), finds one with 39: every objective ranks dwellings first, so
   * that one is shown first, and the one with 38 is dropped. (With a bay's load half on each wall, before 7 Dec 2026,
   * 41 and 42.)
   */
  @Test
  void whereNothingIsProvenTheAlternativesHoldAsManyDwellingsAndTheBestComesFirst() {
    Building b = slab(144, 4.8, 16);
    ConfigurationRequest req = ConfigurationRequest.of(b, Fixtures.catalog(), 3)
        .withSettings(new SolverSettings(500, 1, 1, 3));
    CpSatConfigurator.LineResult r = CpSatConfigurator.solveLine(req, Fixtures.line(), CpSatOptions.defaults());
    assertEquals(SolveStatus.FEASIBLE, r.status);
    assertEquals(39, r.eval.dwellings());
    assertEquals(Objective.MOST_DWELLINGS, r.objectives.get(0));
    assertEquals(3, r.layouts.size());
    assertEquals(List.of(LayoutProof.FOUND, LayoutProof.FOUND, LayoutProof.FOUND), r.proofs);
    for (int k = 0; k < r.layouts.size(); k++) {
      Layout l = r.layouts.get(k);
      assertEquals(r.eval.dwellings(), l.dwellingCount(), "layout " + k);
      assertTrue(LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, l, 3).isEmpty(), "layout " + k);
      for (int j = 0; j < k; j++) {
        assertFalse(l.modules().equals(r.layouts.get(j).modules()), "layouts " + j + " and " + k);
      }
    }
  }
}
