package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The free positions on the grid from both ends of each wing ({@link PositionGrid#FROM_BOTH_ENDS}): a wing and its
 * mirror image get mirrored candidates, and none of the grid from the start is lost. On the grid from the start alone
 * a run flush against the wing's end or a core's near edge is on it only where the distance fits it, so a building and
 * its mirror image were offered different positions (galerij-4-plinth set back 1 m at one gable held 774.4 m² usable,
 * at the other 796.0 m², both proven; docs/limits.md, "What a proof covers").
 */
class PositionGridTest {

  /** A 31.15 m wing: walls off the 300 mm grid, set back 0.4 m at its end and 0.25 m at its start. */
  private static final double LENGTH_M = 31.15;
  private static final double[] WALLS_M = {0, 4.05, 8.2, 13.3, 17.45, 22.9, 27.0, 31.15};

  @Test
  void aWingAndItsMirrorImageGetMirroredCandidates() {
    ProductLine line = Fixtures.twoBoxDwellings();
    Set<String> here = positions(PlanBuilder.build(slab(false), line, BuildingCode.BB2012, 1, Set.of(),
        PositionGrid.FROM_BOTH_ENDS), false);
    Set<String> there = positions(PlanBuilder.build(slab(true), line, BuildingCode.BB2012, 1, Set.of(),
        PositionGrid.FROM_BOTH_ENDS), true);
    assertTrue(here.equals(there), "only in the building: " + minus(here, there) + "; only in its mirror image: "
        + minus(there, here));
    // on the grid from the start alone they differ: the test's wing is one where it matters
    assertNotEquals(positions(PlanBuilder.build(slab(false), line, BuildingCode.BB2012, 1), false),
        positions(PlanBuilder.build(slab(true), line, BuildingCode.BB2012, 1), true));
  }

  @Test
  void theGridFromBothEndsKeepsEveryPositionOfTheGridFromTheStart() {
    for (ProductLine line : new ProductLine[] {Fixtures.line(), Fixtures.twoBoxDwellings()}) {
      for (boolean mirrored : new boolean[] {false, true}) {
        Set<String> start = positions(PlanBuilder.build(slab(mirrored), line, BuildingCode.BB2012, 1), false);
        Set<String> both = positions(PlanBuilder.build(slab(mirrored), line, BuildingCode.BB2012, 1, Set.of(),
            PositionGrid.FROM_BOTH_ENDS), false);
        assertTrue(both.containsAll(start), line.id() + (mirrored ? ", mirrored" : ""));
        assertTrue(both.size() > start.size(), both.size() + " against " + start.size());
      }
    }
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  /**
   * Each candidate of {@code plan} as its module, boxes and place along the wing, mm: from the wing's start, or, where
   * {@code fromEnd}, from its end to the candidate's far side (as the same candidate of the mirror image lies).
   */
  private static Set<String> positions(Plan plan, boolean fromEnd) {
    int lengthMm = (int) Math.round(LENGTH_M * 1000);
    return plan.candidates().stream().map(c -> c.module().id() + " x" + c.boxes() + " at "
        + (fromEnd ? lengthMm - c.sMm() - c.widthMm() : c.sMm())).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The wing, or its mirror image (x to its length less x): a stair core and a fixed obstacle on the module band,
   * each edge off the grid, and the two gables set back differently.
   */
  private static Building slab(boolean mirrored) {
    double[] walls = Arrays.stream(WALLS_M).map(x -> mirrored ? LENGTH_M - x : x).sorted().toArray();
    StringBuilder lines = new StringBuilder();
    for (double x : walls) {
      lines.append(lines.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
          "{\"from\": [%.3f, 0], \"to\": [%.3f, 12], \"capacityKnPerM\": 500}", x, x));
    }
    return Fixtures.building(String.format(Locale.ROOT, """
        {"id": "grid", "roofOutline": [[0,0],[%1$.3f,0],[%1$.3f,12],[0,12],[0,0]],
         "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"bearingLines": [%2$s]},
         "stairCores": [{"outline": %3$s, "extendable": true}],
         "obstacles": [{"outline": %4$s}],
         "loadReserve": {"areaLoadKnPerM2": 100}, "lift": {"present": false},
         "zoning": {"maxAddedStoreys": 1, "edgeSetbacksM": [0, %5$.2f, 0, %6$.2f]}}
        """, LENGTH_M, lines, box(14.35, 17.95, 0, 6, mirrored), box(24.13, 24.91, 3, 4, mirrored),
        mirrored ? 0.25 : 0.4, mirrored ? 0.4 : 0.25));
  }

  /** The rectangle from {@code x0} to {@code x1} and {@code y0} to {@code y1}, m, as a ring, mirrored where asked. */
  private static String box(double x0, double x1, double y0, double y1, boolean mirrored) {
    double a = mirrored ? LENGTH_M - x1 : x0;
    double b = mirrored ? LENGTH_M - x0 : x1;
    return String.format(Locale.ROOT, "[[%.3f,%.1f],[%.3f,%.1f],[%.3f,%.1f],[%.3f,%.1f],[%.3f,%.1f]]", a, y0, b, y0,
        b, y1, a, y1, a, y0);
  }
}
