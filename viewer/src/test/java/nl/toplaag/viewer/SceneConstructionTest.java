package nl.toplaag.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import nl.toplaag.building.BodySteps;
import nl.toplaag.building.Building;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.BuildingSceneFactory;
import nl.toplaag.viewer.scene.ColourMode;
import nl.toplaag.viewer.scene.LayoutScene;
import nl.toplaag.viewer.scene.LayoutSceneFactory;
import nl.toplaag.viewer.scene.ModuleColours;
import nl.toplaag.viewer.scene.Palette;
import nl.toplaag.viewer.scene.SceneFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Scene construction: nodes, shared meshes, positions. JavaFX meshes need a started toolkit (Mesh checks
 * SCENE3D), so this class is skipped without a display; the pure data checks are in {@link SceneDataTest}.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+", disabledReason = "no DISPLAY: run under xvfb-run -a")
class SceneConstructionTest {

  @BeforeAll
  static void toolkit() {
    FxSupport.requireToolkit();
  }

  private static final double EPS = 1e-6;

  private static LayoutScene slabScene(ColourMode mode) {
    Building b = Fixtures.slab();
    Layout l = Fixtures.slabLayout(b);
    return LayoutSceneFactory.build(b, l, ModuleColours.of(mode, b, l, Fixtures.catalog(), Fixtures.scores()));
  }

  @Test
  void aGallerysRailingIsAsHighAsItsBalustradeInTheCatalogue() {
    // the catalogue's galleries have a 1.2 m balustrade; a render drew 1.0 m whatever it said (a QA pass, 7 Dec 2026)
    Building b = Fixtures.slab();
    Layout l = Fixtures.slabLayout(b);
    ModuleColours colours = ModuleColours.of(ColourMode.MODULE_TYPE, b, l, Fixtures.catalog(), Fixtures.scores());
    for (var entry : Map.of(1.2, LayoutSceneFactory.build(b, l, colours, Fixtures.catalog()),
        LayoutSceneFactory.RAILING_MM / 1000.0, LayoutSceneFactory.build(b, l, colours)).entrySet()) {
      List<MeshView> rails = entry.getValue().galleries().stream()
          .filter(v -> "gallery-railing".equals(v.getId())).toList();
      assertFalse(rails.isEmpty());
      for (MeshView rail : rails) {
        assertEquals(entry.getKey(), rail.getBoundsInLocal().getHeight(), 1e-6); // the mesh is in floats
      }
    }
  }

  @Test
  void topAndFrontAreNearParallelAndNothingFramedIsClipped() {
    javafx.geometry.BoundingBox box = new javafx.geometry.BoundingBox(0, 0, 0, 60, 20, 12);
    double r = 0.5 * Math.sqrt(60 * 60 + 20 * 20 + 12 * 12);
    for (nl.toplaag.viewer.control.View v : nl.toplaag.viewer.control.View.values()) {
      nl.toplaag.viewer.control.CameraController c = new nl.toplaag.viewer.control.CameraController();
      c.frame(box);
      c.view(v, Fixtures.slab());
      double d = c.distance();
      assertEquals(v.fieldOfViewDeg(), c.camera().getFieldOfView(), EPS);
      assertEquals(r, d * Math.sin(Math.toRadians(v.fieldOfViewDeg() / 2)), 1e-6, v + " frames the box");
      assertTrue(c.camera().getNearClip() < d - r && c.camera().getFarClip() > d + r, v + ": clipping planes "
          + c.camera().getNearClip() + ".." + c.camera().getFarClip() + " around " + (d - r) + ".." + (d + r));
      // near-parallel: the nearest and farthest points of the building scale by under 6 % against each other
      // (a 35 degree view: 1.9 times)
      double scale = (d + r) / (d - r);
      assertTrue(v == nl.toplaag.viewer.control.View.ISO ? scale > 1.5 : scale < 1.06, v + ": " + scale);
      // in a view taller than wide, the narrower horizontal angle frames it
      c.viewport(600, 800);
      c.reset();
      double horizontal = Math.atan(Math.tan(Math.toRadians(v.fieldOfViewDeg() / 2)) * 600 / 800);
      assertEquals(r, c.distance() * Math.sin(horizontal), 1e-6, v + " frames the box in a portrait view");
      c.viewport(800, 600);
      c.reset();
      assertEquals(d, c.distance(), 1e-6, v + ": a landscape view as before");
    }
  }

