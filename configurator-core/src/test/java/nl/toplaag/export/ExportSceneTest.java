package nl.toplaag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.toplaag.building.Building;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

class ExportSceneTest {

  /** A 36 m slab with a removable and a fixed obstacle, two storeys added; solved once for the class. */
  static final Building SLAB = Fixtures.slab(36, 200, 8.4, """
      "loadReserve": {"areaLoadKnPerM2": 100},
      "obstacles": [
        {"outline": [[1,10],[2,10],[2,11],[1,11],[1,10]], "description": "vent", "removable": true,
         "removalCostEur": 1000},
        {"outline": [[34,10.5],[35,10.5],[35,11.5],[34,11.5],[34,10.5]], "description": "flue", "heightM": 2.5}],
      """);
  static final Layout LAYOUT = new CpSatConfigurator().configure(Fixtures.request(SLAB, 2)).best().orElseThrow();

  @Test
  void theLayoutsFiguresTravelWithWhatTheyAre() {
    // QA49: the IFC and glTF gave cost, mass and carbon as typed measures a BIM tool totals, with no word that the
    // loads are screening figures and the catalogue's [U] figures assumptions, which the console and README say
    ExportScene s = ExportScene.of(SLAB, LAYOUT, Fixtures.catalog());
    assertEquals(PropertyValue.text(ExportScene.FIGURES_NOTE), s.properties().get("figuresNote"));
    assertTrue(ExportScene.FIGURES_NOTE.length() <= 255, "an IfcLabel holds at most 255 characters");
    assertTrue(ExportScene.FIGURES_NOTE.contains("screening") && ExportScene.FIGURES_NOTE.contains("[U]"));
    assertFalse(ExportScene.of(SLAB, null, Fixtures.catalog()).properties().containsKey("figuresNote"),
        "no layout, no figures");
  }

  /**
   * A layout without dwellings names no product line in the scene, as the batch summary's line is empty (a QA pass:
   * batch-scene.glb named the last line tried); one with dwellings names its line.
   */
  @Test
  void aLayoutWithoutDwellingsNamesNoLine() {
    Layout none = Layout.empty(SLAB.id(), LAYOUT.productLineIds(), 1);
    assertEquals(PropertyValue.text(""), ExportScene.of(SLAB, none, Fixtures.catalog()).properties()
        .get("productLines"));
    assertEquals(PropertyValue.text(String.join(",", LAYOUT.productLineIds())), ExportScene.of(SLAB, LAYOUT,
        Fixtures.catalog()).properties().get("productLines"));
  }

  @Test
  void theSceneHoldsTheBuildingAndEveryElementOfTheLayoutAtItsSizeAndLevel() {
    ExportScene s = ExportScene.of(SLAB, LAYOUT, Fixtures.catalog());
    Solid body = s.solids().get(0);
    assertEquals(Part.EXISTING_BUILDING, body.part());
    assertEquals(36 * 12e6, body.footprint().getArea(), 1);
    assertEquals(0, body.baseMm());
    assertEquals(SLAB.roofLevelMm(), body.topMm());

    assertEquals(LAYOUT.modules().size(), s.solids(Part.DWELLING_MODULE).size() + s.solids(Part.STAIR_MODULE).size()
        + s.solids(Part.LIFT_MODULE).size());
    assertTrue(LAYOUT.dwellingCount() > 0, "the slab takes dwellings");
    for (Placement p : LAYOUT.modules()) {
      Solid m = s.solids().stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow();
      assertEquals((double) p.widthMm() * p.depthMm(), m.footprint().getArea(), 1, p.id());
      assertEquals(p.floorLevelMm(), m.baseMm(), p.id());
      assertEquals(p.heightMm(), m.heightMm(), p.id());
      assertEquals(p.storey(), m.storey(), p.id());
      assertTrue(m.footprint().equalsExact(ExportScene.oriented(p.footprint().polygon())), p.id() + " in place");
      assertEquals(p.moduleTypeId(), m.text("moduleType"));
      if (p.kind() == ModuleKind.DWELLING) {
        assertEquals(p.dwellingId(), m.text("dwelling"));
      }
    }
    List<Solid> galleries = s.solids(Part.GALLERY);
    assertEquals(LAYOUT.galleries().size(), galleries.size());
    for (int i = 0; i < galleries.size(); i++) {
      GallerySegment g = LAYOUT.galleries().get(i);
      // the deck's top at the storey's floor level, the walk flush with the dwellings' floors, on the roof or above
      Solid deck = galleries.get(i);
      assertEquals((int) s.floorLevelsMm().get(g.storey()), deck.baseMm() + deck.heightMm(), "deck " + i);
      assertEquals(ExportScene.GALLERY_DECK_MM, deck.heightMm(), "deck " + i);
      assertTrue(deck.baseMm() >= SLAB.roofLevelMm(), "deck " + i);
    }
    assertEquals(PropertyValue.count(LAYOUT.dwellingCount()), s.properties().get("dwellings"));
  }

