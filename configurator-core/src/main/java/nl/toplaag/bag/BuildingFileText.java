package nl.toplaag.bag;

import static nl.toplaag.bag.Millimetres.round3;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.List;
import java.util.Locale;
import nl.toplaag.bag.BagImport.Deriving;
import nl.toplaag.bag.RoofParts.Raised;
import nl.toplaag.geom.Geometries;
import nl.toplaag.io.SourceNotes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The text of a building file ({@code docs/building.schema.json}) derived from one 3D BAG building: its fields, the
 * {@code source} and the {@code assumptions} text that say what was measured, derived and assumed, pretty-printed
 * as the hand-made files are. Coordinates in RD New metres, lengths and heights in m (heights above the ground,
 * whose own level the 3D BAG gives, {@code groundLevelNapM}, in m above NAP), numbers rounded to 1/1000 and written
 * plain; but a wing's origin and direction, which are written to {@value #FRAME_DECIMALS} decimals (1 µm, a millionth
 * of a degree), so that its front lies on the facade it was fitted to: to 1/1000 the origin moved by up to 0.7 mm and
 * the direction by 0.0005 degrees, 0.9 mm at the end of a 100 m slab, and the wing's corner came to lie up to 0.92 mm
 * outside the roof outline (one of 271 wings imported from the nine tiles), a share of the containment tolerance
 * ({@code UsableRoof.TOLERANCE_MM}) that the module's corners need.
 */
final class BuildingFileText {

  /** The decimals of a wing's origin (m) and direction (degrees). */
  static final int FRAME_DECIMALS = 6;

  /** How a wing's sides were moved from its rectangle to the facades ({@code WingFit.insetSides}), in words. */
  static final String SIDES_MOVED = String.format(Locale.ROOT, "moved inwards to the footprint's edge where that lies"
      + " within %.1f m of it, and a front or back that the facade touches over less than half its length (held out"
      + " by a stair tower or a pier) up to %.1f m, to the facade behind it", WingFit.INSET_M, WingFit.REACH_M);

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private BuildingFileText() {}