  /**
   * A view resized while framed is framed again for its new shape, and one the user has zoomed or panned keeps what
   * they chose (a review: a window made narrower cut the building off until Home).
   */
  @Test
  void aResizedViewIsFramedAgainUnlessZoomedOrPanned() {
    nl.toplaag.viewer.control.CameraController c = framedOn(Fixtures.slab(), nl.toplaag.viewer.control.View.ISO);
    c.viewport(800, 600);
    double wide = c.distance();
    c.viewport(300, 600);
    double narrow = c.distance();
    assertTrue(narrow > 1.5 * wide, wide + " -> " + narrow + ": a narrower view stands back");
    c.orbit(30, -10);
    c.viewport(800, 600);
    assertEquals(wide, c.distance(), 1e-9, "an orbit keeps the framing: framed again");
    c.zoom(0.5);
    c.viewport(300, 600);
    assertEquals(wide / 2, c.distance(), 1e-9, "zoomed: kept");
    c.reset();
    c.pan(0.1, 0);
    c.viewport(800, 600);
    assertEquals(narrow, c.distance(), 1e-9, "panned: kept");
    c.reset();
    c.zoom(1); // a scroll of no vertical step
    c.viewport(300, 600);
    assertEquals(narrow, c.distance(), 1e-9, "a zoom that changed nothing keeps the framing");
  }

  /**
   * Each preset view frames the building as seen from its direction: the slab turned 143.9 degrees in plan gets the
   * distance of the same slab along +x in the front and iso views (its box along wing 0 is the same), aimed at the
   * turned slab's centre; the top view, a plan north up, frames the larger box of its turned plan.
   */
  @Test
  void theViewsOfATurnedSlabAreFramedAsThoseOfTheStraightSlab() {
    Building straight = Fixtures.slab();
    Building turned = Fixtures.turnedSlab();
    for (nl.toplaag.viewer.control.View v : nl.toplaag.viewer.control.View.values()) {
      nl.toplaag.viewer.control.CameraController a = framedOn(straight, v);
      nl.toplaag.viewer.control.CameraController b = framedOn(turned, v);
      if (v.turnsWithFront()) {
        assertEquals(a.distance(), b.distance(), 0.01, v + ": distance (the turned outline is rounded to 1 mm)");
      } else {
        assertTrue(b.distance() > 1.2 * a.distance(), v + ": the turned plan's box is larger");
      }
      javafx.geometry.Point3D centre = b.camera().getLocalToSceneTransform().transform(0, 0, b.distance());
      org.locationtech.jts.geom.Point c = turned.roofOutline().getCentroid();
      assertEquals(c.getX() / 1000, centre.getX(), 0.01, v + ": aimed at the slab's centre, plan x");
      assertEquals(c.getY() / 1000, centre.getZ(), 0.01, v + ": plan y");
    }
  }

  /** A camera on {@code v} of the box of {@code b}'s body, roof level to ground. */
  private static nl.toplaag.viewer.control.CameraController framedOn(Building b, nl.toplaag.viewer.control.View v) {
    List<javafx.geometry.Point3D> points = new java.util.ArrayList<>();
    for (org.locationtech.jts.geom.Coordinate p : b.roofOutline().getCoordinates()) {
      points.add(nl.toplaag.viewer.scene.SceneFrame.toScene(p.x, p.y, 0));
      points.add(nl.toplaag.viewer.scene.SceneFrame.toScene(p.x, p.y, b.roofLevelMm()));
    }
    nl.toplaag.viewer.control.CameraController c = new nl.toplaag.viewer.control.CameraController();
    c.frame(points);
    c.view(v, b);
    return c;
  }

  /**
   * The camera looks where {@link nl.toplaag.viewer.control.View} says a yaw looks, plan (sin yaw, cos yaw): on the
   * Zeist slab (wing 0 at 143.9 degrees) the front view's line of sight runs into wing 0's depth, square to it.
   */
  @Test
  void theFrontCameraOfATurnedBuildingLooksSquareAtWing0sFront() {
    Building b = nl.toplaag.testbuildings.TestBuildings.load("zeist-1970-slab");
    nl.toplaag.viewer.control.CameraController c = new nl.toplaag.viewer.control.CameraController();
    c.view(nl.toplaag.viewer.control.View.FRONT, b);
    javafx.geometry.Point3D sight = c.camera().getLocalToSceneTransform().deltaTransform(0, 0, 1);
    nl.toplaag.building.Wing w = b.wings().get(0);
    // scene (x, z) is plan (x, y); the wing's depth runs to the left of its front edge, plan (-uy, ux)
    assertEquals(-w.uy(), sight.getX(), 1e-9, "plan x of the line of sight");
    assertEquals(w.ux(), sight.getZ(), 1e-9, "plan y of the line of sight");
    assertEquals(0, sight.getY(), 1e-9, "level");
    double yaw = Math.toRadians(c.yawDeg());
    assertEquals(Math.sin(yaw), sight.getX(), 1e-9);
    assertEquals(Math.cos(yaw), sight.getZ(), 1e-9);
  }

