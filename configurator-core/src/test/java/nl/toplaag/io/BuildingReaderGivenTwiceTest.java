package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.toplaag.building.Building;
import org.junit.jupiter.api.Test;

/**
 * A wall, a wing or a stair core given twice is rejected with its JSON pointer (QA57): a wall grid given twice made
 * both solvers and the checker count each wall's capacity twice (14 dwellings "proven" on a building that takes 8);
 * crossing wings planned one roof twice; a core given again as a lift shaft or an obstacle was taken as both.
 */
class BuildingReaderGivenTwiceTest {

  /** A 43.2 m slab with walls every 5.4 m, {@code wings} and {@code structure} as given, and {@code extra} fields. */
  private static String slab(String wings, String structure, String extra) {
    return """
        {"id": "t", "roofOutline": [[0,0],[43.2,0],[43.2,10.8],[0,10.8],[0,0]], "roofLevelM": 8.7,
         "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat", "wings": [%s],
         "structure": {%s}, %s
         "loadReserve": {"foundationReserveKn": 1500}, "zoning": {}}
        """.formatted(wings, structure, extra);
  }

  private static final String ONE_WING =
      "{\"origin\": [0, 0], \"directionDeg\": 0, \"lengthM\": 43.2, \"depthM\": 10.8}";
  private static final String GRID = "{\"pitchesM\": [5.4], \"capacityKnPerM\": 30}";

