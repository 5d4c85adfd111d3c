package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import org.junit.jupiter.api.Test;

/** Wings derived from the outline, and wings or wall grids that cannot be on the roof. */
class BuildingReaderWingTest {

  private static String slab(String extra) {
    return """
        {"id": "w", "roofOutline": [[0,0],[60,0],[60,11],[0,11],[0,0]], "roofLevelM": 9, "existingStoreys": 3,
         "storeyHeightM": 2.8, "roofType": "flat", %s
         "structure": {"wallGrids": [{"pitchesM": [6.0], "capacityKnPerM": 50, "offsetM": %s}]},
         "loadReserve": {"foundationReserveKn": 5000}, "zoning": {}}
        """.formatted(extra, extra.contains("offset") ? "0" : "0");
  }

  @Test
  void derivedWingRunsAlongTheLongSideWithTheDepthOfTheShortSide() throws Exception {
    Building b = BuildingReader.parse("w.json", slab(""));
    Wing w = b.wings().get(0);
    assertEquals(60_000, w.lengthMm());
    assertEquals(11_000, w.depthMm());
    assertEquals(0.0, w.originYMm(), 1.0, "the lower long side is the front");
    assertEquals(11, b.bearingLines().size());
  }

  @Test
  void derivedWingOfARotatedOutlineKeepsItsSizes() throws Exception {
    String rotated = slab("").replace("[[0,0],[60,0],[60,11],[0,11],[0,0]]",
        "[[0,0],[0,60],[-11,60],[-11,0],[0,0]]");
    Wing w = BuildingReader.parse("w.json", rotated).wings().get(0);
    assertEquals(60_000, w.lengthMm());
    assertEquals(11_000, w.depthMm());
  }

  @Test
  void theLastWallJustShortOfTheGableStandsAtIt() throws Exception {
    // a 60.002 m wing with 6 m pitches: the eleventh wall would stand 2 mm short of the gable, leaving a sliver of
    // roof 2 mm wide beyond it (an imported wing's pitch rounded to 1 mm); it stands at the gable instead
    String longer = slab("").replace("[[0,0],[60,0],[60,11],[0,11],[0,0]]",
        "[[0,0],[60.002,0],[60.002,11],[0,11],[0,0]]");
    Building b = BuildingReader.parse("w.json", longer);
    assertEquals(60_002, b.wings().get(0).lengthMm());
    assertEquals(11, b.bearingLines().size());
    double lastX = b.bearingLines().stream().mapToDouble(l -> l.line().getEnvelopeInternal().getMaxX()).max()
        .orElseThrow();
    assertEquals(60_002, lastX, 0.5);
    double secondLastX = b.bearingLines().stream().mapToDouble(l -> l.line().getEnvelopeInternal().getMaxX())
        .filter(x -> x < 60_000).max().orElseThrow();
    assertEquals(54_000, secondLastX, 0.5, "the walls before it keep their pitch");
  }

  @Test
  void aWingOffTheRoofIsRejected() {
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("w.json",
        slab("\"wings\": [{\"origin\": [100, 0], \"directionDeg\": 0, \"lengthM\": 60, \"depthM\": 11}],")));
    assertEquals("/wings/0", e.pointer());
    assertTrue(e.problem().contains("lies on the roof outline"), e.problem());
  }

  @Test
  void anLGivenWithoutItsWingsIsToldToGiveThem() {
    // a newcomer's QA pass: an L without "wings" was told to check the origin and direction of a wing it never gave
    String l = slab("").replace("[[0,0],[60,0],[60,11],[0,11],[0,0]]", "[[0,0],[40,0],[40,30],[30,30],[30,10],[0,10],"
        + "[0,0]]");
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("l.json", l));
    assertEquals("/roofOutline", e.pointer());
    assertTrue(e.problem().startsWith("no wings are given, and only "), e.problem());
    assertTrue(e.problem().contains("expected a roof close to a rectangle, or its wings given (\"wings\": one"
        + " rectangle per wing, as for an L"), e.problem());
  }

  @Test
  void aGableWallJustPastTheWingsEndStandsAtItsEnd() throws Exception {
    // QA13: a wing measured from 3D BAG as 59.97 m with walls every 6.0 m lost its gable wall, 30 mm past its end, so
    // the last bay's load went wholly to the wall before it
    Building b = BuildingReader.parse("w.json", slab("\"wings\": [{\"origin\": [0, 0], \"directionDeg\": 0,"
        + " \"lengthM\": 59.97, \"depthM\": 11}],"));
    assertEquals(11, b.bearingLines().size());
    assertEquals(59_970, b.bearingLines().get(10).line().getCoordinateN(0).x, 1.0);
    // a wall farther past the end than a wall's alignment tolerance is not there
    Building shorter = BuildingReader.parse("w.json", slab("\"wings\": [{\"origin\": [0, 0], \"directionDeg\": 0,"
        + " \"lengthM\": 59.9, \"depthM\": 11}],"));
    assertEquals(10, shorter.bearingLines().size());
  }

  @Test
  void aWallGridStartingBeyondTheWingIsRejected() {
    String json = slab("").replace("\"offsetM\": 0", "\"offsetM\": 25").replace("[[0,0],[60,0],[60,11],[0,11],[0,0]]",
        "[[0,0],[20,0],[20,11],[0,11],[0,0]]");
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("w.json", json));
    assertEquals("/structure/wallGrids/0/offsetM", e.pointer());
  }
}
