package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofObstacle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/**
 * Reproduces the derivation of {@code zeist-1970-slab.json} from the 3D BAG tile 9-516-588 (Zeist-West), so the
 * numbers in that file can be checked: BAG pand {@value #PAND}, built 1970, flat roofs at two heights. The
 * building's roof outline must be the tile's LoD 0 footprint (area within 1 %), its roof level the lower roof
 * surface above ground, its height limit the highest point above ground, its one wing the lower roof and its
 * fixed obstacle the higher wing.
 *
 * <p>Data: © 3D BAG by tudelft3d and 3DGI (CC BY 4.0, https://docs.3dbag.nl/en/copyright). The tile is read
 * from {@code ../shared/data/real-buildings} and is not copied into the project; the test is skipped when the
 * shared folder is absent.
 */
class ZeistSlabExtractionTest {

  static final String TILE = "3dbag_v20240420_9-516-588_zeist.city.json";
  static final String PAND = "NL.IMBAG.Pand.0355100000741774";

  private static CityJsonTile tile;
  private static Building building;
  private static double groundM;

  @BeforeAll
  static void load() throws IOException {
    Path p = CityJsonTile.locate(TILE).orElse(null);
    Assumptions.assumeTrue(p != null, "shared 3D BAG tile " + TILE + " not found; skipping");
    tile = CityJsonTile.read(p);
    building = TestBuildings.load("zeist-1970-slab");
    groundM = tile.attributes(PAND).get("b3_h_maaiveld").asDouble();
  }

  @Test
  void pandIsAFlatRoofedBuildingFromTheLateSixtiesOrSeventies() {
    JsonNode a = tile.attributes(PAND);
    assertEquals(1970, a.get("oorspronkelijkbouwjaar").asInt());
    assertEquals("multiple horizontal", a.get("b3_dak_type").asText());
    assertEquals("EPSG:28992", building.crs());
    assertEquals(groundM, building.groundLevelNapM().getAsDouble(), 0.005, "the ground level above NAP");
  }

  @Test
  void roofOutlineIsTheLod0FootprintWithinOnePercent() {
    Polygon footprint = tile.footprint(PAND);
    Polygon outline = RealBuildingChecks.toRdMetres(building, building.roofOutline());
    assertEquals(footprint.getArea(), outline.getArea(), 0.01 * footprint.getArea());
    double mismatch = footprint.symDifference(outline).getArea();
    assertTrue(mismatch < 0.01 * footprint.getArea(), "outline differs from footprint by " + mismatch + " m2");
    // nothing was simplified: the footprint has no collinear vertices
    assertEquals(footprint.getNumPoints(), outline.getNumPoints());
  }

  @Test
  void roofLevelIsTheLowerRoofSurfaceAboveGround() {
    Polygon wing = RealBuildingChecks.wingRdMetres(building, building.wings().get(0));
    List<CityJsonTile.RoofSurface> roofs = tile.roofSurfaces(PAND + "-0");
    CityJsonTile.RoofSurface low = roofs.stream()
        .filter(r -> r.plan().getArea() > 100 && wing.contains(r.plan().getInteriorPoint()))
        .findFirst().orElseThrow();
    assertEquals(building.roofLevelMm() / 1000.0, low.meanZ() - groundM, 0.05);
    // the wing is that roof: at least 97 % of the lower roof surface lies in the wing
    assertTrue(low.plan().intersection(wing).getArea() > 0.97 * low.plan().getArea());
  }

  @Test
  void higherWingIsAFixedObstacleAndTheHeightLimitIsTheHighestPoint() {
    RoofObstacle high = building.obstacles().get(0);
    assertTrue(!high.removable());
    Polygon obstacle = RealBuildingChecks.toRdMetres(building, high.footprint());
    double highArea = 0;
    double inside = 0;
    for (CityJsonTile.RoofSurface r : tile.roofSurfaces(PAND + "-0")) {
      if (r.meanZ() - groundM > building.roofLevelMm() / 1000.0 + 2) {
        highArea += r.plan().getArea();
        inside += r.plan().intersection(obstacle).getArea();
      }
    }
    assertTrue(highArea > 400, "higher roof " + highArea + " m2");
    assertTrue(inside > 0.98 * highArea, "higher roof inside the obstacle: " + inside + " of " + highArea);
    // its height is that of the largest higher roof surface (the 8-layer wing, not the overrun) above the slab's roof
    CityJsonTile.RoofSurface wing = tile.roofSurfaces(PAND + "-0").stream()
        .filter(r -> r.meanZ() - groundM > building.roofLevelMm() / 1000.0 + 2)
        .max(Comparator.comparingDouble(r -> r.plan().getArea())).orElseThrow();
    assertEquals(wing.meanZ() - groundM - building.roofLevelMm() / 1000.0,
        high.heightAboveRoofMm().orElseThrow() / 1000.0, 0.05, "height above the slab's roof, m");
    double top = tile.attributes(PAND).get("b3_h_dak_max").asDouble() - groundM;
    assertEquals(top, building.zoning().maxHeightAboveGroundMm() / 1000.0, 0.05);
  }
}
