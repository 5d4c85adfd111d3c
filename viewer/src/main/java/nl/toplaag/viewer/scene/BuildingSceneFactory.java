package nl.toplaag.viewer.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.DepthTest;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.BodySteps;
import nl.toplaag.building.BodySteps.Step;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.RoofType;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.export.ExportScene;
import nl.toplaag.geom.Geometries;
import nl.toplaag.layout.PlanRect;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Turns the existing {@link Building} into JavaFX nodes: the roof outline extruded to {@code roofLevelMm}, a dark
 * band at every existing storey floor, bearing lines as red strips on the roof, stair cores and roof obstacles
 * as grey blocks (an obstacle as high above the roof as its {@link RoofObstacle#heightAboveRoofMm}, or
 * {@link #OBSTACLE_MM} where the building file gives no height). A lower part of the roof
 * ({@link RoofObstacle#belowRoofMm}) is no block: the building steps down there, its body the roof outline less the
 * lower parts up to the roof level plus each lower part up to its own roof, with the storey bands and bearing lines
 * only where they lie on a facade or a roof. A pitched roof (which is removed) is a separate ghosted wireframe wedge
 * per wing ({@link #removedRoof}), to be added after all opaque nodes.
 */
public final class BuildingSceneFactory {

  /** Height of a storey line band, mm. */
  public static final int BAND_MM = 90;
  /** Width of a bearing-line strip on the roof, mm. */
  public static final int BEARING_STRIP_MM = 200;
  /** Height that stair cores stick out above the roof, mm. */
  public static final int CORE_ABOVE_ROOF_MM = 600;
  /** Height drawn for a roof obstacle above the roof where its building file gives none ({@code heightM}), mm. */
  public static final int OBSTACLE_MM = ExportScene.OBSTACLE_MM;
  /** Pitch of the ghosted roof, degrees (display only: the model has no roof pitch). */
  public static final double GHOST_ROOF_PITCH_DEG = 35;

  private BuildingSceneFactory() {}

  /** Builds the building, leaving out obstacles whose index is in {@code removedObstacles}. */
  public static Group build(Building b, Set<Integer> removedObstacles) {
    Group g = new Group();
    g.setId("building");
    List<Step> steps = BodySteps.of(b);
    boolean stepped = b.obstacles().stream().anyMatch(RoofObstacle::lowerRoofPart);
    MeshView body = new MeshView(!stepped ? MeshFactory.extrude(b.roofOutline(), 0, b.roofLevelMm()).toMesh()
        : MeshData.concat(steps.stream().map(st -> MeshFactory.extrude(st.plan(), 0, st.topMm())).toList()).toMesh());
    body.setMaterial(material(Palette.BUILDING));
    body.setId("building-body");
    g.getChildren().add(body);
    List<MeshData> bandMeshes = new ArrayList<>();
    for (Step st : steps) {
      List<Double> levels = storeyLevels(b, st.topMm());
      if (!levels.isEmpty()) {
        bandMeshes.add(MeshFactory.facadeBands(st.plan(), levels, BAND_MM, 15));
      }
    }
    if (!bandMeshes.isEmpty()) {
      MeshView bands = new MeshView((bandMeshes.size() == 1 ? bandMeshes.get(0) : MeshData.concat(bandMeshes))
          .toMesh());
      bands.setMaterial(material(Palette.STOREY_LINE));
      bands.setId("storey-lines");
      g.getChildren().add(bands);
    }
    PhongMaterial red = material(Palette.BEARING_LINE);
    Geometry roof = !stepped ? null : UnaryUnionOp.union(steps.stream().filter(st -> st.topMm() == b.roofLevelMm())
        .map(st -> (Geometry) st.plan()).toList(), b.roofOutline().getFactory());
    for (BearingLine l : b.bearingLines()) {
      // on a stepped roof, a wall's strip only where there is roof at the roof level (not over a lower part, where it
      // would hang in the air)
      Geometry onRoof = roof == null ? l.line() : Geometries.intersection(l.line(), roof);
      for (int k = 0; k < onRoof.getNumGeometries(); k++) {
        if (!(onRoof.getGeometryN(k) instanceof LineString part) || part.isEmpty()) {
          continue;
        }
        Coordinate p = part.getCoordinateN(0);
        Coordinate q = part.getCoordinateN(part.getNumPoints() - 1);
        double len = p.distance(q);
        if (len < 1) {
          continue;
        }
        double ux = (q.x - p.x) / len;
        double uy = (q.y - p.y) / len;
        double half = BEARING_STRIP_MM / 2.0;
        PlanRect r = new PlanRect(p.x + uy * half, p.y - ux * half, ux, uy, len, BEARING_STRIP_MM);
        MeshView v = new MeshView(MeshFactory.box(len / 1000, BEARING_STRIP_MM / 1000.0, 0.04).toMesh());
        v.getTransforms().add(SceneFrame.placement(r, b.roofLevelMm()));
        v.setMaterial(red);
        v.setId("bearing-line");
        g.getChildren().add(v);
      }
    }
    PhongMaterial grey = material(Palette.EXISTING_PART);
    for (StairCore c : b.stairCores()) {
      MeshView v = new MeshView(MeshFactory.extrude(c.footprint(), b.roofLevelMm(),
          b.roofLevelMm() + CORE_ABOVE_ROOF_MM).toMesh());
      v.setMaterial(grey);
      v.setId("stair-core");
      g.getChildren().add(v);
    }
    if (b.lift().positioned()) { // the shaft where the building gives it, extended or not (QA49: a gap in the plan)
      MeshView v = new MeshView(MeshFactory.extrude(b.lift().footprint(), b.roofLevelMm(),
          b.roofLevelMm() + CORE_ABOVE_ROOF_MM).toMesh());
      v.setMaterial(grey);
      v.setId("lift-shaft");
      g.getChildren().add(v);
    }
    for (int i = 0; i < b.obstacles().size(); i++) {
      if (removedObstacles.contains(i)) {
        continue;
      }
      RoofObstacle o = b.obstacles().get(i);
      if (o.lowerRoofPart()) { // drawn as the body stepping down (steps), not as a block on the roof
        continue;
      }
      int top = b.roofLevelMm() + o.heightAboveRoofMm().orElse(OBSTACLE_MM);
      MeshView v = new MeshView(MeshFactory.extrude(o.footprint(), b.roofLevelMm(), top).toMesh());
      v.setMaterial(grey);
      v.setId("obstacle");
      g.getChildren().add(v);
    }
    return g;
  }

  /**
   * The removed pitched roof as a ghosted wedge (wireframe) per wing (empty for a flat roof). Add it after all opaque
   * nodes so what is inside and behind it stays visible.
   */
  public static Group removedRoof(Building b) {
    Group g = new Group();
    g.setId("removed-roof");
    if (b.roofType() == RoofType.PITCHED) {
      PhongMaterial ghost = new PhongMaterial(Palette.REMOVED_ROOF);
      ghost.setSpecularColor(Color.TRANSPARENT);
      for (Wing w : b.wings()) {
        double rise = w.depthMm() / 2.0 * Math.tan(Math.toRadians(GHOST_ROOF_PITCH_DEG));
        MeshView v = new MeshView(MeshFactory.wedge(w.originXMm(), w.originYMm(), w.ux(), w.uy(), w.lengthMm(),
            w.depthMm(), b.roofLevelMm(), rise).toMesh());
        v.setMaterial(ghost);
        v.setMouseTransparent(true);
        // a wireframe drawn over everything: the whole removed roof shows, even where modules fill it, without
        // tinting the module colours
        v.setDrawMode(DrawMode.LINE);
        v.setCullFace(CullFace.NONE);
        v.setDepthTest(DepthTest.DISABLE);
        v.setId("removed-roof");
        g.getChildren().add(v);
      }
    }
    return g;
  }

  /** Heights of the storey lines: every {@code storeyHeightMm} above ground, below the roof level, mm. */
  public static List<Double> storeyLevels(Building b) {
    return storeyLevels(b, b.roofLevelMm());
  }

  /** Heights of the storey lines below a roof {@code topMm} above ground (a lower part's), mm. */
  private static List<Double> storeyLevels(Building b, double topMm) {
    List<Double> out = new ArrayList<>();
    for (int k = 1; k < b.existingStoreys() + 1; k++) {
      double z = (double) k * b.storeyHeightMm();
      if (z < topMm - BAND_MM) {
        out.add(z);
      }
    }
    return out;
  }

  private static PhongMaterial material(Color c) {
    PhongMaterial m = new PhongMaterial(c);
    m.setSpecularColor(Color.gray(0.15));
    return m;
  }
}
