package nl.toplaag.bag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import nl.toplaag.geom.Geometries;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Derives a Toplaag building file ({@code docs/building.schema.json}) from one 3D BAG building, or the reason it
 * cannot: the automated form of the hand-made {@code zeist-1970-slab} and {@code delft-1954-pitched} files.
 *
 * <ul>
 *   <li>Measured: the roof outline (the LoD 0 footprint, RD New, rounded to 1 mm), the ground level, the roof level
 *       above ground (a flat roof's median height {@code h_dak_50p}; a pitched roof's eaves {@code h_dak_min}, the
 *       floor new storeys stand on once it is removed), the roof type, and a flat-roofed building's storeys where
 *       the 3D BAG estimated them ({@code b3_bouwlagen}); on a flat roof, the raised parts (its LoD 2.2 roof
 *       surfaces more than {@link #RAISED_M} above the roof level: lift machine rooms, stair overruns) and its lower
 *       parts (those more than {@link #RAISED_M} below it: a lower wing, an annex, where no module can stand), as
 *       fixed obstacles.
 *   <li>Derived: one wing, the footprint's minimum-area rectangle with its sides moved inwards to a skewed facade;
 *       its front edge is the rectangle's long side with the lower mid-point y (of the two long sides, the
 *       southern; the gallery side is not in the 3D BAG); walls at both gables and evenly between them at about the
 *       assumed pitch; the foundation reserve from the footprint area, the storeys and the assumed reserve per m²
 *       and storey.
 *   <li>Assumed ({@link ImportAssumptions}): everything else, stated with its source in {@code assumptions}.
 * </ul>
 *
 * <p>Skipped, with the reason: a building not standing by its BAG status (a demolition permit, demolished), one
 * the tile holds no usable footprint or heights for, a footprint in parts or with a courtyard, one covering less than
 * {@code minRectangularity} of its rectangle (not a slab: an L, a U), a flat roof whose highest point rises more than
 * {@code maxRoofRiseM} above its median (a higher part), a roof too shallow or short for the smallest dwelling
 * module, and anything {@link BuildingReader} would reject.
 */
public final class BagImport {

  /** The credit the 3D BAG licence requires (https://docs.3dbag.nl/en/copyright). */
  public static final String CREDIT = "© 3D BAG by tudelft3d and 3DGI (CC BY 4.0, https://docs.3dbag.nl/en/copyright)";

  /**
   * The BAG statuses of a building that is not (or not yet, or no longer) standing: one with a demolition permit,
   * demolished, registered in error, never built, or only permitted or under construction.
   */
  static final Set<String> NOT_STANDING = Set.of("Sloopvergunning verleend", "Pand gesloopt",
      "Pand ten onrechte opgevoerd", "Niet gerealiseerd pand", "Bouwvergunning verleend", "Bouw gestart");

  /** How far above the roof level a LoD 2.2 roof surface lies to be a raised part (an obstacle), m. */
  static final double RAISED_M = 1.0;

  /** The least area of a raised part kept as an obstacle, m². */
  static final double MIN_RAISED_M2 = 0.5;

  /**
   * A raised or a lower part of a flat roof: an obstacle.
   *
   * @param outline its outline on the roof, RD New metres rounded to 1 mm
   * @param riseM how far its highest roof surface lies above the roof level, m; for a lower part, how far its
   *     lowest roof surface lies above it (negative: below)
   */
  record Raised(Polygon outline, double riseM) {}

  /** The lowest roof above ground taken as a building with a storey, m. */
  private static final double MIN_ROOF_LEVEL_M = 2.0;

  /** The highest roof level the building format accepts, m above ground. */
  private static final double MAX_ROOF_LEVEL_M = 200;

  /** The range of a storey's height the building format accepts, m. */
  private static final double MIN_STOREY_M = 2.0;
  private static final double MAX_STOREY_M = 6.0;

  /** The footprint rounded to 1 mm, coordinates in metres. */
  private static final GeometryFactory METRES = new GeometryFactory();

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /**
   * The smallest dwelling module a roof must hold: a wing shallower or shorter is skipped.
   *
   * @param depthM the least depth of a dwelling module of the catalogue, m (across the wing)
   * @param depthModule that module's id
   * @param widthM the least width of a dwelling module, m (along the wing)
   * @param widthModule that module's id
   */
  public record SmallestModule(double depthM, String depthModule, double widthM, String widthModule) {}

  /**
   * One building's outcome: written (with its file's text) or skipped (with the reason), and what the import
   * report lists of it. A value not known at the point where the building was skipped is NaN, or -1 for storeys.
   *
   * @param building the building as read
   * @param tileFileName the tile's file name
   * @param json the building file's text, or null when skipped
   * @param kind the kind of reason it was skipped ("not a slab", "roof too shallow"), or "" when written
   * @param reason why it was skipped, in words with the numbers, or "" when written
   * @param footprintM2 the footprint's area, m²
   * @param rectangularity the share of its minimum rotated rectangle the footprint covers
   * @param lengthM the wing's length (along its front edge), m
   * @param depthM the wing's depth, m
   * @param roofLevelM the roof level new storeys stand on, m above ground
   * @param roofRiseM how far the highest roof point lies above that roof level, m
   * @param storeys the existing storeys written
   * @param storeysFrom where they come from: "b3_bouwlagen" or "assumed"
   */
  public record Outcome(BagBuilding building, String tileFileName, String json, String kind, String reason,
      double footprintM2, double rectangularity, double lengthM, double depthM, double roofLevelM, double roofRiseM,
      int storeys, String storeysFrom) {

    /** Whether a building file was derived. */
    public boolean written() {
      return json != null;
    }

    /** The building id of the file (the 3D BAG city object id), and its file name with ".json". */
    public String fileName() {
      return building.id() + ".json";
    }
  }

  private BagImport() {}

  /** Derives the building file of {@code b} from tile {@code tileFileName} of 3D BAG {@code release}. */
  public static Outcome derive(BagBuilding b, String tileFileName, String release, ImportAssumptions a,
      SmallestModule smallest) {
    Deriving d = new Deriving(b, tileFileName);
    if (!b.problem().isEmpty()) {
      return d.skip("no usable footprint", b.problem());
    }
    if (NOT_STANDING.contains(b.status())) {
      return d.skip("not standing", "BAG status '" + b.status() + "': not a standing building to build on");
    }
    if (b.footprintParts() > 1) {
      return d.skip("footprint in parts", "footprint in " + b.footprintParts() + " parts (LoD 0 has "
          + b.footprintParts() + " surfaces); expected one");
    }
    Polygon fp = rounded(b.footprint());
    d.footprintM2 = fp == null ? Double.NaN : fp.getArea();
    if (fp == null) {
      return d.skip("no usable footprint", "footprint degenerate once rounded to 1 mm");
    }
    if (fp.getNumInteriorRing() > 0) {
      return d.skip("footprint with a courtyard", "footprint has " + fp.getNumInteriorRing()
          + " inner courtyard(s); a roof outline has none");
    }
    TopologyValidationError invalid = new IsValidOp(fp).getValidationError();
    if (invalid != null) {
      return d.skip("no usable footprint", "footprint is not a simple polygon (" + invalid.getMessage() + ")");
    }
    Polygon rect = (Polygon) MinimumAreaRectangle.getMinimumRectangle(fp);
    d.rectangularity = fp.getArea() / rect.getArea();
    Coordinate[] c = Geometries.ccw(rect.getExteriorRing().getCoordinates());
    int front = Geometries.frontEdge(c, 0.001);
    Coordinate o = c[front];
    Coordinate e = c[front + 1];
    d.lengthM = round3(o.distance(e));
    d.depthM = round3(e.distance(c[(front + 2) % 4]));
    double rect100 = 100 * d.rectangularity;
    if (d.rectangularity < a.minRectangularity().value()) {
      return d.skip("not a slab", String.format(Locale.ROOT, "footprint is not a slab: %.0f %% of its rectangle"
          + " (%.1f x %.1f m); at least %.0f %% needed", Math.floor(rect100), d.lengthM, d.depthM,
          100 * a.minRectangularity().value()));
    }
    d.rectLengthM = d.lengthM;
    d.rectDepthM = d.depthM;
    double[] w = inset(fp, o, e, d.lengthM, d.depthM);
    double ux = (e.x - o.x) / o.distance(e);
    double uy = (e.y - o.y) / o.distance(e);
    o = new Coordinate(o.x + w[0] * ux - w[1] * uy, o.y + w[0] * uy + w[1] * ux);
    e = new Coordinate(o.x + ux, o.y + uy);
    d.lengthM = round3(w[2] - w[0]);
    d.depthM = round3(w[3] - w[1]);
    if (d.depthM > a.maxSlabDepthM().value()) {
      return d.skip("too deep for a slab", String.format(Locale.ROOT, "footprint %.1f x %.1f m: deeper than %.0f m is"
          + " a block (a school, an office), not a slab of flats (maxSlabDepthM)", d.lengthM, d.depthM,
          a.maxSlabDepthM().value()));
    }
    // heights
    String roofTypeAttr = b.attribute("dak_type");
    boolean flat;
    if (b.roofType().equals("horizontal") || b.roofType().equals("multiple horizontal")) {
      flat = true;
    } else if (b.roofType().equals("slanted")) {
      flat = false;
    } else {
      String found = b.roofType().isEmpty() ? "absent" : "'" + b.roofType() + "'";
      return d.skip("roof type not measured", "roof type not measured (" + roofTypeAttr + " " + found + ")");
    }
    if (b.groundNapM() == null) {
      return d.skip("heights missing", "no ground level (" + b.attribute("h_maaiveld") + ") in the tile");
    }
    String levelAttr = b.attribute(flat ? "h_dak_50p" : "h_dak_min");
    Double level = flat ? b.roof50pNapM() : b.roofMinNapM();
    if (level == null || b.roofMaxNapM() == null) {
      String missing = level == null ? levelAttr : b.attribute("h_dak_max");
      return d.skip("heights missing", "no roof height (" + missing + ") in the tile");
    }
    d.roofLevelM = round3(level - b.groundNapM());
    d.roofRiseM = round3(b.roofMaxNapM() - level);
    if (d.roofLevelM < MIN_ROOF_LEVEL_M || d.roofLevelM > MAX_ROOF_LEVEL_M) {
      // a pitched roof's lowest point near the ground under a median well above it is no shed: say what hides the eaves
      double medianM = b.roof50pNapM() == null ? Double.NaN : b.roof50pNapM() - b.groundNapM();
      String low = !flat && d.roofLevelM < MIN_ROOF_LEVEL_M && medianM >= MIN_ROOF_LEVEL_M + RAISED_M
          ? String.format(Locale.ROOT, "; its median (%s) is %.1f m above ground: a low part (a porch roof, an"
          + " annex, a roof down to the ground floor) hides the eaves, which this import does not find",
          b.attribute("h_dak_50p"), medianM) : "";
      return d.skip("roof level out of range", String.format(Locale.ROOT, "roof %.1f m above ground (%s - %s);"
          + " expected %.0f to %.0f m%s", d.roofLevelM, levelAttr, b.attribute("h_maaiveld"), MIN_ROOF_LEVEL_M,
          MAX_ROOF_LEVEL_M, low));
    }
    if (flat && d.roofRiseM > a.maxRoofRiseM().value()) {
      return d.skip("roof not at one level", String.format(Locale.ROOT, "roof not at one level: its highest"
          + " point is %.1f m above the roof (%s - %s; at most %.1f m taken as an overrun): a higher part this"
          + " import does not model", d.roofRiseM, b.attribute("h_dak_max"), levelAttr, a.maxRoofRiseM().value()));
    }
    // storeys
    double storeyHeightM;
    if (b.storeys() != null && flat) {
      d.storeys = b.storeys();
      d.storeysFrom = b.attribute("bouwlagen");
      storeyHeightM = round3(d.roofLevelM / d.storeys);
      if (storeyHeightM < MIN_STOREY_M || storeyHeightM > MAX_STOREY_M) {
        return d.skip("storeys out of range", String.format(Locale.ROOT, "%s %d with the roof %.1f m above ground"
            + " is %.2f m a storey; expected %.0f to %.0f m", d.storeysFrom, d.storeys, d.roofLevelM, storeyHeightM,
            MIN_STOREY_M, MAX_STOREY_M));
      }
    } else {
      storeyHeightM = a.storeyHeightM().value();
      // a flat roof's level lies a roof slab above the top floor's ceiling: rounded; the eaves of a pitched roof lie
      // above the top floor, often by a knee wall: the whole storeys below them
      double below = d.roofLevelM / storeyHeightM;
      d.storeys = (int) Math.max(1, flat ? Math.round(below) : Math.floor(below));
      d.storeysFrom = "assumed";
      if (d.roofLevelM / d.storeys > MAX_STOREY_M) { // cannot happen above 2 m storeys, kept as a guard
        return d.skip("storeys out of range", "no whole number of storeys fits the roof level");
      }
    }
    // does a module fit
    double setback = a.setbackM().value();
    if (d.depthM - 2 * setback < smallest.depthM()) {
      return d.skip("roof too shallow", String.format(Locale.ROOT, "roof %.1f m deep%s: the shallowest dwelling"
          + " module (%s) is %.1f m deep", d.depthM, less(setback),
          smallest.depthModule(), smallest.depthM()));
    }
    if (d.lengthM - 2 * setback < smallest.widthM()) {
      return d.skip("roof too short", String.format(Locale.ROOT, "roof %.1f m long%s: the narrowest dwelling"
          + " module (%s) is %.1f m wide", d.lengthM, less(setback),
          smallest.widthModule(), smallest.widthM()));
    }
    List<Raised> raised = new ArrayList<>(flat ? raised(b, level, fp, true) : List.of());
    raised.addAll(flat ? raised(b, level, fp, false) : List.of());
    String json = write(b, tileFileName, release, a, fp, o, e, flat, storeyHeightM, raised, d);
    try {
      BuildingReader.read(JsonInput.parse(d.b.id() + ".json", json));
    } catch (InputException x) {
      String at = x.pointer().isEmpty() ? "" : " (at " + x.pointer() + ")";
      return d.skip("derived building invalid", "the derived building is not valid: " + x.problem() + at);
    }
    return d.done(json);
  }

  /** " less setbacks of X m", or "" without a setback. */
  private static String less(double setbackM) {
    return setbackM > 0 ? String.format(Locale.ROOT, " less setbacks of %.1f m", setbackM) : "";
  }

  /** The building file's text. */
  private static String write(BagBuilding b, String tile, String release, ImportAssumptions a, Polygon fp,
      Coordinate o, Coordinate e, boolean flat, double storeyHeightM, List<Raised> raised, Deriving d) {
    int bays = (int) Math.max(1, Math.round(d.lengthM / a.wallPitchM().value()));
    double pitchM = round3(d.lengthM / bays);
    double foundationKn = Math.round(d.footprintM2 * d.storeys * a.foundationReservePerStoreyKnPerM2().value());
    double dirDeg = Math.toDegrees(Math.atan2(e.y - o.y, e.x - o.x));
    double originX = Math.floor(fp.getEnvelopeInternal().getMinX() / 10) * 10;
    double originY = Math.floor(fp.getEnvelopeInternal().getMinY() / 10) * 10;
    String year = b.buildYear() == null ? "unknown" : b.buildYear().toString();
    String ground = b.attribute("h_maaiveld");
    String levelAttr = b.attribute(flat ? "h_dak_50p" : "h_dak_min");
    String roofWord = flat ? "flat roof" : "pitched roof (eaves)";

    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("id", b.id());
    root.put("name", String.format(Locale.ROOT, "3D BAG pand %s (built %s): %.1f x %.1f m, %s %.1f m above ground",
        b.pandId(), year, d.lengthM, d.depthM, roofWord, d.roofLevelM));
    root.put("source", String.format(Locale.ROOT, "Measured: 3D BAG %s, tile file %s, Building %s"
        + " (oorspronkelijkbouwjaar %s, %s '%s'): LoD 0 footprint, %s, %s, %s%s. %s; changed: footprint coordinates"
        + " rounded to 1 mm, the wing derived from the footprint, structure and all other fields assumed (see"
        + " assumptions). Imported by toplaag import 3dbag.", release.isEmpty() ? "(release not stated)" : release,
        tile, b.id(), year, b.attribute("dak_type"), b.roofType(), ground, levelAttr, b.attribute("h_dak_max"),
        b.storeys() != null ? ", " + b.attribute("bouwlagen") : "", CREDIT));
    root.put("assumptions", assumptions(b, a, fp, flat, storeyHeightM, bays, pitchM, foundationKn, raised, dirDeg,
        d));
    root.put("crs", "EPSG:28992");
    root.set("origin", point(f, originX, originY));
    ArrayNode ring = f.arrayNode();
    for (Coordinate p : fp.getExteriorRing().getCoordinates()) {
      ring.add(point(f, p.x, p.y));
    }
    root.set("roofOutline", ring);
    root.set("roofLevelM", num(f, d.roofLevelM));
    root.put("existingStoreys", d.storeys);
    root.set("storeyHeightM", num(f, storeyHeightM));
    root.put("roofType", flat ? "flat" : "pitched");
    if (!flat) {
      root.set("pitchedRoofRemovalCostEurPerM2", num(f, a.pitchedRoofRemovalCostEurPerM2().value()));
    }
    ObjectNode wing = f.objectNode();
    wing.set("origin", point(f, o.x, o.y));
    wing.set("directionDeg", num(f, dirDeg));
    wing.set("lengthM", num(f, d.lengthM));
    wing.set("depthM", num(f, d.depthM));
    root.set("wings", f.arrayNode().add(wing));
    ObjectNode grid = f.objectNode();
    grid.put("wing", 0);
    grid.put("offsetM", 0);
    grid.set("pitchesM", f.arrayNode().add(num(f, pitchM)));
    grid.set("capacityKnPerM", num(f, a.wallCapacityKnPerM().value()));
    grid.put("source", a.wallCapacityKnPerM().source());
    root.set("structure", f.objectNode().set("wallGrids", f.arrayNode().add(grid)));
    ObjectNode reserve = f.objectNode();
    reserve.set("areaLoadKnPerM2", num(f, a.areaLoadKnPerM2().value()));
    reserve.set("foundationReserveKn", num(f, foundationKn));
    reserve.put("source", "area load: " + a.areaLoadKnPerM2().source() + "; foundation: "
        + a.foundationReservePerStoreyKnPerM2().source());
    root.set("loadReserve", reserve);
    root.set("lift", f.objectNode().put("present", false));
    if (!raised.isEmpty()) {
      ArrayNode obstacles = f.arrayNode();
      for (Raised r : raised) {
        ArrayNode outline = f.arrayNode();
        for (Coordinate p : r.outline().getExteriorRing().getCoordinates()) {
          outline.add(point(f, p.x, p.y));
        }
        String what = r.riseM() > 0 ? String.format(Locale.ROOT, "raised roof part up to %.1f m above the roof (3D BAG"
            + " LoD 2.2 roof surfaces): a lift machine room or stair overrun [U]", r.riseM())
            : String.format(Locale.ROOT, "lower roof part down to %.1f m below the roof (3D BAG LoD 2.2 roof"
            + " surfaces): a lower wing or annex, no roof to build on", -r.riseM());
        ObjectNode obstacle = f.objectNode().<ObjectNode>set("outline", outline).put("description", what)
            .put("removable", false);
        if (r.riseM() > 0) { // drawn as high as it rises (a lower part is not drawn higher than the roof)
          obstacle.set("heightM", num(f, r.riseM()));
        }
        obstacles.add(obstacle);
      }
      root.set("obstacles", obstacles);
    }
    ObjectNode zoning = f.objectNode();
    if (!Double.isNaN(a.maxHeightAboveGroundM().value())) {
      zoning.set("maxHeightAboveGroundM", num(f, a.maxHeightAboveGroundM().value()));
    }
    zoning.set("setbackM", num(f, a.setbackM().value()));
    zoning.put("maxAddedStoreys", (int) a.maxAddedStoreys().value());
    zoning.put("source", "added storeys: " + a.maxAddedStoreys().source() + "; height: "
        + a.maxHeightAboveGroundM().source() + "; setback: " + a.setbackM().source());
    root.set("zoning", zoning);
    root.set("parkingSpacesPerDwelling", num(f, a.parkingSpacesPerDwelling().value()));
    try {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
      return MAPPER.writer(pp).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }

  /** The {@code assumptions} text: what was measured, derived and assumed, each with its source. */
  private static String assumptions(BagBuilding b, ImportAssumptions a, Polygon fp, boolean flat,
      double storeyHeightM, int bays, double pitchM, double foundationKn, List<Raised> raised, double dirDeg,
      Deriving d) {
    List<String> s = new ArrayList<>();
    String ground = b.attribute("h_maaiveld");
    String levelAttr = b.attribute(flat ? "h_dak_50p" : "h_dak_min");
    s.add(String.format(Locale.ROOT, "Measured (3D BAG): footprint %d vertices, %.1f m2, %.0f %% of its minimum"
        + " rotated rectangle of %.3f x %.3f m; ground %s %.2f m NAP; roof %s %.2f m NAP (%s %.2f, %s %.2f m NAP),"
        + " so %s %.2f m above ground; %s '%s' (%s)", fp.getNumPoints() - 1, d.footprintM2,
        Math.floor(100 * d.rectangularity), d.rectLengthM, d.rectDepthM, ground, b.groundNapM(),
        levelAttr, flat ? b.roof50pNapM() : b.roofMinNapM(), b.attribute(flat ? "h_dak_min" : "h_dak_50p"),
        flat ? b.roofMinNapM() : b.roof50pNapM(), b.attribute("h_dak_max"), b.roofMaxNapM(),
        flat ? "the median roof height is" : "the eaves are", d.roofLevelM, b.attribute("dak_type"), b.roofType(),
        flat ? "flat" : "pitched"));
    if (b.storeys() != null && flat) {
      s.add(String.format(Locale.ROOT, "%s %d existing storeys (the 3D BAG's estimate), so %.2f m a storey",
          b.attribute("bouwlagen"), d.storeys, storeyHeightM));
    } else if (b.storeys() != null) {
      s.add(String.format(Locale.ROOT, "%s %d counts the storeys under the pitched roof too; not used",
          b.attribute("bouwlagen"), b.storeys()));
    }
    s.add(String.format(Locale.ROOT, "Derived: one wing of %.3f x %.3f m, the footprint's minimum rotated"
        + " rectangle with each side moved inwards to the footprint's edge where that lies within %.1f m of it; its"
        + " front edge is the rectangle's long side with the lower mid-point y (of the two, the one further south;"
        + " this front faces %s) [U: the gallery side is not in the 3D BAG]; %d bays of %.3f m between walls at both"
        + " gables (the assumed %.1f m pitch fitted to the length); foundation reserve %.1f m2 x %d storeys x %.2f"
        + " kN/m2 = %.0f kN", d.lengthM, d.depthM, INSET_M, facing(dirDeg), bays, pitchM,
        a.wallPitchM().value(), d.footprintM2, d.storeys, a.foundationReservePerStoreyKnPerM2().value(),
        foundationKn));
    if (!flat) {
      s.add("[U] the floor new storeys stand on, once the pitched roof is removed, is taken at the measured eaves");
    }
    if (b.storeys() == null || !flat) {
      s.add(String.format(Locale.ROOT, "%d existing storeys below the %s: roof level / storeyHeightM %.2f, %s:"
          + " %s", d.storeys, flat ? "roof" : "eaves", a.storeyHeightM().value(), flat ? "rounded" : "rounded down",
          a.storeyHeightM().source()));
    }
    s.add(assumed("wallPitchM", a.wallPitchM()));
    s.add(assumed("wallCapacityKnPerM", a.wallCapacityKnPerM()));
    s.add(assumed("areaLoadKnPerM2", a.areaLoadKnPerM2()));
    s.add(assumed("foundationReservePerStoreyKnPerM2", a.foundationReservePerStoreyKnPerM2()));
    if (!flat) {
      s.add(assumed("pitchedRoofRemovalCostEurPerM2", a.pitchedRoofRemovalCostEurPerM2()));
    }
    s.add(assumed("maxAddedStoreys", a.maxAddedStoreys()));
    s.add(assumed("maxHeightAboveGroundM", a.maxHeightAboveGroundM()));
    s.add(assumed("setbackM", a.setbackM()));
    s.add(assumed("parkingSpacesPerDwelling", a.parkingSpacesPerDwelling()));
    s.add("[U] no stair core and no lift known (the 3D BAG records neither): stairs and a lift must be added"
        + " where needed");
    List<Raised> lower = raised.stream().filter(r -> r.riseM() < 0).toList();
    raised = raised.stream().filter(r -> r.riseM() > 0).toList();
    if (!lower.isEmpty()) {
      s.add(String.format(Locale.ROOT, "Measured: %d lower roof part(s), %.1f m2 in all, where the LoD 2.2 roof"
          + " surfaces lie more than %.1f m below the roof level (a lower wing or annex), are fixed obstacles: no"
          + " module stands over them", lower.size(), lower.stream().mapToDouble(r -> r.outline().getArea()).sum(),
          RAISED_M));
    }
    if (!raised.isEmpty()) {
      s.add(String.format(Locale.ROOT, "Measured: %d raised roof part(s), %.1f m2 in all, where the LoD 2.2 roof"
          + " surfaces lie more than %.1f m above the roof level, are fixed obstacles (taken as lift machine rooms or"
          + " stair overruns [U]; not removable [U])", raised.size(),
          raised.stream().mapToDouble(r -> r.outline().getArea()).sum(), RAISED_M));
    } else if (flat && d.roofRiseM > RAISED_M) {
      s.add(String.format(Locale.ROOT, "[U] the roof's highest point, %.1f m above the roof level, has no LoD 2.2"
          + " roof surface more than %.1f m above it of at least %.1f m2 (a chimney, a parapet, a small roof box):"
          + " not modelled", d.roofRiseM, RAISED_M, MIN_RAISED_M2));
    }
    s.add("[U] use: residential assumed (the 3D BAG does not record use)");
    return String.join(". ", s) + ".";
  }

  private static String assumed(String name, ImportAssumptions.Assumed v) {
    String value = Double.isNaN(v.value()) ? "none" : plain(v.value());
    return name + " " + value + ": " + v.source();
  }

  /** The building being derived: what is known so far, for its outcome. */
  private static final class Deriving {
    final BagBuilding b;
    final String tile;
    double footprintM2 = Double.NaN;
    double rectangularity = Double.NaN;
    double lengthM = Double.NaN;
    double depthM = Double.NaN;
    double roofLevelM = Double.NaN;
    double roofRiseM = Double.NaN;
    double rectLengthM = Double.NaN;
    double rectDepthM = Double.NaN;
    int storeys = -1;
    String storeysFrom = "";

    Deriving(BagBuilding b, String tile) {
      this.b = b;
      this.tile = tile;
    }

    Outcome skip(String kind, String reason) {
      return new Outcome(b, tile, null, kind, reason, footprintM2, rectangularity, lengthM, depthM, roofLevelM,
          roofRiseM, storeys, storeysFrom);
    }

    Outcome done(String json) {
      return new Outcome(b, tile, json, "", "", footprintM2, rectangularity, lengthM, depthM, roofLevelM, roofRiseM,
          storeys, storeysFrom);
    }
  }

  /**
   * The wing inside the footprint: the rectangle {@code [0, lengthM] x [0, depthM]} in the frame of its front edge
   * from {@code o} towards {@code e} (the depth to its left), each side moved inwards to the footprint's edge where
   * that edge lies at most {@link #INSET_M} inside it (a skewed or uneven facade, as measured), so that a module at
   * the wing's edge stays on the roof; a deeper recess is left to the configurator, which places no module across
   * the roof outline.
   *
   * @return {@code [u0, v0, u1, v1]}: the wing's extent along and across the front edge, m
   */
  static double[] inset(Polygon fp, Coordinate o, Coordinate e, double lengthM, double depthM) {
    double len = o.distance(e);
    double ux = (e.x - o.x) / len;
    double uy = (e.y - o.y) / len;
    Coordinate[] cs = fp.getExteriorRing().getCoordinates();
    Coordinate[] local = new Coordinate[cs.length];
    for (int i = 0; i < cs.length; i++) {
      double dx = cs[i].x - o.x;
      double dy = cs[i].y - o.y;
      local[i] = new Coordinate(dx * ux + dy * uy, -dx * uy + dy * ux);
    }
    Polygon p = METRES.createPolygon(local);
    double u0 = 0;
    double u1 = lengthM;
    double v0 = 0;
    double v1 = depthM;
    for (int pass = 0; pass < 2; pass++) {
      double[] across = extent(p, local, true, u0, u1, v0, v1);
      v0 = Math.max(v0, across[0]);
      v1 = Math.min(v1, across[1]);
      double[] along = extent(p, local, false, v0, v1, u0, u1);
      u0 = Math.max(u0, along[0]);
      u1 = Math.min(u1, along[1]);
    }
    return new double[] {u0, v0, u1, v1};
  }

  /** How far a wing side moves inwards at most to meet the footprint, m. */
  static final double INSET_M = 0.5;

  /**
   * Where the footprint {@code p} (in the wing's frame) begins and ends across ({@code across}: in v, over u in
   * {@code [a0, a1]}) or along the wing (in u, over v), within {@link #INSET_M} of {@code [b0, b1]}: the most inward
   * of the footprint's edges that lie no deeper.
   */
  private static double[] extent(Polygon p, Coordinate[] local, boolean across, double a0, double a1, double b0,
      double b1) {
    List<Double> at = new ArrayList<>(List.of(a0 + 0.001, a1 - 0.001));
    for (Coordinate c : local) {
      double a = across ? c.x : c.y;
      if (a > a0 && a < a1) {
        at.add(a);
      }
    }
    double lo = b0;
    double hi = b1;
    for (double a : at) {
      Coordinate from = across ? new Coordinate(a, b0 - 1) : new Coordinate(b0 - 1, a);
      Coordinate to = across ? new Coordinate(a, b1 + 1) : new Coordinate(b1 + 1, a);
      Geometry x = p.intersection(METRES.createLineString(new Coordinate[] {from, to}));
      if (x.isEmpty()) {
        continue;
      }
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (Coordinate c : x.getCoordinates()) {
        double b = across ? c.y : c.x;
        min = Math.min(min, b);
        max = Math.max(max, b);
      }
      if (min - b0 <= INSET_M) {
        lo = Math.max(lo, min);
      }
      if (b1 - max <= INSET_M) {
        hi = Math.min(hi, max);
      }
    }
    return new double[] {lo, hi};
  }

  /**
   * The compass direction a facade faces whose wing runs at {@code directionDeg} (counter-clockwise from plan east,
   * its depth to the left): "south" for a wing along +x, in eight points.
   */
  static String facing(double directionDeg) {
    double bearing = ((180 - directionDeg) % 360 + 360) % 360; // clockwise from north, of the outward normal
    String[] points = {"north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"};
    return points[(int) Math.round(bearing / 45) % 8];
  }

  /**
   * The raised parts ({@code above}) or the lower parts of the roof of {@code b} whose level is {@code levelNapM}:
   * its LoD 2.2 roof surfaces more than {@link #RAISED_M} above (below) it, united, within the footprint {@code fp},
   * each part of at least {@link #MIN_RAISED_M2} as its outline without holes rounded to 1 mm (its convex hull where
   * that is not a simple polygon); ordered by position.
   */
  static List<Raised> raised(BagBuilding b, double levelNapM, Polygon fp, boolean above) {
    Predicate<RoofSurface> apart = r -> above ? r.meanNapM() > levelNapM + RAISED_M
        : r.meanNapM() < levelNapM - RAISED_M;
    List<Geometry> high = new ArrayList<>();
    for (RoofSurface r : b.roofSurfaces()) {
      if (apart.test(r)) {
        Geometry g = r.plan().buffer(0);
        if (g.getArea() > 0.01) {
          high.add(g);
        }
      }
    }
    if (high.isEmpty()) {
      return List.of();
    }
    Geometry parts = UnaryUnionOp.union(high)
        .intersection(fp.buffer(0));
    List<Raised> out = new ArrayList<>();
    for (int i = 0; i < parts.getNumGeometries(); i++) {
      if (!(parts.getGeometryN(i) instanceof Polygon part) || part.getArea() < MIN_RAISED_M2) {
        continue;
      }
      Polygon outline = METRES.createPolygon(part.getExteriorRing().getCoordinates());
      Polygon r = rounded(outline);
      if (r == null || !r.isValid()) {
        r = rounded((Polygon) outline.convexHull());
      }
      if (r == null || !r.isValid()) {
        continue;
      }
      double top = above ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (RoofSurface s : b.roofSurfaces()) {
        if (apart.test(s) && s.plan().intersects(part)) {
          top = above ? Math.max(top, s.meanNapM()) : Math.min(top, s.meanNapM());
        }
      }
      out.add(new Raised(r, round3(top - levelNapM)));
    }
    out.sort(Comparator.comparingDouble((Raised x) -> x.outline().getEnvelopeInternal().getMinX())
        .thenComparingDouble(x -> x.outline().getEnvelopeInternal().getMinY()));
    return out;
  }

  /** {@code p} with coordinates rounded to 1 mm and repeated points dropped; null when fewer than 3 remain. */
  private static Polygon rounded(Polygon p) {
    List<Coordinate> shell = roundedRing(p.getExteriorRing().getCoordinates());
    if (shell == null) {
      return null;
    }
    org.locationtech.jts.geom.LinearRing[] holes = new org.locationtech.jts.geom.LinearRing[p.getNumInteriorRing()];
    for (int i = 0; i < holes.length; i++) {
      List<Coordinate> h = roundedRing(p.getInteriorRingN(i).getCoordinates());
      if (h == null) {
        return null;
      }
      holes[i] = METRES.createLinearRing(h.toArray(Coordinate[]::new));
    }
    return METRES.createPolygon(METRES.createLinearRing(shell.toArray(Coordinate[]::new)), holes);
  }

  private static List<Coordinate> roundedRing(Coordinate[] cs) {
    List<Coordinate> out = new ArrayList<>();
    for (Coordinate c : cs) {
      Coordinate r = new Coordinate(round3(c.x), round3(c.y));
      if (out.isEmpty() || !out.get(out.size() - 1).equals2D(r)) {
        out.add(r);
      }
    }
    if (out.size() < 4) {
      return null;
    }
    if (!out.get(0).equals2D(out.get(out.size() - 1))) {
      out.add(new Coordinate(out.get(0)));
    }
    return out;
  }

  static double round3(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }

  private static ArrayNode point(JsonNodeFactory f, double x, double y) {
    return f.arrayNode().add(num(f, x)).add(num(f, y));
  }

  /** {@code v} rounded to 1/1000, without trailing zeros, written plain. */
  private static JsonNode num(JsonNodeFactory f, double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() <= 0 ? f.numberNode(d.longValueExact()) : f.numberNode(d);
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
