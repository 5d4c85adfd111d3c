package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * The stretch after a stair core whose far edge lies off the wing's lattice (the transfer layer's 300 mm grid counted
 * from the usable start) holds as many modules as its length fits ({@code PositionLattice.stretchRuns}). Before, its
 * free positions started at the lattice's next point, 250 mm on, and the 10.9 m stretch held two 3.6 m boxes where
 * three fit; the mirror image of the building, with that stretch before the core, held three (a metamorphic QA pass:
 * l-corner and its mirror image proven at 16 and 15).
 */
class StretchRunsTest {

  /**
   * A 17.85 m slab with the test line's walls every 3.6 m and a full-depth stair core from 4.25 to 6.95 m: 4.25 m
   * before it (one box), 10.9 m after it (three boxes, 100 mm to spare).
   */
  private static Building slab() {
    return slab("");
  }

  /** {@link #slab()} with {@code obstacles}, a JSON array's elements. */
  private static Building slab(String obstacles) {
    return Fixtures.slab(17.85, 500, 8.6, """
        "loadReserve": {"areaLoadKnPerM2": 100},
        "stairCores": [{"outline": [[4.25,0],[6.95,0],[6.95,12],[4.25,12],[4.25,0]], "extendable": true}],
        "obstacles": [%s],
        """.formatted(obstacles));
  }

  @Test
  void theStretchAfterACoreOffTheLatticeHoldsARunFromTheCoresEdge() {
    assertRunFromTheCoresEdge(slab());
  }

  @Test
  void aBlockFlushWithTheCoresFarEdgeStartsTheSameStretchOnce() {
    // a fixed obstacle within the core's span, ending where it ends: the stretch after them is the core's, its
    // positions moved onto its grid once (a review: once per block, they were moved twice, off both grids)
    Set<Integer> flush = boxesAfterTheCore(slab("""
        {"outline": [[5.5,3],[6.95,3],[6.95,5],[5.5,5],[5.5,3]], "description": "vent", "removable": false}"""));
    assertEquals(boxesAfterTheCore(slab()), flush);
    assertRunFromTheCoresEdge(flush);
  }

  /** The boxes at the core's far edge and on, every 3.6 m: three in the stretch after it. */
  private static void assertRunFromTheCoresEdge(Set<Integer> boxes) {
    assertTrue(boxes.containsAll(List.of(6950, 10550, 14150)), "boxes at " + boxes.stream().sorted().toList());
  }

  private static void assertRunFromTheCoresEdge(Building b) {
    assertRunFromTheCoresEdge(boxesAfterTheCore(b));
  }

  /** Where the plan of {@code b} has a dwelling box start at or after the core's far edge (6.95 m), mm, sorted. */
  private static Set<Integer> boxesAfterTheCore(Building b) {
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
    return p.candidates().stream().filter(c -> c.kind() == ModuleKind.DWELLING && c.sMm() >= 6950)
        .map(Candidate::sMm).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void theSolverProvesFourDwellingsWhereTheOneLatticeHeldThree() {
    Building b = slab();
    ConfigurationResult r = new CpSatConfigurator().configure(
        nl.toplaag.solve.ConfigurationRequest.of(b, Fixtures.catalog(), 1));
    assertEquals(SolveStatus.OPTIMAL, r.status());
    assertEquals(4, r.dwellings());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.best().orElseThrow(), 1));
  }

  @Test
  void theLongestRunOfWidthsNoLongerThanALength() {
    int[] widths = {2400, 3600};
    assertEquals(0, PositionLattice.longestRun(2000, widths));
    assertEquals(3600, PositionLattice.longestRun(4700, widths));
    assertEquals(4800, PositionLattice.longestRun(4800, widths));
    assertEquals(10800, PositionLattice.longestRun(10900, widths));
    assertEquals(0, PositionLattice.longestRun(-5, widths));
  }
}
