package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The objective as integer prices: one dwelling outweighs everything below it together, whatever the objective, so
 * the strip programme and the CP-SAT model, which both optimise these prices, optimise the lexicographic objective;
 * costs count in units of €100.
 */
class ObjectivePricesTest {

  /** Ten 3.6 m bays, two storeys, the fixture line (D36 box €100,000 and 30 m², gallery €5,000 a storey). */
  private static Plan plan() {
    return PlanBuilder.build(Fixtures.slab(36.0, 60, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 2);
  }

  @ParameterizedTest
  @EnumSource(Objective.class)
  void oneDwellingOutweighsEverythingBelowItTogether(Objective objective) {
    Plan p = plan();
    ObjectivePrices o = ObjectivePrices.of(p, objective, Map.of("D36", 0.7, "STAIR", 0.4), false);
    long w = o.dwellingWeight();
    StripPrices s = o.prices();
    // every price less the weight of the dwellings it adds: what the levels below dwellings make of it (a twin left
    // out: a layout holds it or its first, whose prices are the same)
    double below = 0;
    for (Candidate c : p.candidates()) {
      if (c.isTwin()) {
        continue;
      }
      for (long v : s.column()[c.index()]) {
        below += Math.abs(v - (c.kind() == ModuleKind.DWELLING ? w : 0));
      }
    }
    for (long[] g : s.gallery()) {
      below += sum(g);
    }
    for (long[] e : s.core()) {
      below += sum(e);
    }
    below += sum(s.transfer()) + sum(s.liftExtension()) + sum(s.removal()) + Math.abs(s.firstStorey())
        + sum(s.riser());
    assertTrue(below > 0, "the levels below dwellings price something");
    assertTrue(below < w, below + " below dwellings against a dwelling's weight " + w);
    assertTrue(o.negativeSpan() < w);
    // exact in integers: the most the levels below can subtract is less than a dwelling (it was taken in doubles,
    // with a margin that let a bound of 7 dwellings read as 8 where costs are all the levels below and W > 10^9)
    assertEquals(7, o.dwellingBound(7.0 * w));
    assertEquals(7, o.dwellingBound(7.0 * w + w - 1 - o.negativeSpan()));
    assertEquals(6, o.dwellingBound(7.0 * w - 1 - o.negativeSpan()));
    assertEquals(Integer.MAX_VALUE, o.dwellingBound(Long.MAX_VALUE));
    // the value bound of a dwelling bound gives that dwelling bound back; it holds every price below dwellings that
    // adds value, and stays below the least a layout with one dwelling more is worth
    assertEquals(7, o.dwellingBound(o.valueBound(7)));
    double adds = 0;
    for (Candidate c : p.candidates()) {
      if (c.isTwin()) {
        continue;
      }
      for (long v : s.column()[c.index()]) {
        adds += Math.max(0, v - (c.kind() == ModuleKind.DWELLING ? w : 0));
      }
    }
    assertTrue(o.valueBound(7) >= 7 * w + adds, o.valueBound(7) + " against " + (7 * w + adds));
    assertTrue(o.valueBound(7) < 8 * w - o.negativeSpan());
    assertTrue(o.valueBound(Integer.MAX_VALUE) > o.valueBound(7), "no overflow");
  }

  @Test
  void aFloorFromAnotherPlanIsWhatItsLayoutIsWorthLessOneWithinItsDwellings() {
    Plan p = plan();
    Selection greedy = GreedyPlanner.solve(p);
    int d = Evaluation.of(p, greedy).dwellings();
    assertTrue(d > 2);
    for (Objective objective : Objective.values()) {
      ObjectivePrices o = ObjectivePrices.of(p, objective, Map.of(), false);
      assertEquals(o.prices().value(p, greedy) - 1, o.floorValue(p, greedy, objective, Map.of()), objective.name());
    }
    // under the prices of a plan two bays long, one storey: the long slab's layout has more usable area than any of
    // its layouts could, so the floor is the most a layout with as many dwellings is worth, and one with more is
    // always sought; and it costs more than any could, so the floor is the least such a layout is worth, and one
    // with fewer is never sought
    Plan small = PlanBuilder.build(Fixtures.slab(7.2, 60, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 1);
    ObjectivePrices area = ObjectivePrices.of(small, Objective.MOST_DWELLINGS, Map.of(), false);
    assertEquals(area.valueBound(d), area.floorValue(p, greedy, Objective.MOST_DWELLINGS, Map.of()));
    ObjectivePrices cost = ObjectivePrices.of(small, Objective.COST_PER_DWELLING, Map.of(), false);
    assertEquals(cost.valueBound(d - 1), cost.floorValue(p, greedy, Objective.COST_PER_DWELLING, Map.of()));
  }

  /**
   * No objective pays for a stair or lift: one that serves nothing would otherwise be added for its price (with the
   * circularity score as the price, CP-SAT added a lift module no rule asked for to benchmark roof g1000), and the
   * strip programme, whose foundation relaxation leaves such modules out, does not cover such prices.
   */
  @ParameterizedTest
  @EnumSource(Objective.class)
  void noObjectivePaysForAStairOrLift(Objective objective) {
    Plan p = plan();
    StripPrices s = ObjectivePrices.of(p, objective, Map.of("D36", 0.7, "STAIR", 0.9), false).prices();
    for (Candidate c : p.candidates()) {
      if (c.kind() != ModuleKind.DWELLING) {
        for (long v : s.column()[c.index()]) {
          assertTrue(v <= 0, objective + ": " + c.label() + " priced " + v);
        }
      }
    }
    assertTrue(StripDp.applicable(p, s, List.of()), "the programme covers every objective's prices");
    StripPrices paid = ObjectivePrices.of(p, objective, Map.of(), false).prices();
    p.candidates().stream().filter(c -> c.kind() == ModuleKind.STAIR).findFirst()
        .ifPresent(c -> paid.column()[c.index()][0] = 1);
    assertFalse(StripDp.applicable(p, paid, List.of()), "a stair that adds value is not covered");
  }

  /**
   * Circularity: the module mass that is not circular counts against a layout, in units of 10 kg, above the costs.
   * The fixture's stair (4,000 kg, no score) costs 400 units and its €60,000; its box (6,000 kg, score 0.7) 180 units
   * and its €100,000.
   */
  @Test
  void circularityCountsTheMassThatIsNotCircular() {
    Plan p = plan();
    ObjectivePrices o = ObjectivePrices.of(p, Objective.CIRCULARITY, Map.of("D36", 0.7), false);
    Candidate box = p.candidates().stream().filter(c -> c.kind() == ModuleKind.DWELLING).findFirst().orElseThrow();
    Candidate stair = p.candidates().stream().filter(c -> c.kind() == ModuleKind.STAIR).findFirst().orElseThrow();
    long stairPrice = o.prices().column()[stair.index()][0];
    assertEquals(0, (-600 - stairPrice) % 400, "stair " + stairPrice);
    long weight = (-600 - stairPrice) / 400; // of one unit of the circularity level
    assertTrue(weight > 0);
    assertEquals(o.dwellingWeight() - 180 * weight - 1000, o.prices().column()[box.index()][0]);
  }

  @Test
  void mostDwellingsThenAreaThenCostInHundredsOfEuros() {
    Plan p = plan();
    ObjectivePrices o = ObjectivePrices.of(p, Objective.MOST_DWELLINGS, Map.of(), false);
    StripPrices s = o.prices();
    Candidate box = p.candidates().stream().filter(c -> c.kind() == ModuleKind.DWELLING).findFirst().orElseThrow();
    Candidate stair = p.candidates().stream().filter(c -> c.kind() == ModuleKind.STAIR).findFirst().orElseThrow();
    assertEquals(-600, s.column()[stair.index()][0]); // the cost level weighs 1: no area, €60,000 in €100
    assertEquals(-50, s.gallery()[0][0]); // €5,000
    long area = s.column()[box.index()][0] - o.dwellingWeight() + 1000; // 30 m² in 0.1 m², weighted
    assertEquals(0, area % 300);
    assertTrue(area / 300 > 1000, "a 0.1 m² of area outweighs a box's cost");
  }

  @Test
  void theCountPhasePricesTheDwellingsAlone() {
    Plan p = plan();
    ObjectivePrices count = ObjectivePrices.of(p, Objective.CARBON, Map.of(), true);
    StripPrices scan = ObjectivePrices.dwellings(p); // the programme's count scan
    assertEquals(1, count.dwellingWeight());
    assertEquals(0, count.negativeSpan());
    for (Candidate c : p.candidates()) {
      long[] expected = new long[Math.min(c.topStorey(), p.storeys())];
      java.util.Arrays.fill(expected, c.kind() == ModuleKind.DWELLING ? 1 : 0);
      assertArrayEquals(expected, count.prices().column()[c.index()]);
      assertArrayEquals(expected, scan.column()[c.index()]);
    }
    assertEquals(0, sum(count.prices().gallery()[0]) + count.prices().firstStorey() + sum(count.prices().riser()));
  }

  private static double sum(long[] a) {
    double s = 0;
    for (long v : a) {
      s += Math.abs(v);
    }
    return s;
  }
}
