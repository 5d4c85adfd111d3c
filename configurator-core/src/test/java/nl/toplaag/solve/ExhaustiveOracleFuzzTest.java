package nl.toplaag.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.PlanNote;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ExhaustiveOptimumTest.Case;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;
import nl.toplaag.solve.cpsat.CountFromTheTop;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripPrices;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.opentest4j.AssertionFailedError;

/**
 * {@link ExhaustiveOptimumTest}'s comparison on seeded random tiny roofs: each roof is solved by the configurator (its
 * defaults) and by CP-SAT alone (one worker, 3 s), and every claim is held against {@link ExhaustiveOracle} as
 * {@link ExhaustiveOptimumTest#compare} holds it. The roofs: a slab 7.2 to 12.6 m long (walls every 3.6 m, or at an
 * irregular repeating pitch), 12 m deep or 10.8 m (the gallery cantilevered), 1 or 2 storeys on 1 to 3 existing, wall
 * capacity from 5 kN/m to 500, a foundation reserve from 100 kN to none, at most one stair core (in the gallery's
 * band, beside either gable, or in front of the facade of a shallow wing), at most two flues (fixed or removable, in
 * the band or behind it), the most dwellings or the least cost per dwelling, the test line with or without its lift
 * and with a light or heavy core extension. Since 6 Dec 2026 the same roofs in three more {@link Variant}s: higher
 * (lifts), with other lines (second rows, two-box dwellings) and L-shaped. Since 7 Dec 2026 a quarter of the roofs of
 * every variant have their free positions on the grid from both ends of each wing ({@link
 * PositionGrid#FROM_BOTH_ENDS}, {@code --both-ends}), solved and searched so.
 *
 * <p>System properties: {@code oracle.seed} (default {@value #DEFAULT_SEED}), {@code oracle.n} (roofs, default
 * {@value #DEFAULT_N}), {@code oracle.first} (the first roof's index, default 0: {@code -Doracle.first=243
 * -Doracle.n=1} runs roof 243 alone), {@code oracle.everyCantilevered} ({@code true}: the oracle searches every wing's
 * row behind a cantilevered gallery, where the configurator solves only those {@code BandClearance} lets through),
 * {@code oracle.innerFronts} ({@code true}: every L-shaped roof with its fronts on
 * the inner facades; by default a quarter) and {@code oracle.grid} ({@code from-start} or {@code from-both-ends}: every
 * roof on that grid; by default a quarter on the second); roof {@code i} of seed {@code s} is generated from {@link
 * #random} and printed with its building file where a claim fails or shows the gap.
 *
 * <p>A line solved as several plans (a second row, the storeys split at 12.5 m) has an oracle per plan ({@link
 * #compareLine}); with a second row on both wings of an L, four plans (since 7 Dec 2026; before, such a roof was
 * skipped). A plan with fewer storeys than asked, stopped where a dwelling's access (a gallery, stair or lift) cannot
 * stand as high, is compared as the configurator builds it, and the plan without that stop is searched too and its best
 * held against the result ({@link #holdToTheAccessStop}; since 7 Dec 2026; before, skipped). A roof is skipped,
 * counted, where a candidate falls short of the plan's top storey, or where its selections exceed the oracle's {@link
 * ExhaustiveOracle#MOST_CHOICES}. Every disagreement fails. Since 7 Dec 2026 the count from the top ({@link
 * CountFromTheTop}) is held to each plan's oracle too (but the plan of all the storeys where they straddle the lift
 * threshold, which asks lifts of every layout): the configurator runs it only where its first scans leave the count
 * open, never on roofs this small. (It had proved one dwelling too few on some larger Ls, a wing-end gap in the
 * dominance test's wall rest that a review found; with that mend reverted, 23 L roofs of seed 20261207 compared here
 * all held, so the gap needs longer wings than the oracle can search: {@code StripProgrammeTest} checks a grid of such
 * Ls against the full scan.) (Until 5 Dec 2026 one was counted as a known gap where the
 * oracle's best reached a stair core's access point on the wall between two gallery slots from the bay after it alone,
 * which the solvers did not model; they do now.)
 */
class ExhaustiveOracleFuzzTest {

  private static final BuildingCode CODE = BuildingCode.BB2012;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long DEFAULT_SEED = 20261205L;
  private static final int DEFAULT_N = 40;
  private static final int DEFAULT_HIGH_N = 20;

  /** A generated roof: its case and building file. */
  record Roof(long seed, int index, Case c, String json) {}

  /** What became of one roof. */
  enum Fate { COMPARED, SKIPPED_PLAN, SKIPPED_SIZE, FAILED }

  /**
   * The roofs drawn ({@link #generate(long, int, Variant)}): {@code LOW} as until 6 Dec 2026; {@code HIGH} the same
   * roofs on 4 to 6 existing storeys; {@code LINES} the same roofs with other lines; {@code ELL} the same roofs with a
   * second wing, since 7 Dec 2026 a quarter of them high as well and a third of the others with other lines, and a
   * quarter with both fronts on the inner facades ({@code --other-front}).
   */
  enum Variant {
    LOW(""), HIGH(" high"), LINES(" lines"), ELL(" ell");

    private final String words;

    Variant(String words) {
      this.words = words;
    }
  }

  @Test
  void claimedOptimaHoldOnRandomTinyRoofs() {
    fuzz(Variant.LOW, DEFAULT_N);
  }

  /**
   * As {@link #claimedOptimaHoldOnRandomTinyRoofs} on the high roofs ({@link #generate(long, int, Variant)}): the lift
   * rules, the fire-fighting lift and the line solved as two plans where its storeys straddle 12.5 m, which the lower
   * roofs never reach (their new floors lie below 12.5 m).
   */
  @Test
  void claimedOptimaHoldOnRandomHighRoofs() {
    fuzz(Variant.HIGH, DEFAULT_HIGH_N);
  }

  /**
   * As {@link #claimedOptimaHoldOnRandomTinyRoofs} with other lines ({@link #generate(long, int, Variant)}): a
   * shallower box beside the deep one, so that a wing too shallow for the deep box behind a gallery on the roof is
   * solved with the rule's row and with a second row (two plans, each with its oracle), or dwellings of two boxes; and
   * the least carbon for objective besides the two of the lower roofs.
   */
  @Test
  void claimedOptimaHoldOnRandomRoofsOfOtherLines() {
    fuzz(Variant.LINES, DEFAULT_HIGH_N);
  }