  /**
   * An obstacle is drawn as high above the roof as its file says: Zeist's higher wing 5.6 m (22.8 m above ground
   * against the slab's 17.2 m); the ventilation units and machine room of galerij-obstacles, given no height, 1.2 m.
   */
  @Test
  void obstaclesStandTheirHeightAboveTheRoofOr1Point2MetresWhereNoneIsGiven() {
    Building zeist = nl.toplaag.testbuildings.TestBuildings.load("zeist-1970-slab");
    Bounds wing = BuildingSceneFactory.build(zeist, java.util.Set.of()).lookup("#obstacle").getBoundsInParent();
    assertEquals(-17.2, wing.getMaxY(), 1e-4, "from the slab's roof (scene y is down)");
    assertEquals(-22.8, wing.getMinY(), 1e-4, "to the higher wing's roof");
    Building vents = nl.toplaag.testbuildings.TestBuildings.load("galerij-obstacles");
    Group g = BuildingSceneFactory.build(vents, java.util.Set.of());
    List<javafx.scene.Node> obstacles = List.copyOf(g.lookupAll("#obstacle"));
    assertEquals(vents.obstacles().size(), obstacles.size());
    for (javafx.scene.Node n : obstacles) {
      assertEquals(BuildingSceneFactory.OBSTACLE_MM / 1000.0, n.getBoundsInParent().getHeight(), 1e-4);
    }
  }

