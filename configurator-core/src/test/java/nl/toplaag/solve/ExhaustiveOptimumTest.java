package nl.toplaag.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripPrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * The configurator's optimality claims held against an independent oracle ({@link ExhaustiveOracle}) on tiny roofs:
 * every selection of the plan the configurator solves, ranked by the objective's prices, the best one the
 * {@link LayoutChecker} accepts. Both solvers share that plan, so a rule they model more strictly than the checker
 * (twice before: a layout the rules allow missing from the model) makes them agree on a wrong optimum; the oracle
 * asks only the checker. Each roof is solved by the configurator (its defaults: the strip programme first) and by
 * CP-SAT alone, one worker, 3 s. Where a result says OPTIMAL, its dwellings and objective value are the oracle's;
 * always, its dwelling bound is at least the oracle's count, and its layout is a valid selection of the plan that the
 * oracle visits and values as the result does.
 *
 * <p>Three disagreements were found (QA61). One was the solvers': an access point on the wall between two bays that
 * both have a gallery slot was reached from the bay before alone (docs/model.md, "Access"); closed on 5 Dec 2026 by
 * twin candidates ({@link #aDoorOnAWallBetweenTwoGallerySlotsIsReachedFromTheBayAfter}). Two were the checker's,
 * which accepted a gallery across a stair core not extended as high as the gallery, where docs/model.md and the plan
 * require it: a cantilevered gallery of storey 1 across a core not extended, and a
 * gallery on storey 2 across a core extended one storey ({@link #galleryAboveACoreExtendedOneStorey}); mended.
 *
 * <p>Most roofs are solved as one plan: no wing has a second row ({@link PlanBuilder#secondRows}) and no storey
 * lies above the lift threshold ({@link PlanBuilder#storeysBelowLift}), so the configurator's layout is a selection
 * of the plan built here, and its value is on these prices. A roof with a flue in the gallery's band has a
 * cantilevered row too (since 7 Dec 2026): it is compared as the fuzz compares, an oracle per plan
 * ({@link ExhaustiveOracleFuzzTest#run}).
 */
class ExhaustiveOptimumTest {

  private static final BuildingCode CODE = BuildingCode.BB2012;

  /**
   * A roof to solve.
   *
   * @param name what it holds, for the report
   * @param building the building
   * @param line the product line
   * @param storeys the storeys asked for
   * @param objective the objective
   */
  record Case(String name, Building building, ProductLine line, int storeys, Objective objective,
      PositionGrid grid) {
    /** A case with the free positions on the grid from each wing's start, as the configurator's default. */
    Case(String name, Building building, ProductLine line, int storeys, Objective objective) {
      this(name, building, line, storeys, objective, PositionGrid.FROM_START);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A slab {@code lengthM} x 12 m with one wing along x, walls every 3.6 m from 0 of {@code capacityKnPerM},
   * {@code existing} storeys under a roof 0.2 m above them, no lift, {@code maxAdded} storeys allowed; {@code extra}
   * holds further keys of the building file, each followed by a comma ({@code loadReserve} among them, else 100 kN/m²
   * of area load and no foundation reserve).
   */
  static Building slab(String id, double lengthM, double capacityKnPerM, int existing, int maxAdded, String extra) {
    return slab(id, lengthM, 12, capacityKnPerM, existing, maxAdded, extra);
  }

  /**
   * As {@link #slab(String, double, double, int, int, String)}, {@code depthM} deep: below 11.1 m the gallery is
   * cantilevered in front of the facade (t = -1.5 to 0).
   */
  static Building slab(String id, double lengthM, double depthM, double capacityKnPerM, int existing, int maxAdded,
      String extra) {
    return Fixtures.building(slabJson(id, lengthM, depthM, "3.6", capacityKnPerM, existing, maxAdded, extra));
  }

  /**
   * The building file of {@link #slab(String, double, double, double, int, int, String)} with walls at the pitches
   * {@code pitchesM} (m, a JSON list's elements without the brackets, repeated along the wing from 0).
   */
  static String slabJson(String id, double lengthM, double depthM, String pitchesM, double capacityKnPerM,
      int existing, int maxAdded, String extra) {
    return String.format(Locale.ROOT, """
        {"id": "%1$s", "roofOutline": [[0,0],[%2$s,0],[%2$s,%8$s],[0,%8$s],[0,0]],
         "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": %2$s, "depthM": %8$s}],
         "roofLevelM": %3$s, "existingStoreys": %4$d, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [%9$s], "capacityKnPerM": %5$s}]},
         %6$s
         "lift": {"present": false}, "zoning": {"maxAddedStoreys": %7$d}}
        """, id, lengthM, existing * 2.8 + 0.2, existing, capacityKnPerM,
        extra.contains("loadReserve") ? extra : "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, " + extra, maxAdded,
        depthM, pitchesM);
  }

  /** An outline in the wing's frame of a slab (s along x, t along y), m, as building-file JSON. */
  static String rect(double s0, double t0, double s1, double t1) {
    return String.format(Locale.ROOT, "[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]", s0, t0, s1,
        t1);
  }

  /** An extendable stair core of outline {@code rect}, as building-file JSON. */
  static String core(String rect) {
    return core(rect, true);
  }

  /** A stair core of outline {@code rect}, extendable or not, as building-file JSON. */
  static String core(String rect, boolean extendable) {
    return "{\"outline\": " + rect + ", \"extendable\": " + extendable + "}";
  }

  /** A flue of outline {@code rect}, fixed or removable at {@code removalEur}, as building-file JSON. */
  static String flue(String rect, long removalEur) {
    return "{\"outline\": " + rect + ", \"description\": \"flue\", \"heightM\": 2.5"
        + (removalEur > 0 ? ", \"removable\": true, \"removalCostEur\": " + removalEur : "") + "}";
  }

  static Stream<Case> cases() {
    ProductLine line = Fixtures.line();
    ProductLine cores = Fixtures.withCoreExtension(Fixtures.line(120), 3000, 5);
    // the stair 39.24 kN, two dwellings 2 x 93.42 kN and four gallery bays 4 x 9.81 kN, and 40 kN to spare: less
    // than a third dwelling
    double reserveKn = 39.24 + 2 * 93.42 + 4 * 9.81 + 40;
    return Stream.of(
        new Case("three bays", slab("three-bays", 10.8, 500, 1, 1, ""), line, 1, Objective.MOST_DWELLINGS),
        new Case("three bays, cost per dwelling", slab("three-bays", 10.8, 500, 1, 1, ""), line, 1,
            Objective.COST_PER_DWELLING),
        new Case("stair core in the gallery's band", slab("core-in-band", 10.8, 500, 1, 1,
            "\"stairCores\": [" + core(rect(4.0, 0.2, 6.0, 1.3)) + "],"), cores, 1, Objective.MOST_DWELLINGS),
        new Case("stair tower beside the gable", slab("tower", 10.8, 500, 1, 1,
            "\"stairCores\": [" + core(rect(-1.6, 0.3, 0, 1.2)) + "],"), cores, 1, Objective.MOST_DWELLINGS),
        new Case("flues in the gallery's band, one removable", slab("flues", 10.8, 500, 1, 1,
            "\"obstacles\": [" + flue(rect(0.6, 0.2, 1.2, 0.8), 0) + ", " + flue(rect(8.0, 0.3, 8.6, 0.9), 2000)
                + "],"), line, 1, Objective.MOST_DWELLINGS),
        new Case("door on a wall after a bay without a gallery", slab("door-on-wall-one-slot", 12.6, 500, 1, 1,
            "\"obstacles\": [" + flue(rect(0, 4, 1.8, 6), 0) + ", " + flue(rect(2.2, 0.2, 3.0, 0.8), 0) + "],"),
            line, 1, Objective.MOST_DWELLINGS),
        new Case("foundation reserve binds", slab("reserve", 14.4, 500, 1, 1, String.format(Locale.ROOT,
            "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": %.2f},", reserveKn)), line, 1,
            Objective.MOST_DWELLINGS),
        new Case("walls bind", slab("walls", 14.4, 8, 1, 1, ""), line, 1, Objective.MOST_DWELLINGS),
        new Case("two storeys", slab("two-storeys", 10.8, 500, 1, 2, ""), line, 2, Objective.MOST_DWELLINGS),
        new Case("two storeys, stair core in the gallery's band", slab("two-storeys-core", 10.8, 500, 1, 2,
            "\"stairCores\": [" + core(rect(4.0, 0.2, 6.0, 1.3)) + "],"), cores, 2, Objective.MOST_DWELLINGS),
        new Case("two-box dwellings", slab("two-box", 10.8, 500, 1, 1, ""), Fixtures.twoBoxDwellings(), 1,
            Objective.MOST_DWELLINGS),
        // the tower's extension (196 kN and more) does not fit the reserve; a gallery across the tower unextended
        // passed the checker until QA61
        new Case("cantilevered gallery across a heavy stair tower", slab("heavy-tower", 10.8, 10.8, 500, 1, 1,
            "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 300}, \"stairCores\": ["
                + core(rect(4.0, -1.3, 6.0, -0.2)) + "],"), Fixtures.withCoreExtension(Fixtures.line(120), 20_000, 5),
            1, Objective.MOST_DWELLINGS),
        new Case("L, one wing beyond the other's end", ell(), line, 1, Objective.MOST_DWELLINGS));
  }

  /**
   * A small L: wing 0 from (0, 0) along x, 7.2 m long, and wing 1 from (7.2, 12) along y, 7.2 m long, beyond wing 0's
   * rear facade, both 12 m deep with a wall every 3.6 m of 500 kN/m.
   */
  static Building ell() {
    return Fixtures.building("""
        {"id": "small-ell", "roofOutline": [[0,0],[7.2,0],[7.2,19.2],[-4.8,19.2],[-4.8,12],[0,12],[0,0]],
         "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 7.2, "depthM": 12},
                   {"origin": [7.2, 12], "directionDeg": 90, "lengthM": 7.2, "depthM": 12}],
         "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"wing": 0, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 500},
                                     {"wing": 1, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "lift": {"present": false}, "zoning": {"maxAddedStoreys": 1}}
        """);
  }

  /**
   * QA61's second finding: a 10.8 m slab, two storeys, an extendable stair core in the gallery's band of the middle
   * bay whose extension weighs 14 t a storey (148.3 kN with its imposed load), 680 kN of foundation reserve. The
   * checker takes a gallery on storey 2 across the core where the core is extended one storey (docs/model.md: nothing
   * on the roof overlaps a core that is not extended): a stair column and two dwelling columns, two storeys high, with
   * galleries on both storeys and the core extended one storey, 4 dwellings (659.4 kN). The plan ties a gallery slot on
   * storey k to the core's extension to storey k ({@code GallerySlot.requiredCores}; CP-SAT, the strip programme and
   * the greedy alike), where the two-storey extension (4 dwellings, 710 kN or more) exceeds the reserve: the
   * configurator proves 3, by the strip programme and by CP-SAT alone. The checker now asks the same (docs/model.md,
   * "Geometry of the row": such a gallery would stand on the core's new roof), so the oracle's best is 3 too.
   */
  static Case galleryAboveACoreExtendedOneStorey() {
    return new Case("gallery on storey 2 across a core extended one storey", slab("core-one-storey", 10.8, 500, 1, 2,
        "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 680}, \"stairCores\": ["
            + core(rect(4.0, 0.2, 6.0, 1.3)) + "],"), Fixtures.withCoreExtension(Fixtures.line(120), 14_000, 5), 2,
        Objective.MOST_DWELLINGS);
  }

  /**
   * Tiny roofs on which {@link #theOracleSkipsNoValidLayout} checks every selection, of lines without a lift module
   * (fewer columns): a stair core, a removable flue in the band and a tight foundation reserve; two storeys under a
   * tight reserve; a door on a wall after a fixed flue behind the band (with the transfer layer); a cantilevered
   * gallery across an extendable stair tower in front of the facade.
   */
  static Stream<Case> tinyCases() {
    ProductLine line = Fixtures.withoutLift(Fixtures.line());
    ProductLine cores = Fixtures.withoutLift(Fixtures.withCoreExtension(Fixtures.line(120), 3000, 5));
    return Stream.of(
        new Case("tiny: core, removable flue, reserve", slab("tiny-core", 7.2, 500, 1, 1,
            "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 180}, \"stairCores\": ["
                + core(rect(4.0, 0.2, 6.0, 1.3)) + "], \"obstacles\": [" + flue(rect(1.0, 0.2, 1.6, 0.8), 1500)
                + "],"), cores, 1, Objective.MOST_DWELLINGS),
        new Case("tiny: two storeys, reserve", slab("tiny-two", 7.2, 500, 1, 2,
            "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 230},"), line, 2,
            Objective.MOST_DWELLINGS),
        new Case("tiny: door on a wall", slab("tiny-door", 9.0, 500, 1, 1,
            "\"obstacles\": [" + flue(rect(0, 4, 1.8, 6), 0) + "],"), line, 1, Objective.MOST_DWELLINGS),
        new Case("tiny: cantilevered gallery across a tower", slab("tiny-tower", 7.2, 10.8, 500, 1, 1,
            "\"stairCores\": [" + core(rect(4.0, -1.3, 6.0, -0.2)) + "],"), cores, 1, Objective.MOST_DWELLINGS));
  }


  /**
   * QA61's finding of the gap docs/model.md ("Access") names, on the smallest roof found: a 9.0 m slab whose first
   * 1.8 m behind the gallery's band hold a fixed flue, so the row starts at 1.8 m and its first module, a stair there,
   * has its access point on the wall at 3.6 m, between two bays that both have a gallery slot. The checker takes the
   * stair and a dwelling at 5.4 m (its door on the wall at 7.2 m) with the gallery of the bay from 3.6 to 7.2 m alone;
   * the solvers ask for the gallery of the bay before the wall too (EUR 5,000, 50 units of value, more).
   */
  static Case doorOnAWallBetweenTwoSlots() {
    return new Case("door on a wall between two gallery slots", slab("door-on-wall", 9.0, 500, 1, 1,
        "\"obstacles\": [" + flue(rect(0, 4, 1.8, 6), 0) + "],"), Fixtures.line(), 1, Objective.MOST_DWELLINGS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aClaimedOptimumIsTheBestValidLayout(Case c) {
    verify(c);
  }

  /**
   * The gap docs/model.md ("Access") named until 5 Dec 2026, closed: on {@link #doorOnAWallBetweenTwoSlots} both
   * solvers proved a layout with the oracle's count one gallery bay dearer than its best (EUR 5,000, 50 units of
   * value), for they asked for the gallery of the bay before the wall where the checker takes the bay after alone. The
   * stair's twin, reached from the bay after ({@link nl.toplaag.plan.Candidate#twinOf}), lets them prove the oracle's
   * best.
   */
  @Test
  void aDoorOnAWallBetweenTwoGallerySlotsIsReachedFromTheBayAfter() {
    Case c = doorOnAWallBetweenTwoSlots();
    Plan plan = plan(c);
    StripPrices prices = prices(c, plan);
    ExhaustiveOracle.Outcome o = ExhaustiveOracle.search(plan, Fixtures.catalog(c.line()), c.storeys(), prices);
    for (CpSatOptions options : List.of(CpSatOptions.defaults(), CpSatOptions.cpSatOnly())) {
      ConfigurationResult r = new CpSatConfigurator(options).configure(request(c));
      assertEquals(SolveStatus.OPTIMAL, r.status(), c + ", " + r.stats().method());
      compare(c, plan, prices, o, r);
    }
  }

  /**
   * QA61's second finding, settled in the checker: a gallery crossing a core needs the core extended as high as the
   * gallery, as the plan has it ({@link #galleryAboveACoreExtendedOneStorey}).
   */
  @Test
  void aGalleryOnStoreyTwoAcrossACoreExtendedOneStorey() {
    verify(galleryAboveACoreExtendedOneStorey());
  }

  /** The oracle's rules for skipping checks skip no valid layout: on tiny roofs it checks them all. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tinyCases")
  void theOracleSkipsNoValidLayout(Case c) {
    Plan plan = plan(c);
    StripPrices prices = prices(c, plan);
    ExhaustiveOracle.Outcome fast = ExhaustiveOracle.search(plan, Fixtures.catalog(c.line()), c.storeys(), prices);
    ExhaustiveOracle.Outcome all = ExhaustiveOracle.bruteForce(plan, Fixtures.catalog(c.line()), c.storeys(), prices);
    System.out.printf(Locale.ROOT, "oracle, %s: %d selections, %d valid, %d of the best value (%d dwellings);"
        + " %d checked of them best first; %d ms%n", c, all.selections(), all.valid(), all.best().size(),
        all.bestDwellings(), fast.checks(), all.millis());
    assertEquals(all.bestValue(), fast.bestValue());
    assertEquals(Set.copyOf(all.best()), Set.copyOf(fast.best()));
  }

  /** A claim the oracle refutes fails the comparison: the configurator's optimum claimed one unit of value higher. */
  @Test
  void aWrongClaimFails() {
    Case c = cases().findFirst().orElseThrow();
    Plan plan = plan(c);
    StripPrices prices = prices(c, plan);
    ExhaustiveOracle.Outcome o = ExhaustiveOracle.search(plan, Fixtures.catalog(c.line()), c.storeys(), prices);
    ConfigurationResult r = new CpSatConfigurator().configure(request(c));
    compare(c, plan, prices, o, r);
    ConfigurationResult higher = new ConfigurationResult(r.status(), r.productLineId(), r.layouts(), r.layoutProofs(),
        r.layoutObjectives(), r.dwellings(), r.dwellingBound(), r.objectiveValue() + 1, r.objectiveBound(),
        r.explanation(), r.rulesChecked(), r.perLine(), r.stats());
    assertThrows(AssertionFailedError.class, () -> compare(c, plan, prices, o, higher));
    ConfigurationResult lowBound = new ConfigurationResult(SolveStatus.FEASIBLE, r.productLineId(), r.layouts(),
        r.layoutProofs(), r.layoutObjectives(), r.dwellings(), o.bestDwellings() - 1, r.objectiveValue(),
        r.objectiveBound(), r.explanation(), r.rulesChecked(), r.perLine(), r.stats());
    assertThrows(AssertionFailedError.class, () -> compare(c, plan, prices, o, lowBound));
  }

  static ConfigurationRequest request(Case c) {
    return new ConfigurationRequest(c.building(), Fixtures.catalog(c.line()), List.of(), c.storeys(), c.objective(),
        CODE, new SolverSettings(3_000, 1, 1, 1, c.grid()), Map.of());
  }

  /** The one plan the configurator solves for {@code c}, after checking that it is one and needs no lift. */
  static Plan plan(Case c) {
    assertEquals(0, PlanBuilder.storeysBelowLift(c.building(), c.line(), CODE, c.storeys()), "lift threshold split");
    Plan plan = plan(c, c.storeys());
    assertTrue(!plan.needsLift(plan.storeys()), "storeys above the lift threshold");
    return plan;
  }

  /** The plan of {@code c} on the rule's rows, with {@code storeys} ({@link #plan(Case, int, Set)}). */
  static Plan plan(Case c, int storeys) {
    return plan(c, storeys, Set.of());
  }

  /**
   * The plan of {@code c} for {@code storeys} added storeys (with lifts where they need them) and the wings
   * {@code secondRows} on their second row, after checking that every candidate may stand on every storey.
   */
  static Plan plan(Case c, int storeys, Set<Integer> secondRows) {
    Plan plan = planAsBuilt(c, storeys, secondRows);
    assertEquals(storeys, plan.storeys());
    return plan;
  }

  /**
   * The plan of {@code c} for {@code storeys} added storeys and the wings {@code secondRows} on their second row as the
   * configurator builds it, with fewer storeys where the line's modules, lifts or rules stop them below (a storey
   * that needs a lift none can give), after checking that every candidate may stand on every storey of it.
   */
  static Plan planAsBuilt(Case c, int storeys, Set<Integer> secondRows) {
    Plan plan = PlanBuilder.build(c.building(), c.line(), CODE, storeys, secondRows, c.grid());
    for (Candidate cand : plan.candidates()) {
      assertTrue(cand.topStorey() >= plan.storeys(), () -> cand.label() + " may not reach every storey");
    }
    return plan;
  }

  static StripPrices prices(Case c, Plan plan) {
    return ObjectivePrices.of(plan, c.objective(), Map.of(), false).prices();
  }

  private static void verify(Case c) {
    if (!PlanBuilder.secondRows(c.building(), c.line()).isEmpty()) {
      List<String> why = new ArrayList<>();
      ExhaustiveOracleFuzzTest.Fate fate = ExhaustiveOracleFuzzTest.run(new ExhaustiveOracleFuzzTest.Roof(0, 0, c,
          c.toString()), why);
      why.forEach(System.out::println);
      assertEquals(ExhaustiveOracleFuzzTest.Fate.COMPARED, fate, String.join("\n", why));
      return;
    }
    Plan plan = plan(c);
    StripPrices prices = prices(c, plan);
    ExhaustiveOracle.Outcome o = ExhaustiveOracle.search(plan, Fixtures.catalog(c.line()), c.storeys(), prices);
    List<String> claims = new ArrayList<>();
    for (CpSatOptions options : List.of(CpSatOptions.defaults(), CpSatOptions.cpSatOnly())) {
      long t0 = System.nanoTime();
      ConfigurationResult r = new CpSatConfigurator(options).configure(request(c));
      claims.add(String.format(Locale.ROOT, "%s %s %d (bound %d) in %d ms", r.stats().method(), r.status(),
          r.dwellings(), r.dwellingBound(), (System.nanoTime() - t0) / 1_000_000));
      compare(c, plan, prices, o, r);
    }
    System.out.printf(Locale.ROOT, "oracle, %s: %d bays, %d candidates, %d gallery slots, %d core sites; %d selections"
        + " (%d column sets x %d others), %d checked, %d ruled out, %d valid of the best value, %d dwellings,"
        + " %d ms; %s%n", c, plan.bays().size(), plan.candidates().size(), plan.galleries().size(),
        plan.cores().size(), o.selections(), o.columnSets(), o.restSets(), o.checks(), o.ruledOut(), o.valid(),
        o.bestDwellings(), o.millis(), String.join("; ", claims));
  }

  /** Holds result {@code r} of case {@code c} against the oracle's outcome {@code o} on {@code plan}. */
  static void compare(Case c, Plan plan, StripPrices prices, ExhaustiveOracle.Outcome o,
      ConfigurationResult r) {
    String who = c + ", " + r.stats().method() + " " + r.status();
    Layout layout = r.best().orElseThrow();
    Selection own = selectionOf(plan, layout);
    assertEquals(layout, LayoutAssembler.assemble(plan, own), who + ": the layout is a selection of the plan");
    assertTrue(ExhaustiveOracle.visits(plan, own), who + ": the oracle visits the layout's selection");
    assertEquals(List.of(), LayoutChecker.check(c.building(), Fixtures.catalog(c.line()), CODE, layout, c.storeys()),
        who + ": the layout is valid");
    assertEquals(prices.value(plan, own), r.objectiveValue(), who + ": the value is on the oracle's prices");
    assertTrue(r.objectiveValue() <= o.bestValue(), who + ": the oracle's best is at least the layout");
    assertTrue(r.dwellingBound() >= o.bestDwellings(), () -> who + ": dwelling bound " + r.dwellingBound()
        + " below the " + o.bestDwellings() + " of a valid layout: " + describe(plan, o.best().get(0)));
    if (r.status() == SolveStatus.OPTIMAL) {
      String why = who + " claims " + describe(plan, own) + "; the checker accepts " + describe(plan, o.best().get(0));
      assertEquals(o.bestDwellings(), r.dwellings(), why);
      assertEquals(o.bestValue(), r.objectiveValue(), why);
    }
  }

  /**
   * The selection of {@code plan} whose layout {@code l} is, element by element (unmatched elements left out), its
   * columns as the first of twins ({@link Candidate#twinOf}: the same layout).
   */
  static Selection selectionOf(Plan plan, Layout l) {
    Selection s = Selection.empty(plan);
    for (Candidate c : plan.candidates()) {
      if (c.isTwin()) {
        continue;
      }
      for (Placement p : l.modules()) {
        if (p.wing() == c.wing() && p.sMm() == c.sMm() && p.moduleTypeId().equals(c.module().id()) && firstBox(l, p)
            && p.kind() == c.kind()
            && p.dwellingTypeId().equals(c.dwelling() == null ? "" : c.dwelling().id())) {
          s.columnHeight()[c.index()] = Math.max(s.columnHeight()[c.index()], p.storey());
        }
      }
    }
    for (GallerySlot g : plan.galleries()) {
      for (GallerySegment seg : l.galleries()) {
        if (seg.wing() == g.wing() && seg.sStartMm() == g.s0Mm() && seg.sEndMm() == g.s1Mm()) {
          s.galleryHeight()[g.index()] = Math.max(s.galleryHeight()[g.index()], seg.storey());
        }
      }
    }
    for (Bay b : plan.bays()) {
      for (TransferArea t : l.transferAreas()) {
        s.transfer()[b.index()] |= t.wing() == b.wing() && t.sStartMm() == b.s0Mm() && t.sEndMm() == b.s1Mm();
      }
    }
    for (int i = 0; i < plan.cores().size(); i++) {
      s.coreHeight()[i] = l.extendedStairCores().get(plan.cores().get(i).core());
    }
    l.removedObstacles().forEach(o -> s.removed()[o] = true);
    return new Selection(s.columnHeight(), s.galleryHeight(), s.transfer(), s.coreHeight(), l.liftExtensionStoreys(),
        s.removed(), l.dryRiser());
  }

  /** Whether placement {@code p} is the first box along its wing of its dwelling (a stair or lift: itself). */
  private static boolean firstBox(Layout l, Placement p) {
    return p.dwellingId().isEmpty() || l.modules().stream()
        .noneMatch(q -> q.storey() == p.storey() && q.dwellingId().equals(p.dwellingId()) && q.sMm() < p.sMm());
  }

  /** Selection {@code s} in words: its columns, gallery slots, transfer bays, cores and removals. */
  static String describe(Plan plan, Selection s) {
    List<String> parts = new ArrayList<>();
    for (Candidate c : plan.candidates()) {
      if (s.columnHeight()[c.index()] > 0) {
        parts.add(String.format(Locale.ROOT, "%s x%d (door at %.1f m, bay %d)", c.label(),
            s.columnHeight()[c.index()], c.accessSMm() / 1000.0, c.accessBay()));
      }
    }
    for (GallerySlot g : plan.galleries()) {
      if (s.galleryHeight()[g.index()] > 0) {
        parts.add(String.format(Locale.ROOT, "gallery bay %d %.1f-%.1f m x%d", g.bay(), g.s0Mm() / 1000.0,
            g.s1Mm() / 1000.0, s.galleryHeight()[g.index()]));
      }
    }
    for (Bay b : plan.bays()) {
      if (s.transfer()[b.index()]) {
        parts.add("transfer bay " + b.index());
      }
    }
    for (int i = 0; i < plan.cores().size(); i++) {
      if (s.coreHeight()[i] > 0) {
        parts.add("core " + plan.cores().get(i).core() + " x" + s.coreHeight()[i]);
      }
    }
    for (int o = 0; o < s.removed().length; o++) {
      if (s.removed()[o]) {
        parts.add("obstacle " + o + " removed");
      }
    }
    parts.add(s.dryRiser() ? "dry riser" : "no dry riser");
    return "[" + String.join(", ", parts) + "]";
  }
}