  /**
   * As {@link #claimedOptimaHoldOnRandomTinyRoofs} on L-shaped roofs ({@link #generate(long, int, Variant)}): a second
   * wing of 7.2 or 9.0 m beyond the first one's rear facade at its last gable, each wing with its own stairs, galleries
   * and walls (the first wing's, every 3.6 m on the second), the cross-wing conflicts at the corner; a quarter of them
   * high, as {@code HIGH}, and a third of the others with the other lines, as {@code LINES}, so a second row on both
   * wings.
   */
  @Test
  void claimedOptimaHoldOnRandomLShapedRoofs() {
    fuzz(Variant.ELL, DEFAULT_HIGH_N);
  }

  /** The roofs of {@code oracle.seed} of {@code variant}, {@code oracle.n} of them ({@code n0} by default), checked. */
  private static void fuzz(Variant variant, int n0) {
    long seed = Long.getLong("oracle.seed", DEFAULT_SEED);
    int n = Integer.getInteger("oracle.n", n0);
    int first = Integer.getInteger("oracle.first", 0);
    long t0 = System.nanoTime();
    int[] fates = new int[Fate.values().length];
    List<String> failures = new ArrayList<>();
    for (int i = first; i < first + n; i++) {
      Roof roof = generate(seed, i, variant);
      List<String> why = new ArrayList<>();
      long r0 = System.nanoTime();
      Fate f = run(roof, why);
      fates[f.ordinal()]++;
      System.out.printf(Locale.ROOT, "oracle fuzz, seed %d%s roof %d (%s): %s in %d ms%s%n", seed, variant.words, i,
          roof.c(), f, (System.nanoTime() - r0) / 1_000_000, why.isEmpty() ? "" : ": " + String.join("; ", why));
      if (f == Fate.FAILED) {
        failures.add(String.format(Locale.ROOT, "seed %d%s roof %d, %s, %d storeys, %s, line %s:%n%s%n%s", seed,
            variant.words, i,
            roof.c(), roof.c().storeys(), roof.c().objective(), describe(roof.c().line()), roof.json(),
            String.join("\n", why)));
      }
    }
    int skipped = fates[Fate.SKIPPED_PLAN.ordinal()] + fates[Fate.SKIPPED_SIZE.ordinal()];
    System.out.printf(Locale.ROOT, "oracle fuzz, seed %d%s: %d roofs, %d skipped (%d not one plan, %d too large), %d"
        + " compared, %d failed; %d ms%n", seed, variant.words, n, skipped, fates[Fate.SKIPPED_PLAN.ordinal()],
        fates[Fate.SKIPPED_SIZE.ordinal()], fates[Fate.COMPARED.ordinal()], fates[Fate.FAILED.ordinal()],
        (System.nanoTime() - t0) / 1_000_000);
    assertEquals(List.of(), failures, "claims the oracle refutes");
    assertTrue(2 * skipped < n, skipped + " of " + n + " roofs skipped: the generator should stay within the oracle");
  }

  @Test
  void everyRoofDrawnIsABuildingTheReaderTakes() {
    // a roof once drew one flue twice, which the building reader refuses (an obstacle given twice), so a run past it
    // stopped there (a QA pass); the flue is drawn once now
    for (int i = 0; i < 200; i++) {
      assertEquals(i, generate(DEFAULT_SEED, i).index());
      assertEquals(i, generate(DEFAULT_SEED, i, Variant.HIGH).index());
      assertEquals(i, generate(DEFAULT_SEED, i, Variant.LINES).index());
      assertEquals(2, generate(DEFAULT_SEED, i, Variant.ELL).c().building().wings().size());
    }
  }

  /**
   * The roofs' draws are spread from one roof to the next: about one roof in four has irregular walls, within any 200
   * of a seed. Until 6 Dec 2026 roofs 0 to 599 of seed 20261206 had none ({@link #random}).
   */
  @Test
  void theDrawsVaryFromRoofToRoof() {
    for (long seed : new long[] {DEFAULT_SEED, 20261206L}) {
      long irregular = java.util.stream.IntStream.range(0, 200)
          .filter(i -> generate(seed, i).c().name().matches(".*walls \\[[0-9.]+, .*")).count();
      assertTrue(irregular >= 30 && irregular <= 70, "seed " + seed + ": " + irregular + " of 200 roofs with"
          + " irregular walls, where about 50 should");
    }
  }

  /**
   * The gap docs/model.md ("Access") named until 5 Dec 2026, closed, where it cost a dwelling (QA62, reduced from seed
   * 2 roof 243): a 9.0 m slab, walls every 3.6 m, one storey, an extendable stair core in the gallery's band of the
   * first bay (0.4 to 2.4 m), its extension 10,000 kg a storey (109.1 kN with its imposed load), 200 kN of foundation
   * reserve. The checker takes a dwelling at 1.8 m (its door on the wall at 3.6 m) and a stair at 5.4 m with the
   * gallery of the bay from 3.6 to 7.2 m alone, 142.5 kN; the solvers asked for the gallery of the first bay too, which
   * crosses the core and so needs its extension (251.6 kN), and proved 0 dwellings. The dwelling's twin, reached from
   * the bay after the wall, gives both the oracle's 1, proven.
   */
  @Test
  void aDoorOnAWallReachedFromTheBayAfterKeepsADwelling() {
    String extra = "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 200}, \"stairCores\": ["
        + ExhaustiveOptimumTest.core(ExhaustiveOptimumTest.rect(0.4, 0.2, 2.4, 1.3)) + "], ";
    String json = ExhaustiveOptimumTest.slabJson("gap-dwelling", 9.0, 12, "3.6", 500, 1, 1, extra);
    Case c = new Case("door on a wall, the first bay's gallery across a heavy core", Fixtures.building(json),
        Fixtures.withCoreExtension(Fixtures.line(120), 10_000, 5), 1, Objective.MOST_DWELLINGS);
    assertBothProve(new Roof(0, 0, c, json), 1, 87141276);
  }

