package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import nl.toplaag.building.Building;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/**
 * Checks {@code delft-1954-pitched.json} against the Delft post-war subset of 3D BAG tile 5910: BAG pand
 * {@value #PAND}, a 1954 portiek block with a pitched roof. © 3D BAG by tudelft3d and 3DGI (CC BY 4.0). Skipped
 * when the shared folder is absent.
 */
class DelftBlockExtractionTest {

  static final String TILE = "3dbag_v210908_tile5910_delft_postwar-subset.city.json";
  static final String PAND = "NL.IMBAG.Pand.0503100000021167";

  private static CityJsonTile tile;
  private static Building building;

  @BeforeAll
  static void load() throws IOException {
    Path p = CityJsonTile.locate(TILE).orElse(null);
    Assumptions.assumeTrue(p != null, "shared 3D BAG tile " + TILE + " not found; skipping");
    tile = CityJsonTile.read(p);
    building = TestBuildings.load("delft-1954-pitched");
  }

  @Test
  void outlineIsTheFootprintAndHeightsFollowTheEavesAndRidge() {
    JsonNode a = tile.attributes(PAND);
    assertEquals(1954, a.get("oorspronkelijkbouwjaar").asInt());
    assertEquals("slanted", a.get("dak_type").asText());
    Polygon footprint = tile.footprint(PAND);
    Polygon outline = RealBuildingChecks.toRdMetres(building, building.roofOutline());
    assertTrue(footprint.symDifference(outline).getArea() < 0.01 * footprint.getArea());
    double ground = a.get("h_maaiveld").asDouble();
    assertEquals(ground, building.groundLevelNapM().getAsDouble(), 0.0005, "the ground level above NAP");
    double eaves = a.get("h_dak_min").asDouble() - ground;
    double ridge = a.get("h_dak_max").asDouble() - ground;
    assertEquals(9.93, eaves, 0.01);
    // the attic floor new storeys stand on lies below the eaves, within a metre
    double roof = building.roofLevelMm() / 1000.0;
    assertTrue(roof < eaves && roof > eaves - 1.0, "roof level " + roof + " vs eaves " + eaves);
    assertEquals(ridge, building.zoning().maxHeightAboveGroundMm() / 1000.0, 0.05);
  }
}
