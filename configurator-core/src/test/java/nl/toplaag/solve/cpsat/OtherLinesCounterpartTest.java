package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CpSatConfigurator#otherLinesCounterpart}: the layout at the other end of the trade-off between usable area and
 * cost taken from another product line's result. The results are built by hand from the real layouts of the two
 * gallery places of {@link GalleryPlacesTest}'s 10 m slab with the two-box line (the same number of dwellings either
 * way; the 9.6 m boxes with a cantilevered gallery larger and dearer, the 7.2 m boxes behind a gallery on the roof
 * smaller and cheaper), each result standing for a line; the objective is the lowest cost, its counterpart the most
 * usable area. The swap on real lines is CounterpartShownOrSaidTest's (test-buildings).
 */
class OtherLinesCounterpartTest {

  private static final ProductLine LINE = Fixtures.twoBoxLine();
  private static final Objective BY = Objective.MOST_DWELLINGS;

  /** One layout with its selection and plan. */
  private record Item(Layout layout, Selection selection, Plan plan) {}

  /** The layouts of both gallery places with the most dwellings, the cheapest first. */
  private static List<Item> pool;

  private static ConfigurationRequest request(int alternatives) {
    String json = String.format(Locale.ROOT, """
        {"id": "slab10", "roofOutline": [[0,0],[%1$s,0],[%1$s,10],[0,10],[0,0]],
         "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         "zoning": {"maxAddedStoreys": 3}}
        """, 28.8);
    Building b = Fixtures.building(json);
    return ConfigurationRequest.of(b, Fixtures.catalog(LINE), 1).withObjective(Objective.COST_PER_DWELLING)
        .withSettings(new SolverSettings(10_000, 1, 1, alternatives));
  }

  @BeforeAll
  static void solveBothPlaces() {
    ConfigurationRequest req = request(3);
    List<Item> all = new ArrayList<>();
    for (Set<Integer> rows : List.of(Set.of(0), Set.<Integer>of())) {
      CpSatConfigurator.LineResult r = CpSatConfigurator.solvePlan(req, LINE, CpSatOptions.defaults(), rows, null);
      for (int k = 0; k < r.layouts.size(); k++) {
        all.add(new Item(r.layouts.get(k), r.selections.get(k), r.plans.get(k)));
      }
    }
    int most = all.stream().mapToInt(OtherLinesCounterpartTest::dwellings).max().orElseThrow();
    pool = all.stream().filter(i -> dwellings(i) == most).sorted(Comparator.comparingLong(i -> eval(i).costEur()))
        .toList();
    assertTrue(pool.size() >= 4, "four layouts with as many dwellings: " + pool.size());
  }

  private static Evaluation eval(Item i) {
    return Evaluation.of(i.plan(), i.selection());
  }

  private static int dwellings(Item i) {
    return eval(i).dwellings();
  }

  private static double areaM2(Item i) {
    return eval(i).usableAreaM2();
  }

  /** The items' places in the pool, for short messages. */
  private static List<Integer> ids(Item... items) {
    return ids(Arrays.stream(items).map(Item::layout).toList());
  }

  /** The layouts' places in the pool (-1: none of it). */
  private static List<Integer> ids(List<Layout> layouts) {
    List<Layout> all = pool.stream().map(Item::layout).toList();
    return layouts.stream().map(all::indexOf).toList();
  }

  /** The layout with the most usable area of the pool. */
  private static Item largest() {
    return pool.stream().max(Comparator.comparingDouble(OtherLinesCounterpartTest::areaM2)).orElseThrow();
  }

  /**
   * A line's result holding {@code items} with {@code proofs} and {@code objectives}, in that order, its best layout
   * the first; its first layout not proven the best by the counterpart.
   */
  private static CpSatConfigurator.LineResult line(List<Item> items, List<LayoutProof> proofs,
      List<Objective> objectives) {
    CpSatConfigurator.LineResult r = new CpSatConfigurator.LineResult();
    r.plan = items.get(0).plan();
    r.status = SolveStatus.OPTIMAL;
    r.eval = eval(items.get(0));
    for (Item i : items) {
      r.layouts.add(i.layout());
      r.selections.add(i.selection());
      r.plans.add(i.plan());
    }
    r.proofs.addAll(proofs);
    r.objectives.addAll(objectives);
    return r;
  }