  /**
   * A bound that left out a stair tower (oracle fuzz seed 5, roof 153, found once the twins were in): a 12 m slab on
   * walls at 3.0 and 4.2 m, two storeys, a stair tower beyond the last gable. The oracle's best has dwellings at 1.2,
   * 4.8 and 8.4 m, the first reached from the bay after its wall at 3.0 m (a twin), so the first bay needs no gallery;
   * its last column crosses the wall at 10.2 m and ends the row, and the wall relaxation (`WallBound`) met the tower,
   * whose access point is the end of the bay crossed, neither there nor anywhere: it bounded every such layout at 4
   * dwellings, and the configurator's scan from the greedy layout (6, one gallery bay more) pruned them and called the
   * greedy layout optimal, EUR 8,400 dearer.
   */
  @Test
  void aColumnAcrossTheLastWallStillReachesTheTowerBeyondTheGable() {
    String extra = "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"stairCores\": [{\"outline\": [[12.0,0.3],[13.6,0.3],"
        + "[13.6,1.2],[12.0,1.2],[12.0,0.3]], \"extendable\": true}], ";
    String json = ExhaustiveOptimumTest.slabJson("tower-after-a-crossed-wall", 12.0, 12.0, "3.0, 4.2", 38, 1, 2, extra);
    Case c = new Case("a column across the last wall, a tower beyond the gable", Fixtures.building(json),
        Fixtures.withCoreExtension(Fixtures.line(120), 3000, 5), 2, Objective.MOST_DWELLINGS);
    assertBothProve(new Roof(0, 0, c, json), 6, 4284051920L);
  }

  /**
   * The gap docs/model.md ("Access") named for cores until 5 Dec 2026, closed: roof 25 of seed 5, a 12 m slab on walls
   * at 4.8 and 2.4 m, one storey, a stair tower in front of the facade from 3.8 to 5.8 m, so its access point lies on
   * the wall at 4.8 m between two gallery slots. The oracle's best reaches it with the gallery of the bay after that
   * wall alone; the solvers reached a core's site from the bay before alone, and both proved a layout one gallery bay
   * dearer. With the core met from either bay, both prove the oracle's best.
   */
  @Test
  void aCoreOnAWallIsReachedFromTheBayAfter() {
    String extra = "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 320}, \"stairCores\": ["
        + ExhaustiveOptimumTest.core(ExhaustiveOptimumTest.rect(3.8, -1.3, 5.8, -0.2)) + "], \"obstacles\": ["
        + ExhaustiveOptimumTest.flue(ExhaustiveOptimumTest.rect(3.4, 4.4, 5.0, 6.4), 2000) + "], ";
    String json = ExhaustiveOptimumTest.slabJson("fuzz-5-25", 12.0, 10.8, "4.8, 2.4", 23, 1, 1, extra);
    Case c = new Case("a stair tower in front, its point on a wall", Fixtures.building(json),
        Fixtures.withoutLift(Fixtures.withCoreExtension(Fixtures.line(120), 11_000, 5)), 1, Objective.MOST_DWELLINGS);
    assertBothProve(new Roof(5, 25, c, json), 1, 46327843);
  }

  /**
   * A column across the whole bay before a core on a wall (a review's probe, 5 Dec 2026): a 9.3 m slab on walls at 3.6,
   * 5.1, 5.7 and 9.3 m, one storey, 189 kN of foundation reserve, a stair tower in front of the facade from 4.1 to
   * 6.1 m (its point on the wall at 5.1 m), fixed flues behind the band at 2.7-3.3 and 6.9-7.2 m. The oracle's best is
   * one dwelling from 3.3 to 6.9 m, across the 1.5 m bay, with the gallery of the 0.6 m bay after the wall alone and
   * the tower extended one storey. The foundation relaxation cut the core's service back to each crossed bay's gallery
   * and met it no more on entering the bay after, so the configurator proved 0 dwellings (CP-SAT alone: 1).
   */
  @Test
  void aColumnAcrossTheBayBeforeACoreOnAWallStillReachesIt() {
    String extra = "\"loadReserve\": {\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 189}, \"stairCores\": ["
        + ExhaustiveOptimumTest.core(ExhaustiveOptimumTest.rect(4.1, -1.3, 6.1, -0.2)) + "], \"obstacles\": ["
        + ExhaustiveOptimumTest.flue(ExhaustiveOptimumTest.rect(2.7, 4, 3.3, 6), 0) + ", "
        + ExhaustiveOptimumTest.flue(ExhaustiveOptimumTest.rect(6.9, 4, 7.2, 6), 0) + "], ";
    String json = ExhaustiveOptimumTest.slabJson("core-on-a-wall-crossed-bay", 9.3, 10.8, "3.6, 1.5, 0.6, 3.6", 500, 1,
        1, extra);
    Case c = new Case("a column across the bay before a core on a wall", Fixtures.building(json),
        Fixtures.withoutLift(Fixtures.line()), 1, Objective.MOST_DWELLINGS);
    assertBothProve(new Roof(0, 0, c, json), 1, 1502109);
  }

  /**
   * A dwelling of two boxes, one on the walls and one off them, needs the transfer layer under the second alone, as
   * the checker has it (found by the other lines' fuzz, seed 20261206, 12 of its 1,000 roofs; the plan asked for it
   * under the whole dwelling). Roof 669: a 10.8 m slab on walls at 0, 3.6, 6.0 and 9.6 m of 8 kN/m, two storeys on
   * three, a stair tower beyond the last gable, a fixed flue in the gallery's band at 4.2 m. The oracle's best is one
   * dwelling from 2.4 to 9.6 m, its first box off the wall at 2.4 m on the transfer layer of the first two bays, its
   * second on the walls at 6.0 and 9.6 m, its door at 6.0 m reached from the bay after, the tower extended a storey;
   * the configurator proved 0 dwellings, since the transfer layer of the third bay, which it also laid, overloads the
   * walls. Roof 705 (one storey, walls at 0, 2.4, 6.0 and 10.8 m): it proved a layout with a bay of transfer layer
   * more than its dwelling needs.
   */
  @Test
  void aTwoBoxDwellingNeedsTheTransferLayerUnderItsBoxOffTheWallsAlone() {
    ProductLine line = Fixtures.withoutLift(Fixtures.twoBoxDwellings());
    String extra = "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"stairCores\": ["
        + ExhaustiveOptimumTest.core(ExhaustiveOptimumTest.rect(10.8, 0.3, 12.4, 1.2)) + "], \"obstacles\": ["
        + ExhaustiveOptimumTest.flue(ExhaustiveOptimumTest.rect(4.2, 0.2, 4.8, 0.8), 0) + "], ";
    String json = ExhaustiveOptimumTest.slabJson("fuzz-20261206-669", 10.8, 12.0, "3.6, 2.4", 8, 3, 2, extra);
    assertBothProve(new Roof(20261206L, 669, new Case("a two-box dwelling, a box off the walls", Fixtures.building(
        json), line, 2, Objective.CARBON), json), 1, 83622130L);
    extra = "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"stairCores\": ["
        + ExhaustiveOptimumTest.core(ExhaustiveOptimumTest.rect(0.4, 0.2, 2.4, 1.3)) + "], ";
    json = ExhaustiveOptimumTest.slabJson("fuzz-20261206-705", 10.8, 10.8, "2.4, 3.6, 4.8", 500, 1, 1, extra);
    assertBothProve(new Roof(20261206L, 705, new Case("a two-box dwelling, one storey", Fixtures.building(json), line,
        1, Objective.CARBON), json), 1, 5875325L);
  }