  /**
   * A lower part of the roof (belowRoofM) is the building stepping down, not a block on the roof: the 30 x 11 m slab
   * (roof 12 m, 4 storeys of 3 m) with its last 10 m 6 m lower has its body there 6 m high, storey lines only below
   * that, and nothing (no grey block, no bearing-line strip) drawn over it; the rest stands to the roof level.
   */
  @Test
  void aLowerPartOfTheRoofIsTheBodySteppingDownNotABlockOnTheRoof() throws Exception {
    Building b = BuildingReader.parse("stepped.json", Fixtures.SLAB_JSON.replace("\"zoning\"", "\"obstacles\":"
        + " [{\"outline\": [[20,0],[30,0],[30,11],[20,11],[20,0]], \"belowRoofM\": 6}], \"zoning\""));
    assertEquals(List.of(12_000, 6_000),
        BodySteps.of(b).stream().map(BodySteps.Step::topMm).toList());
    Group g = BuildingSceneFactory.build(b, java.util.Set.of());
    assertTrue(g.lookupAll("#obstacle").isEmpty(), "no grey block for a lower part");
    double lowerTopM = 6.0;
    // the body: over the lower part (plan x 20..30 m) no higher than its roof, and as high as it; elsewhere 12 m
    float[] body = ((TriangleMesh) ((MeshView) g.lookup("#building-body")).getMesh()).getPoints().toArray(null);
    double highestOverLower = Double.NEGATIVE_INFINITY;
    double highestElsewhere = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < body.length; i += 3) {
      double height = -body[i + 1];
      if (body[i] > 20.001) {
        highestOverLower = Math.max(highestOverLower, height);
      } else if (body[i] < 19.999) {
        highestElsewhere = Math.max(highestElsewhere, height);
      }
    }
    assertEquals(lowerTopM, highestOverLower, 1e-4, "the lower part's top, below the roof level");
    assertEquals(12.0, highestElsewhere, 1e-4, "the rest to the roof level");
    float[] bands = ((TriangleMesh) ((MeshView) g.lookup("#storey-lines")).getMesh()).getPoints().toArray(null);
    for (int i = 0; i < bands.length; i += 3) {
      if (bands[i] > 20.1) {
        assertTrue(-bands[i + 1] < lowerTopM, "a storey line over the lower part at " + -bands[i + 1] + " m");
      }
    }
    // nothing else stands over the lower part: bearing lines at s = 21.6, 25.2, 28.8 m are not drawn in the air
    for (javafx.scene.Node n : g.getChildren()) {
      if (!"building-body".equals(n.getId()) && !"storey-lines".equals(n.getId())) {
        assertTrue(n.getBoundsInParent().getMaxX() < 20.2, n.getId() + " over the lower part: "
            + n.getBoundsInParent());
      }
    }
    assertEquals(6, g.getChildren().stream().filter(n -> "bearing-line".equals(n.getId())).count(),
        "s = 0, 3.6, ..., 18 m on the roof; 21.6, 25.2, 28.8 m over the lower part not drawn");
  }

  /**
   * A slab 21.0 x 9.3 m turned 2.7 degrees whose last 18 m are a lower part of the roof, its outline up to 3 mm off
   * the roof outline (found by a randomised search, coordinates frozen here): where the scene asks which part of the
   * wall at s = 7.2 m lies on the roof left at the roof level, JTS's overlay threw "found non-noded intersection" and
   * the viewer ended in an internal error. The scene is built.
   */
  @Test
  void aBuildingWithALowerPartNearlyOnItsRoofOutlineIsDrawn() throws Exception {
    Building b = BuildingReader.parse("lower.json", """
        {"id": "lower", "crs": "EPSG:28992", "origin": [130821.0, 463323.0],
         "roofOutline": [[130821.111, 463323.454], [130842.083, 463324.441], [130841.647, 463333.732],
           [130820.672, 463332.741], [130821.111, 463323.454]],
         "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [130821.110, 463323.451], "directionDeg": 2.701304, "lengthM": 21.0, "depthM": 9.3}],
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {},
         "obstacles": [{"outline": [[130824.061, 463323.590], [130842.086, 463324.443], [130841.645, 463333.734],
           [130823.620, 463332.884], [130824.061, 463323.590]], "belowRoofM": 2}]}
        """);
    Group g = BuildingSceneFactory.build(b, java.util.Set.of());
    assertTrue(g.lookup("#building-body") instanceof MeshView);
  }

  @Test
  void oneMeshIsSharedByAllModulesOfAType() {
    LayoutScene s = slabScene(ColourMode.MODULE_TYPE);
    assertEquals(16, s.modules().size());
    Map<String, TriangleMesh> byType = new TreeMap<>();
    for (MeshView v : s.modules().values()) {
      Placement p = (Placement) v.getUserData();
      TriangleMesh first = byType.putIfAbsent(p.moduleTypeId(), (TriangleMesh) v.getMesh());
      if (first != null) {
        assertSame(first, v.getMesh(), "module " + p.id() + " must reuse the mesh of its type");
      }
    }
    assertEquals(List.of("family-360", "lift-36", "stair-36", "studio-360"), List.copyOf(byType.keySet()));
    assertNotSame(byType.get("family-360"), byType.get("studio-360"));
    // 4 module meshes + gallery deck + railing (same length on both storeys)
    assertEquals(6, s.meshes().size());
    assertSame(s.galleries().get(0).getMesh(), s.galleries().get(2).getMesh(), "decks of equal length share a mesh");
    Building big = Fixtures.longSlab();
    Layout l200 = Fixtures.bigLayout(big, 200, 50);
    LayoutScene s200 = LayoutSceneFactory.build(big, l200, ModuleColours.of(ColourMode.MODULE_TYPE, big, l200, null,
        Map.of()));
    assertEquals(200, s200.modules().size());
    assertEquals(2, s200.meshes().size(), "200 modules of 2 types: 2 meshes");
    assertEquals(4, s200.storeys().size());
  }

  @Test
  void storeysAreGroupsWithTheirModulesAndGalleries() {
    LayoutScene s = slabScene(ColourMode.MODULE_TYPE);
    assertEquals(List.of(1, 2), List.copyOf(s.storeys().keySet()));
    for (Group g : s.storeys().values()) {
      assertEquals(8 + 2, g.getChildren().size(), "8 modules + gallery deck + railing");
    }
    s.setExplodedGap(2.5);
    assertEquals(0, s.storeys().get(1).getTranslateY(), EPS);
    assertEquals(-2.5, s.storeys().get(2).getTranslateY(), EPS);
    s.setStoreyVisible(2, false);
    assertTrue(s.storeys().get(1).isVisible());
    assertTrue(!s.storeys().get(2).isVisible());
  }

  @Test
  void moduleStandsOnItsPlanRectangleInMetres() {
    LayoutScene s = slabScene(ColourMode.MODULE_TYPE);
    // slot 1 on storey 1: s 3.6..7.2 m, t 1.8..10.8 m, floor 12.3 m, 3.0 m high; drawn 40 mm smaller per side
    Bounds b = s.modules().get("S1-W0-3600").getBoundsInParent();
    assertEquals(3.64, b.getMinX(), EPS);
    assertEquals(7.16, b.getMaxX(), EPS);
    assertEquals(1.84, b.getMinZ(), EPS);
    assertEquals(10.76, b.getMaxZ(), EPS);
    assertEquals(-12.3, b.getMaxY(), EPS);
    assertEquals(-(12.3 + 2.96), b.getMinY(), EPS);
  }

  @Test
  void moduleOnARotatedWingIsTurnedWithIt() {
    Building b = Fixtures.lShape();
    Layout l = Fixtures.lLayout(b);
    LayoutScene s = LayoutSceneFactory.build(b, l, ModuleColours.of(ColourMode.MODULE_TYPE, b, l, null, Map.of()));
    // wing 1: origin (10, 10) m, direction 90 deg, depth to the left (-x). Module s 0..4.8, t 1.8..9.6:
    // plan x 10-9.6 .. 10-1.8 = 0.4 .. 8.2 m, y 10 .. 14.8 m
    Bounds r = s.modules().get("S1-W1-0").getBoundsInParent();
    assertEquals(0.44, r.getMinX(), 1e-4);
    assertEquals(8.16, r.getMaxX(), 1e-4);
    assertEquals(10.04, r.getMinZ(), 1e-4);
    assertEquals(14.76, r.getMaxZ(), 1e-4);
  }

  @Test
  void theExistingLiftRisesThroughTheStoreysItIsExtendedByWhereTheBuildingGivesItsShaft() throws Exception {
    Building b = BuildingReader.parse("lift.json", Fixtures.L_JSON.replace("\"stairCores\"", "\"lift\": {\"present\":"
        + " true, \"extendable\": true, \"outline\": [[0,-2.5],[2.4,-2.5],[2.4,0],[0,0],[0,-2.5]]}, \"stairCores\""));
    Layout l = Fixtures.lLayout(b);
    Layout extended = withExtensions(l, l.extendedStairCores(), 1);
    assertTrue(LayoutSceneFactory.build(b, l, ModuleColours.of(ColourMode.MODULE_TYPE, b, l, null, Map.of()))
        .liftExtensions().isEmpty(), "not extended");
    ModuleColours colours = ModuleColours.of(ColourMode.LOAD_USE, b, extended, null, Map.of());
    LayoutScene s = LayoutSceneFactory.build(b, extended, colours);
    assertEquals(1, s.liftExtensions().size());
    MeshView shaft = s.liftExtensions().get(0);
    assertEquals("lift-extension", shaft.getId());
    assertTrue(s.storeys().get(1).getChildren().contains(shaft), "in its storey's group: hidden with it");
    // from storey 1's floor (9.3 m) to the top of its modules, over the shaft's 2.4 m
    Bounds r = shaft.getBoundsInParent();
    assertEquals(-9.3, r.getMaxY(), 1e-4);
    assertEquals(2.4, r.getWidth(), 1e-4);
    // off the load scale, whose purple is "over capacity": not the lift modules' purple there
    assertEquals(Palette.LIFT_OFF_SCALE, ((javafx.scene.paint.PhongMaterial) shaft.getMaterial()).getDiffuseColor());
    assertEquals(Palette.LIFT_OFF_SCALE, colours.legend().get("extended lift"), "on a scale's legend apart from it");
    assertNotEquals(Palette.ramp(1.5), Palette.LIFT_OFF_SCALE);
    assertEquals(Palette.LIFT, ((javafx.scene.paint.PhongMaterial) LayoutSceneFactory.build(b, extended,
        ModuleColours.of(ColourMode.MODULE_TYPE, b, extended, null, Map.of())).liftExtensions().get(0).getMaterial())
        .getDiffuseColor(), "the lift modules' colour where the colours are categories");
    assertTrue(ModuleColours.of(ColourMode.MODULE_TYPE, b, extended, null, Map.of()).legend().containsKey("lift"));
    // where the building gives no shaft its position is unknown, and nothing is drawn
    Building unknown = Fixtures.lShape();
    assertTrue(LayoutSceneFactory.build(unknown, extended, ModuleColours.of(ColourMode.LOAD_USE, unknown, extended,
        null, Map.of())).liftExtensions().isEmpty());
  }

  /**
   * The transfer layer fills the roof up to storey 1's floor where the layout lays it, as the export draws it: the
   * storeys stood above the roof with the background showing under them (a QA pass, 5 Dec 2026).
   */
  @Test
  void theTransferLayerFillsTheRoofUpToStoreyOnesFloor() {
    Building b = Fixtures.lShape(); // roof at 9.0 m, storey 1's floor at 9.3 m
    Layout l = Fixtures.lLayout(b);
    assertTrue(LayoutSceneFactory.build(b, l, ModuleColours.of(ColourMode.MODULE_TYPE, b, l, null, Map.of()))
        .transferLayer().isEmpty(), "none laid");
    Layout laid = copy(l, List.of(new TransferArea(0, 0, 19_200, Fixtures.rect(b.wings().get(0), 0, 0, 19_200,
        10_000))), l.extendedStairCores(), l.liftExtensionStoreys());
    ModuleColours colours = ModuleColours.of(ColourMode.LOAD_USE, b, laid, null, Map.of());
    LayoutScene s = LayoutSceneFactory.build(b, laid, colours);
    assertEquals(1, s.transferLayer().size());
    MeshView layer = s.transferLayer().get(0);
    assertEquals("transfer-layer", layer.getId());
    assertTrue(s.storeys().get(1).getChildren().contains(layer), "in storey 1's group: hidden with it");
    Bounds r = layer.getBoundsInParent();
    assertEquals(-9.0, r.getMaxY(), 1e-4);
    assertEquals(-9.3, r.getMinY(), 1e-4);
    assertEquals(19.2, r.getWidth(), 1e-4);
    assertEquals(Palette.TRANSFER_LAYER, ((javafx.scene.paint.PhongMaterial) layer.getMaterial()).getDiffuseColor());
    assertEquals(Palette.TRANSFER_LAYER, colours.legend().get("transfer layer"));
    assertTrue(ModuleColours.of(ColourMode.MODULE_TYPE, b, laid, null, Map.of()).legend().containsKey("transfer"
        + " layer"));
  }

  @Test
  void anExtendedStairCoreRisesThroughTheStoreysItIsExtendedBy() {
    Building b = Fixtures.lShape();
    Layout l = Fixtures.lLayout(b);
    assertTrue(slabScene(ColourMode.MODULE_TYPE).stairCores().isEmpty());
    assertTrue(LayoutSceneFactory.build(b, l, ModuleColours.of(ColourMode.MODULE_TYPE, b, l, null, Map.of()))
        .stairCores().isEmpty(), "core 0 not extended");
    Layout extended = withExtensions(l, List.of(1), l.liftExtensionStoreys());
    ModuleColours colours = ModuleColours.of(ColourMode.LOAD_USE, b, extended, null, Map.of());
    LayoutScene s = LayoutSceneFactory.build(b, extended, colours);
    assertEquals(1, s.stairCores().size());
    MeshView core = s.stairCores().get(0);
    assertEquals("stair-core-extension", core.getId());
    assertTrue(s.storeys().get(1).getChildren().contains(core), "in its storey's group: hidden with it");
    // from storey 1's floor (9.3 m) to the top of its modules (3.1 m high), over the core's footprint
    Bounds r = core.getBoundsInParent();
    assertEquals(-9.3, r.getMaxY(), 1e-4);
    assertEquals(-12.4, r.getMinY(), 1e-4);
    org.locationtech.jts.geom.Envelope e = b.stairCores().get(0).footprint().getEnvelopeInternal();
    assertEquals(e.getWidth() / 1000, r.getWidth(), 1e-4);
    // off the load scale, where the stairs' orange would read as about 75 % used
    assertEquals(Palette.STAIR_OFF_SCALE, ((javafx.scene.paint.PhongMaterial) core.getMaterial()).getDiffuseColor(),
        "off the scale where the colours are one");
    assertEquals(Palette.STAIR_OFF_SCALE, colours.legend().get("extended stair core"),
        "and on a scale's legend apart from it");
    for (double v = 0; v <= 1.0; v += 0.05) {
      assertNotEquals(Palette.ramp(v), Palette.STAIR_OFF_SCALE);
    }
    assertEquals(Palette.STAIR, ((javafx.scene.paint.PhongMaterial) LayoutSceneFactory.build(b, extended,
        ModuleColours.of(ColourMode.MODULE_TYPE, b, extended, null, Map.of())).stairCores().get(0).getMaterial())
        .getDiffuseColor(), "the stairs' colour where the colours are categories");
    // in the legend as a stair, where no stair module is placed too
    Layout coreOnly = new Layout(l.buildingId(), l.productLineIds(), l.storeys(), l.modules().stream()
        .filter(p -> p.kind() != ModuleKind.STAIR).toList(), l.galleries(), l.transferAreas(), List.of(1),
        l.liftExtensionStoreys(), l.removedObstacles(), l.dryRiser(), l.lineLoads(), l.foundationLoadKn(),
        l.costEur());
    assertTrue(ModuleColours.of(ColourMode.MODULE_TYPE, b, coreOnly, null, Map.of()).legend().containsKey("stair"));
    assertFalse(ModuleColours.of(ColourMode.MODULE_TYPE, b, new Layout(l.buildingId(), l.productLineIds(),
        l.storeys(), coreOnly.modules(), l.galleries(), l.transferAreas(), List.of(0), l.liftExtensionStoreys(),
        l.removedObstacles(), l.dryRiser(), l.lineLoads(), l.foundationLoadKn(), l.costEur()), null, Map.of())
        .legend().containsKey("stair"));
  }

  @Test
  void buildingHasStoreyLinesBearingLinesAndGhostRoofOnlyWhenPitched() {
    Building slab = Fixtures.slab();
    assertEquals(List.of(3000.0, 6000.0, 9000.0), BuildingSceneFactory.storeyLevels(slab));
    Group g = BuildingSceneFactory.build(slab, java.util.Set.of());
    long lines = g.getChildren().stream().filter(n -> "bearing-line".equals(n.getId())).count();
    assertEquals(slab.bearingLines().size(), lines);
    assertEquals(9, lines, "wall grid 3.6 m over 30 m: s = 0, 3.6, ..., 28.8");
    assertEquals(0, BuildingSceneFactory.removedRoof(slab).getChildren().size());
    assertEquals(1, BuildingSceneFactory.removedRoof(Fixtures.pitched()).getChildren().size());
    long cores = BuildingSceneFactory.build(Fixtures.lShape(), java.util.Set.of()).getChildren().stream()
        .filter(n -> "stair-core".equals(n.getId())).count();
    assertEquals(1, cores);
    assertEquals(0, g.getChildren().stream().filter(n -> "lift-shaft".equals(n.getId())).count());
  }

  /**
   * The legend's model of what is drawn ({@link BuildingSceneFactory#drawnParts}) names exactly the kinds of node the
   * scene holds, on the fixtures and on the bundled buildings (cores, a lift shaft, obstacles, lower roof parts, a
   * pitched roof), with and without the obstacles a layout may remove.
   */
  @Test
  void theDrawnPartsAreTheNodesTheSceneHolds() {
    Map<BuildingSceneFactory.Part, String> ids = Map.of(BuildingSceneFactory.Part.BODY, "building-body",
        BuildingSceneFactory.Part.STOREY_FLOORS, "storey-lines", BuildingSceneFactory.Part.BEARING_WALLS,
        "bearing-line", BuildingSceneFactory.Part.STAIR_CORES, "stair-core", BuildingSceneFactory.Part.LIFT_SHAFT,
        "lift-shaft", BuildingSceneFactory.Part.OBSTACLES, "obstacle", BuildingSceneFactory.Part.REMOVED_ROOF,
        "removed-roof");
    List<Building> buildings = new java.util.ArrayList<>(List.of(Fixtures.slab(), Fixtures.lShape(),
        Fixtures.pitched(), Fixtures.turnedSlab()));
    nl.toplaag.testbuildings.TestBuildings.all().forEach(t -> buildings.add(
        nl.toplaag.testbuildings.TestBuildings.load(t.id())));
    for (Building b : buildings) {
      java.util.Set<Integer> all = new java.util.TreeSet<>();
      for (int i = 0; i < b.obstacles().size(); i++) {
        all.add(i);
      }
      for (java.util.Set<Integer> removed : List.of(java.util.Set.<Integer>of(), all)) {
        java.util.Set<String> drawn = new java.util.TreeSet<>();
        BuildingSceneFactory.build(b, removed).getChildren().forEach(n -> drawn.add(n.getId()));
        BuildingSceneFactory.removedRoof(b).getChildren().forEach(n -> drawn.add(n.getId()));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        BuildingSceneFactory.drawnParts(b, removed).forEach(p -> listed.add(ids.get(p)));
        assertEquals(drawn, listed, b.id() + ", obstacles removed " + removed);
      }
    }
  }

  /**
   * The north arrow follows the camera: for the Zeist slab (RD New, wing 0 at 143.921 degrees) it points straight up
   * in the top view, at 143.921 - 30 degrees clockwise in the iso view (which looks 30 degrees right of the front
   * view's line of sight), and an orbit turns it back by the orbit's angle.
   */
  @Test
  void theNorthArrowTurnsWithTheCamerasYaw() {
    Building zeist = nl.toplaag.testbuildings.TestBuildings.load("zeist-1970-slab");
    double wing = zeist.wings().get(0).directionDeg();
    assertEquals(143.921, wing, 1e-3);
    nl.toplaag.viewer.control.CameraController cam = new nl.toplaag.viewer.control.CameraController();
    javafx.scene.layout.Region arrow = NorthArrow.node(zeist, cam.yawProperty(), 14);
    cam.view(View.TOP, zeist);
    assertEquals(0, NorthArrow.shownAngleDeg(arrow), EPS);
    cam.view(View.ISO, zeist);
    assertEquals(wing - 30, NorthArrow.shownAngleDeg(arrow), 1e-9);
    cam.view(View.FRONT, zeist);
    assertEquals(wing, NorthArrow.shownAngleDeg(arrow), 1e-9);
    cam.orbit(25, 0);
    assertEquals(wing - 25, NorthArrow.shownAngleDeg(arrow), 1e-9);
    javafx.scene.layout.Region local = NorthArrow.node(Fixtures.slab(), cam.yawProperty(), 14);
    assertEquals(null, local.lookup("#" + NorthArrow.DIAL_ID), "no arrow for a local frame");
    assertEquals(NorthArrow.UNKNOWN_LOCAL, ((javafx.scene.control.Label) local).getText());
  }

  /**
   * The arrow's angle is where plan north appears on the screen when the camera looks straight down, turned by any
   * yaw: checked against the camera's own transform, from the screen positions of two plan points 10 m apart along
   * +y (scene +z).
   */
  @Test
  void theNorthArrowPointsWherePlanNorthIsOnTheScreenLookingDown() {
    Building zeist = nl.toplaag.testbuildings.TestBuildings.load("zeist-1970-slab");
    nl.toplaag.viewer.control.CameraController cam = new nl.toplaag.viewer.control.CameraController();
    cam.view(View.TOP, zeist);
    for (double turn : new double[] {0, 37, 90, 143.921, -120, 200}) {
      cam.orbit(turn, 0);
      javafx.scene.transform.Transform t = cam.camera().getLocalToSceneTransform();
      javafx.geometry.Point3D south = SceneFrame.toScene(0, 0, 0);
      javafx.geometry.Point3D north = SceneFrame.toScene(0, 10_000, 0);
      javafx.geometry.Point3D a;
      javafx.geometry.Point3D b;
      try {
        a = t.inverseTransform(south);
        b = t.inverseTransform(north);
      } catch (javafx.scene.transform.NonInvertibleTransformException e) {
        throw new AssertionError(e);
      }
      // camera frame: x right, y down on the screen, z along the line of sight
      double right = b.getX() - a.getX();
      double up = -(b.getY() - a.getY());
      double onScreen = Math.toDegrees(Math.atan2(right, up));
      assertEquals(onScreen, NorthArrow.screenAngleDeg(cam.yawDeg()), 1e-6, "yaw " + cam.yawDeg());
      cam.orbit(-turn, 0);
    }
  }

  /** QA49: the existing lift's shaft, where the building gives it, is drawn though not extended, as the cores are. */
  @Test
  void theExistingLiftsShaftIsDrawnWhereTheBuildingGivesIt() throws Exception {
    Building lifted = nl.toplaag.io.BuildingReader.parse("lifted.json", Fixtures.SLAB_JSON.replace(
        "\"zoning\":", "\"lift\": {\"present\": true, \"extendable\": false, \"outline\": [[14,4],[16.4,4],"
            + "[16.4,6.7],[14,6.7],[14,4]]}, \"zoning\":"));
    List<javafx.scene.Node> shafts = BuildingSceneFactory.build(lifted, java.util.Set.of()).getChildren().stream()
        .filter(n -> "lift-shaft".equals(n.getId())).toList();
    assertEquals(1, shafts.size());
    javafx.geometry.Bounds box = shafts.get(0).getBoundsInParent();
    assertEquals(2.4, box.getWidth(), 0.01, box.toString());
  }

  /** {@code l} with its stair cores extended by {@code cores} storeys each and the existing lift by {@code lift}. */
  private static Layout withExtensions(Layout l, List<Integer> cores, int lift) {
    return copy(l, l.transferAreas(), cores, lift);
  }

  /** {@code l} with the transfer areas, stair core extensions and lift extension given. */
  private static Layout copy(Layout l, List<TransferArea> transfer, List<Integer> cores, int lift) {
    return new Layout(l.buildingId(), l.productLineIds(), l.storeys(), l.modules(), l.galleries(), transfer, cores,
        lift, l.removedObstacles(), l.dryRiser(), l.lineLoads(), l.foundationLoadKn(), l.costEur());
  }
}
