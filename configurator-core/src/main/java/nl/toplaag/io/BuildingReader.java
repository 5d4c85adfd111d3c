package nl.toplaag.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.Building;
import nl.toplaag.building.ExistingLift;
import nl.toplaag.building.LoadReserve;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.RoofType;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.building.ZoningLimits;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.algorithm.MinimumDiameter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a building from JSON (format: {@code docs/building.schema.json}). Input lengths are metres; the
 * result is in millimetres relative to {@code origin}. Every problem is reported as an {@link InputException}
 * with the JSON pointer of the offending value.
 */
public final class BuildingReader {

  /** The fields a stair core of a building file may have ({@code docs/building.schema.json} lists the same). */
  public static final Set<String> STAIR_CORE_FIELDS = Set.of("outline", "extendable", "ownStructure");

  /** The most vertices accepted in one polygon. */
  public static final int MAX_VERTICES = 10_000;

  /** The largest plan extent of a building accepted, metres; larger usually means wrong units. */
  public static final double MAX_EXTENT_M = 1_000;

  /** The largest coordinate accepted, metres (RD New stays well within this). */
  private static final double MAX_COORD_M = 1_000_000;

  /** A building id: it names the result files, so it must be a plain file name. */
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /**
   * The range of a roof level per existing storey accepted, metres: outside it, the roof level or the storeys are
   * almost certainly wrong: an existing room may be 2.1 m high (Bouwbesluit, domain.md §3.4), so a storey with its
   * floor is more than 2 m, and a storey of 6 m is already a hall. The range guards against a roof level given in
   * storeys or millimetres, not against an unusual building (the bundled ones are 2.7-3.1 m a storey).
   */
  private static final double MIN_STOREY_M = 2.0;
  private static final double MAX_STOREY_M = 6.0;

  /**
   * How far short of or past a wing's end the last wall of a wall grid may fall and still stand at that end (the
   * gable), millimetres:
   * as far as a module's edge may lie from a wall and stand on it (PlanBuilder.ALIGN_TOLERANCE_MM), so that pitches
   * measured on a drawing and a wing measured on the 3D BAG, a few centimetres apart, keep the gable wall.
   */
  private static final int GABLE_WALL_TOLERANCE_MM = 60;

  /** How far a stair core may stand from the roof outline (a stair tower beside the block), millimetres. */
  private static final double NEAR_ROOF_MM = 5_000;

  /**
   * The range of an obstacle's height above the roof accepted, metres: a flue or a vent from 0.1 m, a higher wing of
   * the same building up to 100 m (more is a height above ground or in millimetres).
   */
  private static final double MIN_OBSTACLE_M = 0.1;
  private static final double MAX_OBSTACLE_M = 100;

  /** The highest roof level accepted, metres above ground (so also the deepest a lower roof part may lie). */
  private static final double MAX_ROOF_LEVEL_M = 200;

  /** The extent of RD New (EPSG:28992) over the Netherlands, metres (its published area of use, rounded out). */
  private static final double RD_MIN_X_M = -7_000;
  private static final double RD_MAX_X_M = 300_000;
  private static final double RD_MIN_Y_M = 289_000;
  private static final double RD_MAX_Y_M = 629_000;

  /**
   * The range of a ground level accepted, metres above NAP: the Netherlands lie from about 7 m below NAP (the
   * Zuidplaspolder) to 323 m above it (the Vaalserberg); outside it the level is not in NAP metres, or not on land.
   */
  private static final double MIN_GROUND_NAP_M = -10;
  private static final double MAX_GROUND_NAP_M = 330;

  /**
   * Fields of a building file that no other file of Toplaag's has (a catalogue, product line, result, tile or the
   * import's assumptions, which gives a storey height).
   */
  private static final List<String> BUILDING_ONLY = List.of("roofOutline", "roofLevelM", "existingStoreys",
      "roofType", "structure", "loadReserve", "stairCores", "zoning");

  private static final Set<String> TOP = Set.of("$schema", "id", "name", "source", "assumptions", "crs", "origin",
      "groundLevelNapM", "roofOutline", "roofLevelM", "existingStoreys", "storeyHeightM", "roofType",
      "pitchedRoofRemovalCostEurPerM2", "wings", "structure", "loadReserve", "stairCores", "lift", "obstacles",
      "zoning", "parkingSpacesPerDwelling");

  private BuildingReader() {}

  /** Reads the building file at {@code path}. */
  public static Building read(Path path) throws InputException {
    return read(JsonInput.read(path));
  }

