package nl.toplaag.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.toplaag.bom.Texts;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.Building;
import nl.toplaag.building.ExistingLift;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.geom.Geometries;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.SupportPattern;
import org.locationtech.jts.algorithm.Centroid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Builds the {@link Plan} for one building and one product line: which bearing lines each wing has, its bays,
 * where the row of modules and the gallery sit, and every candidate position of every dwelling type, stair and
 * lift that fits the roof less setbacks and avoids fixed obstacles, stair cores and the existing lift's shaft.
 *
 * <p>Candidate positions along a wing are the <em>aligned</em> positions (a box between two bearing lines, within
 * {@value #ALIGN_TOLERANCE_MM} mm: every box where all can be, else each box of a dwelling of several) and, because the
 * transfer layer frees modules from the walls, the <em>normal patterns</em>: every position reachable from an anchor
 * (the usable start, a wall, the far edge of an obstacle, core or lift shaft) by a run of module widths, and the mirror
 * runs ending at a right anchor, snapped up to the transfer layer's placement grid counted from the usable start of the
 * wing (so the free positions share one lattice), and, after a fixed obstacle, core or lift shaft whose far edge lies
 * off that lattice by more than the stretch after it leaves to spare, the runs from that edge on the grid counted from
 * it ({@link PositionLattice#starts}). A module may also stand packed against the left side of any wall. On the grid
 * from both ends ({@link PositionGrid#FROM_BOTH_ENDS}) the same positions of the wing's mirror image are added,
 * mirrored back, and packing against the right side of each wall, so that a wing and its mirror image get mirrored
 * candidates. A proof is over these positions (README, "What a proof covers").
 */
public final class PlanBuilder {

  /** Tolerance for a module edge to count as standing on a bearing line, mm. */
  public static final int ALIGN_TOLERANCE_MM = 60;

  /**
   * A box off the walls is carried where the transfer layer reaches to within this of its sides, mm, as the checker's
   * support rule takes it: so a bay it reaches into by no more is no bay it needs the layer on (before 7 Dec 2026 it
   * was charged that bay too: a reviewer's finding).
   */
  static final int CARRIED_WITHIN_MM = 1;
  /**
   * Half the thickness of the sliver of roof a cantilevered gallery may lie over, mm (the facade's drift in measured
   * outlines; docs/model.md, "Geometry of the row"); the checker's is the same.
   */
  static final double CANTILEVER_OVER_ROOF_TOL_MM = 25.0;

  /**
   * The shortest stretch of a wing that is a bay of its own, mm: between two walls, or between an end of the wing and
   * its outermost wall. A wall read a millimetre or two from the wing's end is its gable wall (its position computed
   * from plan coordinates rounded to the millimetre: a wall grid's wall at the gable, or a 3D BAG import's along a
   * turned wing, lies 1 mm short of the end); the sliver of roof beyond it is part of the bay next to it, so no
   * gallery segment, transfer area or module stands on a sliver alone. Walls closer than this to each other (a doubled
   * wall at a joint) stand at one place in the same way, with no bay and no hole between them ({@link #stretches}).
   */
  public static final int MIN_BAY_MM = 10;

  /** The most distinct normal-pattern positions per wing. */
  static final int MAX_POSITIONS = 6000;

  /** How far a core in front of the facade may lie from the gallery's band for the gallery to reach it, mm. */
  static final int MEETS_MM = 1;

  /** How far a module or a gallery on the roof may reach past the roof less setbacks, mm. */
  private static final double CONTAINMENT_TOL_MM = UsableRoof.TOLERANCE_MM;

  /**
   * How far the two long sides of a gallery's band may leave the roof less setbacks apart along the wing for the slot
   * to be clipped where both lie within, mm ({@link #askewEnds}): the grid's rounding of a gable's two corners, 0.7 mm
   * each, across the band.
   */
  private static final double ASKEW_MM = 2.0;

  /**
   * Half the thickness of an overlap that still counts as touching, mm ({@link #overlaps}): a module's rectangle and a
   * core's or obstacle's outline have their corners on the 1 mm grid ({@link Geometries#rectangle}, the building
   * reader's), so on a turned wing a module's end and the edge it stands flush against each lie up to 0.71 mm (half
   * the grid's diagonal) from where they would lie unrounded, and a module placed at a block's edge as the plan takes
   * it ({@link #GRID_SLACK_MM}) may overlap the block by a sliver of up to about 1.46 mm. Until 6 Dec 2026 any overlap
   * of more than 1 mm² blocked, and l-corner turned 37 degrees lost the three runs flush against its second core
   * (2,156 mm² each): 15 dwellings where it holds 16 unturned; at 0.5 mm, with the edges taken as now, the mirror image
   * of l-corner still lost a dwelling at 8 of 72 turns by 5 degrees. The overlap is measured on the intersection of
   * the two rounded outlines, itself on the 1 mm grid, so a position at a block's edge may still, rarely, be dropped;
   * never the other way: the checker measures the same intersection against twice its own tolerance
   * ({@code CheckContext.TOL_MM}, 1 mm), so nothing this lets through fails it. On the 1 mm grid of an axis-aligned
   * roof it blocks what 0.5 mm did: an overlap of 2 mm or more.
   */
  static final double SLIVER_MM = 0.75;

  /**
   * How far a block's edge or the usable roof's end may lie past a whole millimetre and still be taken at it, mm: a
   * little more than half the 1 mm grid's diagonal (0.71 mm), by which the grid moves a corner of a turned core,
   * obstacle or roof. The free positions run from the block's far edge and to its near edge and the usable ends taken
   * so; before (6 Dec 2026) they were taken outward to the whole millimetre (a core ending at 5,400.6 mm at 5,401),
   * and on a turned wing whose length is a run of module widths the run from a core's far edge ended a millimetre
   * past the usable end: the mirror image of l-corner held 15 dwellings where it holds 16 at 56 of 72 turns by 5
   * degrees (12 with the edges taken to the nearest millimetre). A module so placed overlaps the block by a sliver
   * ({@link #SLIVER_MM}) or reaches past the usable roof by less than its tolerance ({@link UsableRoof#TOLERANCE_MM}).
   */
  static final double GRID_SLACK_MM = 0.75;

  /**
   * How much less than {@link #CONTAINMENT_TOL_MM} the plan grows the roof less setbacks by, mm: the micrometre grid
   * it lies on ({@link UsableRoof#of}) moves each of its corners and those of its growth by up to 0.7 micrometres, and
   * the checker, which measures exactly, rejected a module whose corner the plan had let reach the tolerance and
   * 0.00004 mm into a setback.
   */
  private static final double GRID_MARGIN_MM = 0.002;

  private final Building building;
  private final ProductLine line;
  private final BuildingCode code;
  private final List<PlanNote> notes = new ArrayList<>();
  private final List<Wall> walls = new ArrayList<>();
  private final List<Bay> bays = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<GallerySlot> galleries = new ArrayList<>();
  private final List<CoreSite> cores = new ArrayList<>();
  private final List<WingRow> rows = new ArrayList<>();
  private final List<Long> transferCost = new ArrayList<>();
  private final List<Double> transferCarbon = new ArrayList<>();
  private final List<LoadShare> transferLoads = new ArrayList<>();
  /** The roof less setbacks, computed once per plan, on the micrometre grid ({@link UsableRoof#of}). */
  private final Geometry usableRoof;
  /**
   * The roof less setbacks grown by {@link #CONTAINMENT_TOL_MM} less two micrometres, for the grid's rounding of it and
   * of its growth ({@link #GRID_MARGIN_MM}): what a module or a gallery on the roof lies within.
   */
  private final PreparedGeometry usable;
  private final List<Integer> floors = new ArrayList<>();
  private int storeys;

  /**
   * The second rows this plan takes, by id ({@link #secondRows(Building, ProductLine)}): a wing's shallower row on the
   * roof, or its row behind a cantilevered gallery where the rule puts the gallery on the roof.
   */
  private final Set<Integer> secondRows;
  /** Whether the free positions lie on the grid from both ends of each wing ({@link PositionGrid#FROM_BOTH_ENDS}). */
  private final boolean bothEnds;

  private PlanBuilder(Building building, ProductLine line, BuildingCode code, Set<Integer> secondRows,
      PositionGrid grid) {
    this.building = building;
    this.bothEnds = grid == PositionGrid.FROM_BOTH_ENDS;
    this.line = line;
    this.code = code;
    this.secondRows = Set.copyOf(secondRows);
    this.usableRoof = UsableRoof.of(building);
    this.usable = PreparedGeometryFactory.prepare(usableRoof.buffer(CONTAINMENT_TOL_MM - GRID_MARGIN_MM));
  }

  /**
   * Builds the plan for at most {@code maxStoreys} added storeys, each wing's gallery where the row rule puts it
   * (docs/model.md, "Geometry of the row").
   */
  public static Plan build(Building building, ProductLine line, BuildingCode code, int maxStoreys) {
    return build(building, line, code, maxStoreys, Set.of());
  }

  /**
   * Builds the plan for at most {@code maxStoreys} added storeys, with the second rows {@code secondRows} (by id,
   * {@link #secondRows(Building, ProductLine)}: a wing's gallery on the roof with a shallower band behind it, only the
   * modules that fit the band being candidates, or its gallery cantilevered where the rule puts it on the roof), the
   * other wings on the row the rule gives.
   */
  public static Plan build(Building building, ProductLine line, BuildingCode code, int maxStoreys,
      Set<Integer> secondRows) {
    return build(building, line, code, maxStoreys, secondRows, PositionGrid.FROM_START);
  }

  /**
   * As {@link #build(Building, ProductLine, BuildingCode, int, Set)}, with the free positions on {@code grid}.
   */
  public static Plan build(Building building, ProductLine line, BuildingCode code, int maxStoreys,
      Set<Integer> secondRows, PositionGrid grid) {
    return build(building, line, code, maxStoreys, secondRows, true, grid);
  }

  /**
   * As {@link #build(Building, ProductLine, BuildingCode, int, Set, PositionGrid)}, but without stopping the storeys
   * where a dwelling's access stops (a gallery, stair or lift that cannot stand as high, {@link #accessStops}): for the
   * tests' exhaustive oracle, which checks with the checker alone that no valid layout uses a storey above that stop.
   */
  public static Plan buildWithoutAccessStops(Building building, ProductLine line, BuildingCode code, int maxStoreys,
      Set<Integer> secondRows, PositionGrid grid) {
    return build(building, line, code, maxStoreys, secondRows, false, grid);
  }

  private static Plan build(Building building, ProductLine line, BuildingCode code, int maxStoreys,
      Set<Integer> secondRows, boolean accessStops, PositionGrid grid) {
    PlanBuilder b = new PlanBuilder(building, line, code, secondRows, grid);
    b.storeys(maxStoreys, accessStops);
    for (int w = 0; w < building.wings().size(); w++) {
      b.wing(w);
    }
    List<Long> removal = building.obstacles().stream().map(RoofObstacle::removalCostEur).toList();
    return new Plan(building, line, code, b.storeys, b.floors, b.rows, b.walls, b.bays, b.candidates, b.galleries,
        b.cores, b.liftSites(), b.transferCost, b.transferCarbon, b.transferLoads, removal, b.notes);
  }

  private void storeys(int maxStoreys, boolean accessStops) {
    floors.addAll(floorLevelsMm(building, line, maxStoreys));
    storeys = floors.size();
    // where the dwelling modules stop as low, they say why (Explainer.emptyStoreys), and nothing is laid above them
    int dwellingTop = line.modules(ModuleKind.DWELLING).stream().mapToInt(this::topStorey).max().orElse(0);
    String stop = accessStops ? accessStops(Math.min(storeys, dwellingTop)) : null;
    if (stop != null) {
      notes.add(PlanNote.of(PlanNote.Topic.ACCESS_STOREYS, stop));
      floors.subList(storeys, floors.size()).clear();
      return;
    }
    if (storeys > 0) {
      return; // how many storeys and what stops more is the rules' height line (RulesChecked), not why none fits
    }
    int allowed = Math.min(maxStoreys, building.zoning().maxAddedStoreys());
    int limitMm = building.zoning().maxHeightAboveGroundMm();
    if (allowed == 0) {
      notes.add(PlanNote.of(PlanNote.Topic.STOREYS, "the building file's zoning limits allow no added storey"));
    } else if (limitMm <= building.roofLevelMm()) {
      // the building stands at or above the limit already: the storey's height is beside the point, and the limit
      // more likely a slip (another plot's, a storey count, the wrong field) than the plan's
      boolean below = limitMm < building.roofLevelMm();
      notes.add(PlanNote.of(PlanNote.Topic.STOREYS, String.format(Locale.ROOT, "the height limit of %s above"
          + " ground lies %s the roof (%s above ground): the building already %s it, so no storey can be added;"
          + " check zoning.maxHeightAboveGroundM in the building file, the highest the new storeys' top may reach"
          + " above ground", Texts.metres(limitMm), below ? "below" : "at", Texts.metres(building.roofLevelMm()),
          below ? "stands above" : "reaches")));
    } else {
      int top = storeyTopMm(building, line, storeys + 1);
      notes.add(PlanNote.of(PlanNote.Topic.STOREYS, String.format(Locale.ROOT, "the height limit of %s above"
          + " ground stops storey %d (it would reach %s)", Texts.metres(limitMm), storeys + 1, Texts.metres(top))));
    }
  }

  /**
   * The floor levels of the storeys of {@code line} that may be added to {@code building}, mm above ground: at most
   * {@code maxStoreys} and as many as the zoning plan allows, each up to where its top would pass the height limit.
   */
  static List<Integer> floorLevelsMm(Building building, ProductLine line, int maxStoreys) {
    List<Integer> out = new ArrayList<>();
    for (int k = 1; k <= Math.min(maxStoreys, building.zoning().maxAddedStoreys()); k++) {
      int top = storeyTopMm(building, line, k);
      if (top > building.zoning().maxHeightAboveGroundMm()) {
        break;
      }
      out.add(storeyFloorMm(building, line, k));
    }
    return out;
  }

  /**
   * The top of added storey {@code storey} (1 = on the roof) of {@code line} on {@code building}, mm above ground: the
   * roof, the line's transfer layer and that many storey heights, the level the zoning plan's height limit bounds.
   */
  public static int storeyTopMm(Building building, ProductLine line, int storey) {
    return building.roofLevelMm() + line.transferLayer().thicknessMm() + storey * Plan.storeyHeightMm(line);
  }

  /**
   * The floor of added storey {@code storey} of {@code line} on {@code building}, mm above ground: its top
   * ({@link #storeyTopMm}) less the line's storey height, the level the building code's thresholds bound.
   */
  public static int storeyFloorMm(Building building, ProductLine line, int storey) {
    return storeyTopMm(building, line, storey) - Plan.storeyHeightMm(line);
  }

  /**
   * Where the storeys of {@code line} that may be added to {@code building} straddle the code's lift threshold (the
   * first at or below it, the highest a dwelling may stand on above it, {@link Plan#topDwellingStorey}), how many lie
   * at or below it: a layout on those alone needs no lift, one that uses a storey above needs lifts on every storey
   * ({@link Plan#needsLift}); else 0. Builds the plan only where the floor levels straddle it.
   */
  public static int storeysBelowLift(Building building, ProductLine line, BuildingCode code, int maxStoreys) {
    List<Integer> floors = floorLevelsMm(building, line, maxStoreys);
    int threshold = code.liftAboveFloorMm();
    if (floors.size() < 2 || floors.get(0) > threshold || floors.get(floors.size() - 1) <= threshold) {
      return 0;
    }
    int top = build(building, line, code, maxStoreys).topDwellingStorey();
    if (top == 0 || floors.get(top - 1) <= threshold) {
      return 0;
    }
    int below = 0;
    while (floors.get(below) <= threshold) {
      below++;
    }
    return below;
  }

  private void wing(int wi) {
    Wing wing = building.wings().get(wi);
    List<Wall> ws = wallsOf(wi, wing);
    if (ws.isEmpty()) {
      notes.add(new PlanNote(PlanNote.Topic.WING_UNBUILDABLE, wi, "wing " + wi + " has no bearing line across it, so"
          + " nothing can stand on it"));
      rows.add(new WingRow(wi, true, 0, 0, 0));
      return;
    }
    List<Bay> wb = baysOf(wi, wing, ws);
    if (wb.isEmpty()) {
      notes.add(new PlanNote(PlanNote.Topic.WING_UNBUILDABLE, wi, "wing " + wi + " has its bearing lines and both"
          + " ends within " + MIN_BAY_MM + " mm of each other, so it has no bay and nothing can stand on it"));
      rows.add(new WingRow(wi, true, 0, 0, 0));
      return;
    }
    WingRow row = row(wi, wing);
    rows.add(row);
    for (Bay bay : wb) {
      double area = bay.lengthMm() / 1000.0 * row.rowDepthMm() / 1000.0;
      transferCost.add(Math.round(line.transferLayer().costEurPerM2() * area));
      transferCarbon.add(line.transferLayer().carbonKgCo2ePerM2() * area);
      transferLoads.add(LoadShare.spread(line.transferLayer().massKgPerM2() * area * 9.81 / 1000.0, bay.s0Mm(),
          bay.s1Mm(), wb));
    }
    coresOf(wi, wing, row, wb);
    gallerySlots(wi, wing, row, wb);
    for (int k = 0; k < cores.size(); k++) { // now that the slots are known: see accessBayOf
      CoreSite c = cores.get(k);
      if (c.wing() == wi) {
        cores.set(k, new CoreSite(c.core(), c.wing(), c.s0Mm(), c.s1Mm(), c.accessSMm(),
            accessBayOf(wb, c.accessSMm()), c.approachMm(), c.loads()));
      }
    }
    candidatesOf(wi, wing, row, ws, wb);
  }

  private List<Wall> wallsOf(int wi, Wing wing) {
    List<Wall> out = new ArrayList<>();
    for (Wall f : wallsAcross(building, wi, wing, walls.size())) {
      walls.add(f);
      out.add(f);
    }
    return out;
  }

  /**
   * Whether wing {@code wi} of {@code building} has a bay ({@link #baysOf}): a bearing line across it, and its lines
   * and ends not all within {@value #MIN_BAY_MM} mm of each other. A wing without one holds nothing, on any row.
   */
  private static boolean hasBay(Building building, int wi) {
    Wing wing = building.wings().get(wi);
    List<Wall> ws = wallsAcross(building, wi, wing, 0);
    return !ws.isEmpty() && !stretches(wing.lengthMm(), ws).isEmpty();
  }

  /**
   * The walls of wing {@code wi} of {@code building}: its bearing lines across it, in order along it, indexed from
   * {@code firstIndex} on.
   */
  private static List<Wall> wallsAcross(Building building, int wi, Wing wing, int firstIndex) {
    Geometry grown = wing.rectangle().buffer(1.0); // once, not for each line: most of a plan's walls' time
    List<double[]> found = new ArrayList<>();
    for (int i = 0; i < building.bearingLines().size(); i++) {
      BearingLine bl = building.bearingLines().get(i);
      Coordinate a = bl.line().getCoordinateN(0);
      Coordinate b = bl.line().getCoordinateN(bl.line().getNumPoints() - 1);
      if (!wing.across(a.x, a.y, b.x, b.y)) {
        continue;
      }
      Geometry inside = Geometries.intersection(grown, bl.line());
      if (inside.getLength() < 100) {
        continue;
      }
      // the middle unrounded: Geometry.getCentroid snaps it to the plan's 1 mm grid, which read a wall at a wing's
      // end up to 0.75 mm off it on a turned wing (QA45: 30 walls of the nine tiles at s = -1 or length + 1)
      Coordinate mid = Centroid.getCentroid(inside);
      double s = wing.localS(mid.x, mid.y);
      found.add(new double[] {s, i, Math.min(inside.getLength(), wing.depthMm()) / 1000.0 * bl.capacityKnPerM()});
    }
    found.sort((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
    List<Wall> out = new ArrayList<>();
    for (double[] f : found) {
      out.add(new Wall(firstIndex + out.size(), (int) f[1], wi, withinWing(f[0], wing.lengthMm()), f[2]));
    }
    return out;
  }

  /**
   * The position along a wing {@code lengthMm} long of a wall read at {@code s} (mm: the local s of the middle of its
   * part within the wing's rectangle grown by 1 mm, so at most about that beyond either end), to the millimetre and
   * within the wing: a wall read beyond an end stands at it, as one read a millimetre short of it stands at the end for
   * bays ({@link #MIN_BAY_MM}). A line drawn at a wing's end is read off it by the rounding of its ends to the plan's
   * 1 mm grid, or by a hand's drawing (its middle, snapped to the grid as well until {@link #wallsOf} read it
   * unrounded, put it up to 0.75 mm off on a turned wing); read at s = -1 mm, it gave the wing a first bay, a gallery
   * slot and a transfer area reaching 1 mm past it (pand 0312100000007408, wing 0; QA44).
   */
  static int withinWing(double s, int lengthMm) {
    return (int) Math.max(0, Math.min(lengthMm, Math.round(s)));
  }

  /**
   * The bays of wing {@code wi} along its walls {@code ws} (in order along it): between consecutive places of walls
   * ({@link #stretches}), so no bay is shorter than {@value #MIN_BAY_MM} mm and none is missing between two walls
   * closer than that: galleries, modules and the transfer layer reach across them and to the wing's ends (a stair tower
   * beside the gable keeps its door there), and the sliver between such walls, or between the wing's end and a wall
   * that close to it, is carried by the wall beside it that bounds the bay taking it in, as the checker has it.
   */
  private List<Bay> baysOf(int wi, Wing wing, List<Wall> ws) {
    List<Bay> out = new ArrayList<>();
    for (Stretch x : stretches(wing.lengthMm(), ws)) {
      out.add(bay(wi, x, wing.depthMm() / 1000.0));
    }
    return out;
  }

  /**
   * The stretches of a wing {@code lengthMm} long that become its bays, along its walls {@code ws} (in order along it,
   * within its ends). Walls less than {@value #MIN_BAY_MM} mm apart stand at one place for bays, and so does a wall
   * that close to the wing's end with that end ({@link #places}): a doubled wall at a dilatation joint, a wall grid's
   * wall and a bearing line drawn on almost the same line, a gable wall read a millimetre short of the end. A stretch
   * runs between consecutive places, from the last wall of the one to the first wall of the next (from or to the wing's
   * end where a place holds none), and takes in the place before it, the last stretch also the place after it, so the
   * stretches cover the wing from end to end. None where all the walls and both ends stand at one place.
   */
  private static List<Stretch> stretches(int lengthMm, List<Wall> ws) {
    List<Place> ps = places(lengthMm, ws);
    List<Stretch> out = new ArrayList<>();
    for (int i = 0; i + 1 < ps.size(); i++) {
      Place a = ps.get(i);
      Place b = ps.get(i + 1);
      out.add(new Stretch(a.s0Mm(), i + 2 == ps.size() ? b.s1Mm() : b.s0Mm(), a.last(), b.first()));
    }
    return out;
  }

  /**
   * The places of a wing {@code lengthMm} long for bays: its start, its walls {@code ws} (in order along it, within its
   * ends) and its end, in runs of which each is less than {@value #MIN_BAY_MM} mm from the one before it.
   */
  private static List<Place> places(int lengthMm, List<Wall> ws) {
    List<Place> out = new ArrayList<>();
    Place at = new Place(0, 0, null, null);
    for (Wall w : ws) {
      if (w.sMm() - at.s1Mm() >= MIN_BAY_MM) {
        out.add(at);
        at = new Place(w.sMm(), w.sMm(), w, w);
      } else {
        at = new Place(at.s0Mm(), w.sMm(), at.first() == null ? w : at.first(), w);
      }
    }
    if (lengthMm - at.s1Mm() >= MIN_BAY_MM) {
      out.add(at);
      at = new Place(lengthMm, lengthMm, null, null);
    }
    out.add(new Place(at.s0Mm(), lengthMm, at.first(), at.last()));
    return out;
  }

  /**
   * A place of a wing for bays ({@link #places}): from {@code s0Mm} to {@code s1Mm} along it (mm), its first and last
   * walls ({@code null} where it holds none: the wing's start or end alone).
   */
  private record Place(int s0Mm, int s1Mm, Wall first, Wall last) {}

  /**
   * A stretch of a wing that becomes a bay: from {@code s0Mm} to {@code s1Mm} along it (mm), between its walls
   * {@code left} and {@code right} ({@code null} at the wing's end), which stand inside it where it takes in the place
   * beside it: walls under {@value #MIN_BAY_MM} mm apart, or the wing's end and a wall that close to it.
   */
  private record Stretch(int s0Mm, int s1Mm, Wall left, Wall right) {

    /** Where the part its walls carry as a bay starts: its left wall, or the wing's end for an end bay, mm. */
    int spanS0Mm() {
      return left == null ? s0Mm : left.sMm();
    }

    /** Where that part ends: its right wall, or the wing's end for an end bay, mm. */
    int spanS1Mm() {
      return right == null ? s1Mm : right.sMm();
    }
  }

  private Bay bay(int wi, Stretch x, double depthM) {
    Bay b = new Bay(bays.size(), wi, x.s0Mm(), x.s1Mm(), x.left() == null ? -1 : x.left().index(),
        x.right() == null ? -1 : x.right().index(), x.spanS0Mm(), x.spanS1Mm(),
        (x.spanS1Mm() - x.spanS0Mm()) / 1000.0 * depthM);
    bays.add(b);
    return b;
  }

  /**
   * The second rows of {@code building}'s wings for {@code line}, by id, in order: for each wing {@code w} with a bay
   * (a wing without one holds nothing either way: a QA pass, 7 Dec 2026, found an L whose wing without walls doubled
   * its plans, and their words, one of them "with  instead"), {@code w} where it has a shallower row on the roof (the
   * gallery on the roof with a band as deep as the deepest dwelling module that fits there and is shallower than the
   * rule's band; where the rule cantilevers the gallery, the deepest that fits behind it on the roof), and
   * {@link #cantileveredRow}{@code (w)} where the rule puts the gallery on the roof but a cantilevered one may do
   * better ({@link BandClearance#cantileverMayDoBetter}: a roof narrower at the rear than the wing, an obstacle along
   * it), its band the rule's. No row is always better (docs/model.md, "Geometry of the row"): the configurator solves
   * each choice of at most one second row per wing ({@link #oneRowPerWing}).
   */
  public static List<Integer> secondRows(Building building, ProductLine line) {
    List<Integer> open = new ArrayList<>();
    BandClearance clearance = new BandClearance(building, UsableRoof.of(building));
    for (int w = 0; w < building.wings().size(); w++) {
      Wing wing = building.wings().get(w);
      boolean shallower = shallowerBand(building, line, wing) > 0;
      boolean cantilevered = cantileverAlternative(building, line, wing, clearance);
      if ((shallower || cantilevered) && hasBay(building, w)) {
        if (shallower) {
          open.add(w);
        }
        if (cantilevered) {
          open.add(cantileveredRow(w));
        }
      }
    }
    return open;
  }

  /**
   * Every wing's row behind a cantilevered gallery where the rule puts the gallery on the roof and the wing has a bay,
   * by id ({@link #cantileveredRow}), whether or not it may do better: for a test's oracle, to hold the claims against
   * the plans {@link #secondRows(Building, ProductLine)} leaves out.
   */
  public static List<Integer> everyCantileveredRow(Building building, ProductLine line) {
    List<Integer> out = new ArrayList<>();
    for (int w = 0; w < building.wings().size(); w++) {
      Wing wing = building.wings().get(w);
      if (ruleOnRoof(building, line, wing) && hasBay(building, w)) {
        out.add(cantileveredRow(w));
      }
    }
    return out;
  }

  /**
   * The id of wing {@code w}'s row behind a cantilevered gallery among {@link #secondRows(Building, ProductLine)}:
   * {@code -w - 1}.
   */
  public static int cantileveredRow(int w) {
    return -w - 1;
  }

  /** The wing of second row {@code id} ({@link #secondRows(Building, ProductLine)}). */
  public static int wingOf(int id) {
    return id < 0 ? -id - 1 : id;
  }

  /** Whether {@code rows} ({@link #secondRows(Building, ProductLine)} ids) name at most one second row of each wing. */
  public static boolean oneRowPerWing(Set<Integer> rows) {
    return rows.stream().noneMatch(id -> id >= 0 && rows.contains(cantileveredRow(id)));
  }

  /**
   * Whether {@code wing}'s second rows for {@code line} include one behind a cantilevered gallery: where the rule puts
   * the gallery on the roof, but a cantilevered one may do better ({@link BandClearance#cantileverMayDoBetter}).
   */
  private static boolean cantileverAlternative(Building building, ProductLine line, Wing wing,
      BandClearance clearance) {
    return ruleOnRoof(building, line, wing)
        && clearance.cantileverMayDoBetter(wing, line, UsableRoof.edgeSetbackMm(building, wing, 0));
  }

  /**
   * Whether the row rule puts {@code line}'s gallery on {@code wing}'s roof: it and the line's deepest dwelling module
   * fit the wing's depth less its setbacks (docs/model.md, "Geometry of the row").
   */
  private static boolean ruleOnRoof(Building building, ProductLine line, Wing wing) {
    return line.gallery().depthMm() + deepestWithin(line, Integer.MAX_VALUE) <= usableDepthMm(building, wing);
  }

  /**
   * The band of {@code wing}'s second row for {@code line}, behind a gallery on the roof: where the rule cantilevers
   * the gallery, the deepest dwelling module that fits behind it on the roof; where the rule puts it there, the deepest
   * shallower than the rule's band; 0 where there is none, mm.
   */
  private static int shallowerBand(Building building, ProductLine line, Wing wing) {
    int g = line.gallery().depthMm();
    int room = usableDepthMm(building, wing);
    int deepest = deepestWithin(line, Integer.MAX_VALUE);
    return g + deepest <= room ? deepestWithin(line, deepest - 1) : deepestWithin(line, room - g);
  }

  /** {@code wing}'s depth less the setbacks of its front and rear edges: what the gallery and the row may take, mm. */
  private static int usableDepthMm(Building building, Wing wing) {
    return wing.depthMm() - UsableRoof.edgeSetbackMm(building, wing, 0)
        - UsableRoof.edgeSetbackMm(building, wing, wing.depthMm());
  }

  /** The depth of {@code line}'s deepest dwelling module at most {@code roomMm} deep, mm; 0 where none is. */
  private static int deepestWithin(ProductLine line, int roomMm) {
    return line.modules(ModuleKind.DWELLING).stream().mapToInt(ModuleType::depthMm).filter(x -> x <= roomMm).max()
        .orElse(0);
  }

  /**
   * The wing's module band: behind a gallery on the roof where the gallery and the line's deepest dwelling module fit
   * (docs/model.md, "Geometry of the row"), else behind a gallery cantilevered in front of the facade; or, where the
   * plan's second rows name one of the wing's, that row: behind a gallery cantilevered where the rule puts it on the
   * roof, or behind the gallery on the roof with a shallower band. The band is as deep as the deepest
   * dwelling module that fits it within the wing's setbacks (the deepest of all where none does): the transfer layer
   * covers the band, so a module that cannot stand on the wing does not size it.
   */
  private WingRow row(int wi, Wing wing) {
    int g = line.gallery().depthMm();
    int front = UsableRoof.edgeSetbackMm(building, wing, 0);
    int deepest = deepestWithin(line, Integer.MAX_VALUE);
    int room = usableDepthMm(building, wing);
    int shallower = shallowerBand(building, line, wing);
    if (secondRows.contains(cantileveredRow(wi)) && ruleOnRoof(building, line, wing)) {
      notes.add(new PlanNote(PlanNote.Topic.GALLERY_CANTILEVERED, wi, String.format(Locale.ROOT, "wing %d is %s"
          + " deep, room for a %s gallery and %s modules on the roof, but the roof behind such a gallery is blocked"
          + " (by its edges, an obstacle or a core) where the roof behind a cantilevered one is not, or the gallery on"
          + " the roof is cut by an obstacle or misses a core in front of the facade: the row the configurator tries"
          + " beside the gallery on the roof", wi,
          Texts.metres(wing.depthMm()), Texts.metres(g), Texts.metres(deepest))));
      return new WingRow(wi, false, -g, front, deepest);
    }
    if (secondRows.contains(wi) && shallower > 0) {
      notes.add(new PlanNote(PlanNote.Topic.GALLERY_ON_ROOF, wi, String.format(Locale.ROOT, "wing %d is %s deep:"
          + " the gallery stands on the roof, with a row of the line's %s modules behind it (none deeper: the row"
          + " the configurator tries beside the %s)", wi, Texts.metres(wing.depthMm()), Texts.metres(shallower),
          g + deepest <= room ? "deepest" : "cantilevered gallery")));
      return new WingRow(wi, true, front, front + g, shallower);
    }
    if (g + deepest <= room) {
      return new WingRow(wi, true, front, front + g, deepest);
    }
    int behind = deepestWithin(line, room - g);
    int d = deepestWithin(line, room);
    notes.add(new PlanNote(PlanNote.Topic.GALLERY_CANTILEVERED, wi, d == deepest && behind > 0
        ? String.format(Locale.ROOT, "wing %d is %s deep: a %s gallery and %s modules do not both fit;"
            + " cantilevered in front of the facade, the gallery leaves the wing to them (on the roof, only the line's"
            + " %s modules would fit behind it)", wi, Texts.metres(wing.depthMm()), Texts.metres(g),
            Texts.metres(deepest), Texts.metres(behind))
        : d == deepest
        ? String.format(Locale.ROOT, "wing %d is %s deep: a %s gallery and %s modules do not both fit, so"
            + " the gallery is cantilevered in front of the facade", wi, Texts.metres(wing.depthMm()), Texts.metres(g),
            Texts.metres(deepest))
        : String.format(Locale.ROOT, "wing %d is %s deep: the line's deepest modules (%s) do not fit it, and"
            + " by that rule (docs/model.md, \"Geometry of the row\") the gallery is cantilevered in front of the"
            + " facade", wi, Texts.metres(wing.depthMm()), Texts.metres(deepest))));
    return new WingRow(wi, false, -g, front, d > 0 ? d : deepest);
  }

  /**
   * The existing cores of wing {@code wi} that can be extended as stairs for the new storeys: a core whose centroid
   * lies on the wing's roof (the first wing whose rectangle holds it), its access point the centre of its s-range and
   * the walk across the roof from the gallery's band to it its approach (a portiek stair behind its landing); and a
   * core beside the roof whose nearest wing this is ({@link #nearestWing}) where the wing's gallery band meets it
   * across the wing ({@link #meetsGalleryBand}): a stair tower beside a gable (its centroid beyond the wing's start or
   * end along s, within its depth), its access point clamped to the band's reach and the walk on to the centre its
   * approach, or a core in front of the facade (its centroid before the wing's front, within its length). A core behind
   * the building or beyond a corner is none, and so is one beside the roof apart from the band: no floor leads to it
   * there. Each extendable core left out is noted.
   */
  private void coresOf(int wi, Wing wing, WingRow row, List<Bay> wb) {
    List<StairCore> all = building.stairCores();
    for (int i = 0; i < all.size(); i++) {
      StairCore c = all.get(i);
      int owner = coreOwner(i);
      if (!c.extendable() || (owner < 0 ? nearestWing(c.footprint()) : owner) != wi) {
        continue;
      }
      Coordinate centre = c.footprint().getCentroid().getCoordinate();
      double t = wing.localT(centre.x, centre.y);
      double s = wing.localS(centre.x, centre.y);
      boolean alongS = s >= 0 && s <= wing.lengthMm();
      boolean acrossT = t >= 0 && t <= wing.depthMm();
      if (!acrossT && !(alongS && t < 0)) {
        notes.add(PlanNote.of(PlanNote.Topic.CORE_UNUSED, String.format(Locale.ROOT, "stair core %d is not used: it"
            + " lies behind wing %d or beyond its corner, where no gallery reaches it", i, wi)));
      } else if (!(alongS && acrossT) && !meetsGalleryBand(wing, row, c.footprint())) {
        notes.add(PlanNote.of(PlanNote.Topic.CORE_UNUSED, String.format(Locale.ROOT, "stair core %d is not used: %s",
            i, apart(wi, row, c.footprint()))));
      } else {
        cores.add(coreSite(i, wi, wing, row, c.footprint(), wb));
      }
    }
  }

  /**
   * The site of core {@code i} on wing {@code wi} (gallery band of {@code row}): its s-range, its access point at the
   * centre of that range clamped to the band's reach, and the walk on from there to the core
   * ({@link #accessAndApproach}).
   */
  private CoreSite coreSite(int i, int wi, Wing wing, WingRow row, Polygon footprint, List<Bay> wb) {
    double[] r = sRange(wing, footprint);
    int[] at = accessAndApproach(wing, row, footprint);
    int s0 = (int) Math.round(r[0]);
    int s1 = (int) Math.round(r[1]);
    // mm² to m²: the imposed load of the flights and landings is over the core's whole outline
    double kn = line.stairCoreExtension().loadKnPerStorey(footprint.getArea() / 1e6);
    LoadShare loads = coreOwner(i) == wi && !building.stairCores().get(i).ownStructure()
        ? LoadShare.spread(kn, Math.max(0, s0), Math.min(wing.lengthMm(), s1), wb).onWallsOnly()
        : LoadShare.foundationOnly(kn);
    return new CoreSite(i, wi, s0, s1, at[0], bayOf(wb, at[0]), at[1], loads);
  }

  /**
   * Where the walk to an element of outline {@code outline} (a core or the lift shaft) leaves the gallery of
   * {@code wing}, the centre of its s-range clamped to where the gallery's band may stand along the wing
   * ({@link #bandReach}) (mm), and the walk on from there to it (mm, rounded up so that no walk is taken shorter than
   * it is): along s to that centre where it lies beyond the band's reach (a stair tower or lift shaft beside the gable,
   * or behind a gable's setback), and across the wing from the gallery's band ({@code row}) to the outline's nearest
   * side where the band does not meet it (a core on the roof behind its landing, a tower across a front setback); 0
   * for an element within the band's reach that the band meets.
   */
  private int[] accessAndApproach(Wing wing, WingRow row, Polygon outline) {
    double[] r = sRange(wing, outline);
    double centre = (r[0] + r[1]) / 2;
    double[] reach = bandReach(wing, row);
    double door = Math.max(reach[0], Math.min(reach[1], centre));
    double across = Math.max(0, fromBandMm(wing, row, outline));
    return new int[] {(int) Math.round(door), (int) Math.ceil(Math.abs(centre - door) + across - 1e-6)};
  }

  /**
   * How far {@code outline} lies across {@code wing} from its gallery band ({@code row}: from
   * {@link WingRow#galleryT0Mm}, the line's gallery deep), mm: at most 0 where the band meets or overlaps it.
   */
  private double fromBandMm(Wing wing, WingRow row, Polygon outline) {
    double[] t = tRange(wing, outline);
    return Math.max(row.galleryT0Mm() - t[1], t[0] - row.galleryT0Mm() - line.gallery().depthMm());
  }

  /**
   * Whether {@code outline} meets (within {@value #MEETS_MM} mm) or overlaps the band of {@code wing}'s gallery across
   * the wing ({@link WingRow#galleryT0Mm}, the line's gallery deep), wherever it lies along the wing: a gallery there,
   * or at the wing's end for a tower beside the gable, reaches it. Or, where that band stands on the roof behind a
   * front setback, whether the outline reaches the roof's front edge before it: the setback's strip of roof, where no
   * module stands, lies between them, and the walk across it counts ({@link #accessAndApproach}).
   */
  private boolean meetsGalleryBand(Wing wing, WingRow row, Polygon outline) {
    return fromBandMm(wing, row, outline) <= MEETS_MM || reachesFrontEdge(wing, row, outline);
  }

  /**
   * Whether {@code wing}'s gallery band stands on the roof behind a front setback and {@code outline} reaches the
   * roof's front edge (within {@value #MEETS_MM} mm) before it.
   */
  private boolean reachesFrontEdge(Wing wing, WingRow row, Polygon outline) {
    double[] t = tRange(wing, outline);
    return row.galleryOnRoof() && t[1] >= -MEETS_MM && t[0] <= row.galleryT0Mm();
  }

  /**
   * The s-range along {@code wing} where its gallery band may stand (mm): within the roof less setbacks where the band
   * stands on the roof (a gable's setback keeps it from the wing's end; to whole millimetres inward, as its slots),
   * else the wing's length.
   */
  private double[] bandReach(Wing wing, WingRow row) {
    if (row.galleryOnRoof()) {
      Polygon band = rect(wing, 0, row.galleryT0Mm(), wing.lengthMm(), line.gallery().depthMm());
      Geometry in = Geometries.intersection(usableRoof, band);
      if (!in.isEmpty()) {
        double[] r = sRange(wing, in);
        return new double[] {Math.max(0, Math.ceil(r[0])), Math.min(wing.lengthMm(), Math.floor(r[1]))};
      }
    }
    return new double[] {0, wing.lengthMm()};
  }

  /**
   * Why {@code outline} does not meet the gallery band of wing {@code wi}, for a note: where both lie across it (m,
   * "to" between the ends, which may be negative) and how far apart (to the millimetre, as the tolerance); in front of
   * a gallery on the roof, how far it stays from the roof's front edge.
   */
  private String apart(int wi, WingRow row, Polygon outline) {
    Wing wing = building.wings().get(wi);
    double[] t = tRange(wing, outline);
    int band0 = row.galleryT0Mm();
    String where = String.format(Locale.ROOT, "it lies across wing %d at t = %s to %s m", wi, metres(t[0], 2),
        metres(t[1], 2));
    String band = String.format(Locale.ROOT, "the gallery's band (t = %s to %s m)", metres(band0, 2),
        metres(band0 + line.gallery().depthMm(), 2));
    return row.galleryOnRoof() && t[1] < 0
        ? where + ", " + metres(-t[1], 3) + " m in front of the roof's front edge, before " + band
            + ", so no gallery leads to it"
        : where + ", " + metres(fromBandMm(wing, row, outline), 3) + " m from " + band + ", so no gallery leads to it";
  }

  /** {@code mm} in metres with {@code decimals} decimals, rounded first, so that no "-0.00" is printed. */
  private static String metres(double mm, int decimals) {
    double scale = Math.pow(10, decimals);
    return String.format(Locale.ROOT, "%." + decimals + "f", Math.round(mm / 1000 * scale) / scale + 0.0);
  }

  /**
   * The wing whose rectangle lies nearest {@code outline} in plan (0 where it touches it); the lowest index on ties.
   */
  private int nearestWing(Polygon outline) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int w = 0; w < building.wings().size(); w++) {
      Wing wing = building.wings().get(w);
      double d = rect(wing, 0, 0, wing.lengthMm(), wing.depthMm()).distance(outline);
      if (d < bestD - 1e-9) {
        bestD = d;
        best = w;
      }
    }
    return best;
  }

  /**
   * Where the existing lift meets a gallery, where the building gives its shaft and it can be extended: the first wing
   * whose rectangle holds the shaft's centroid (a shaft on the roof, as for a core), else the wing nearest the shaft
   * (the lowest index on ties), its door the centre of the shaft's extent along that wing, clamped to the band's
   * reach, and the walk on from there to that centre where it lies beyond the wing's start or end (a lift tower
   * beside the gable, {@link #accessAndApproach}), or across the roof from the gallery's band where the shaft stands on
   * the roof behind it; none, and a note, where the shaft stands beside the roof and that wing's gallery band does not
   * meet it ({@link #meetsGalleryBand}); else none.
   */
  private List<LiftSite> liftSites() {
    ExistingLift lift = building.lift();
    if (!lift.positioned() || !Plan.liftExtendable(building, line, code)) {
      return List.of();
    }
    int owner = ownerOf(lift.footprint());
    int best = owner >= 0 ? owner : nearestWing(lift.footprint());
    Wing wing = building.wings().get(best);
    if (owner < 0 && !meetsGalleryBand(wing, rows.get(best), lift.footprint())) {
      notes.add(PlanNote.of(PlanNote.Topic.LIFT_UNUSED, "the existing lift is not used: "
          + apart(best, rows.get(best), lift.footprint())));
      return List.of();
    }
    int[] at = accessAndApproach(wing, rows.get(best), lift.footprint());
    int w = best;
    List<Bay> wb = bays.stream().filter(b -> b.wing() == w).toList();
    if (wb.isEmpty()) {
      notes.add(PlanNote.of(PlanNote.Topic.LIFT_UNUSED, "the existing lift is not used: wing " + w + ", where it"
          + " stands, has no bay to build on"));
      return List.of();
    }
    return List.of(new LiftSite(w, at[0], accessBayOf(wb, at[0]), at[1]));
  }

  /** The first wing whose rectangle holds the centroid of core {@code i}. */
  private int coreOwner(int i) {
    return ownerOf(building.stairCores().get(i).footprint());
  }

  /**
   * The first wing whose rectangle holds the centroid of {@code outline} (a core or the lift shaft on the roof), else
   * -1 (beside the roof).
   */
  private int ownerOf(Polygon outline) {
    Coordinate centre = outline.getCentroid().getCoordinate();
    for (int w = 0; w < building.wings().size(); w++) {
      if (building.wings().get(w).holds(centre.x, centre.y)) {
        return w;
      }
    }
    return -1;
  }

  /**
   * The bay of wing bays {@code wb} that holds access point {@code s} (a door, a stair's or core's access, the lift's)
   * for the solvers, which look for the gallery reaching it in that bay alone: the bay whose range {@code (s0, s1]}
   * holds it ({@link #bayOf}), but where it lies on the wall between that bay and the next and only the next bay has
   * a gallery slot covering it, the next. A gallery on either side of the wall reaches such a point (docs/model.md,
   * "Access": the segments cover the stretch from the door to the stair), and the checker finds it so; before 4 Dec
   * 2026 a core whose centre lay on a wall after a bay without a gallery (a flue in the band) served no door in the
   * solvers, which then proved 9 dwellings the most on a slab where the greedy layout, checked, held 12.
   */
  private int accessBayOf(List<Bay> wb, int s) {
    int bay = bayOf(wb, s);
    if (slotCovers(bay, s)) {
      return bay;
    }
    // the bays meet end to end: the one starting at s is the next, where s ends the bay that holds it
    int after = Plan.nextBayCovering(wb, galleries, bay, s);
    return after >= 0 ? after : bay;
  }

  /** Whether bay {@code bay} has a gallery slot covering {@code s}. */
  private boolean slotCovers(int bay, int s) {
    return galleries.stream().anyMatch(g -> g.bay() == bay && g.covers(s));
  }

  static int bayOf(List<Bay> wb, int s) {
    for (Bay b : wb) {
      if (s > b.s0Mm() && s <= b.s1Mm()) {
        return b.index();
      }
    }
    return wb.get(s <= wb.get(0).s0Mm() ? 0 : wb.size() - 1).index();
  }

  private void gallerySlots(int wi, Wing wing, WingRow row, List<Bay> wb) {
    ModuleType gal = line.gallery();
    double perMmLoad = gal.loadKn() / gal.widthMm();
    for (Bay bay : wb) {
      Polygon rect = rect(wing, bay.s0Mm(), row.galleryT0Mm(), bay.lengthMm(), gal.depthMm());
      int s0 = bay.s0Mm();
      int s1 = bay.s1Mm();
      if (row.galleryOnRoof() && !usable.covers(rect)) {
        // clip to the part of the band inside the usable roof
        Geometry in = Geometries.intersection(usableRoof, rect);
        if (in.isEmpty()) {
          continue;
        }
        int[] mm = inward(askewEnds(sRange(wing, in), withinBothSides(wing, s0, s1, row.galleryT0Mm(),
            gal.depthMm())));
        s0 = Math.max(s0, mm[0]);
        s1 = Math.min(s1, mm[1]);
        if (s1 - s0 < 100) {
          continue;
        }
        rect = rect(wing, s0, row.galleryT0Mm(), s1 - s0, gal.depthMm());
        if (!usable.covers(rect)) {
          continue;
        }
      }
      if (!row.galleryOnRoof()
          && Geometries.overlapsBeyond(rect, building.roofOutline(), CANTILEVER_OVER_ROOF_TOL_MM)) {
        // in front of the facade, but over the roof: where the outline juts out (an entrance pier on a 1949 Delft
        // block of the 3D BAG), a gallery hung from the facade would pass through it, and the checker rejects it
        continue;
      }
      if (row.galleryOnRoof() && onShaft(rect)) {
        // the checker lets an on-roof gallery pass the existing lift's shaft only where the lift is extended to
        // storey 1; tying the slot to the extension would couple every solver's gallery to the lift, so no gallery
        // on the roof passes the shaft (docs/model.md, "Geometry of the row")
        notes.add(new PlanNote(PlanNote.Topic.GALLERY_OVER_LIFT, wi, String.format(Locale.ROOT, "no gallery is laid"
            + " over the existing lift's shaft on the roof of wing %d (its bay at s = %.2f to %.2f m)", wi,
            s0 / 1000.0, s1 / 1000.0)));
        continue;
      }
      Blocking block = blocking(rect, true);
      if (block == null) {
        continue;
      }
      int len = s1 - s0;
      long cost = Math.round(gal.costEur() * (double) len / gal.widthMm())
          + (row.galleryOnRoof() ? 0 : Math.round(line.cantileverGalleryCostEurPerM() * len / 1000.0));
      galleries.add(new GallerySlot(galleries.size(), wi, bay.index(), s0, s1, !row.galleryOnRoof(),
          LoadShare.spread(perMmLoad * len, s0, s1, wb), cost, gal.carbonKgCo2e() * len / gal.widthMm(),
          block.cores, block.removable));
    }
  }

  /**
   * What a rectangle on the roof collides with: {@code null} when it hits something that cannot give way. A gallery's
   * ({@code forGallery}) may pass an extendable stair core, which it then needs extended; a module may pass none, nor
   * the existing lift's shaft.
   */
  private Blocking blocking(Polygon rect, boolean forGallery) {
    List<Integer> removable = new ArrayList<>();
    List<Integer> coreList = new ArrayList<>();
    List<RoofObstacle> obs = building.obstacles();
    for (int i = 0; i < obs.size(); i++) {
      if (overlaps(rect, obs.get(i).footprint())) {
        if (!obs.get(i).removable()) {
          return null;
        }
        removable.add(i);
      }
    }
    List<StairCore> cs = building.stairCores();
    for (int i = 0; i < cs.size(); i++) {
      if (overlaps(rect, cs.get(i).footprint())) {
        if (!forGallery || !cs.get(i).extendable() || !hasCoreSite(i)) {
          return null;
        }
        coreList.add(i);
      }
    }
    if (!forGallery && onShaft(rect)) {
      return null; // a module stands on no storey on the lift's shaft, extended or not
    }
    return new Blocking(removable, coreList);
  }

  /** Whether {@code rect} overlaps the existing lift's shaft, where the building gives it. */
  private boolean onShaft(Polygon rect) {
    return building.lift().positioned() && overlaps(rect, building.lift().footprint());
  }

  private boolean hasCoreSite(int core) {
    return cores.stream().anyMatch(c -> c.core() == core);
  }

  private record Blocking(List<Integer> removable, List<Integer> cores) {}

  /**
   * Whether plan areas {@code a} and {@code b} overlap by more than a sliver: their intersection is thicker than
   * twice {@link #SLIVER_MM} somewhere ({@link Geometries#overlapsBeyond}).
   */
  static boolean overlaps(Polygon a, Polygon b) {
    return Geometries.overlapsBeyond(a, b, SLIVER_MM);
  }

  private static Polygon rect(Wing w, double s, double t, double len, double depth) {
    return Geometries.rectangle(w.planX(s, t), w.planY(s, t), w.ux(), w.uy(), len, depth);
  }

  private void candidatesOf(int wi, Wing wing, WingRow row, List<Wall> ws, List<Bay> wb) {
    List<Unit> units = units();
    FreePositions free = freePositions(wing, row, ws, units);
    int before = candidates.size();
    // the band's usable end across the wing: a module reaching past it would stand beyond the wing's rear facade (or,
    // at an L's corner, on the other wing's roof) and past its transfer band
    int end = wing.depthMm() - UsableRoof.edgeSetbackMm(building, wing, wing.depthMm());
    // a wing where no dwelling module fits the band takes no stair or lift either: they would serve no door (a wing is
    // served by its own stairs and lifts), and the transfer layer under one would be as deep as a module that does not
    // fit the wing (PlanBuilder.row sizes the band by the deepest module there), past its rear facade
    boolean dwellingFits = units.stream().anyMatch(u -> u.kind() == ModuleKind.DWELLING
        && row.moduleT0Mm() + u.module().depthMm() <= end && u.module().depthMm() <= row.rowDepthMm());
    for (Unit u : units) {
      // nothing past the wing's usable end, nor deeper than the row's band (the shallower row's)
      if (!dwellingFits || row.moduleT0Mm() + u.module().depthMm() > end
          || (u.kind() == ModuleKind.DWELLING && u.module().depthMm() > row.rowDepthMm())) {
        continue;
      }
      TreeSet<Integer> pos = new TreeSet<>();
      for (Wall w : ws) {
        // each place where one of the unit's boxes stands on the walls from this one on (every box, where all do):
        // only the boxes off the walls lay the transfer layer (Candidate.transferBays), so each is worth offering (a
        // review, 6 Dec 2026: with only its first box so, a dwelling was offered where the grid happened to meet the
        // wall)
        if (boxOnWalls(ws, w.sMm(), u.module())) {
          for (int m = 0; m < u.boxes(); m++) {
            pos.add(w.sMm() - m * u.module().widthMm());
          }
        }
      }
      pos.addAll(free.starts());
      free.ends().forEach(e -> pos.add(e - u.width()));
      for (Wall w : ws) {
        pos.add(w.sMm() - u.width()); // packed against a wall from the left
        if (bothEnds) {
          pos.add(w.sMm()); // and from the right, as on the mirror image
        }
      }
      for (int s : pos) {
        candidate(wi, wing, row, ws, wb, u, s);
      }
    }
    if (candidates.size() == before) {
      notes.add(new PlanNote(PlanNote.Topic.NO_MODULE, wi, "no module of line " + line.id() + " fits on wing " + wi
          + " (roof less setbacks, obstacles, stair cores, fire resistance or height)"));
    }
  }

  /** A placeable unit: a dwelling type (boxes side by side), a stair or a lift. */
  private record Unit(ModuleKind kind, ModuleType module, DwellingType dwelling, int boxes) {
    int width() {
      return module.widthMm() * boxes;
    }
  }

  private List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    for (DwellingType d : line.dwellings()) {
      line.module(d.moduleTypeId()).ifPresent(m -> out.add(new Unit(ModuleKind.DWELLING, m, d, d.moduleCount())));
    }
    for (ModuleType m : line.modules(ModuleKind.STAIR)) {
      out.add(new Unit(ModuleKind.STAIR, m, null, 1));
    }
    for (ModuleType m : line.modules(ModuleKind.LIFT)) {
      if (liftAccepted(m)) { // a smaller car, or no landing before it, is no lift the code accepts: not placed
        out.add(new Unit(ModuleKind.LIFT, m, null, 1));
      }
    }
    return out;
  }

  /**
   * Whether lift module {@code m} is a new lift the building code accepts: its car as large as a new lift's must be
   * (BB2012 art. 4.28), and the line's gallery, which its door opens onto, as deep as the free floor art. 4.23 asks
   * in front of a lift.
   */
  private boolean liftAccepted(ModuleType m) {
    return code.liftCarLargeEnough(m.liftCarWidthMm(), m.liftCarDepthMm()) && landingDeepEnough();
  }

  /** Whether the line's gallery is as deep as the free floor in front of a lift must be (BB2012 art. 4.23). */
  private boolean landingDeepEnough() {
    return code.liftLandingGiven(line.gallery().depthMm());
  }

  /** Whether bay {@code b} and the stretch from {@code s0} to {@code s1} along its wing overlap by some length, mm. */
  private static boolean overlaps(Bay b, int s0, int s1) {
    return overlapMm(b, s0, s1) > 0;
  }

  /** The length by which bay {@code b} and the stretch from {@code s0} to {@code s1} along its wing overlap, mm. */
  private static int overlapMm(Bay b, int s0, int s1) {
    return Math.min(s1, b.s1Mm()) - Math.max(s0, b.s0Mm());
  }

  /**
   * Whether a box of {@code module} from {@code s} stands on bearing lines at both its sides (within
   * {@link #ALIGN_TOLERANCE_MM}), as the checker's support rule has it; else it stands on the transfer layer.
   */
  private static boolean boxOnWalls(List<Wall> ws, int s, ModuleType module) {
    if (module.support() == SupportPattern.SHORT_EDGES) {
      return false;
    }
    for (int edge : new int[] {s, s + module.widthMm()}) {
      if (ws.stream().noneMatch(w -> Math.abs(w.sMm() - edge) <= ALIGN_TOLERANCE_MM)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The normal patterns of a wing ({@link PositionLattice#starts}) as starts and, on the grid from both ends, the same
   * computed on the wing's mirror image (every wall and block edge mirrored about the middle of the usable range) as
   * ends.
   */
  private FreePositions freePositions(Wing wing, WingRow row, List<Wall> ws, List<Unit> units) {
    int[] widths = units.stream().mapToInt(Unit::width).distinct().sorted().toArray();
    int dwellingMinW = units.stream().filter(u -> u.kind() == ModuleKind.DWELLING).mapToInt(Unit::width).min()
        .orElse(0);
    int[] range = usableRange(wing, row);
    int[] walls = ws.stream().mapToInt(Wall::sMm).toArray();
    List<int[]> blocks = new ArrayList<>(); // every obstacle, core and shaft: {near edge, far edge}, mm along the wing
    List<int[]> onBand = new ArrayList<>(); // the fixed ones the band meets
    Polygon band = rect(wing, 0, row.moduleT0Mm(), wing.lengthMm(), row.rowDepthMm());
    List<Polygon> fixed = new ArrayList<>();
    List<Polygon> removable = new ArrayList<>();
    building.obstacles().forEach(o -> (o.removable() ? removable : fixed).add(o.footprint()));
    building.stairCores().forEach(c -> fixed.add(c.footprint()));
    if (building.lift().positioned()) {
      fixed.add(building.lift().footprint());
    }
    for (List<Polygon> ps : List.of(removable, fixed)) {
      for (Polygon p : ps) {
        double[] r = sRange(wing, p);
        int[] edges = {(int) Math.floor(r[0] + GRID_SLACK_MM), (int) Math.ceil(r[1] - GRID_SLACK_MM)};
        blocks.add(edges);
        if (ps == fixed && overlaps(p, band)) {
          onBand.add(edges);
        }
      }
    }
    int grid = line.transferLayer().gridMm();
    TreeSet<Integer> starts = PositionLattice.starts(range, walls, blocks, onBand, widths, dwellingMinW, grid);
    TreeSet<Integer> ends = new TreeSet<>();
    if (bothEnds) { // the same positions on the wing's mirror image (s to range[0] + range[1] - s), mirrored back
      IntUnaryOperator mirror = x -> range[0] + range[1] - x;
      UnaryOperator<List<int[]>> mirrored = bs -> bs.stream()
          .map(b -> new int[] {mirror.applyAsInt(b[1]), mirror.applyAsInt(b[0])}).toList();
      // a start there, an end here
      PositionLattice.starts(range, Arrays.stream(walls).map(mirror).toArray(), mirrored.apply(blocks),
          mirrored.apply(onBand), widths, dwellingMinW, grid).forEach(s -> ends.add(mirror.applyAsInt(s)));
    }
    if (starts.size() > MAX_POSITIONS || ends.size() > MAX_POSITIONS) {
      String kept = "; kept the first ones";
      if (bothEnds) {
        String from = ends.size() <= MAX_POSITIONS ? "its start" : starts.size() <= MAX_POSITIONS ? "its end"
            : "either end";
        kept = " from " + from + "; kept those nearest that end";
      }
      notes.add(new PlanNote(PlanNote.Topic.POSITIONS_CUT, row.wing(), "wing " + row.wing() + " has more than "
          + MAX_POSITIONS + " free positions" + kept));
      return new FreePositions(firstOf(starts, MAX_POSITIONS), firstOf(ends.descendingSet(), MAX_POSITIONS));
    }
    return new FreePositions(starts, ends);
  }

  /**
   * The free positions of a wing ({@link #freePositions}), mm along it.
   *
   * @param starts where a unit may start: the normal patterns on the grid counted from the wing's usable start
   * @param ends where a unit may end: the same on the wing's mirror image, on the grid counted back from the usable
   *     end; empty unless the plan is built with the grid from both ends
   */
  private record FreePositions(TreeSet<Integer> starts, TreeSet<Integer> ends) {}

  /** The first {@code n} of {@code all}, in its order, as a sorted set. */
  private static TreeSet<Integer> firstOf(NavigableSet<Integer> all, int n) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int p : all) {
      if (out.size() >= n) {
        break;
      }
      out.add(p);
    }
    return out;
  }

  /**
   * The s range of the module band that lies inside the usable roof, to the whole millimetre within
   * {@link #GRID_SLACK_MM} and within the wing ({@code 0} to its length): the band's rectangle, its corners on the 1 mm
   * grid, reaches up to 0.7 mm past the wing's ends on a turned wing, and where it met the roof there (a wing starting
   * at another's facade) the range began at -1 mm, its positions on a lattice counted from there: l-corner turned 85
   * degrees held 15 dwellings where it holds 16.
   */
  private int[] usableRange(Wing wing, WingRow row) {
    Polygon band = rect(wing, 0, row.moduleT0Mm(), wing.lengthMm(), row.rowDepthMm());
    Geometry in = Geometries.intersection(usableRoof, band);
    if (in.isEmpty()) {
      return new int[] {0, 0};
    }
    double[] r = sRange(wing, in);
    return new int[] {Math.max(0, (int) Math.ceil(r[0] - GRID_SLACK_MM)),
        Math.min(wing.lengthMm(), (int) Math.floor(r[1] + GRID_SLACK_MM))};
  }

  /**
   * The s-range {@code within} of the part of a band inside the roof less setbacks (its farthest reach along the wing,
   * mm), with each end taken from {@code bothSides} ({@link #withinBothSides}) where the two lie within
   * {@link #ASKEW_MM}: there a gable or its setback crosses the band askew by the grid's rounding of its corners (an
   * imported roof's corners lie on the 1 mm grid), and a slot to the farthest reach would reach past the tolerance into
   * the setback at its far side and be dropped (a gallery slot at a gable set back 0.3 m, with its dwellings, on a roof
   * turned 156.8 degrees). Farther apart, the band meets a jog of the facade or a gable far from square, and the slot
   * is clipped as before: to the farthest reach, where it then stands clear of the roof less setbacks or is dropped
   * (pieces of a bay's band between jogs would leave gaps in the gallery that the solvers' walks, bay by bay, do not
   * see; the checker found one on a real tile).
   */
  private static double[] askewEnds(double[] within, double[] bothSides) {
    if (bothSides == null) {
      return within;
    }
    return new double[] {Math.abs(bothSides[0] - within[0]) <= ASKEW_MM ? bothSides[0] : within[0],
        Math.abs(bothSides[1] - within[1]) <= ASKEW_MM ? bothSides[1] : within[1]};
  }

  /**
   * The s-range of the band of {@code wing} from {@code s0Mm} to {@code s1Mm} and from {@code t0Mm}, {@code depthMm}
   * deep, within which both its long sides lie in the roof less setbacks, mm ({@code null} where one lies wholly
   * outside it). The sides are taken the tolerance inside the band, so that a side on the roof's edge, which the wing
   * frame gives to a rounding error, lies within it.
   */
  private double[] withinBothSides(Wing wing, double s0Mm, double s1Mm, double t0Mm, double depthMm) {
    double[] out = {s0Mm, s1Mm};
    for (double t : new double[] {t0Mm + CONTAINMENT_TOL_MM, t0Mm + depthMm - CONTAINMENT_TOL_MM}) {
      Geometry side = usableRoof.getFactory().createLineString(new Coordinate[] {
          new Coordinate(wing.planX(s0Mm, t), wing.planY(s0Mm, t)), new Coordinate(wing.planX(s1Mm, t),
          wing.planY(s1Mm, t))});
      Geometry in = Geometries.intersection(usableRoof, side);
      if (in.isEmpty()) {
        return null;
      }
      double[] r = sRange(wing, in);
      out[0] = Math.max(out[0], r[0]);
      out[1] = Math.min(out[1], r[1]);
    }
    return out[0] <= out[1] ? out : null;
  }

  /**
   * The s-range {@code r} to whole millimetres inward, a millionth of one aside for the wing frame's rounding: where a
   * gallery slot, clipped to it, stands on the roof less setbacks but for the rounding of its corners to the grid.
   */
  private static int[] inward(double[] r) {
    return new int[] {(int) Math.ceil(r[0] - 1e-6), (int) Math.floor(r[1] + 1e-6)};
  }

  /** The s-range (along the wing, mm) of geometry {@code g} in the frame of {@code wing}. */
  static double[] sRange(Wing wing, Geometry g) {
    return range(g, k -> wing.localS(k.x, k.y));
  }

  /** The t-range (across the wing, mm) of geometry {@code g} in the frame of {@code wing}. */
  static double[] tRange(Wing wing, Geometry g) {
    return range(g, k -> wing.localT(k.x, k.y));
  }

  private static double[] range(Geometry g, ToDoubleFunction<Coordinate> local) {
    double a = Double.MAX_VALUE;
    double b = -Double.MAX_VALUE;
    for (Coordinate k : g.getCoordinates()) {
      a = Math.min(a, local.applyAsDouble(k));
      b = Math.max(b, local.applyAsDouble(k));
    }
    return new double[] {a, b};
  }

  private void candidate(int wi, Wing wing, WingRow row, List<Wall> ws, List<Bay> wb, Unit u, int s) {
    int width = u.width();
    if (s < 0 || s + width > wing.lengthMm()) {
      return; // outside its own wing (at a corner it may still be roof, but that belongs to the other wing)
    }
    Polygon r = rect(wing, s, row.moduleT0Mm(), width, u.module().depthMm());
    if (!usable.covers(r)) {
      return;
    }
    Blocking block = blocking(r, false);
    if (block == null) {
      return;
    }
    int top = topStorey(u.module());
    if (top < 1) {
      return;
    }
    int offWalls = 0;
    for (int m = 0; m < u.boxes(); m++) {
      if (!boxOnWalls(ws, s + m * u.module().widthMm(), u.module())) {
        offWalls |= 1 << m;
      }
    }
    List<Integer> over = new ArrayList<>();
    List<Integer> transfer = new ArrayList<>();
    for (Bay b : wb) {
      if (overlaps(b, s, s + width)) {
        over.add(b.index());
      }
      for (int m = 0; m < u.boxes(); m++) {
        int m0 = s + m * u.module().widthMm();
        if ((offWalls >> m & 1) != 0 && overlapMm(b, m0, m0 + u.module().widthMm()) > CARRIED_WITHIN_MM
            && !transfer.contains(b.index())) {
          transfer.add(b.index());
        }
      }
    }
    int access = s + width / 2;
    double kn = u.module().loadKn() * u.boxes();
    long cost = u.module().costEur() * u.boxes() + (u.dwelling() == null ? 0 : u.dwelling().extraCostEur());
    double area = u.dwelling() == null ? 0 : u.dwelling().usableAreaM2();
    int bay = accessBayOf(wb, access);
    int first = candidates.size();
    Candidate c = new Candidate(first, wi, u.kind(), u.module(), u.dwelling(), u.boxes(), s, width,
        row.moduleT0Mm(), offWalls, over, transfer, bay, access, LoadShare.spread(kn, s, s + width, wb), cost,
        u.module().carbonKgCo2e() * u.boxes(), area, top, block.removable, first);
    candidates.add(c);
    // an access point on the wall between two bays with gallery slots covering it: reached from either (the twin)
    int after = Plan.nextBayCovering(wb, galleries, bay, access);
    if (after >= 0) {
      candidates.add(c.twin(candidates.size(), after));
    }
  }

  /**
   * Where the access a dwelling needs reaches fewer than {@code top} storeys (the most its dwelling modules stand on),
   * lowers {@link #storeys} to those it reaches and says why; else null. Every dwelling's door lies on a gallery of its
   * storey and reaches a stair (a module of the line, or an existing core extended) along it; once a new storey's floor
   * lies above the code's lift threshold every new storey needs a lift, and each above
   * the fire-fighting threshold a fire-fighting lift (docs/model.md, "Heights and the building code"): a lift module of
   * the line stacked from storey 1, or the building's lift extended. Each module stacks, resists fire and stands under
   * the height limit as a dwelling module does ({@link #topStorey}). A QA pass found galleries above their type's
   * maxStack in the layouts, and a line without a fire-fighting lift searched for 44 s on a 3 s limit for a storey
   * above 20 m it could never use, explained as "no layout ... was found better".
   */
  private String accessStops(int top) {
    int galleryTop = topStorey(line.gallery());
    if (galleryTop < top) {
      storeys = galleryTop;
      return moduleStops(line.gallery(), galleryTop + 1, "every dwelling's door lies on a gallery of its storey");
    }
    // a stair along the gallery of each storey with dwellings: a stair module of the line, or an existing core
    // extended; without a core to extend, the stair modules' stack bounds the storeys (a QA pass: a stair stacking
    // one high left storey 2 searched, and unexplained)
    ModuleType stair = highest(line.modules(ModuleKind.STAIR));
    if (building.stairCores().stream().noneMatch(StairCore::extendable) && stair != null && topStorey(stair) < top) {
      storeys = topStorey(stair);
      return moduleStops(stair, storeys + 1, "every dwelling's door reaches a stair along its gallery, and the"
          + " building has no stair core to extend");
    }
    boolean extendable = Plan.liftExtendable(building, line, code);
    for (boolean fire : new boolean[] {false, true}) {
      int threshold = fire ? code.fireFightingLiftAboveFloorMm() : code.liftAboveFloorMm();
      int below = 0; // the storeys whose floor lies at or below the threshold
      while (below < top && floors.get(below) <= threshold) {
        below++;
      }
      List<ModuleType> ofKind = line.modules(ModuleKind.LIFT).stream().filter(m -> !fire || m.fireFightingLift())
          .toList();
      ModuleType lift = highest(ofKind.stream().filter(this::liftAccepted).toList());
      int liftTop = extendable && (!fire || building.lift().fireFighting()) ? top
          : lift == null ? 0 : topStorey(lift);
      if (Math.max(below, liftTop) < top) {
        storeys = Math.max(below, liftTop);
        String need = String.format(Locale.ROOT, "storey %d's floor lies at %s, above %.1f m, where %s",
            below + 1, Texts.metres(floors.get(below)), threshold / 1000.0, fire ? "a storey needs a fire-fighting lift"
                : "every new storey needs a lift");
        String existing = !building.lift().present() ? "the building has no lift"
            : !building.lift().extendable() ? "the building's lift cannot be extended"
            : !extendable ? String.format(Locale.ROOT, "the building's lift, extended, would open onto line %s's"
                + " gallery %s, %s deep, less than the %.2f x %.2f m free floor in front of a lift (BB2012 art."
                + " 4.23)", line.id(), line.gallery().id(), Texts.metres(line.gallery().depthMm()),
                code.liftLandingMm() / 1000.0, code.liftLandingMm() / 1000.0)
            : "the building's lift is no fire-fighting lift";
        if (lift == null && !ofKind.isEmpty() && !landingDeepEnough()) {
          return String.format(Locale.ROOT, "%s: line %s's gallery %s, which a lift module's door opens onto, is %s"
              + " deep, less than the %.2f x %.2f m free floor the building code asks in front of a lift (BB2012 art."
              + " 4.23), and %s", need, line.id(), line.gallery().id(), Texts.metres(line.gallery().depthMm()),
              code.liftLandingMm() / 1000.0, code.liftLandingMm() / 1000.0, building.lift().present()
                  && building.lift().extendable() ? "the building's lift, extended, would open onto it too" : existing);
        }
        if (lift == null && !ofKind.isEmpty()) {
          return String.format(Locale.ROOT, "%s: the cars of line %s's %slift modules (%s) fall short of the %.2f x"
              + " %.2f m the building code asks of a new lift in a building of more than 6 dwellings (BB2012 art."
              + " 4.28, a stretcher lift), and %s", need, line.id(), fire ? "fire-fighting " : "", ofKind.stream()
                  .map(m -> String.format(Locale.ROOT, "%s: %s x %s m across x from its door", m.id(),
                      Texts.metresFigure(m.liftCarWidthMm()), Texts.metresFigure(m.liftCarDepthMm())))
                  .collect(Collectors.joining("; ")),
              code.liftCarWidthMm() / 1000.0, code.liftCarDepthMm() / 1000.0, existing);
        }
        if (lift == null) {
          return String.format(Locale.ROOT, "%s: line %s has no %slift module and %s", need, line.id(),
              fire ? "fire-fighting " : "", existing);
        }
        return moduleStops(lift, liftTop + 1, need + ", and " + existing);
      }
    }
    return null;
  }

  /** Whether {@code m} is a gallery whose balustrade is lower than its deck at {@code floorMm} needs (art. 2.18). */
  private boolean balustradeTooLow(ModuleType m, int floorMm) {
    return m.kind() == ModuleKind.GALLERY && m.balustradeHeightMm() < code.requiredBalustradeMm(floorMm);
  }

  /** Of {@code modules}, the first that stands on the most storeys ({@link #topStorey}); null where there is none. */
  private ModuleType highest(List<ModuleType> modules) {
    ModuleType best = null;
    for (ModuleType m : modules) {
      if (best == null || topStorey(m) > topStorey(best)) {
        best = m;
      }
    }
    return best;
  }

  /**
   * Why module {@code m} of the line cannot stand on {@code storey}, in words: the first of its stack
   * ({@code maxStack}), its fire resistance against the storey's floor level, a gallery's balustrade against it, its
   * top against the height limit; then {@code what}, why that stops the storeys.
   */
  private String moduleStops(ModuleType m, int storey, String what) {
    int floor = floors.get(storey - 1);
    int need = code.requiredFireResistanceMin(floor);
    String why = storey > m.maxStack() ? String.format(Locale.ROOT, "it stacks at most %d high (maxStack)",
        m.maxStack())
        : m.fireResistanceMin() < need ? String.format(Locale.ROOT, "it resists fire for %d min, and a floor at %s"
            + " needs %d min", m.fireResistanceMin(), Texts.metres(floor), need)
        : balustradeTooLow(m, floor) ? String.format(Locale.ROOT, "its balustrade is %s high, and a gallery at"
            + " %s needs %s (BB2012 art. 2.18)", Texts.metres(m.balustradeHeightMm()), Texts.metres(floor),
            Texts.metres(code.requiredBalustradeMm(floor)))
        : String.format(Locale.ROOT, "its top would reach %s, above the height limit of %s",
            Texts.metres(floor + m.heightMm()), Texts.metres(building.zoning().maxHeightAboveGroundMm()));
    return String.format(Locale.ROOT, "the %s module %s stands on no storey from %d on: %s; %s",
        m.kind().name().toLowerCase(Locale.ROOT), m.id(), storey, why, what);
  }

  private int topStorey(ModuleType m) {
    int top = 0;
    for (int k = 1; k <= Math.min(storeys, m.maxStack()); k++) {
      int floor = floors.get(k - 1);
      if (m.fireResistanceMin() < code.requiredFireResistanceMin(floor)
          || floor + m.heightMm() > building.zoning().maxHeightAboveGroundMm() || balustradeTooLow(m, floor)) {
        break;
      }
      top = k;
    }
    return top;
  }
}
