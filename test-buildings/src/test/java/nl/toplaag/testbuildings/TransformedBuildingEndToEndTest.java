package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * A building, its mirror image and the building turned hold as many dwellings, each proven. A metamorphic QA pass found
 * l-corner's HSB line proven at 16 dwellings and its mirror image (x to -x) proven at 15: the free positions lay on one
 * lattice counted from each wing's usable start, and in the mirror image the stretch after a stair core, whose far edge
 * lay off that lattice, held one module fewer than its length fits ({@code PositionLattice.stretchRuns} adds the runs
 * from that edge). Turned by 37 degrees it held 15 too: a module's corners on the 1 mm grid met the second core's edge
 * askew, and the sliver blocked the three runs flush against it ({@code PlanBuilder.SLIVER_MM}); and turned by most
 * other angles, the mirror image held 15 where a core's far edge, its corners moved by that grid, was taken a
 * millimetre outward ({@code PlanBuilder.GRID_SLACK_MM}).
 */
class TransformedBuildingEndToEndTest {

  private static final Catalog CATALOG = CatalogReader.bundled();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void lCornerAndItsMirrorImageHoldAsManyDwellings() throws Exception {
    String json = lCorner();
    ConfigurationResult original = configure(BuildingReader.parse("l-corner.json", json));
    ConfigurationResult mirrored = configure(BuildingReader.parse("l-corner-mirrored.json", mirrored(json)));
    assertEquals(SolveStatus.OPTIMAL, original.status());
    assertEquals(SolveStatus.OPTIMAL, mirrored.status());
    assertEquals(16, original.dwellings());
    assertEquals(original.dwellings(), mirrored.dwellings());
  }

  @Test
  void lCornerTurnedHoldsAsManyDwellings() throws Exception {
    ConfigurationResult turned = configure(BuildingReader.parse("l-corner-turned.json", turned(lCorner(), 37)));
    assertEquals(SolveStatus.OPTIMAL, turned.status());
    assertEquals(16, turned.dwellings());
  }

  /**
   * l-corner and its mirror image turned by 5, 15, ... 355 degrees each hold 16 dwellings, proven, every layout passing
   * the checker (a sweep by every 5 degrees, twice as long, found the same when this was written). Before the plan took
   * edges to the whole millimetre within {@code PlanBuilder.GRID_SLACK_MM} (6 Dec 2026), the mirror image held 15 at 56
   * of 72 turns by 5 degrees: a core's far edge and the usable ends, their corners moved by the 1 mm grid, were taken a
   * millimetre outward, and the run of modules from the core ended past the usable end; and the building held 15 at
   * 85, 175, 265 and 355 degrees, where its second wing's usable range began at -1 mm (now kept within the wing).
   */
  @Test
  void lCornerAndItsMirrorImageTurnedHoldAsManyDwellings() throws Exception {
    String json = lCorner();
    List<String> fewer = new java.util.ArrayList<>();
    for (int deg = 5; deg < 360; deg += 10) {
      for (boolean mirror : new boolean[] {false, true}) {
        String name = (mirror ? "mirror image" : "building") + " turned " + deg;
        ConfigurationResult r = configure(BuildingReader.parse(name, turned(mirror ? mirrored(json) : json, deg)));
        if (r.status() != SolveStatus.OPTIMAL || r.dwellings() != 16) {
          fewer.add(name + ": " + r.dwellings() + " " + r.status());
        }
      }
    }
    assertEquals(List.of(), fewer);
  }

