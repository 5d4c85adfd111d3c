package nl.toplaag.viewer.scene;

import java.util.ArrayList;
import java.util.EnumSet;
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

  /**
   * A part of the existing building that the scene draws, each in one fixed colour of the {@link Palette}, for the
   * legend ({@link #drawnParts}). The node ids of {@link #build} and {@link #removedRoof} are given with each.
   */
  public enum Part {
    /** The body, its facades and its (flat) roof: node {@code building-body}, {@link Palette#BUILDING}. */
    BODY(Palette.BUILDING),
    /** The bands at the existing storey floors: node {@code storey-lines}, {@link Palette#STOREY_LINE}. */
    STOREY_FLOORS(Palette.STOREY_LINE),
    /** The bearing walls as strips on the roof: nodes {@code bearing-line}, {@link Palette#BEARING_LINE}. */
    BEARING_WALLS(Palette.BEARING_LINE),
    /** The existing stair cores: nodes {@code stair-core}, {@link Palette#EXISTING_PART}. */
    STAIR_CORES(Palette.EXISTING_PART),
    /** The existing lift shaft where the building gives it: node {@code lift-shaft}, {@link Palette#EXISTING_PART}. */
    LIFT_SHAFT(Palette.EXISTING_PART),
    /** The roof obstacles not removed (no lower roof parts): nodes {@code obstacle}, {@link Palette#EXISTING_PART}. */
    OBSTACLES(Palette.EXISTING_PART),
    /** The removed pitched roof, a ghosted wireframe: nodes {@code removed-roof}, {@link Palette#REMOVED_ROOF}. */
    REMOVED_ROOF(Palette.REMOVED_ROOF);

    private final Color colour;

    Part(Color colour) {
      this.colour = colour;
    }

    /** The colour the part is drawn in. */
    public Color colour() {
      return colour;
    }
  }

  /**
   * The parts of {@code b} that {@link #build} (with the same {@code removedObstacles}) and {@link #removedRoof} draw,
   * decided by the same tests as they use, so that a legend lists exactly what is drawn. Needs no toolkit.
   */
  public static Set<Part> drawnParts(Building b, Set<Integer> removedObstacles) {
    Set<Part> out = EnumSet.of(Part.BODY);
    List<Step> steps = BodySteps.of(b);
    if (steps.stream().anyMatch(st -> !storeyLevels(b, st.topMm()).isEmpty())) {
      out.add(Part.STOREY_FLOORS);
    }
    if (!bearingStrips(b, steps).isEmpty()) {
      out.add(Part.BEARING_WALLS);
    }
    if (!b.stairCores().isEmpty()) {
      out.add(Part.STAIR_CORES);
    }
    if (b.lift().positioned()) {
      out.add(Part.LIFT_SHAFT);
    }
    if (!drawnObstacles(b, removedObstacles).isEmpty()) {
      out.add(Part.OBSTACLES);
    }
    if (b.roofType() == RoofType.PITCHED && !b.wings().isEmpty()) {
      out.add(Part.REMOVED_ROOF);
    }
    return out;
  }

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
    for (PlanRect r : bearingStrips(b, steps)) {
      MeshView v = new MeshView(MeshFactory.box(r.lengthMm() / 1000, BEARING_STRIP_MM / 1000.0, 0.04).toMesh());
      v.getTransforms().add(SceneFrame.placement(r, b.roofLevelMm()));
      v.setMaterial(red);
      v.setId("bearing-line");
      g.getChildren().add(v);
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
    for (RoofObstacle o : drawnObstacles(b, removedObstacles)) {
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

  /**
   * The bearing walls' strips on the roof, {@link #BEARING_STRIP_MM} wide and centred on the walls, in plan mm: on a
   * stepped roof ({@code steps} of more than one height) only where there is roof at the roof level (not over a lower
   * part, where a strip would hang in the air); none for a part shorter than 1 mm.
   */
  private static List<PlanRect> bearingStrips(Building b, List<Step> steps) {
    boolean stepped = b.obstacles().stream().anyMatch(RoofObstacle::lowerRoofPart);
    Geometry roof = !stepped ? null : UnaryUnionOp.union(steps.stream().filter(st -> st.topMm() == b.roofLevelMm())
        .map(st -> (Geometry) st.plan()).toList(), b.roofOutline().getFactory());
    List<PlanRect> out = new ArrayList<>();
    for (BearingLine l : b.bearingLines()) {
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
        out.add(new PlanRect(p.x + uy * half, p.y - ux * half, ux, uy, len, BEARING_STRIP_MM));
      }
    }
    return out;
  }

  /**
   * The roof obstacles drawn as blocks, in the building's order: those whose index is not in {@code removed}, less the
   * lower parts of the roof (drawn as the body stepping down, not as a block on the roof).
   */
  private static List<RoofObstacle> drawnObstacles(Building b, Set<Integer> removed) {
    List<RoofObstacle> out = new ArrayList<>();
    for (int i = 0; i < b.obstacles().size(); i++) {
      if (!removed.contains(i) && !b.obstacles().get(i).lowerRoofPart()) {
        out.add(b.obstacles().get(i));
      }
    }
    return out;
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