  @Test
  void aRemovedObstacleIsLeftOutAndAKeptOneStandsAsHighAsItsFileSays() {
    ExportScene s = ExportScene.of(SLAB, LAYOUT, Fixtures.catalog());
    List<Solid> kept = s.solids(Part.ROOF_OBSTACLE);
    for (int i = 0; i < SLAB.obstacles().size(); i++) {
      int index = i;
      boolean removed = LAYOUT.removedObstacles().contains(i);
      assertEquals(!removed, kept.stream().anyMatch(o -> o.id().equals("obstacle-" + index)), "obstacle " + i);
    }
    Solid flue = kept.stream().filter(o -> o.id().equals("obstacle-1")).findFirst().orElseThrow();
    assertEquals(SLAB.roofLevelMm() + 2500, flue.topMm());
    assertEquals(PropertyValue.measure(2.5, PropertyValue.Unit.METRE), flue.properties().get("heightAboveRoofM"));
    assertEquals(PropertyValue.flag(true), flue.properties().get("heightAboveRoofKnown"));
    // the vent, kept where nothing is added, has no height in the file: drawn at the viewer's height, and said so
    Solid vent = ExportScene.of(SLAB, null, Fixtures.catalog()).solids(Part.ROOF_OBSTACLE).get(0);
    assertEquals("obstacle-0", vent.id());
    assertEquals(PropertyValue.measure(ExportScene.OBSTACLE_MM / 1000.0, PropertyValue.Unit.METRE),
        vent.properties().get("heightAboveRoofM"));
    assertEquals(PropertyValue.flag(false), vent.properties().get("heightAboveRoofKnown"));
  }

  /**
   * An architect's QA pass: the IFC export put the existing building on one storey at 0 m. Each existing storey has
   * its level, k x the file's storey height, a plinth counted as a storey; none at or above the roof.
   */
  @Test
  void eachExistingStoreyHasItsLevelBelowTheRoof() {
    assertEquals(List.of(0, 2800, 5600), ExportScene.of(SLAB, LAYOUT, Fixtures.catalog()).existingLevelsMm());
    String plinth = """
        {"id": "plinth", "roofOutline": [[0,0],[30,0],[30,12],[0,12],[0,0]],
         "roofLevelM": %s, "existingStoreys": %d, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 200}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"maxAddedStoreys": 3}}
        """;
    // galerij-4-plinth's numbers: a 2.6 m plinth and 4 storeys of 2.8 m, the plinth not known to the file
    assertEquals(List.of(0, 2800, 5600, 8400, 11200),
        ExportScene.existingLevelsMm(Fixtures.building(plinth.formatted("13.8", 5))));
    // a count that disagrees with the roof level: no storey at or above the roof, 14.0 m
    assertEquals(List.of(0, 2800, 5600, 8400, 11200),
        ExportScene.existingLevelsMm(Fixtures.building(plinth.formatted("14.0", 6))));
    assertEquals(List.of(0), ExportScene.existingLevelsMm(Fixtures.building(plinth.formatted("2.8", 1))));
  }