  /**
   * galerij-4-plinth set back 1 m at its east gable or at its west gable (each the other's mirror image, its walls and
   * core symmetric) holds as much on the grid from both ends: 26 dwellings on 796.0 m² usable, proven, both ways. On
   * the grid from the start alone, it holds as much both ways too; until 7 Dec 2026, with a bay's load half on each
   * wall, the building set back at its east gable was proven there at 774.4 m² (README, "What a proof covers"), and
   * by the lever rule a layout of 796.0 m² on that grid carries its loads.
   */
  @Test
  void galerijSetBackAtEitherGableHoldsAsMuchOnTheGridFromBothEnds() throws Exception {
    double[] areas = new double[2];
    for (int end = 0; end < 2; end++) {
      ObjectNode b = (ObjectNode) JSON.readTree(TestBuildings.json(TestBuildings.all().stream()
          .filter(t -> t.id().equals("galerij-4-plinth")).findFirst().orElseThrow()));
      ArrayNode setbacks = ((ObjectNode) b.get("zoning")).putArray("edgeSetbacksM");
      for (int edge = 0; edge < 4; edge++) { // front, east gable, rear, west gable
        setbacks.add(edge == (end == 0 ? 1 : 3) ? 1.0 : 0.0);
      }
      Building building = BuildingReader.parse("galerij-" + end + ".json", b.toString());
      ConfigurationResult both = configure(building, "clt-volumetric", 2, PositionGrid.FROM_BOTH_ENDS);
      assertEquals(SolveStatus.OPTIMAL, both.status());
      assertEquals(26, both.dwellings());
      areas[end] = both.perLine().get(0).usableAreaM2();
      ConfigurationResult start = configure(building, "clt-volumetric", 2, PositionGrid.FROM_START);
      assertEquals(SolveStatus.OPTIMAL, start.status());
      assertEquals(796.0, start.perLine().get(0).usableAreaM2(), 0.05, "on the grid from the start");
    }
    assertEquals(796.0, areas[0], 0.05);
    assertEquals(areas[0], areas[1], 1e-6);
  }