  /**
   * The id of the building in the file at {@code path}, where it gives a valid one, whatever else may be wrong with
   * the file; empty where it cannot be read as JSON, gives none, or is no building file at all: a product line's file
   * given by mistake has an id too, and configure and batch remove an earlier run's results by this id (a review, 7
   * Dec 2026), so the file must have a field only a building has ({@link #BUILDING_ONLY}). A building file missing its
   * {@code roofOutline} keeps its id (a QA pass, 7 Dec 2026: its earlier results stayed beside the error). For naming
   * a file {@link #read} rejects.
   */
  public static Optional<String> idOf(Path path) {
    try {
      JsonInput in = JsonInput.read(path).requireObject();
      return BUILDING_ONLY.stream().anyMatch(in::has) ? Optional.of(id(in)) : Optional.empty();
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /** The building's {@code id}: it names the result files, so it must be a plain file name. */
  private static String id(JsonInput in) throws InputException {
    String id = in.getString("id");
    if (!ID.matcher(id).matches()) {
      // "letters" said A to Z: "café" was refused as of letters (a QA pass)
      throw in.error("id", "expected an id of at most 100 letters A-Z or a-z (no accents), digits, '.', '_' or '-',"
          + " starting with a letter or digit (it names the result files) but found \"" + JsonInput.shown(id) + "\"");
    }
    return id;
  }

  /**
   * Rejects, with what to give instead, the other JSON files a user may give where a building file is asked for: a
   * 3D BAG tile (CityJSON), a result file (field {@code layouts}) and a catalogue or product line file (fields
   * {@code lines} or {@code modules}). Their fields are no building's, so that each is named as what it is, not by
   * its first unknown field.
   */
  private static void notAnotherKindOfFile(JsonInput in) throws InputException {
    JsonNode n = in.node();
    if (!n.isObject() || n.has("roofOutline")) {
      return;
    }
    if ("CityJSON".equals(n.path("type").asText())) {
      throw in.error("type", "a CityJSON file (such as a 3D BAG tile) is not a building file: expected a Toplaag"
          + " building (docs/building.schema.json); toplaag import 3dbag TILE --out DIR writes one for each slab of"
          + " a 3D BAG tile (docs/buildings.md, \"Import from the 3D BAG\")");
    }
    if (n.has("layouts")) {
      JsonNode building = n.path("building");
      String of = building.isTextual() ? " of building \"" + JsonInput.shown(building.asText()) + "\"" : "";
      throw in.error("layouts", "a result file" + of + " (written by configure or batch) is not a building file:"
          + " expected a Toplaag building (docs/building.schema.json); give the building file the result was made"
          + " from, and the result to view, render or export with --layout");
    }
    if (n.has("lines") || n.has("modules")) {
      String field = n.has("lines") ? "lines" : "modules";
      throw in.error(field, "a " + (field.equals("lines") ? "catalogue" : "product line") + " file is not a"
          + " building file: expected a Toplaag building (docs/building.schema.json); give a catalogue with"
          + " --catalog");
    }
  }

  /** Reads a building from parsed JSON. */
  public static Building read(JsonInput in) throws InputException {
    notAnotherKindOfFile(in);
    in.requireOnly(TOP);
    String id = id(in);
    String crs = in.optString("crs", "local");
    if (!crs.equals("local") && !crs.equals("EPSG:28992")) {
      throw in.error("crs", "expected \"local\" or \"EPSG:28992\" but found \"" + JsonInput.shown(crs) + "\"");
    }
    double[] origin = in.has("origin") ? in.get("origin").asPoint(MAX_COORD_M, "m") : new double[] {0, 0};
    OptionalDouble groundNapM = in.has("groundLevelNapM")
        ? OptionalDouble.of(in.getDouble("groundLevelNapM", MIN_GROUND_NAP_M, MAX_GROUND_NAP_M, "m above NAP"))
        : OptionalDouble.empty();
    Polygon outline = polygon(in.get("roofOutline"), origin);
    if (crs.equals("EPSG:28992")) {
      requireInRdNew(in, outline, origin);
    }
    double roofLevelM = in.getDouble("roofLevelM", 0, MAX_ROOF_LEVEL_M, "m above ground");
    int storeys = in.getInt("existingStoreys", 1, 60);
    double storeyHeightM = in.getDouble("storeyHeightM", 2.0, 6.0, "m");
    double perStoreyM = roofLevelM / storeys;
    if (perStoreyM < MIN_STOREY_M || perStoreyM > MAX_STOREY_M) {
      throw in.error("roofLevelM", String.format(java.util.Locale.ROOT, "a roof %.2f m above ground on %d existing"
          + " storeys is %.2f m a storey; expected %.1f to %.1f m a storey (check roofLevelM, in metres above ground,"
          + " and existingStoreys)", roofLevelM, storeys, perStoreyM, MIN_STOREY_M, MAX_STOREY_M));
    }
    RoofType roofType = RoofType.valueOf(in.getChoice("roofType", Set.of("flat", "pitched"))
        .toUpperCase(java.util.Locale.ROOT));
    double removal = in.optDouble("pitchedRoofRemovalCostEurPerM2", 0, 0, 10_000, "EUR/m2");
    if (roofType == RoofType.PITCHED && !in.has("pitchedRoofRemovalCostEurPerM2")) {
      throw in.error("pitchedRoofRemovalCostEurPerM2",
          "missing: a pitched roof is removed before modules are placed, so its removal cost per m2 is needed");
    }
    List<Wing> wings = in.has("wings") ? wings(in.get("wings"), origin) : List.of(derivedWing(outline));
    for (int i = 0; i < wings.size(); i++) {
      Wing w = wings.get(i);
      Polygon r = w.rectangle();
      double inside = Geometries.intersection(r, outline).getArea() / r.getArea();
      if (inside < 0.9) {
        if (!in.has("wings")) { // a QA pass: "check its origin, direction and size" of a wing the file never gave
          throw in.get("roofOutline").error(String.format(java.util.Locale.ROOT, "no wings are given, and only"
              + " %.0f %% of the one wing taken from this outline's enclosing rectangle lies on it;"
              + " expected a roof close to a rectangle, or its wings given (\"wings\": one rectangle per wing, as for"
              + " an L; docs/buildings.md)", 100 * inside));
        }
        throw in.get("wings").elements().get(i).error(String.format(java.util.Locale.ROOT, "only %.0f %% of this"
            + " wing lies on the roof outline; expected a wing rectangle on the roof (check its origin, direction and"
            + " size: its depth lies to the left of directionDeg)", 100 * inside));
      }
    }
    requireApart(in, wings);
    List<BearingLine> lines = structure(in.get("structure"), origin, wings);
    requireOnRoof(in.get("structure"), lines, outline);
    requireAcrossAWing(in.get("structure"), lines, wings);
    LoadReserve reserve = loadReserve(in.get("loadReserve"));
    List<StairCore> cores = new ArrayList<>();
    for (JsonInput c : in.optArray("stairCores")) {
      c.requireOnly(STAIR_CORE_FIELDS);
      Polygon core = nearRoof(c, "the stair core", polygon(c.get("outline"), origin), outline);
      for (int k = 0; k < cores.size(); k++) {
        if (Geometries.intersection(core, cores.get(k).footprint()).getArea() > 0) {
          throw c.error("outline", "the stair core overlaps stair core " + k + "; expected each core once");
        }
      }
      cores.add(new StairCore(core, c.optBool("extendable", true), c.optBool("ownStructure", false)));
    }
    ExistingLift lift = ExistingLift.NONE;
    if (in.has("lift")) {
      JsonInput l = in.get("lift").requireOnly(Set.of("present", "extendable", "fireFighting", "outline"));
      boolean present = l.optBool("present", false);
      Polygon shaft = null;
      if (l.has("outline")) {
        shaft = polygon(l.get("outline"), origin);
        if (!present) {
          throw l.error("outline", "an outline for a lift that is not present; expected \"present\": true with it");
        }
        nearRoof(l, "the lift shaft", shaft, outline);
        int core = coreWithOutline(shaft, cores);
        if (core >= 0) {
          throw l.error("outline", "the lift shaft has the outline of stair core " + core + "; expected the shaft's"
              + " own outline (a lift in a stairwell lies within its core, smaller than it)");
        }
      }
      if (!present && l.optBool("fireFighting", false)) {
        throw l.error("fireFighting", "a fire-fighting lift that is not present; expected \"present\": true with it");
      }
      if (!present && l.has("extendable") && l.optBool("extendable", false)) {
        throw l.error("extendable", "an extendable lift that is not present; expected \"present\": true with it");
      }
      lift = new ExistingLift(present, present && l.optBool("extendable", true), present && l.optBool("fireFighting",
          false), shaft);
    }
    List<RoofObstacle> obstacles = new ArrayList<>();
    for (JsonInput o : in.optArray("obstacles")) {
      o.requireOnly(Set.of("outline", "description", "removable", "removalCostEur", "heightM", "belowRoofM"));
      Polygon obstacle = polygon(o.get("outline"), origin);
      if (!obstacle.intersects(outline)) {
        throw o.error("outline", String.format(java.util.Locale.ROOT, "the obstacle lies %.1f m off the roof"
            + " outline; expected an obstacle on the roof", obstacle.distance(outline) / 1000));
      }
      int core = coreWithOutline(obstacle, cores);
      if (core >= 0) {
        throw o.error("outline", "the obstacle has the outline of stair core " + core + "; expected a stair core once,"
            + " under stairCores (its access and whether it is extended are the core's)");
      }
      // an obstacle on the roof given twice had its removal priced twice (a QA pass); lower parts of the roof may share
      // an outline, each a step further down (a 3D BAG roof's parts)
      if (!o.has("belowRoofM")) {
        List<Polygon> onRoof = obstacles.stream().map(r -> r.belowRoofMm().isEmpty() ? r.footprint() : null).toList();
        int same = withOutline(obstacle, onRoof);
        if (same >= 0) {
          throw o.error("outline", "the obstacle has the outline of obstacle " + same + "; expected each obstacle"
              + " once");
        }
      }
      OptionalInt height = o.has("heightM")
          ? OptionalInt.of(mm(o.getDouble("heightM", MIN_OBSTACLE_M, MAX_OBSTACLE_M, "m above the roof")))
          : OptionalInt.empty();
      OptionalInt below = lowerPart(o, roofLevelM);
      obstacles.add(new RoofObstacle(obstacle, o.optString("description", ""),
          o.optBool("removable", false), Math.round(o.optDouble("removalCostEur", 0, 0, 1e8, "EUR")), height, below));
    }
    ZoningLimits zoning = zoning(in.get("zoning"), outline, roofLevelM);
    double parking = in.optDouble("parkingSpacesPerDwelling", 0, 0, 5, "spaces per dwelling");
    // a wing derived from the outline is an assumption too: its front, the gallery side, is not in the file
    String assumptions = in.optString("assumptions", "");
    if (!in.has("wings")) {
      assumptions = assumptions.isEmpty() ? SourceNotes.FRONT_DERIVED : assumptions + "; " + SourceNotes.FRONT_DERIVED;
    }
    return new Building(id, in.optString("name", id), in.optString("source", ""), assumptions, crs, origin[0],
        origin[1], groundNapM, outline, mm(roofLevelM), storeys, mm(storeyHeightM), roofType, removal, lines,
        reserve, cores, lift, obstacles, zoning, parking, wings);
  }

  /**
   * How much of the larger of two outlines the two share for one to be given as the other (a stair core given again
   * as a lift shaft or an obstacle), a fraction of its area.
   */
  private static final double SAME_OUTLINE_SHARE = 0.9;

  /**
   * The index of the first of the {@code cores} whose outline {@code shape} has ({@link #SAME_OUTLINE_SHARE}), or -1.
   */
  private static int coreWithOutline(Polygon shape, List<StairCore> cores) {
    return withOutline(shape, cores.stream().map(StairCore::footprint).toList());
  }

  /**
   * The index of the first of {@code outlines} (null: none to compare) with {@code shape}'s outline
   * ({@link #SAME_OUTLINE_SHARE}), or -1.
   */
  private static int withOutline(Polygon shape, List<? extends Geometry> outlines) {
    for (int k = 0; k < outlines.size(); k++) {
      Geometry other = outlines.get(k);
      if (other == null) {
        continue; // not one to compare with
      }
      double shared = Geometries.intersection(shape, other).getArea();
      if (shared >= SAME_OUTLINE_SHARE * Math.max(shape.getArea(), other.getArea())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * An obstacle's {@code belowRoofM} in millimetres, or empty where it has none: a lower part of the roof lies
   * {@link #MIN_OBSTACLE_M} m to {@code roofLevelM} below the roof level (at most down to the ground), is not also
   * {@code heightM} high, and is part of the building, so not removable.
   */
  private static OptionalInt lowerPart(JsonInput o, double roofLevelM) throws InputException {
    if (!o.has("belowRoofM")) {
      return OptionalInt.empty();
    }
    double belowM = o.getDouble("belowRoofM", MIN_OBSTACLE_M, MAX_ROOF_LEVEL_M, "m below the roof");
    if (belowM > roofLevelM) {
      throw o.error("belowRoofM", String.format(java.util.Locale.ROOT, "a lower roof part %s m below a roof %s m"
          + " above ground would lie below the ground; expected at most roofLevelM (%s m)", belowM, roofLevelM,
          roofLevelM));
    }
    if (o.has("heightM")) {
      throw o.error("heightM", "a lower roof part (belowRoofM) has no height above the roof; expected either"
          + " heightM (an obstacle on the roof) or belowRoofM (a lower part of the roof), not both");
    }
    if (o.optBool("removable", false)) {
      throw o.error("removable", "a lower roof part (belowRoofM) is part of the building and cannot be removed;"
          + " expected removable false");
    }
    return OptionalInt.of(mm(belowM));
  }

  /** Requires every bearing line to cross or touch the roof outline. */
  private static void requireOnRoof(JsonInput structure, List<BearingLine> lines, Polygon outline)
      throws InputException {
    int given = structure.optArray("bearingLines").size();
    for (int i = lines.size() - given; i < lines.size(); i++) {
      LineString l = lines.get(i).line();
      if (!l.intersects(outline)) {
        throw structure.get("bearingLines").elements().get(i - (lines.size() - given)).error(String.format(
            java.util.Locale.ROOT, "the bearing line lies %.1f m off the roof outline; expected it under the roof",
            l.distance(outline) / 1000));
      }
    }
  }

  /**
   * Requires every drawn bearing line to cross some wing at right angles (within 1 degree, as the plan and the checker
   * take a wing's walls): one along a wing, or askew to every wing, carries nothing anywhere (docs/model.md,
   * "Structure and loads"), and was dropped without a word (QA51: a longitudinal wall along the facade).
   */
  private static void requireAcrossAWing(JsonInput structure, List<BearingLine> lines, List<Wing> wings)
      throws InputException {
    int given = structure.optArray("bearingLines").size();
    for (int i = lines.size() - given; i < lines.size(); i++) {
      LineString l = lines.get(i).line();
      Coordinate a = l.getCoordinateN(0);
      Coordinate b = l.getCoordinateN(l.getNumPoints() - 1);
      if (wings.stream().anyMatch(w -> w.across(a.x, a.y, b.x, b.y))) {
        continue;
      }
      double bestCos = Double.POSITIVE_INFINITY; // the wing it is nearest square to, for the message
      int bestWing = 0;
      for (int w = 0; w < wings.size(); w++) {
        double cos = wings.get(w).alongness(a.x, a.y, b.x, b.y);
        if (cos < bestCos) {
          bestCos = cos;
          bestWing = w;
        }
      }
      throw structure.get("bearingLines").elements().get(i - (lines.size() - given)).error(String.format(
          java.util.Locale.ROOT, "the bearing line runs at %.1f degrees to wing %d's front, so it crosses no wing"
          + " at right angles (within 1 degree) and would carry nothing: a line counts only in a wing it crosses"
          + " square, from front to rear (docs/model.md, \"Structure and loads\"); expected a wall across a wing,"
          + " or leave it out", Math.toDegrees(Math.acos(Math.min(1, bestCos))), bestWing));
    }
  }

  /** Requires the roof outline to lie in the Netherlands as RD New (EPSG:28992) places it. */
  private static void requireInRdNew(JsonInput in, Polygon outline, double[] origin) throws InputException {
    org.locationtech.jts.geom.Envelope e = outline.getEnvelopeInternal();
    double x0 = e.getMinX() / 1000 + origin[0];
    double y0 = e.getMinY() / 1000 + origin[1];
    double x1 = e.getMaxX() / 1000 + origin[0];
    double y1 = e.getMaxY() / 1000 + origin[1];
    if (x0 < RD_MIN_X_M || x1 > RD_MAX_X_M || y0 < RD_MIN_Y_M || y1 > RD_MAX_Y_M) {
      throw in.error(in.has("origin") ? "origin" : "roofOutline", String.format(java.util.Locale.ROOT, "with crs"
          + " EPSG:28992 the roof lies at x %.0f to %.0f m, y %.0f to %.0f m, outside the Netherlands (RD New: x %.0f"
          + " to %.0f m, y %.0f to %.0f m); expected \"origin\" in RD coordinates, or crs \"local\"", x0, x1, y0,
          y1, RD_MIN_X_M, RD_MAX_X_M, RD_MIN_Y_M, RD_MAX_Y_M));
    }
  }

  private static int mm(double m) {
    return (int) Math.round(m * 1000);
  }

  /**
   * {@code shape}, the outline of object {@code in} ({@code what} in the message), where it lies on the roof or beside
   * it, within {@link #NEAR_ROOF_MM} of the roof outline {@code roof}; else an error at its outline.
   */
  private static Polygon nearRoof(JsonInput in, String what, Polygon shape, Polygon roof) throws InputException {
    double d = shape.distance(roof);
    if (d > NEAR_ROOF_MM) {
      // to the millimetre where a tenth of a metre would read as the limit itself ("5.0 m ... within 5 m")
      String lies = String.format(java.util.Locale.ROOT, d < NEAR_ROOF_MM + 50 ? "%.3f" : "%.1f", d / 1000);
      throw in.error("outline", String.format(java.util.Locale.ROOT, "%s lies %s m from the roof outline; expected"
          + " it on the roof or beside it (within %.0f m)", what, lies, NEAR_ROOF_MM / 1000.0));
    }
    return shape;
  }

  /** Reads a closed ring of {@code [x, y]} points in metres as a valid polygon in millimetres. */
  static Polygon polygon(JsonInput ring, double[] origin) throws InputException {
    List<JsonInput> pts = ring.elements();
    if (pts.size() > MAX_VERTICES) {
      throw ring.error("polygon has " + pts.size() + " vertices; at most " + MAX_VERTICES + " are accepted");
    }
    if (pts.size() < 4) {
      throw ring.error("expected a closed ring of at least 4 points [x, y] (first = last) but found " + pts.size());
    }
    Coordinate[] cs = new Coordinate[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      double[] p = pts.get(i).asPoint(MAX_COORD_M, "m");
      cs[i] = new Coordinate(Math.round((p[0] - origin[0]) * 1000), Math.round((p[1] - origin[1]) * 1000));
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      throw ring.error("polygon is open: the last point must equal the first");
    }
    Polygon poly;
    try {
      poly = Geometries.FACTORY.createPolygon(cs);
    } catch (IllegalArgumentException e) {
      throw ring.error("not a polygon: " + e.getMessage());
    }
    double w = poly.getEnvelopeInternal().getWidth() / 1000;
    double h = poly.getEnvelopeInternal().getHeight() / 1000;
    if (Math.max(w, h) > MAX_EXTENT_M) {
      throw ring.error(String.format(java.util.Locale.ROOT, "polygon spans %.0f x %.0f m; a building roof is at most"
          + " %.0f m across: are the coordinates in metres and relative to \"origin\"?", w, h, MAX_EXTENT_M));
    }
    // before validity: JTS calls a ring that encloses nothing (its points on one line, or retracing each other) a
    // self-intersection, which would send the user looking for a crossing; a bow-tie, whose two lobes' areas cancel,
    // encloses something and stays a self-intersection
    if (poly.getArea() <= 0 && poly.buffer(0).getArea() <= 0) {
      throw ring.error("polygon has zero area: expected a ring around a roof, but its points lie on one line or"
          + " retrace each other");
    }
    TopologyValidationError err = new IsValidOp(poly).getValidationError();
    if (err != null) {
      Coordinate c = err.getCoordinate();
      String at = c == null ? "" : String.format(java.util.Locale.ROOT, " near (%.3f, %.3f) m",
          c.x / 1000 + origin[0], c.y / 1000 + origin[1]);
      throw ring.error("invalid polygon: " + err.getMessage().toLowerCase(java.util.Locale.ROOT) + at);
    }
    return poly;
  }

  private static List<Wing> wings(JsonInput arr, double[] origin) throws InputException {
    List<Wing> out = new ArrayList<>();
    for (JsonInput w : arr.elements()) {
      w.requireOnly(Set.of("origin", "directionDeg", "lengthM", "depthM"));
      double[] o = w.get("origin").asPoint(MAX_COORD_M, "m");
      out.add(new Wing((o[0] - origin[0]) * 1000, (o[1] - origin[1]) * 1000, w.getDouble("directionDeg", -360, 360,
          "degrees"), mm(w.getDouble("lengthM", 1, MAX_EXTENT_M, "m")), mm(w.getDouble("depthM", 1, 100, "m"))));
    }
    if (out.isEmpty()) {
      throw arr.error("expected at least one wing");
    }
    return out;
  }

  /**
   * How thick the overlap of two wings may be and still be two wings that touch, millimetres (an overlap thinner than
   * twice this is taken as touching): a wing's corners are given to the millimetre and an imported L's wings are each
   * turned along their own facade, so two that meet overlap by a sliver; more is a wing drawn across another.
   */
  private static final double WING_OVERLAP_MM = 50;

  /**
   * Throws where two of the {@code wings} of {@code in} overlap by more than a sliver ({@link #WING_OVERLAP_MM}) other
   * than at an L's corner: there both wings may cover the square where they meet (the planner keeps their modules
   * apart there), so the overlap lies at one end of each, no longer along it than the other is deep. Any other overlap
   * (a wing drawn along or across another) would plan the roof under both twice, as two rows of modules on one roof
   * (QA57: crossing wings gave layouts no building takes, and searches many times their time limit).
   */
  private static void requireApart(JsonInput in, List<Wing> wings) throws InputException {
    for (int j = 1; j < wings.size(); j++) {
      for (int i = 0; i < j; i++) {
        Polygon a = wings.get(i).rectangle();
        Polygon b = wings.get(j).rectangle();
        if (Geometries.overlapsBeyond(a, b, WING_OVERLAP_MM)) {
          Geometry both = Geometries.intersection(a, b);
          if (!atAnEnd(wings.get(i), wings.get(j), both) || !atAnEnd(wings.get(j), wings.get(i), both)) {
            throw in.get("wings").elements().get(j).error(String.format(java.util.Locale.ROOT, "this wing overlaps"
                + " wing %d over %.2f m2, not only at a corner where they meet; expected wings that touch, or of an L"
                + " that share the square at its corner", i, both.getArea() / 1e6));
          }
        }
      }
    }
  }

  /**
   * Whether {@code overlap} lies within the first or the last {@code other}'s depth of {@code w}'s length (with
   * {@link #WING_OVERLAP_MM} to spare): the square at an end where an L's other wing meets it.
   */
  private static boolean atAnEnd(Wing w, Wing other, Geometry overlap) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Coordinate c : overlap.getCoordinates()) {
      double s = w.localS(c.x, c.y);
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
    double reach = other.depthMm() + WING_OVERLAP_MM;
    return hi <= reach || lo >= w.lengthMm() - reach;
  }

  /**
   * The wing of a roof given without wings: the enclosing rectangle of least width ({@link MinimumDiameter}; the
   * import from the 3D BAG takes the one of least area, which is the same for a rectangle), its front edge by
   * {@link Geometries#frontEdge} (the long side further south), so the result is deterministic.
   */
  static Wing derivedWing(Polygon outline) {
    Polygon rect = (Polygon) new MinimumDiameter(outline).getMinimumRectangle();
    Coordinate[] c = Geometries.ccw(rect.getExteriorRing().getCoordinates());
    int best = Geometries.frontEdge(c, 1);
    Coordinate a = c[best];
    Coordinate b = c[best + 1];
    Coordinate d = c[(best + 2) % 4];
    double dir = Math.toDegrees(Math.atan2(b.y - a.y, b.x - a.x));
    return new Wing(a.x, a.y, dir, (int) Math.round(a.distance(b)), (int) Math.round(b.distance(d)));
  }

  private static List<BearingLine> structure(JsonInput s, double[] origin, List<Wing> wings) throws InputException {
    s.requireOnly(Set.of("wallGrids", "bearingLines"));
    List<BearingLine> out = new ArrayList<>();
    List<GivenWall> given = new ArrayList<>();
    for (JsonInput g : s.optArray("wallGrids")) {
      g.requireOnly(Set.of("wing", "pitchesM", "offsetM", "capacityKnPerM", "source"));
      int wi = g.optInt("wing", 0, 0, wings.size() - 1);
      Wing w = wings.get(wi);
      List<Double> pitches = new ArrayList<>();
      for (JsonInput p : g.get("pitchesM").elements()) {
        pitches.add(p.asDouble(0.6, 30, "m"));
      }
      if (pitches.isEmpty()) {
        throw g.error("pitchesM", "expected at least one bay pitch");
      }
      double offset = g.optDouble("offsetM", 0, 0, 30, "m") * 1000;
      if (offset > w.lengthMm()) {
        throw g.error("offsetM", String.format(java.util.Locale.ROOT, "the first wall at %.2f m lies beyond the"
            + " wing's length of %.2f m", offset / 1000, w.lengthMm() / 1000.0));
      }
      double cap = g.getDouble("capacityKnPerM", 0, 10_000, "kN/m");
      String src = g.optString("source", "");
      double s0 = offset;
      int k = 0;
      while (s0 <= w.lengthMm() + GABLE_WALL_TOLERANCE_MM) {
        double next = s0 + pitches.get(k++ % pitches.size()) * 1000;
        // the last wall within the tolerance of the end, short of it or past it, stands at the gable: no sliver of
        // roof a millimetre or two wide is left beyond it (an import's pitch rounded to 1 mm, QA41)
        boolean last = next > w.lengthMm() + GABLE_WALL_TOLERANCE_MM;
        boolean atGable = s0 >= w.lengthMm() - GABLE_WALL_TOLERANCE_MM && last;
        double at = atGable ? w.lengthMm() : Math.min(s0, w.lengthMm());
        out.add(new BearingLine(wallAcross(w, at), cap, src));
        given.add(new GivenWall(g, String.format(java.util.Locale.ROOT, "wall at %.3f m along wing %d", at / 1000,
            wi)));
        s0 = next;
      }
    }
    for (JsonInput l : s.optArray("bearingLines")) {
      l.requireOnly(Set.of("from", "to", "capacityKnPerM", "source"));
      double[] a = l.get("from").asPoint(MAX_COORD_M, "m");
      double[] b = l.get("to").asPoint(MAX_COORD_M, "m");
      LineString ls = Geometries.FACTORY.createLineString(new Coordinate[] {
          new Coordinate(Math.round((a[0] - origin[0]) * 1000), Math.round((a[1] - origin[1]) * 1000)),
          new Coordinate(Math.round((b[0] - origin[0]) * 1000), Math.round((b[1] - origin[1]) * 1000))});
      if (ls.getLength() < 100) {
        throw l.error("bearing line is shorter than 0.1 m: from and to must differ");
      }
      out.add(new BearingLine(ls, l.getDouble("capacityKnPerM", 0, 10_000, "kN/m"), l.optString("source", "")));
      given.add(new GivenWall(l, "bearing line"));
    }
    if (out.isEmpty()) {
      throw s.error("expected at least one bearing line: give \"wallGrids\" or \"bearingLines\"");
    }
    requireEachWallOnce(out, given);
    return out;
  }

  /**
   * A wall as the file gives it, for messages: the wall grid or bearing line it comes from, and which of its walls.
   *
   * @param from the wall grid or bearing line
   * @param which which of its walls, as a message names it ("wall at 5.400 m along wing 0", "bearing line")
   */
  private record GivenWall(JsonInput from, String which) {}

  /**
   * How close two walls may lie, over their whole overlap, and be one wall given twice, millimetres: walls are given
   * to the millimetre, so one wall given twice lies within about a millimetre of itself, and two real walls (the two
   * of a dilatation joint, each 100 mm thick or more) stand far more apart.
   */
  private static final double SAME_WALL_MM = 2;

  /** The shortest overlap of two such walls taken as one wall given twice, millimetres (as a bearing line's least). */
  private static final double SAME_WALL_OVERLAP_MM = 100;

  /**
   * Throws where two of the {@code lines} (given as {@code given}) are one wall given twice: within
   * {@value #SAME_WALL_MM} mm of each other over more than {@value #SAME_WALL_OVERLAP_MM} mm. Both would carry the
   * modules above them, so the capacity of that wall would count twice (QA57: a wall grid given twice made 14
   * dwellings of a building that takes 8). Two wings in line that meet at a gable share its wall, so it is given in
   * one of their grids only.
   */
  private static void requireEachWallOnce(List<BearingLine> lines, List<GivenWall> given) throws InputException {
    for (int j = 1; j < lines.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (given.get(i).from() != given.get(j).from() && sameWall(lines.get(i).line(), lines.get(j).line())) {
          GivenWall first = given.get(i);
          GivenWall second = given.get(j);
          throw second.from().error("the " + second.which() + " here lies on the " + first.which() + " of "
              + first.from().pointer()
              + ": one wall given twice would carry its capacity twice; expected each wall once (where two wings"
              + " meet at a gable wall, give it in one of their wall grids: the other's offsetM at its first pitch;"
              + " the two walls of a dilatation joint stand apart, or give them once with their capacities summed)");
        }
      }
    }
  }

  /** Whether {@code p} and {@code q} lie within {@link #SAME_WALL_MM} of each other over more than the least one. */
  private static boolean sameWall(LineString p, LineString q) {
    Coordinate a = p.getCoordinateN(0);
    Coordinate b = p.getCoordinateN(p.getNumPoints() - 1);
    Coordinate c = q.getCoordinateN(0);
    Coordinate d = q.getCoordinateN(q.getNumPoints() - 1);
    double len = a.distance(b);
    double ux = (b.x - a.x) / len;
    double uy = (b.y - a.y) / len;
    double offC = ux * (c.y - a.y) - uy * (c.x - a.x);
    double offD = ux * (d.y - a.y) - uy * (d.x - a.x);
    if (Math.abs(offC) > SAME_WALL_MM || Math.abs(offD) > SAME_WALL_MM) {
      return false;
    }
    double tc = ux * (c.x - a.x) + uy * (c.y - a.y);
    double td = ux * (d.x - a.x) + uy * (d.y - a.y);
    return Math.min(len, Math.max(tc, td)) - Math.max(0, Math.min(tc, td)) > SAME_WALL_OVERLAP_MM;
  }

  private static LineString wallAcross(Wing w, double s) {
    return Geometries.FACTORY.createLineString(new Coordinate[] {
        new Coordinate(Math.round(w.planX(s, 0)), Math.round(w.planY(s, 0))),
        new Coordinate(Math.round(w.planX(s, w.depthMm())), Math.round(w.planY(s, w.depthMm())))});
  }

  private static LoadReserve loadReserve(JsonInput r) throws InputException {
    r.requireOnly(Set.of("areaLoadKnPerM2", "foundationReserveKn", "source"));
    if (!r.has("areaLoadKnPerM2") && !r.has("foundationReserveKn")) {
      throw r.error("expected \"areaLoadKnPerM2\" and/or \"foundationReserveKn\"");
    }
    return new LoadReserve(r.optDouble("areaLoadKnPerM2", Double.POSITIVE_INFINITY, 0, 100, "kN/m2"),
        r.optDouble("foundationReserveKn", Double.POSITIVE_INFINITY, 0, 1e7, "kN"), r.optString("source", ""));
  }

  private static ZoningLimits zoning(JsonInput z, Polygon outline, double roofLevelM) throws InputException {
    z.requireOnly(Set.of("maxHeightAboveGroundM", "setbackM", "edgeSetbacksM", "maxAddedStoreys", "source"));
    int maxH = z.has("maxHeightAboveGroundM") ? mm(z.getDouble("maxHeightAboveGroundM", 0, 300, "m")) :
        Integer.MAX_VALUE;
    int setback = mm(z.optDouble("setbackM", 0, 0, 20, "m"));
    List<Integer> edges = new ArrayList<>();
    List<JsonInput> es = z.optArray("edgeSetbacksM");
    int nEdges = outline.getExteriorRing().getNumPoints() - 1;
    if (!es.isEmpty() && es.size() != nEdges) {
      throw z.error("edgeSetbacksM", "expected one setback per roof-outline edge (" + nEdges + ") but found "
          + es.size());
    }
    for (JsonInput e : es) {
      edges.add(mm(e.asDouble(0, 20, "m")));
    }
    return new ZoningLimits(maxH, setback, edges, z.optInt("maxAddedStoreys", 3, 0, 10), z.optString("source", ""));
  }

  /** Reads a building from a file name and text (for tests). */
  public static Building parse(String file, String json) throws InputException {
    return read(JsonInput.parse(file, json));
  }

  /** Convenience for callers holding a {@link Path}. */
  public static Building read(String file) throws InputException {
    return read(Path.of(file));
  }
}