  @Test
  void everyFootprintRunsCounterClockwiseWhateverTheInput() {
    Building clockwise = Fixtures.building("""
        {"id": "cw", "roofOutline": [[0,0],[0,12],[30,12],[30,0],[0,0]],
         "roofLevelM": 8.4, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 200}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"maxAddedStoreys": 3}}
        """);
    Layout l = new CpSatConfigurator().configure(Fixtures.request(clockwise, 1)).best().orElseThrow();
    for (Solid x : ExportScene.of(clockwise, l, Fixtures.catalog()).solids()) {
      Polygon p = x.footprint();
      assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), x.id());
    }
  }

  @Test
  void theBuildingAloneIsItsBodyAndObstacles() {
    ExportScene s = ExportScene.of(SLAB, null, Fixtures.catalog());
    assertEquals(1 + SLAB.obstacles().size(), s.solids().size());
    assertTrue(s.solids().stream().noneMatch(x -> x.part().added()));
    assertTrue(s.floorLevelsMm().isEmpty());
    assertEquals(Map.of(), s.properties());
  }

  @Test
  void theSameLayoutGivesTheSameScene() {
    assertEquals(ExportScene.of(SLAB, LAYOUT, Fixtures.catalog()), ExportScene.of(SLAB, LAYOUT, Fixtures.catalog()));
    assertFalse(ExportScene.of(SLAB, LAYOUT, Fixtures.catalog()).solids().isEmpty());
  }

  @Test
  void aLowerPartOfTheRoofIsAStepOfTheBodyNotAnObstacle() {
    Building stepped = Fixtures.slab(36, 200, 8.4, """
        "loadReserve": {"areaLoadKnPerM2": 100},
        "obstacles": [{"outline": [[30,0],[36,0],[36,12],[30,12],[30,0]], "description": "lower wing",
                       "belowRoofM": 2.8}],
        """);
    ExportScene s = ExportScene.of(stepped, null, Fixtures.catalog());
    List<Solid> body = s.solids(Part.EXISTING_BUILDING);
    assertEquals(2, body.size());
    assertEquals(30 * 12e6, body.get(0).footprint().getArea(), 1);
    assertEquals(8400, body.get(0).topMm());
    assertEquals(6 * 12e6, body.get(1).footprint().getArea(), 1);
    assertEquals(5600, body.get(1).topMm());
    assertTrue(s.solids(Part.ROOF_OBSTACLE).isEmpty(), "no block on the roof for a lower part");
  }

  @Test
  void theTransferLayerFillsTheRoofUpToTheFirstAddedFloor() {
    // walls every 3.0 m: no 3.6 m box stands between two, so every box needs the transfer layer
    Building b = Fixtures.slab(36, 3.0, 200, 8.4, "", "{\"maxAddedStoreys\": 3}");
    Layout l = new CpSatConfigurator().configure(Fixtures.request(b, 1)).best().orElseThrow();
    assertFalse(l.transferAreas().isEmpty(), "the slab needs the transfer layer");
    ExportScene s = ExportScene.of(b, l, Fixtures.catalog());
    List<Solid> layer = s.solids(Part.TRANSFER_LAYER);
    assertEquals(l.transferAreas().size(), layer.size());
    for (int i = 0; i < layer.size(); i++) {
      assertEquals(b.roofLevelMm(), layer.get(i).baseMm());
      assertEquals(s.floorLevelsMm().get(1), layer.get(i).topMm(), "up to the modules' floor: nothing floats");
      assertEquals(l.transferAreas().get(i).areaM2() * 1e6, layer.get(i).footprint().getArea(), 1);
    }
    assertTrue(s.floorLevelsMm().get(1) > b.roofLevelMm());
  }
}
