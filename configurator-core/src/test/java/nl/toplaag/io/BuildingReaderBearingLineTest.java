package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.toplaag.building.Building;
import org.junit.jupiter.api.Test;

/**
 * A drawn bearing line that crosses no wing at right angles (within 1 degree) carries nothing in any wing
 * (docs/model.md, "Structure and loads"): a longitudinal wall along the facade, drawn by an engineer used to a
 * langsdragend building, was dropped without a word and the summary counted one line fewer (QA51). It is rejected with
 * its JSON pointer.
 */
class BuildingReaderBearingLineTest {

  private static String slab(String line) {
    return """
        {"id": "b", "roofOutline": [[0,0],[21.6,0],[21.6,10.8],[0,10.8],[0,0]], "roofLevelM": 8.7,
         "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 21.6, "depthM": 10.8}],
         "structure": {"wallGrids": [{"pitchesM": [5.4], "capacityKnPerM": 30}],
                       "bearingLines": [%s]},
         "loadReserve": {"foundationReserveKn": 1500}, "zoning": {}}
        """.formatted(line);
  }

  @Test
  void aLineAlongTheWingIsRejectedWithItsPointer() {
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("b.json",
        slab("{\"from\": [0, 5], \"to\": [21.6, 5], \"capacityKnPerM\": 30}")));
    assertEquals("/structure/bearingLines/0", e.pointer());
    assertTrue(e.problem().contains("crosses no wing at right angles"), e.problem());
    assertTrue(e.problem().contains("would carry nothing"), e.problem());
  }

  @Test
  void aLineAtAnAngleIsRejectedAndOneWithinOneDegreeIsKept() throws Exception {
    // 10 degrees off square: rejected
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("b.json",
        slab("{\"from\": [8, 0], \"to\": [9.904, 10.8], \"capacityKnPerM\": 30}")));
    assertEquals("/structure/bearingLines/0", e.pointer());
    assertTrue(e.problem().contains("80.0 degrees to wing 0's front"), e.problem());
    // 0.5 degrees off square: a wall across the wing as drawn, kept (5 grid walls and this one)
    Building b = BuildingReader.parse("b.json", slab("{\"from\": [8, 0], \"to\": [8.094, 10.8],"
        + " \"capacityKnPerM\": 30}"));
    assertEquals(6, b.bearingLines().size());
  }
}