  /** The bundled l-corner's JSON text. */
  /**
   * l-corner's stair cores stand at its outer facades, where its galleries are; with the fronts on the inner facades
   * ({@code --other-front}) they stand at the rear of each wing, reached across the roof from the gallery's band. On a
   * storey above the first no floor of the layout lies there: a QA pass (7 Dec 2026) found two storeys of dwellings
   * served by them and the check passed without a word. The check now notes the landing or bridge assumed.
   */
  @Test
  void aCoreReachedAcrossTheRoofAboveStoreyOneIsNoted() throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(lCorner());
    json.put("roofLevelM", 8.9).put("existingStoreys", 3);
    for (JsonNode grid : json.get("structure").get("wallGrids")) {
      ((ObjectNode) grid).put("capacityKnPerM", 80);
    }
    ((ObjectNode) json.get("loadReserve")).put("areaLoadKnPerM2", 12.0).put("foundationReserveKn", 20_000);
    Building inner = BuildingReader.parse("l-corner-strong.json", json.toString()).withOtherFront();
    ConfigurationResult r = configure(inner, "lsf-volumetric", 2, PositionGrid.FROM_START);
    assertEquals(2, r.best().orElseThrow().storeys(), "both storeys hold modules");
    String notes = LayoutChecker.report(inner, CATALOG, BuildingCode.BB2012, r.best().orElseThrow(), 2).notes()
        .toString();
    assertTrue(notes.contains("is reached across the roof, 5.40 m from the gallery's band: on storey 2 no floor of the"
        + " layout lies there, so a landing or bridge to it, neither placed nor priced, is assumed"), notes);
  }

  private static String lCorner() {
    return TestBuildings.json(TestBuildings.all().stream().filter(b -> b.id().equals("l-corner")).findFirst()
        .orElseThrow());
  }

  /**
   * Building {@code json} turned by {@code deg} degrees about the origin: its roof outline, stair cores and wings
   * (the wall grids and setbacks are the wings' and the outline's own).
   */
  private static String turned(String json, double deg) throws Exception {
    ObjectNode b = (ObjectNode) JSON.readTree(json);
    assertTrue(b.path("obstacles").isEmpty() && !b.path("lift").has("outline"), "obstacles or a lift outline");
    b.put("id", b.get("id").asText() + "-turned");
    double c = Math.cos(Math.toRadians(deg));
    double s = Math.sin(Math.toRadians(deg));
    java.util.function.Consumer<ArrayNode> turn = p -> {
      double x = p.get(0).asDouble();
      double y = p.get(1).asDouble();
      p.set(0, JSON.getNodeFactory().numberNode(Math.round((x * c - y * s) * 1e7) / 1e7));
      p.set(1, JSON.getNodeFactory().numberNode(Math.round((x * s + y * c) * 1e7) / 1e7));
    };
    b.withArray("roofOutline").forEach(p -> turn.accept((ArrayNode) p));
    for (JsonNode core : b.withArray("stairCores")) {
      core.withArray("outline").forEach(p -> turn.accept((ArrayNode) p));
    }
    for (JsonNode w : b.withArray("wings")) {
      turn.accept((ArrayNode) w.get("origin"));
      ((ObjectNode) w).put("directionDeg", (w.get("directionDeg").asDouble() + deg) % 360);
    }
    return JSON.writeValueAsString(b);
  }

  /**
   * Building {@code json} mirrored in the y axis (x to -x), each wing then running from its mirrored far end. Its
   * roof outline, wings and stair cores are mirrored; it must have no obstacles or lift outline, and wall grids that
   * are their own mirror image along each wing (from 0, one pitch that divides the wing's length), as l-corner's are.
   */
  private static String mirrored(String json) throws Exception {
    ObjectNode b = (ObjectNode) JSON.readTree(json);
    assertTrue(b.path("obstacles").isEmpty() && !b.path("lift").has("outline"), "obstacles or a lift outline");
    for (JsonNode grid : b.path("structure").path("wallGrids")) {
      double length = b.get("wings").get(grid.get("wing").asInt()).get("lengthM").asDouble();
      double pitch = grid.get("pitchesM").get(0).asDouble();
      assertTrue(grid.get("offsetM").asDouble() == 0 && grid.get("pitchesM").size() == 1
          && Math.abs(length / pitch - Math.round(length / pitch)) < 1e-9, "a wall grid not its own mirror image");
    }
    b.put("id", b.get("id").asText() + "-mirrored");
    mirrorPoints((ArrayNode) b.get("roofOutline"));
    for (JsonNode core : b.withArray("stairCores")) {
      mirrorPoints((ArrayNode) core.get("outline"));
    }
    for (JsonNode w : b.withArray("wings")) {
      ObjectNode wing = (ObjectNode) w;
      double rad = Math.toRadians(wing.get("directionDeg").asDouble());
      double length = wing.get("lengthM").asDouble();
      double endX = wing.get("origin").get(0).asDouble() + length * Math.cos(rad);
      double endY = wing.get("origin").get(1).asDouble() + length * Math.sin(rad);
      // the mirror of the far end, running back along the mirrored direction: its depth stays on its left
      wing.set("origin", JSON.createArrayNode().add(Math.round(-endX * 1e6) / 1e6).add(Math.round(endY * 1e6) / 1e6));
      wing.put("directionDeg", (360 - wing.get("directionDeg").asDouble()) % 360);
    }
    return JSON.writeValueAsString(b);
  }

  private static void mirrorPoints(ArrayNode points) {
    for (JsonNode p : points) {
      ((ArrayNode) p).set(0, JSON.getNodeFactory().numberNode(-p.get(0).asDouble()));
    }
  }

  /** One storey at most of {@code b} with the HSB line; every layout passes the checker. */
  private static ConfigurationResult configure(Building b) {
    return configure(b, "hsb-elements", 1, PositionGrid.FROM_START);
  }

  /** At most {@code storeys} of {@code b} with {@code line}, its free positions on {@code grid}; layouts checked. */
  private static ConfigurationResult configure(Building b, String line, int storeys, PositionGrid grid) {
    ConfigurationRequest req = new ConfigurationRequest(b, CATALOG, List.of(line), storeys,
        Objective.MOST_DWELLINGS, BuildingCode.BB2012, new SolverSettings(10_000, 1, 1, 1, grid), Map.of());
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    for (int j = 0; j < r.layouts().size(); j++) {
      assertEquals(List.of(), LayoutChecker.check(b, CATALOG, req.code(), r.layouts().get(j), storeys), "layout " + j);
    }
    return r;
  }
}
