package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.toplaag.building.Building;
import org.junit.jupiter.api.Test;

/** The optional {@code groundLevelNapM}: the ground level heights are measured from, metres above NAP. */
class BuildingReaderGroundLevelTest {

  private static String slab(String ground) {
    return """
        {"id": "g", "crs": "EPSG:28992", "origin": [155000, 463000], %s
         "roofOutline": [[155000,463000],[155060,463000],[155060,463011],[155000,463011],[155000,463000]],
         "roofLevelM": 9, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [6.0], "capacityKnPerM": 50}]},
         "loadReserve": {"foundationReserveKn": 5000}, "zoning": {}}
        """.formatted(ground);
  }

  @Test
  void aGivenGroundLevelIsReadInMetresAboveNap() throws Exception {
    Building b = BuildingReader.parse("g.json", slab("\"groundLevelNapM\": -1.25,"));
    assertEquals(-1.25, b.groundLevelNapM().getAsDouble());
    assertEquals(9_000, b.roofLevelMm(), "the roof level stays above the ground");
  }

  @Test
  void anAbsentOrNullGroundLevelIsUnknown() throws Exception {
    assertFalse(BuildingReader.parse("g.json", slab("")).groundLevelNapM().isPresent());
    assertFalse(BuildingReader.parse("g.json", slab("\"groundLevelNapM\": null,")).groundLevelNapM().isPresent());
  }

  @Test
  void aGroundLevelThatIsNotANumberIsReportedWithFileAndPointer() {
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("g.json",
        slab("\"groundLevelNapM\": \"2.74\",")));
    assertEquals("g.json", e.file());
    assertEquals("/groundLevelNapM", e.pointer());
    assertTrue(e.problem().startsWith("expected a number (m above NAP) but found a string"), e.problem());
  }

  @Test
  void aGroundLevelOutsideTheNetherlandsRangeIsReported() {
    // 2740 is the 3D BAG's 2.74 m NAP in millimetres
    InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("g.json",
        slab("\"groundLevelNapM\": 2740,")));
    assertEquals("/groundLevelNapM", e.pointer());
    assertTrue(e.problem().contains("in [-10, 330] but found 2740"), e.problem());
  }
}