  /**
   * The oracle agrees with both solvers' claims on {@code roof} ({@link #run}), and both prove {@code dwellings}, the
   * oracle's best, at objective {@code value}.
   */
  private static void assertBothProve(Roof roof, int dwellings, long value) {
    List<String> why = new ArrayList<>();
    assertEquals(Fate.COMPARED, run(roof, why), String.join("; ", why));
    // one oracle per plan where the roof has several ("oracle (the rule's row) ..."): the best of them
    String oracle = "oracle( \\([^)]*\\))? " + dwellings + " dwellings, value " + value + ",.*";
    assertTrue(why.stream().anyMatch(w -> w.matches(oracle)), String.join("; ", why));
    String proven = String.format(Locale.ROOT, ".* OPTIMAL %d \\(bound %d\\) value %d", dwellings, dwellings, value);
    assertEquals(2, why.stream().filter(w -> w.matches(proven)).count(), String.join("; ", why));
  }

  /** Roof {@code i} of seed {@code seed}. */
  static Roof generate(long seed, int i) {
    return generate(seed, i, Variant.LOW);
  }

  /**
   * Roof {@code i} of seed {@code seed} of {@code variant}. {@code HIGH}: on 4 to 6 existing storeys instead, so that
   * a new storey's floor lies above 12.5 m (a lift for every new dwelling), above 20 m (a fire-fighting lift and a dry
   * riser), or the storeys straddle 12.5 m (the line solved twice: the storeys below alone, then all of them), with
   * the test line's lift and 120 min of fire resistance, an existing lift or none ({@link #existingLift}), and a third
   * of those on 4 storeys a gallery 1.2 m deep, too shallow for the landing in front of a lift. {@code LINES}: the test
   * line with a second, shallower box ({@link Fixtures#twoBoxLine}) or with dwellings of two boxes
   * ({@link Fixtures#twoBoxDwellings}), with or without its lift, half the wings 10.8 m deep where the flues allow,
   * too shallow for the deep box behind a gallery on the roof, and a third of them with the least carbon for
   * objective. {@code ELL}: a second wing ({@link #withSecondWing}), a quarter of them high and a third of the others
   * with other lines. The draws before these are those of the {@code LOW} roof, so a high roof is the low one raised,
   * and so on.
   */
  static Roof generate(long seed, int i, Variant variant) {
    Random r = random(seed, i);
    // the walls: every 3.6 m, or an irregular repeating pitch (boxes off the walls need the transfer layer)
    String pitches;
    double length;
    if (r.nextInt(4) > 0) {
      pitches = "3.6";
      length = pick(r, 7.2, 9.0, 10.8, 12.6);
    } else {
      pitches = pick(r, "2.4, 4.8", "4.8, 2.4", "3.0, 4.2", "4.2", "3.6, 2.4", "2.4, 3.6, 4.8");
      length = pick(r, 7.2, 8.4, 9.6, 10.8, 12.0);
    }
    int storeys = 1 + r.nextInt(2);
    int existing = r.nextInt(5) > 0 ? 1 : 2 + r.nextInt(2);
    double capacity = switch (r.nextInt(3)) {
      case 0 -> 500;
      case 1 -> 20 + r.nextInt(41);
      default -> 5 + r.nextInt(11);
    };
    String reserve = r.nextBoolean() ? "" : String.format(Locale.ROOT, ", \"foundationReserveKn\": %d",
        100 + 20 * r.nextInt(36));
    String extra = "\"loadReserve\": {\"areaLoadKnPerM2\": 100" + reserve + "}, ";
    // at most one stair core: in the band, beside a gable, in front of a shallow wing's facade
    double depth = r.nextInt(5) == 0 ? 10.8 : 12;
    String core = "";
    List<String> what = new ArrayList<>();
    List<double[]> taken = new ArrayList<>(); // the stair core's and flues' rectangles, x0 y0 x1 y1 (m)
    switch (r.nextInt(6)) {
      case 0 -> {
        double s = snap(0.2 + r.nextDouble() * (length - 2.4));
        core = rect(taken, s, 0.2, s + 2.0, 1.3);
        what.add(String.format(Locale.ROOT, "core in band at %.1f", s));
      }
      case 1 -> {
        boolean start = r.nextBoolean();
        core = start ? rect(taken, -1.6, 0.3, 0, 1.2) : rect(taken, length, 0.3, length + 1.6, 1.2);
        what.add("tower beside the " + (start ? "first" : "last") + " gable");
      }
      case 2 -> {
        depth = 10.8;
        double s = snap(r.nextDouble() * (length - 2.0));
        core = rect(taken, s, -1.3, s + 2.0, -0.2);
        what.add(String.format(Locale.ROOT, "tower in front at %.1f", s));
      }
      default -> { }
    }
    boolean extendable = r.nextInt(5) > 0;
    if (!core.isEmpty()) {
      extra += "\"stairCores\": [" + ExhaustiveOptimumTest.core(core, extendable) + "], ";
      what.set(0, what.get(0) + (extendable ? "" : " (not extendable)"));
    }
    // at most two flues, fixed or removable, in the band or behind it
    int flues = r.nextInt(3);
    double deepestM = 0; // the far edge of the flues behind the band
    List<String> obstacles = new ArrayList<>();
    Set<String> rects = new HashSet<>();
    for (int k = 0; k < flues; k++) {
      long removal = r.nextBoolean() ? 0 : 500 + 500L * r.nextInt(6);
      String rect;
      String flue;
      if (r.nextBoolean()) {
        double s = snap(r.nextDouble() * (length - 0.6));
        rect = rect(taken, s, 0.2, s + 0.6, 0.8);
        flue = String.format(Locale.ROOT, "flue in band at %.1f", s);
      } else {
        double w = snap(0.6 + r.nextDouble() * 1.2);
        double s = r.nextInt(3) == 0 ? 0 : snap(r.nextDouble() * (length - w));
        double t = snap(2 + r.nextDouble() * (depth - 4.5));
        rect = rect(taken, s, t, s + w, t + 2);
        deepestM = Math.max(deepestM, t + 2);
        flue = String.format(Locale.ROOT, "flue behind at %.1f-%.1f", s, s + w);
      }
      if (!rects.add(rect)) {
        continue; // drawn twice: the building reader refuses an obstacle given twice (roof 41 of the default seed)
      }
      obstacles.add(ExhaustiveOptimumTest.flue(rect, removal));
      what.add(flue + (removal > 0 ? " (removable " + removal + ")" : ""));
    }
    if (!obstacles.isEmpty()) {
      extra += "\"obstacles\": [" + String.join(", ", obstacles) + "], ";
    }
    Objective objective = r.nextInt(10) < 7 ? Objective.MOST_DWELLINGS : Objective.COST_PER_DWELLING;
    ProductLine line = r.nextBoolean() ? Fixtures.line()
        : Fixtures.withCoreExtension(Fixtures.line(120), 3000 + 1000 * r.nextInt(18), 5);
    if (r.nextBoolean()) {
      line = Fixtures.withoutLift(line);
    }
    String lift = "";
    boolean ell = variant == Variant.ELL;
    boolean high = variant == Variant.HIGH || ell && r.nextInt(4) == 0;
    if (high) {
      existing = 4 + r.nextInt(3);
      line = r.nextBoolean() ? Fixtures.line(120)
          : Fixtures.withCoreExtension(Fixtures.line(120), 3000 + 1000 * r.nextInt(18), 5);
      lift = existingLift(r, length, depth, taken, what);
      // too shallow for the landing in front of a lift: no lift module, no lift extended, so where storey 1 lies
      // below 12.5 m (on 4 existing storeys) the storeys above it stay empty
      if (existing == 4 && r.nextInt(3) == 0) {
        line = Fixtures.withGalleryDepth(line, 1_200);
        what.add("gallery 1.2 m");
      }
    }
    // an L high or with other lines, not both: those lines resist fire 90 min, too briefly for a high roof
    boolean otherLines = variant == Variant.LINES || ell && !high && r.nextInt(3) == 0;
    if (otherLines) {
      line = r.nextBoolean() ? Fixtures.twoBoxLine() : Fixtures.twoBoxDwellings();
      if (r.nextBoolean()) {
        line = Fixtures.withCoreExtension(line, 3000 + 1000 * r.nextInt(18), 5);
      }
      if (r.nextBoolean()) {
        line = Fixtures.withoutLift(line);
      }
      if (r.nextBoolean() && deepestM <= 10.8) {
        depth = 10.8;
      }
      objective = pick(r, Objective.MOST_DWELLINGS, Objective.COST_PER_DWELLING, Objective.CARBON);
      what.add(line.id());
    }
    double second = ell ? pick(r, 7.2, 9.0) : 0;
    if (second > 0) {
      what.add(String.format(Locale.ROOT, "second wing %.1f m", second));
    }
    String id = "fuzz-" + seed + "-" + i;
    String json = ExhaustiveOptimumTest.slabJson(id, length, depth, pitches, capacity, existing, storeys, extra);
    if (second > 0) {
      json = withSecondWing(json, length, depth, second, capacity);
    }
    if (!lift.isEmpty()) {
      json = json.replace("\"lift\": {\"present\": false}", "\"lift\": " + lift);
    }
    String name = String.format(Locale.ROOT, "%.1f x %.1f m, walls [%s] of %.0f kN/m, %d+%d storeys%s%s", length,
        depth, pitches, capacity, existing, storeys, reserve.isEmpty() ? "" : ", reserve", what.isEmpty() ? ""
        : ", " + String.join(", ", what));
    // drawn last, so that the roofs of a seed stay those drawn before the grid was (7 Dec 2026)
    PositionGrid grid = r.nextInt(4) == 0 ? PositionGrid.FROM_BOTH_ENDS : PositionGrid.FROM_START;
    String forced = System.getProperty("oracle.grid", "");
    grid = forced.isEmpty() ? grid : PositionGrid.ofFileName(forced);
    if (grid == PositionGrid.FROM_BOTH_ENDS) {
      name += ", the grid from both ends";
    }
    // a quarter of the L's with both fronts on the inner facades, the galleries meeting in the courtyard's corner, as
    // --other-front has them (7 Dec 2026); drawn after the grid, so the roofs drawn before stay as they were;
    // oracle.innerFronts=true turns every L, for campaigns
    boolean turn = ell && r.nextInt(4) == 0;
    if (ell && (turn || Boolean.getBoolean("oracle.innerFronts"))) {
      json = withFrontsTurned(json);
      name += ", fronts on the inner facades";
    }
    Building b = Fixtures.building(json);
    return new Roof(seed, i, new Case(name, b, line, storeys, objective, grid), json);
  }