  @Test
  void aWallGridGivenTwiceIsRejected() {
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("t.json",
        slab(ONE_WING, "\"wallGrids\": [" + GRID + ", " + GRID + "]", "")));
    assertEquals("/structure/wallGrids/1", e.pointer());
    assertTrue(e.problem().startsWith("the wall at 0.000 m along wing 0 here lies on the wall at 0.000 m along wing 0"
        + " of /structure/wallGrids/0"), e.problem());
    assertTrue(e.problem().contains("would carry its capacity twice"), e.problem());
  }

  @Test
  void aBearingLineOnAGridWallIsRejectedEitherWayRoundAndOneBesideItIsKept() throws Exception {
    for (String line : new String[] {"[10.8, 0], \"to\": [10.8, 10.8]", "[10.8, 10.8], \"to\": [10.8, 3]"}) {
      InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("t.json",
          slab(ONE_WING, "\"wallGrids\": [" + GRID + "], \"bearingLines\": [{\"from\": " + line
              + ", \"capacityKnPerM\": 20}]", "")));
      assertEquals("/structure/bearingLines/0", e.pointer());
      assertTrue(e.problem().startsWith("the bearing line here lies on the wall at 10.800 m along wing 0 of"
          + " /structure/wallGrids/0"), e.problem());
    }
    // the second wall of a joint 0.2 m beside a grid wall, and a line only touching one's end: two walls each
    Building b = BuildingReader.parse("t.json", slab(ONE_WING, "\"wallGrids\": [" + GRID + "], \"bearingLines\": ["
        + "{\"from\": [11.0, 0], \"to\": [11.0, 10.8], \"capacityKnPerM\": 20}]", ""));
    assertEquals(10, b.bearingLines().size());
  }

  @Test
  void twoWingsInLineShareTheirGableWallOnce() throws Exception {
    String wings = "{\"origin\": [0, 0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 10.8},"
        + " {\"origin\": [21.6, 0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 10.8}";
    String grid1 = "{\"wing\": 1, \"pitchesM\": [5.4], \"capacityKnPerM\": 30, \"offsetM\": %s}";
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("t.json",
        slab(wings, "\"wallGrids\": [" + GRID + ", " + grid1.formatted("0") + "]", "")));
    assertEquals("/structure/wallGrids/1", e.pointer());
    assertTrue(e.problem().startsWith("the wall at 0.000 m along wing 1 here lies on the wall at 21.600 m along"
        + " wing 0"),
        e.problem());
    assertTrue(e.problem().contains("the other's offsetM at its first pitch"), e.problem());
    // as the message says: the second grid from its first pitch, the gable wall given once (9 walls, 0 to 43.2 m)
    Building b = BuildingReader.parse("t.json", slab(wings, "\"wallGrids\": [" + GRID + ", " + grid1.formatted("5.4")
        + "]", ""));
    assertEquals(9, b.bearingLines().size());
  }

  @Test
  void wingsOverlappingOtherThanAtAnLsCornerAreRejected() throws Exception {
    String outline = "[[0,0],[43.2,0],[43.2,10.8],[0,10.8],[0,0]]";
    String lOutline = "[[0,0],[43.2,0],[43.2,37.8],[32.4,37.8],[32.4,10.8],[0,10.8],[0,0]]";
    String crossing = ONE_WING + ", {\"origin\": [10.8, 0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 10.8}";
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("t.json",
        slab(crossing, "\"wallGrids\": [" + GRID + "]", "")));
    assertEquals("/wings/1", e.pointer());
    assertTrue(e.problem().startsWith("this wing overlaps wing 0 over 233.28 m2, not only at a corner"), e.problem());
    String grids = "\"wallGrids\": [" + GRID + ", {\"wing\": 1, \"pitchesM\": [5.4], \"capacityKnPerM\": 30}]";
    // an L: the second wing from the first's facade, or over the square at the corner, which both may then cover
    for (String start : new String[] {"[43.2, 10.8], \"directionDeg\": 90, \"lengthM\": 27",
        "[43.2, 0], \"directionDeg\": 90, \"lengthM\": 37.8"}) {
      String l = ONE_WING + ", {\"origin\": " + start + ", \"depthM\": 10.8}";
      assertEquals(2, BuildingReader.parse("t.json", slab(l, grids, "").replace(outline, lOutline)).wings().size());
    }
    // a T: the second wing into the middle of the first, 5 m over it
    String t = ONE_WING + ", {\"origin\": [27, 5.8], \"directionDeg\": 90, \"lengthM\": 15, \"depthM\": 10.8}";
    InputException tee = assertThrows(InputException.class, () -> BuildingReader.parse("t.json",
        slab(t, grids, "").replace(outline, "[[0,0],[43.2,0],[43.2,10.8],[27,10.8],[27,20.8],[16.2,20.8],[16.2,10.8],"
            + "[0,10.8],[0,0]]")));
    assertEquals("/wings/1", tee.pointer());
    assertTrue(tee.problem().startsWith("this wing overlaps wing 0 over 54.00 m2, not only at a corner"),
        tee.problem());
  }

  @Test
  void aStairCoreGivenAgainAsALiftShaftOrAnObstacleIsRejected() throws Exception {
    String core = "\"stairCores\": [{\"outline\": [[19,0],[24,0],[24,3],[19,3],[19,0]]}],";
    String sameShape = "[[19,0],[24,0],[24,3],[19,3],[19,0]]";
    InputException lift = assertThrows(InputException.class, () -> BuildingReader.parse("t.json",
        slab(ONE_WING, "\"wallGrids\": [" + GRID + "]", core + "\"lift\": {\"present\": true, \"outline\": "
            + sameShape + "},")));
    assertEquals("/lift/outline", lift.pointer());
    assertTrue(lift.problem().startsWith("the lift shaft has the outline of stair core 0"), lift.problem());
    InputException obstacle = assertThrows(InputException.class, () -> BuildingReader.parse("t.json",
        slab(ONE_WING, "\"wallGrids\": [" + GRID + "]", core + "\"obstacles\": [{\"outline\": " + sameShape + "}],")));
    assertEquals("/obstacles/0/outline", obstacle.pointer());
    assertTrue(obstacle.problem().startsWith("the obstacle has the outline of stair core 0"), obstacle.problem());
    // a lift in the stairwell's eye lies within the core, smaller than it: kept
    Building b = BuildingReader.parse("t.json", slab(ONE_WING, "\"wallGrids\": [" + GRID + "]", core
        + "\"lift\": {\"present\": true, \"outline\": [[20.5,0.5],[22.5,0.5],[22.5,2.5],[20.5,2.5],[20.5,0.5]]},"));
    assertTrue(b.lift().present());
  }
}
