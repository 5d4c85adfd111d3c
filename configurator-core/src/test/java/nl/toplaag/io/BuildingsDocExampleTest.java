package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.toplaag.building.Building;
import org.junit.jupiter.api.Test;

/**
 * The example building file of docs/buildings.md, "Writing a building file of your own" (QA49: an architect writing a
 * file from the docs alone found the schema and the bundled buildings, but no small file to start from), reads as the
 * text around it says: a 1962 portiekflat of 48 x 10.4 m with two extendable stair cores, a lift shaft, a machine room
 * and an 18 m height limit, its structure unverified.
 */
class BuildingsDocExampleTest {

  private static final String SECTION = "## Writing a building file of your own";

  @Test
  void theExampleInTheDocsReadsAsItsTextSays() throws Exception {
    String doc = Files.readString(Path.of("../docs/buildings.md"));
    int at = doc.indexOf(SECTION);
    assertTrue(at >= 0, "docs/buildings.md has no section \"" + SECTION + "\"");
    int start = doc.indexOf("```json\n", at) + "```json\n".length();
    String json = doc.substring(start, doc.indexOf("```", start));
    Building b = BuildingReader.parse("docs/buildings.md", json);
    assertEquals("portiek-1962-example", b.id());
    assertEquals(11_700, b.roofLevelMm());
    assertEquals(48.0 * 10.4, b.roofAreaM2(), 0.01);
    assertEquals(2, b.stairCores().size());
    assertTrue(b.lift().present() && b.lift().extendable() && b.lift().positioned());
    assertEquals(1, b.obstacles().size());
    assertEquals(18_000, b.zoning().maxHeightAboveGroundMm());
    assertEquals(2, b.zoning().maxAddedStoreys());
    assertTrue(b.loadReserve().source().contains("[U]"), b.loadReserve().source());
  }
}