  @Test
  void whereTheBestLineListsNoneTheOtherLinesLayoutFollowsTheBest() {
    Item cheapest = pool.get(0);
    Item largest = largest();
    assertTrue(areaM2(largest) > areaM2(cheapest), "the trade-off");
    CpSatConfigurator.LineResult best = line(List.of(cheapest), List.of(LayoutProof.OPTIMAL),
        List.of(Objective.COST_PER_DWELLING));
    CpSatConfigurator.LineResult other = line(List.of(largest), List.of(LayoutProof.OPTIMAL), List.of(BY));
    CpSatConfigurator.otherLinesCounterpart(best, List.of(best, other), request(3));
    assertEquals(ids(cheapest, largest), ids(best.layouts));
    assertEquals(List.of(cheapest.plan(), largest.plan()), best.plans);
    assertEquals(List.of(LayoutProof.OPTIMAL, LayoutProof.OPTIMAL), best.proofs, "its own line's proof");
    assertEquals(List.of(Objective.COST_PER_DWELLING, BY), best.objectives);
  }

  @Test
  void aListOneOverTheAlternativesAskedForDropsTheLast() {
    Item largest = largest();
    List<Item> others = pool.stream().filter(i -> i != largest).limit(3).toList();
    List<LayoutProof> proofs = List.of(LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER, LayoutProof.BEST_OTHER);
    List<Objective> cost = List.of(Objective.COST_PER_DWELLING, Objective.COST_PER_DWELLING,
        Objective.COST_PER_DWELLING);
    CpSatConfigurator.LineResult other = line(List.of(largest), List.of(LayoutProof.OPTIMAL), List.of(BY));

    CpSatConfigurator.LineResult three = line(others, proofs, cost);
    CpSatConfigurator.otherLinesCounterpart(three, List.of(three, other), request(3));
    assertEquals(ids(others.get(0), largest, others.get(1)), ids(three.layouts),
        "the last of three dropped");
    assertEquals(3, three.selections.size());
    assertEquals(3, three.plans.size());
    assertEquals(List.of(LayoutProof.OPTIMAL, LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER), three.proofs);
    assertEquals(List.of(Objective.COST_PER_DWELLING, BY, Objective.COST_PER_DWELLING), three.objectives);

    CpSatConfigurator.LineResult four = line(others, proofs, cost);
    CpSatConfigurator.otherLinesCounterpart(four, List.of(four, other), request(4));
    assertEquals(ids(others.get(0), largest, others.get(1), others.get(2)), ids(four.layouts),
        "four asked for: none dropped");
  }

  @Test
  void aLayoutTheTopLineOnlyFoundIsShownAsFound() {
    Item cheapest = pool.get(0);
    Item largest = largest();
    CpSatConfigurator.LineResult best = line(List.of(cheapest), List.of(LayoutProof.OPTIMAL),
        List.of(Objective.COST_PER_DWELLING));
    // listed by the counterpart, found only
    CpSatConfigurator.LineResult listed = line(List.of(pool.get(1), largest),
        List.of(LayoutProof.OPTIMAL, LayoutProof.FOUND), List.of(Objective.COST_PER_DWELLING, BY));
    CpSatConfigurator.otherLinesCounterpart(best, List.of(best, listed), request(3));
    assertEquals(ids(cheapest, largest), ids(best.layouts));
    assertEquals(List.of(LayoutProof.OPTIMAL, LayoutProof.FOUND), best.proofs);

    // listed by none: its best layout, proven the best by the counterpart only where its search proved it so
    for (boolean proven : List.of(false, true)) {
      CpSatConfigurator.LineResult b = line(List.of(cheapest), List.of(LayoutProof.OPTIMAL),
          List.of(Objective.COST_PER_DWELLING));
      CpSatConfigurator.LineResult first = line(List.of(largest), List.of(LayoutProof.OPTIMAL),
          List.of(Objective.COST_PER_DWELLING));
      first.firstProvenByCounterpart = proven;
      CpSatConfigurator.otherLinesCounterpart(b, List.of(b, first), request(3));
      assertEquals(ids(largest), ids(b.layouts.subList(1, 2)));
      assertEquals(proven ? LayoutProof.OPTIMAL : LayoutProof.FOUND, b.proofs.get(1), "proven by it: " + proven);
    }
  }