  /**
   * The building file's text of {@code b} from tile {@code tile} of 3D BAG {@code release}: its footprint {@code fp}
   * rounded to 1 mm, the storey height in m, the roof parts, and what {@code d} derived (its wings, one of a slab, two
   * of an L).
   */
  static String write(BagBuilding b, String tile, String release, ImportAssumptions a, Polygon fp, boolean flat,
      double storeyHeightM, List<Raised> raised, Deriving d) {
    double foundationKn = Math.round(floorM2(raised, storeyHeightM, d)
        * a.foundationReservePerStoreyKnPerM2().value());
    double originX = Math.floor(fp.getEnvelopeInternal().getMinX() / 10) * 10;
    double originY = Math.floor(fp.getEnvelopeInternal().getMinY() / 10) * 10;
    String year = b.buildYear() == null ? "unknown" : b.buildYear().toString();
    String ground = b.attribute("h_maaiveld");
    String levelAttr = b.levelAttribute(flat);
    String roofWord = flat ? "flat roof" : "pitched roof (eaves)";

    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("id", b.id());
    List<String> sizes = new ArrayList<>();
    for (WingFit w : d.wings) {
      sizes.add(String.format(Locale.ROOT, "%.1f x %.1f m", w.lengthM(), w.depthM()));
    }
    String shape = d.l == null ? "" : d.unwritten >= 0 ? "stepped L, one wing of " : d.l.stepped() ? "stepped L of "
        : "L of ";
    String other = d.unwritten < 0 ? "" : String.format(Locale.ROOT, " (its other, %.1f x %.1f m, holds no module)",
        d.unwrittenWing.lengthM(), d.unwrittenWing.depthM());
    root.put("name", String.format(Locale.ROOT, "3D BAG %s (built %s): %s%s%s, %s %.1f m above ground",
        b.row().isEmpty() ? "pand " + b.pandId() : "row of " + b.row().size() + " panden from "
            + BagBuilding.pandIdOf(b.row().get(0)), year, shape, String.join(" and ", sizes), other,
        roofWord, d.roofLevelM));
    root.put("source", String.format(Locale.ROOT, "Measured: 3D BAG %s, tile file %s, %s"
        + " (oorspronkelijkbouwjaar %s, %s '%s'): LoD 0 footprint, %s, %s, %s%s. %s; changed: footprint coordinates"
        + " rounded to 1 mm, the %s derived from the footprint, structure and all other fields assumed (see"
        + " assumptions). Imported by toplaag import 3dbag.", release.isEmpty() ? "(release not stated)" : release,
        tile, b.row().isEmpty() ? "Building " + b.id() : "Buildings " + String.join(", ", b.row())
            + " joined as one row", year,
        b.attribute("dak_type"), b.roofType(), ground, levelAttr, b.attribute("h_dak_max"),
        b.storeys() != null ? ", " + b.attribute("bouwlagen") : "", BagImport.CREDIT,
        d.wings.size() > 1 ? "two wings of the L" : d.unwritten >= 0 ? "wing (one of the stepped L's two)" : "wing"));
    root.put("assumptions", assumptions(b, a, fp, flat, storeyHeightM, foundationKn, raised, d));
    root.put("crs", "EPSG:28992");
    root.set("origin", point(f, originX, originY));
    if (b.groundNapM() != null) { // measured, named in the source; the import skips a building without it
      root.set("groundLevelNapM", num(f, b.groundNapM()));
    }
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
    ArrayNode wings = f.arrayNode();
    ArrayNode grids = f.arrayNode();
    ArrayNode lines = f.arrayNode();
    for (int i = 0; i < d.wings.size(); i++) {
      WingFit w = d.wings.get(i);
      ObjectNode wing = f.objectNode();
      wing.set("origin", f.arrayNode().add(num(f, w.origin().x, FRAME_DECIMALS))
          .add(num(f, w.origin().y, FRAME_DECIMALS)));
      wing.set("directionDeg", num(f, w.directionDeg(), FRAME_DECIMALS));
      wing.set("lengthM", num(f, w.lengthM()));
      wing.set("depthM", num(f, w.depthM()));
      wings.add(wing);
      if (d.l != null && d.l.stepped() && i == 1) {
        wallsBesideWing1(f, w, d.wings.get(0), a, lines);
        continue;
      }
      ObjectNode grid = f.objectNode();
      grid.put("wing", i);
      grid.put("offsetM", 0);
      grid.set("pitchesM", f.arrayNode().add(num(f, pitchM(w, a))));
      grid.set("capacityKnPerM", num(f, a.wallCapacityKnPerM().value()));
      grid.put("source", wallSource(a));
      grids.add(grid);
    }
    root.set("wings", wings);
    ObjectNode structure = f.objectNode();
    structure.set("wallGrids", grids);
    if (!lines.isEmpty()) {
      structure.set("bearingLines", lines);
    }
    root.set("structure", structure);
    ObjectNode reserve = f.objectNode();
    reserve.set("areaLoadKnPerM2", num(f, a.areaLoadKnPerM2().value()));
    reserve.set("foundationReserveKn", num(f, foundationKn));
    reserve.put("source", "area load: " + a.areaLoadKnPerM2().source() + "; foundation: "
        + a.foundationReservePerStoreyKnPerM2().source() + storeysAssumed(d, a));
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
        if (r.riseM() > 0) { // drawn as high as it rises
          obstacle.set("heightM", num(f, r.riseM()));
        } else { // a lower part: the roof steps down there, at most to the ground
          obstacle.set("belowRoofM", num(f, Math.min(-r.riseM(), d.roofLevelM)));
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
    } catch (JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }

  /**
   * The source of each wall written (a wall grid's or a bearing line's): the capacity's, and where that is verified
   * (an engineer's figure given with {@code --assume}) but the walls' positions rest on the assumed pitch, the pitch's
   * too, so that a wall that is only assumed to stand there still reads as unverified: the 3D BAG records no walls.
   */
  static String wallSource(ImportAssumptions a) {
    String capacity = a.wallCapacityKnPerM().source();
    String pitch = a.wallPitchM().source();
    return SourceNotes.unverified(capacity) || !SourceNotes.unverified(pitch) ? capacity
        : capacity + "; walls' positions: " + SourceNotes.unverifiedPart(pitch);
  }

  /**
   * What the foundation reserve's source adds where the reserve per storey is verified but the existing storeys it is
   * multiplied by were assumed from the roof level (no {@code b3_bouwlagen} on a flat roof, or below a pitched roof's
   * eaves) with an unverified storey height: "; existing storeys: " and that height's source; else "".
   */
  private static String storeysAssumed(Deriving d, ImportAssumptions a) {
    boolean assumed = BagImport.ASSUMED_STOREYS.equals(d.storeysFrom); // as the import derived them
    return assumed && !SourceNotes.unverified(a.foundationReservePerStoreyKnPerM2().source())
        && SourceNotes.unverified(a.storeyHeightM().source())
        ? "; existing storeys: " + SourceNotes.unverifiedPart(a.storeyHeightM().source()) : "";
  }

  /**
   * The walls of wing 2 {@code w} of a stepped slab as bearing lines: across it at both ends and evenly between them
   * ({@link #bays}), as a slab's, but for the one on wing 1's side, where the two wings meet: that wall is wing 1's end
   * wall, as deep as the building there, and one wall (where neither wing was turned, {@link #JOINT_WALL_M}). (The
   * planner and the checker take a wing's walls from every bearing line across it, so a second wall on the same line
   * would make a bay 0 m long, the load put on one wall by the one and on the other by the other.) Added to {@code
   * lines}, RD New metres rounded to 1 mm.
   */
  private static void wallsBesideWing1(JsonNodeFactory f, WingFit w, WingFit wing1, ImportAssumptions a,
      ArrayNode lines) {
    int n = bays(w, a);
    double len = w.origin().distance(w.along());
    double ux = (w.along().x - w.origin().x) / len;
    double uy = (w.along().y - w.origin().y) / len;
    Polygon beside = wing1.outline();
    for (int k = 0; k <= n; k++) {
      double s = k == n ? w.lengthM() : k * w.lengthM() / n;
      Coordinate from = new Coordinate(w.origin().x + ux * s, w.origin().y + uy * s);
      Coordinate to = new Coordinate(from.x - uy * w.depthM(), from.y + ux * w.depthM());
      if (Millimetres.METRES.createLineString(new Coordinate[] {from, to}).distance(beside) < JOINT_WALL_M
          && w.depthM() * Math.abs(Math.sin(Math.toRadians(w.directionDeg() - wing1.directionDeg()))) < JOINT_WALL_M) {
        continue;
      }
      ObjectNode line = f.objectNode();
      line.set("from", point(f, from.x, from.y));
      line.set("to", point(f, to.x, to.y));
      line.set("capacityKnPerM", num(f, a.wallCapacityKnPerM().value()));
      line.put("source", wallSource(a));
      lines.add(line);
    }
  }

  /**
   * How close to wing 1 a wall of wing 2 of a stepped slab lies to be the wall where they meet, m; and how far at most
   * the two may part over wing 2's depth. Where one of the two wings was turned to run along its front facade ({@link
   * WingFit#fitToFront}), wing 1's side and wing 2's end wall touch at one end only and part by a wedge: wing 2 then
   * has its own end wall, as wing 1's is no wall across it.
   */
  private static final double JOINT_WALL_M = 0.01;

  /** The bays of wing {@code w}: its length / {@code wallPitchM}, rounded, at least 1. */
  private static int bays(WingFit w, ImportAssumptions a) {
    return (int) Math.max(1, Math.round(w.lengthM() / a.wallPitchM().value()));
  }

  /** The pitch of the walls of wing {@code w}, at both gables and evenly between them ({@link #bays}), m. */
  private static double pitchM(WingFit w, ImportAssumptions a) {
    return round3(w.lengthM() / bays(w, a));
  }

  /**
   * The existing floor area the foundation carries, m²: the footprint less the lower roof parts times the storeys
   * under the roof level, plus each lower part's area times its own storeys ({@link #lowerStoreys}). Without lower
   * parts, the footprint times the storeys. Of a stepped slab written with one wing, only the part of the footprint
   * that wing stands on ({@code d.carrying}): the other part's foundation carries nothing new.
   */
  static double floorM2(List<Raised> parts, double storeyHeightM, Deriving d) {
    double lowerM2 = 0;
    double lowerFloorM2 = 0;
    for (Raised r : parts) {
      if (r.riseM() < 0) {
        double m2 = carriedM2(r.outline(), d);
        lowerM2 += m2;
        lowerFloorM2 += m2 * lowerStoreys(d.roofLevelM + r.riseM(), storeyHeightM);
      }
    }
    return (carryingM2(d) - lowerM2) * d.storeys + lowerFloorM2;
  }

  /**
   * The area of the footprint whose foundation carries the new storeys, m²: the footprint's, or of a stepped slab
   * written with one wing, the footprint's less the other wing's rectangle ({@code d.carrying}).
   */
  private static double carryingM2(Deriving d) {
    return d.carrying == null ? d.footprintM2 : d.carrying.getArea();
  }

  /** The area of roof part {@code part} within the part of the footprint that carries the new storeys, m². */
  private static double carriedM2(Polygon part, Deriving d) {
    return d.carrying == null ? part.getArea() : Geometries.intersection(part, d.carrying).getArea();
  }

  /**
   * The existing storeys under a lower roof part whose roof lies {@code levelM} above ground: as under a flat roof,
   * its level / {@code storeyHeightM} (m a storey), rounded; at least 0.
   */
  static int lowerStoreys(double levelM, double storeyHeightM) {
    return (int) Math.max(0, Math.round(levelM / storeyHeightM));
  }

  /** The {@code assumptions} text: what was measured, derived and assumed, each with its source. */
  private static String assumptions(BagBuilding b, ImportAssumptions a, Polygon fp, boolean flat,
      double storeyHeightM, double foundationKn, List<Raised> raised, Deriving d) {
    List<String> s = new ArrayList<>();
    String ground = b.attribute("h_maaiveld");
    String levelAttr = b.levelAttribute(flat);
    if (!b.row().isEmpty()) {
      s.add(String.format(Locale.ROOT, "[U] a row: the %d panden %s share walls (at least %.1f m each with the next)"
          + " and have the same roof type and roof levels within %.1f m, and are taken as one building, one owner's"
          + " and one project (toplaag import --join-rows; the 3D BAG records panden, not blocks): the footprint is"
          + " their union, ground and roof heights their footprint-weighted means (the lowest and highest roof point"
          + " the row's), built the earliest of their years", b.row().size(), String.join(", ", b.row()),
          Rows.MIN_WALL_M, Rows.MAX_STEP_M));
    }
    s.add(String.format(Locale.ROOT, "Measured (3D BAG): footprint %d vertices, %.1f m2, %.0f %% of its minimum"
        + " rotated rectangle of %.3f x %.3f m; ground %s %.2f m NAP; roof %s %.2f m NAP (%s %.2f, %s %.2f m NAP),"
        + " so %s %.2f m above ground; %s '%s' (%s)", fp.getNumPoints() - 1, d.footprintM2,
        Math.floor(100 * d.rectangularity), d.rectLengthM, d.rectDepthM, ground, b.groundNapM(),
        levelAttr, b.levelNapM(flat), b.levelAttribute(!flat), b.levelNapM(!flat),
        b.attribute("h_dak_max"), b.roofMaxNapM(), flat ? "the median roof height is" : "the eaves are", d.roofLevelM,
        b.attribute("dak_type"), b.roofType(), flat ? "flat" : "pitched"));
    if (b.storeys() != null && flat) {
      s.add(String.format(Locale.ROOT, "%s %d existing storeys (the 3D BAG's estimate), so %.2f m a storey",
          b.attribute("bouwlagen"), d.storeys, storeyHeightM));
    } else if (b.storeys() != null) {
      s.add(String.format(Locale.ROOT, "%s %d counts the storeys under the pitched roof too; not used",
          b.attribute("bouwlagen"), b.storeys()));
    }
    if (d.l == null) {
      WingFit w = d.wings.get(0);
      s.add(String.format(Locale.ROOT, "Derived: one wing of %.3f x %.3f m, the footprint's minimum rotated"
          + " rectangle with each side %s%s; its"
          + " front edge is the rectangle's long side with the lower mid-point y (of the two, the one further south;"
          + " this front faces %s) [U: " + SourceNotes.GALLERY_SIDE_UNKNOWN + "]; %d bays of %.3f m between walls at"
          + " both gables (the assumed %.1f m pitch fitted to the length); %s", w.lengthM(), w.depthM(),
          SIDES_MOVED, front(a, d), WingFit.facing(w.directionDeg()), bays(w, a), pitchM(w, a),
          a.wallPitchM().value(), foundation(a, storeyHeightM, foundationKn, raised, d)));
    } else {
      String reading = d.l.stepped()
          ? " the arm across the rectangle reaches out from the other less far than it is deep (a stub: an annex, a"
          + " deeper end), so it is part of the building's depth there, not a wing of its own: two wings side by side"
          + " along the rectangle, wing 1 the deeper part through the corner, wing 2 the rest from its side to the"
          + " gable, each as deep as the building from facade to facade; each wing as a slab's: its sides"
          + " %s (wing 2 starting where wing 1 then ends); both fronts on the straight long facade"
          + " (one gallery line along the building)"
          + (d.unwritten >= 0 ? "" : "; where the two wings meet one wall, wing 1's end wall, so wing 2's other walls"
          + " are given as bearing lines")
          : " the arm along the rectangle's long side (the longer, measured outside) runs through the corner as wing"
          + " 1, the other arm, reaching out at least as far as it is deep, is wing 2 from wing 1's inner side to its"
          + " end, each as deep as its arm from facade to facade; each wing as a slab's: its sides %s (wing 2"
          + " starting where wing 1 then ends); each"
          + " front on the L's outer facades (wing 1's its outer long side, wing 2's the outer side of its arm, so the"
          + " galleries run round the outside of the L)";
      s.add(String.format(Locale.ROOT, "Derived: %s of two wings, the footprint's minimum rotated rectangle less"
          + " the largest corner of it the footprint leaves free; the footprint covers %.0f %% of the L and %.0f %%"
          + " and %.0f %% of its two wings (at least %.0f %% of each, minRectangularity);" + reading
          + ", a facade over the wing's whole length [U: " + SourceNotes.GALLERY_SIDE_UNKNOWN + "]; walls at both"
          + " ends of each wing and evenly between them (the assumed %.1f m pitch fitted to its length)",
          d.l.stepped() ? "a stepped slab (an L-shaped footprint)" : "an L", Math.floor(100 * d.l.lShare()),
          Math.floor(100 * d.l.through().rectangularity()), Math.floor(100 * d.l.other().rectangularity()),
          100 * a.minRectangularity().value(), SIDES_MOVED, a.wallPitchM().value()));
      if (d.unwritten >= 0) {
        s.add(unwritten(d, flat));
      }
      for (int i = 0; i < d.wings.size(); i++) {
        WingFit w = d.wings.get(i);
        WingFit.FrontFit fit = d.fits.get(i);
        WingFit.Proud p = w.proud(fp, a.frontToleranceM().value());
        int number = d.unwritten >= 0 ? 2 - d.unwritten : i + 1;
        s.add(String.format(Locale.ROOT, "Wing %d: %.3f x %.3f m, its front faces %s [U], %d bays of %.3f m%s", number,
            w.lengthM(), w.depthM(), WingFit.facing(w.directionDeg()), bays(w, a), pitchM(w, a),
            fit.turned() ? turned(a, fit) + joint(d, i) : p.lengthM() > 0 ? proudFacade(a, p,
                fit.whyNotTurned()) : ""));
      }
      s.add("Derived: " + foundation(a, storeyHeightM, foundationKn, raised, d));
    }
    if (!flat) {
      s.add("[U] the floor new storeys stand on, once the pitched roof is removed, is taken at the measured eaves");
    }
    if (b.storeys() == null || !flat) {
      // a roof lower than the rounding's first storey still stands on one (BagImport: at least 1)
      double below = d.roofLevelM / a.storeyHeightM().value();
      boolean least = (flat ? Math.round(below) : Math.floor(below)) < 1;
      s.add(String.format(Locale.ROOT, "%d existing storeys below the %s: roof level / storeyHeightM %.2f, %s:"
          + " %s", d.storeys, flat ? "roof" : "eaves", a.storeyHeightM().value(),
          (flat ? "rounded" : "rounded down") + (least ? ", at least 1 (a lower storey: " + String.format(Locale.ROOT,
              "%.2f m)", d.roofLevelM) : ""), a.storeyHeightM().source()));
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
          RoofParts.RAISED_M));
    }
    if (!raised.isEmpty()) {
      s.add(String.format(Locale.ROOT, "Measured: %d raised roof part(s), %.1f m2 in all, where the LoD 2.2 roof"
          + " surfaces lie more than %.1f m above the roof level, are fixed obstacles (taken as lift machine rooms or"
          + " stair overruns [U]; not removable [U])", raised.size(),
          raised.stream().mapToDouble(r -> r.outline().getArea()).sum(), RoofParts.RAISED_M));
    } else if (flat && d.roofRiseM > RoofParts.RAISED_M) {
      s.add(String.format(Locale.ROOT, "[U] the roof's highest point, %.1f m above the roof level, has no LoD 2.2"
          + " roof surface more than %.1f m above it of at least %.1f m2 (a chimney, a parapet, a small roof box):"
          + " not modelled", d.roofRiseM, RoofParts.RAISED_M, RoofParts.MIN_RAISED_M2));
    }
    s.add("[U] use: residential assumed (the 3D BAG does not record use)");
    return String.join(". ", s) + ".";
  }

  /**
   * Why one wing of a stepped slab is not written ({@code d.unwritten}), and what that means for the one that is: its
   * gallery and stairs, its walls, the foundation reserve.
   */
  private static String unwritten(Deriving d, boolean flat) {
    int k = d.unwritten + 1;
    int kept = 3 - k;
    return String.format(Locale.ROOT, "Wing %d (%.3f x %.3f m) is not written: %s, so no dwelling module of the"
        + " catalogue stands on it; it stays existing roof, as the footprint outside the wings does. Wing %d alone is"
        + " written: the two wings of a stepped slab lie side by side with their fronts on the straight long"
        + " facade, so wing %d keeps its whole front there, its gallery cantilevered in front of it or on its roof"
        + " and its stairs added on it as on any imported wing (no stair core is known); walls stand at both its"
        + " ends, the one where the two wings meet being wing 1's end wall, as deep as the building; wing %d's walls"
        + " carry nothing new and are not written; the foundation reserve counts only the part of the footprint"
        + " wing %d stands on (the footprint less wing %d's rectangle), whose foundation carries the new storeys%s",
        k, d.unwrittenWing.lengthM(), d.unwrittenWing.depthM(), d.unwrittenWhy, kept, kept, k, kept, k,
        flat ? "" : "; [U] the pitched roof's removal is costed over the whole roof outline, wing " + k + "'s part"
        + " too");
  }

  /**
   * What became of a slab's front facade where it stood more than {@code frontToleranceM} proud of the front of the
   * wing moved inwards ({@link WingFit#proud}): the wing turned to run along it ({@link WingFit#alongFrontFacade}), or
   * how far it still stands proud; "" where it did not.
   */
  private static String front(ImportAssumptions a, Deriving d) {
    WingFit.FrontFit fit = d.fits.get(0);
    WingFit.Proud p = fit.straightProud();
    if (p.lengthM() == 0) {
      return "";
    }
    if (!fit.turned()) {
      return proudFacade(a, p, "a step, a bend or a pier of the facade, not one straight facade along which the wing"
          + " could be turned");
    }
    return turned(a, fit);
  }

  /**
   * ", then turned X degrees to run along its front facade ...": how far wing {@code fit} was turned and why, and how
   * far its facade stood proud before.
   */
  private static String turned(ImportAssumptions a, WingFit.FrontFit fit) {
    WingFit.Proud p = fit.straightProud();
    return String.format(Locale.ROOT, ", then turned %.2f degrees to run along its front facade, a straight facade"
        + " skewed against the rectangle: moved inwards, the rectangle's front had that facade standing up to %.3f m"
        + " proud of it over %.1f m, where no gallery can be cantilevered in front of it; turned, the facade stands"
        + " nowhere more than frontToleranceM %s m proud of the front, and the wing reaches past the footprint by no"
        + " part thicker than that beyond where the rectangle's does (%s)", fit.turnedDeg(), p.mostM(), p.lengthM(),
        plain(a.frontToleranceM().value()), a.frontToleranceM().source());
  }

  /**
   * Where a turned wing of an L meets the other wing ({@link LFit}): "" for a stepped slab written with one wing, whose
   * other wing is existing roof, and for wing 2 where wing 1 was turned too (said there); else how the two meet.
   */
  private static String joint(Deriving d, int i) {
    return d.unwritten >= 0 || i == 1 && d.fits.get(0).turned() ? "" : "; where the two wings meet, wing 1's side"
        + " and wing 2's end are each square to their own front, no longer parallel: wing 2 ends where it meets wing"
        + " 1's side, the two touching and the wedge between them left as existing roof";
  }

  /**
   * "; its front facade stands up to X m proud of its front over Y m ... ({@code why})": no gallery is cantilevered
   * there.
   */
  private static String proudFacade(ImportAssumptions a, WingFit.Proud p, String why) {
    return String.format(Locale.ROOT, "; its front facade stands up to %.3f m proud of its front over %.1f m, more"
        + " than frontToleranceM %s m (%s): a gallery cantilevered in front of it there would lie over the roof, and"
        + " the configurator leaves it out", p.mostM(), p.lengthM(), plain(a.frontToleranceM().value()), why);
  }

  /**
   * How the foundation reserve was derived: the footprint times the storeys times the reserve per m² and storey; with
   * lower roof parts, by part, each with its own storeys.
   */
  private static String foundation(ImportAssumptions a, double storeyHeightM, double foundationKn, List<Raised> raised,
      Deriving d) {
    double rate = a.foundationReservePerStoreyKnPerM2().value();
    List<Raised> lower = raised.stream().filter(r -> r.riseM() < 0 && carriedM2(r.outline(), d) > 0).toList();
    String footprint = d.carrying == null ? "the footprint" : "the part of the footprint wing " + (2 - d.unwritten)
        + " stands on";
    if (lower.isEmpty()) {
      return String.format(Locale.ROOT, "foundation reserve %s%.1f m2 x %d storeys x %.2f kN/m2 = %.0f kN",
          d.carrying == null ? "" : "(" + footprint + ") ", carryingM2(d), d.storeys, rate, foundationKn);
    }
    List<String> parts = new ArrayList<>();
    double lowerM2 = lower.stream().mapToDouble(r -> carriedM2(r.outline(), d)).sum();
    parts.add(String.format(Locale.ROOT, "%.1f m2 (%s less the lower roof parts) x %d storeys",
        carryingM2(d) - lowerM2, footprint, d.storeys));
    for (Raised r : lower) {
      double levelM = d.roofLevelM + r.riseM();
      parts.add(String.format(Locale.ROOT, "%.1f m2 x %d storey(s) (a lower roof part %.2f m above ground / %.2f m"
          + " a storey, rounded)", carriedM2(r.outline(), d), lowerStoreys(levelM, storeyHeightM), levelM,
          storeyHeightM));
    }
    return String.format(Locale.ROOT, "foundation reserve by part, each its area x its storeys: (%s) x %.2f kN/m2"
        + " = %.0f kN", String.join(" + ", parts), rate, foundationKn);
  }

  private static String assumed(String name, ImportAssumptions.Assumed v) {
    String value = Double.isNaN(v.value()) ? "none" : plain(v.value());
    return name + " " + value + ": " + v.source();
  }

  private static ArrayNode point(JsonNodeFactory f, double x, double y) {
    return f.arrayNode().add(num(f, x)).add(num(f, y));
  }

  /** {@code v} rounded to 1/1000, without trailing zeros, written plain. */
  private static JsonNode num(JsonNodeFactory f, double v) {
    return num(f, v, 3);
  }

  /** {@code v} rounded to {@code decimals} decimals (half up), without trailing zeros, written plain. */
  private static JsonNode num(JsonNodeFactory f, double v, int decimals) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() <= 0 ? f.numberNode(d.longValueExact()) : f.numberNode(d);
  }

  /** {@code v} rounded to 1/1000, without trailing zeros, as plain text. */
  private static String plain(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