  /**
   * {@code json} with every wing's front on its other long side, as {@link Building#withOtherFront} has it: the wings
   * turned, and the walls where they stand, given as bearing lines in plan coordinates (a wall grid counts from its
   * wing's origin, which turning moves to the other gable: a review found the walls mirrored along each wing).
   */
  private static String withFrontsTurned(String json) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(json);
      Building turned = Fixtures.building(json).withOtherFront();
      ArrayNode lines = ((ObjectNode) root.get("structure")).removeAll().putArray("bearingLines");
      for (BearingLine l : turned.bearingLines()) {
        ObjectNode n = lines.addObject();
        Coordinate[] c = l.line().getCoordinates();
        n.putArray("from").add(c[0].x / 1000.0).add(c[0].y / 1000.0);
        n.putArray("to").add(c[c.length - 1].x / 1000.0).add(c[c.length - 1].y / 1000.0);
        n.put("capacityKnPerM", l.capacityKnPerM());
      }
      ArrayNode wings = root.putArray("wings");
      for (Wing w : turned.wings()) {
        ObjectNode n = wings.addObject();
        n.putArray("origin").add(Math.round(w.originXMm()) / 1000.0).add(Math.round(w.originYMm()) / 1000.0);
        n.put("directionDeg", w.directionDeg());
        n.put("lengthM", w.lengthMm() / 1000.0);
        n.put("depthM", w.depthMm() / 1000.0);
      }
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code json}, a slab {@code lengthM} x {@code depthM} from {@link ExhaustiveOptimumTest#slabJson}, with a second
   * wing {@code secondM} long beyond its rear facade at its last gable (running away from the facade, as deep, walls
   * every 3.6 m of {@code capacity}), as {@link ExhaustiveOptimumTest#ell} has it.
   */
  private static String withSecondWing(String json, double lengthM, double depthM, double secondM, double capacity) {
    String outline = String.format(Locale.ROOT, "[[0,0],[%1$s,0],[%1$s,%2$s],[0,%2$s],[0,0]]", lengthM, depthM);
    double back = snap(lengthM - depthM); // where the second wing's rear facade meets the first's: 0 at its start
    String ell = back == 0
        ? String.format(Locale.ROOT, "[[0,0],[%1$s,0],[%1$s,%2$s],[0,%2$s],[0,0]]", lengthM, snap(depthM + secondM))
        : String.format(Locale.ROOT, "[[0,0],[%1$s,0],[%1$s,%3$s],[%4$s,%3$s],[%4$s,%2$s],[0,%2$s],[0,0]]", lengthM,
            depthM, snap(depthM + secondM), back);
    String wing = String.format(Locale.ROOT, "\"depthM\": %s}]", depthM);
    String grid = String.format(Locale.ROOT, "\"capacityKnPerM\": %s}]", capacity);
    if (!json.contains(outline) || !json.contains(wing) || !json.contains(grid)) {
      throw new IllegalStateException("not a slab of " + lengthM + " x " + depthM + ": " + json);
    }
    return json.replace(outline, ell)
        .replace(wing, String.format(Locale.ROOT, "\"depthM\": %1$s}, {\"origin\": [%2$s, %1$s], \"directionDeg\": 90,"
            + " \"lengthM\": %3$s, \"depthM\": %1$s}]", depthM, lengthM, secondM))
        .replace(grid, String.format(Locale.ROOT, "\"capacityKnPerM\": %1$s}, {\"wing\": 1, \"pitchesM\": [3.6],"
            + " \"capacityKnPerM\": %1$s}]", capacity));
  }

  /**
   * The existing lift of a high roof {@code lengthM} x {@code depthM}, as its building file's {@code lift} (empty:
   * none), said in {@code what}: none, extendable (where its shaft is not given, taken to serve every door), not
   * extendable, or extendable with its shaft given, a fifth of them a fire-fighting lift. The shaft (since 7 Dec 2026;
   * before, only beside the first gable) stands beside either gable in the gallery's band, in front of the facade, on
   * the roof in the band or on the roof behind it; where it would overlap the stair core or a flue ({@code taken}) its
   * position is not given.
   */
  private static String existingLift(Random r, double lengthM, double depthM, List<double[]> taken,
      List<String> what) {
    int kind = r.nextInt(4);
    if (kind == 0) {
      what.add("no lift");
      return "";
    }
    if (kind == 2) {
      what.add("lift (not extendable)");
      return "{\"present\": true, \"extendable\": false}";
    }
    boolean fireFighting = r.nextInt(5) == 0;
    String lift = "{\"present\": true, \"extendable\": true" + (fireFighting ? ", \"fireFighting\": true" : "");
    String words = "lift" + (fireFighting ? " (fire-fighting)" : "");
    if (kind == 3) {
      double s = snap(r.nextDouble() * (lengthM - 2.2));
      double t = snap(2.4 + r.nextDouble() * Math.max(0, depthM - 5.2));
      double[][] places = {{-2.2, 0, 0, 2.6}, {lengthM, 0, lengthM + 2.2, 2.6}, {s, -2.6, s + 2.2, 0},
          {s, 0, s + 2.2, 2.6}, {s, t, s + 2.2, t + 2.6}};
      String[] names = {"beside the first gable", "beside the last gable", "in front at %.1f", "on the roof in the"
          + " band at %.1f", "on the roof behind the band at %.1f"};
      int k = r.nextInt(places.length);
      double[] p = places[k];
      if (taken.stream().noneMatch(q -> p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3])) {
        lift += ", \"outline\": " + ExhaustiveOptimumTest.rect(p[0], p[1], p[2], p[3]);
        words += " " + String.format(Locale.ROOT, names[k], s);
      }
    }
    what.add(words);
    return lift + "}";
  }

  /** {@link ExhaustiveOptimumTest#rect} of x0 y0 x1 y1 (m), added to {@code taken}. */
  private static String rect(List<double[]> taken, double x0, double y0, double x1, double y1) {
    taken.add(new double[] {x0, y0, x1, y1});
    return ExhaustiveOptimumTest.rect(x0, y0, x1, y1);
  }

  /**
   * The random source of roof {@code i} of seed {@code seed}: the two mixed by SplitMix64's finaliser. Until 6 Dec 2026
   * it was {@code new Random(seed * 1_000_003 + i)}, whose first draws change slowly from one roof to the next
   * (java.util.Random's first output of nearby seeds): roofs 0 to 599 of seed 20261206 all drew the regular walls, and
   * most of 600 to 999 the irregular ones, where three in four should.
   */
  static Random random(long seed, int i) {
    long z = seed * 1_000_003L + i + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }

  private static double snap(double m) {
    return Math.round(m * 5) / 5.0;
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  /** The line in words: lift or not, the core extension's mass. */
  private static String describe(ProductLine line) {
    boolean lift = line.modules().stream().anyMatch(m -> m.kind() == ModuleKind.LIFT);
    return String.format(Locale.ROOT, "%s, fire %d min, core extension %.0f kg", lift ? "with lift" : "without lift",
        line.modules().get(0).fireResistanceMin(), line.stairCoreExtension().massKgPerStorey());
  }

  /**
   * Compares the claims on {@code roof} with the oracle; {@code why} gets the claims and any disagreement. Where the
   * storeys straddle the lift threshold, the line is solved as two plans (the storeys below alone, then all of them:
   * {@link PlanBuilder#storeysBelowLift}), and each has its oracle ({@link #compareLine}).
   */
  static Fate run(Roof roof, List<String> why) {
    Case c = roof.c();
    List<Integer> open = new ArrayList<>(PlanBuilder.secondRows(c.building(), c.line()));
    if (Boolean.getBoolean("oracle.everyCantilevered")) { // a campaign's check of the filter: every cantilevered row
      PlanBuilder.everyCantileveredRow(c.building(), c.line()).stream().filter(id -> !open.contains(id))
          .forEach(open::add);
    }
    int below = PlanBuilder.storeysBelowLift(c.building(), c.line(), CODE, c.storeys());
    List<Plan> plans = new ArrayList<>();
    List<StripPrices> prices = new ArrayList<>();
    List<ExhaustiveOracle.Outcome> outcomes = new ArrayList<>();
    List<Plan> unstopped = new ArrayList<>(); // the plans without their access stop, where they have one
    List<ExhaustiveOracle.Outcome> unstoppedOutcomes = new ArrayList<>();
    List<Integer> storeyChoices = below == 0 ? List.of(c.storeys()) : List.of(below, c.storeys());
    for (int storeys : storeyChoices) {
      for (Set<Integer> rows : subsets(open)) {
        String name = (below == 0 ? "" : storeys + " storeys") + (open.isEmpty() ? "" : (below == 0 ? "" : ", ")
            + (rows.isEmpty() ? "the rule's row" : "second row" + (open.size() > 1 ? " on " + rows : "")));
        Plan plan;
        try {
          plan = ExhaustiveOptimumTest.planAsBuilt(c, storeys, rows);
        } catch (AssertionFailedError e) {
          why.add("not one plan: " + e.getMessage());
          return Fate.SKIPPED_PLAN;
        }
        StripPrices p = ExhaustiveOptimumTest.prices(c, plan);
        ExhaustiveOracle.Outcome o;
        try {
          o = ExhaustiveOracle.search(plan, Fixtures.catalog(c.line()), storeys, p);
        } catch (IllegalStateException e) {
          if (!e.getMessage().startsWith("more than")) {
            throw e;
          }
          why.add(e.getMessage());
          return Fate.SKIPPED_SIZE;
        }
        // not on the plan of all the storeys where they straddle the lift threshold: it asks lifts of every layout
        // (Plan#needsLift), and those on the storeys below alone, which the oracle finds there too, are the other
        // plan's (a fuzz run of 7 Dec 2026: 0 where the oracle found 1, as the programme's full scan says)
        CountFromTheTop.Count down = below > 0 && storeys == c.storeys() ? null : CountFromTheTop.of(plan, p);
        if (down != null) {
          why.add(String.format(Locale.ROOT, "count from the top%s %d, a layout of %d", name.isEmpty() ? ""
              : " (" + name + ")", down.bound(), down.found()));
          if (down.bound() != o.bestDwellings() || down.found() != o.bestDwellings()) {
            why.add("the count from the top claims " + down.bound() + " dwellings with a layout of " + down.found()
                + ", where the oracle's best holds " + o.bestDwellings());
            return Fate.FAILED;
          }
        }
        plans.add(plan);
        prices.add(p);
        outcomes.add(o);
        if (plan.storeys() < storeys
            && plan.notes().stream().anyMatch(n -> n.topic() == PlanNote.Topic.ACCESS_STOREYS)) {
          unstopped(c, storeys, rows, why).ifPresent(u -> {
            unstopped.add(u.plan());
            unstoppedOutcomes.add(u.outcome());
          });
        }
        why.add(String.format(Locale.ROOT, "oracle%s %d dwellings, value %d, %d checks in %d ms, %d candidates%s",
            name.isEmpty() ? "" : " (" + name + ")", o.bestDwellings(), o.bestValue(), o.checks(), o.millis(),
            plan.candidates().size(), c.grid() == PositionGrid.FROM_START ? "" : " (" + PlanBuilder.build(c.building(),
            c.line(), CODE, storeys, rows).candidates().size() + " on the grid from the start)"));
      }
    }
    for (CpSatOptions options : List.of(CpSatOptions.defaults(), CpSatOptions.cpSatOnly())) {
      ConfigurationResult r = new CpSatConfigurator(options).configure(ExhaustiveOptimumTest.request(c));
      why.add(String.format(Locale.ROOT, "%s %s %d (bound %d) value %d", r.stats().method(), r.status(),
          r.dwellings(), r.dwellingBound(), r.objectiveValue()));
      try {
        if (plans.size() == 1) {
          ExhaustiveOptimumTest.compare(c, plans.get(0), prices.get(0), outcomes.get(0), r);
        } else {
          compareLine(c, plans, prices, outcomes, r);
        }
        for (int u = 0; u < unstopped.size(); u++) {
          holdToTheAccessStop(c, plans, prices, r, unstopped.get(u), unstoppedOutcomes.get(u));
        }
      } catch (AssertionFailedError e) {
        why.add(e.getMessage());
        return Fate.FAILED;
      }
    }
    return Fate.COMPARED;
  }

  /**
   * Every subset of {@code wings}, the empty one first: the choices of second rows, one plan each, where the line has
   * a second row on those wings. Drawn up here rather than taken from the configurator's own list, so that a choice
   * that list left out would show as a better layout the configurator missed.
   */
  private static List<Set<Integer>> subsets(List<Integer> wings) {
    List<Set<Integer>> all = new ArrayList<>();
    for (int m = 0; m < 1 << wings.size(); m++) {
      Set<Integer> s = new HashSet<>();
      for (int k = 0; k < wings.size(); k++) {
        if ((m >> k & 1) == 1) {
          s.add(wings.get(k));
        }
      }
      if (PlanBuilder.oneRowPerWing(s)) { // a wing's shallower row and its cantilevered one exclude each other
        all.add(Set.copyOf(s));
      }
    }
    return all;
  }

  /**
   * Holds result {@code r} of case {@code c}, a line solved as several plans, against the oracle's outcome on each
   * ({@code outcomes}, on {@code plans} under their own {@code prices}), as {@link ExhaustiveOptimumTest#compare}
   * holds a result of one plan: the layout is one plan's selection, valid, worth on that plan's prices what the result
   * says and at most that plan's best; the dwelling bound is at least every plan's best; and where the result claims
   * the optimum, the layout is its plan's best and ranks, level by level ({@link ObjectivePrices#levels}: dwellings,
   * the criterion, the cost in euros, as the configurator compares plans), at least as high as every other plan's
   * best: as high as the lowest of that plan's ties in weighted value, one of which the configurator found.
   */
  static void compareLine(Case c, List<Plan> plans, List<StripPrices> prices,
      List<ExhaustiveOracle.Outcome> outcomes, ConfigurationResult r) {
    String who = c + ", " + r.stats().method() + " " + r.status();
    Own mine0 = own(plans, prices, r);
    assertTrue(mine0 != null, who + ": the layout is a selection of one of the line's plans, worth the value claimed");
    int k = mine0.plan();
    Selection own = mine0.selection();
    Plan plan = plans.get(k);
    ExhaustiveOptimumTest.compare(c, plan, prices.get(k), outcomes.get(k), r); // as a result of that plan alone
    int most = outcomes.stream().mapToInt(ExhaustiveOracle.Outcome::bestDwellings).max().orElseThrow();
    assertTrue(r.dwellingBound() >= most, who + ": dwelling bound " + r.dwellingBound() + " below the " + most
        + " of a valid layout");
    if (r.status() == SolveStatus.OPTIMAL) {
      assertEquals(most, r.dwellings(), who + ": the most dwellings of any plan");
      List<Long> mine = levels(c, plan, own);
      for (int i = 0; i < plans.size(); i++) {
        Plan other = plans.get(i);
        outcomes.get(i).best().stream().map(b -> levels(c, other, b)).min(ExhaustiveOracleFuzzTest::compareLevels)
            .ifPresent(lowest -> assertTrue(compareLevels(mine, lowest) >= 0, who + ": its layout " + mine + " ("
                + plan.storeys() + " storeys) ranks below the best on " + other.storeys() + " storeys, " + lowest));
      }
    }
  }


  /** Which of a line's plans a result's layout is a selection of ({@code plan}, an index), and that selection. */
  private record Own(int plan, Selection selection) {}

  /**
   * The plan of {@code plans} whose selection result {@code r}'s layout is, worth on that plan's {@code prices} the
   * value {@code r} claims; null where none.
   */
  private static Own own(List<Plan> plans, List<StripPrices> prices, ConfigurationResult r) {
    Layout layout = r.best().orElseThrow();
    for (int i = 0; i < plans.size(); i++) {
      Selection s = ExhaustiveOptimumTest.selectionOf(plans.get(i), layout);
      if (LayoutAssembler.assemble(plans.get(i), s).equals(layout)
          && prices.get(i).value(plans.get(i), s) == r.objectiveValue()) {
        return new Own(i, s);
      }
    }
    return null;
  }

  /** A plan without its access stop and the oracle's outcome on it. */
  private record Unstopped(Plan plan, ExhaustiveOracle.Outcome outcome) {}

  /**
   * The plan of {@code c} for {@code storeys} and second rows {@code rows} without the stop where a dwelling's access
   * (a gallery, stair or lift) cannot stand as high ({@link PlanBuilder#buildWithoutAccessStops}), and the oracle's
   * search of it, which asks the checker alone what may stand on the storeys above the stop (since 7 Dec 2026: the
   * plan as built stops both the solvers and the oracle alike, so a stop too low could never show); empty, said in
   * {@code why}, where a candidate falls short of its top storey or the search is too large.
   */
  private static Optional<Unstopped> unstopped(Case c, int storeys, Set<Integer> rows, List<String> why) {
    Plan full = PlanBuilder.buildWithoutAccessStops(c.building(), c.line(), CODE, storeys, rows, c.grid());
    if (full.candidates().stream().anyMatch(k -> k.topStorey() < full.storeys())) {
      why.add("without its access stop, a candidate falls short of storey " + full.storeys() + ": not searched");
      return Optional.empty();
    }
    try {
      ExhaustiveOracle.Outcome o = ExhaustiveOracle.search(full, Fixtures.catalog(c.line()), storeys,
          ExhaustiveOptimumTest.prices(c, full));
      why.add(String.format(Locale.ROOT, "oracle without the access stop (%d storeys) %d dwellings, %d checks in %d ms",
          full.storeys(), o.bestDwellings(), o.checks(), o.millis()));
      return Optional.of(new Unstopped(full, o));
    } catch (IllegalStateException e) {
      if (!e.getMessage().startsWith("more than")) {
        throw e;
      }
      why.add("without its access stop: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Holds result {@code r} of {@code c} (a selection of one of {@code plans}) against the best valid layouts of plan
   * {@code full}, one of them without its access stop ({@link #unstopped}): its dwelling bound at least their
   * dwellings, and where it claims the optimum, its layout ranking level by level at least as high as the lowest of
   * them, as {@link #compareLine} holds it against the line's other plans.
   */
  static void holdToTheAccessStop(Case c, List<Plan> plans, List<StripPrices> prices, ConfigurationResult r,
      Plan full, ExhaustiveOracle.Outcome o) {
    String who = c + ", " + r.stats().method() + " " + r.status() + ", against " + full.storeys() + " storeys without"
        + " the access stop";
    assertTrue(r.dwellingBound() >= o.bestDwellings(), who + ": dwelling bound " + r.dwellingBound() + " below the "
        + o.bestDwellings() + " of a valid layout");
    if (r.status() == SolveStatus.OPTIMAL && r.best().isPresent()) {
      assertTrue(r.dwellings() >= o.bestDwellings(), who + ": " + r.dwellings() + " dwellings claimed the most, "
          + o.bestDwellings() + " valid");
      Own mine = own(plans, prices, r);
      assertTrue(mine != null, who + ": the layout is a selection of one of the line's plans");
      List<Long> levels = levels(c, plans.get(mine.plan()), mine.selection());
      o.best().stream().map(b -> levels(c, full, b)).min(ExhaustiveOracleFuzzTest::compareLevels)
          .ifPresent(lowest -> assertTrue(compareLevels(levels, lowest) >= 0, who + ": its layout " + levels
              + " ranks below a valid one, " + lowest));
    }
  }

  /** The levels of {@code c}'s objective of selection {@code s} of {@code plan}: dwellings, ..., the cost in euros. */
  private static List<Long> levels(Case c, Plan plan, Selection s) {
    return ObjectivePrices.levels(plan, c.objective(), Map.of()).stream().map(l -> l.value(plan, s)).toList();
  }

  /** Compares two lists of levels, the first level first. */
  private static int compareLevels(List<Long> a, List<Long> b) {
    for (int i = 0; i < a.size(); i++) {
      int d = Long.compare(a.get(i), b.get(i));
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }
}