  @Test
  void anAlternativeProvenTheBestOtherKeepsItOnlyWhereTheLayoutItFollowedRanksNoHigher() {
    Item cheapest = pool.get(0);
    Item largest = largest();
    // two others of different costs, the cheaper first (the pool is sorted by cost)
    List<Item> rest = pool.stream().filter(i -> i != cheapest && i != largest).toList();
    Item dearer = rest.stream().filter(i -> eval(i).costEur() > eval(rest.get(0)).costEur()).findFirst()
        .orElseThrow(() -> new AssertionError("two costs: " + rest.stream().map(i -> eval(i).costEur()).toList()));
    List<Item> middle = List.of(rest.get(0), dearer);
    assertTrue(areaM2(largest) > Math.max(areaM2(middle.get(0)), areaM2(middle.get(1))), "the largest is larger");
    CpSatConfigurator.LineResult other = line(List.of(largest), List.of(LayoutProof.OPTIMAL), List.of(BY));
    List<LayoutProof> proofs = List.of(LayoutProof.OPTIMAL, LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER);
    List<Objective> objectives = List.of(Objective.COST_PER_DWELLING, BY, Objective.COST_PER_DWELLING);

    // the layout by the counterpart was cheaper than the alternative after it: the alternative's proof (the best
    // other than the layouts before it) no longer holds once that layout is no longer before it
    CpSatConfigurator.LineResult demoted = line(List.of(cheapest, middle.get(0), middle.get(1)), proofs,
        objectives);
    CpSatConfigurator.otherLinesCounterpart(demoted, List.of(demoted, other), request(3));
    assertEquals(ids(cheapest, largest, middle.get(1)), ids(demoted.layouts));
    assertEquals(List.of(LayoutProof.OPTIMAL, LayoutProof.OPTIMAL, LayoutProof.FOUND), demoted.proofs);

    // it was dearer: the alternative's proof holds
    CpSatConfigurator.LineResult kept = line(List.of(cheapest, middle.get(1), middle.get(0)), proofs, objectives);
    CpSatConfigurator.otherLinesCounterpart(kept, List.of(kept, other), request(3));
    assertEquals(ids(cheapest, largest, middle.get(0)), ids(kept.layouts));
    assertEquals(List.of(LayoutProof.OPTIMAL, LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER), kept.proofs);
  }

  /**
   * A review: the other lines were filtered on their best layout's dwellings, where the layout taken is the one listed
   * by the counterpart; it is that layout's own dwellings that must be as many as the best line's.
   */
  @Test
  void theLayoutTakenIsFilteredOnItsOwnDwellings() {
    Item cheapest = pool.get(0);
    Item largest = largest();
    CpSatConfigurator.LineResult best = line(List.of(cheapest), List.of(LayoutProof.OPTIMAL),
        List.of(Objective.COST_PER_DWELLING));
    CpSatConfigurator.LineResult other = line(List.of(pool.get(1), largest),
        List.of(LayoutProof.OPTIMAL, LayoutProof.OPTIMAL), List.of(Objective.COST_PER_DWELLING, BY));
    // the line's best said to hold fewer dwellings than its layout by the counterpart, which holds as many as the best
    // line's: taken
    Selection none = Selection.empty(other.plan);
    other.eval = Evaluation.of(other.plan, none);
    assertNotEquals(dwellings(cheapest), other.eval.dwellings());
    CpSatConfigurator.otherLinesCounterpart(best, List.of(best, other), request(3));
    assertEquals(ids(cheapest, largest), ids(best.layouts));
  }
}
