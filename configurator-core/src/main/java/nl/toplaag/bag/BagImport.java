package nl.toplaag.bag;

import static nl.toplaag.bag.Millimetres.round3;
import static nl.toplaag.bag.Millimetres.rounded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.toplaag.bag.RoofParts.Raised;
import nl.toplaag.geom.Geometries;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Derives a Toplaag building file ({@code docs/building.schema.json}) from one 3D BAG building, or the reason it
 * cannot: the automated form of the hand-made {@code zeist-1970-slab} and {@code delft-1954-pitched} files.
 *
 * <ul>
 *   <li>Measured: the roof outline (the LoD 0 footprint, RD New, rounded to 1 mm), the ground level
 *       ({@code h_maaiveld}, m above NAP, written as {@code groundLevelNapM}), the roof level
 *       above ground (a flat roof's median height {@code h_dak_50p}; a pitched roof's eaves {@code h_dak_min}, the
 *       floor new storeys stand on once it is removed), the roof type, and a flat-roofed building's storeys where
 *       the 3D BAG estimated them ({@code b3_bouwlagen}); on a flat roof, the raised parts ({@link RoofParts}: its
 *       LoD 2.2 roof surfaces more than {@link RoofParts#RAISED_M} above the roof level: lift machine rooms, stair
 *       overruns) and its lower parts (those more than {@link RoofParts#RAISED_M} below it: a lower wing, an annex,
 *       where no module can stand, written with how far they lie below the roof, {@code belowRoofM}), as fixed
 *       obstacles.
 *   <li>Derived ({@link WingFit}): of a slab (a footprint covering at least {@code minRectangularity} of its
 *       minimum-area rectangle), one wing, that rectangle with its sides moved inwards to a skewed facade; its front
 *       edge is the rectangle's long side with the lower mid-point y (of the two long sides, the southern; the
 *       gallery side is not in the 3D BAG); where the front facade then stands more than {@code frontToleranceM}
 *       proud of the front (a straight facade skewed against the rectangle), the wing turned to run along it
 *       ({@link WingFit#alongFrontFacade}) where that leaves it nowhere standing so far proud. Of an L
 *       ({@link LFit}: the rectangle less one corner the footprint leaves free, each of its two wings covered at
 *       least {@code minRectangularity}), two such wings that touch and do not overlap, each as deep as the
 *       building there from facade to facade: at right angles, the arm along the rectangle's long side through the
 *       corner, where the other arm reaches out at least as far as it is deep;
 *       side by side (a stepped slab) where it is a stub, part of the building's depth; each wing's front on the
 *       L's outer facades; each wing is held to the slab's rules (depth, the smallest module) and turned, as a
 *       slab's is, along its own straight front facade skewed against it ({@link LFit}). Walls at both ends
 *       of each wing and evenly between them at about the assumed pitch (where a stepped slab's two wings meet, one
 *       wall: wing 1's end wall); the foundation reserve from the footprint area, the storeys and the assumed
 *       reserve per m² and storey, a lower roof part's area with its own storeys ({@link BuildingFileText#floorM2}).
 *   <li>Assumed ({@link ImportAssumptions}): everything else, stated with its source in {@code assumptions}.
 * </ul>
 *
 * <p>The file's text is written by {@link BuildingFileText}.
 *
 * <p>Skipped, with the reason: a building a value of which the tile gives but not in a valid form (a build year that
 * is no whole number, storeys below 1, a height that is no number, LoD 0 boundaries that are no surfaces of rings of
 * vertex indices: {@link BagBuilding#invalid}, named with the value found and what was expected; an absent value is
 * not invalid), a building not standing by its BAG status (a demolition permit, demolished), one
 * the tile holds no usable footprint or heights for, a footprint in parts or with a courtyard, one that is neither a
 * slab nor an L (a T, a U, a stepped or round plan: the reason gives its corners once simplified and the shares), a
 * wing deeper than {@code maxSlabDepthM}, a flat roof whose highest point rises more than {@code maxRoofRiseM} above
 * its median (a higher part), a flat-roofed L one of whose arms lies more than {@link RoofParts#RAISED_M} above or
 * below the roof level (another roof: the file has one roof level, and a wing there would be all obstacle or stand
 * on fewer or more storeys than the file states; {@code zeist-1970-slab} shows by hand one arm as the wing and the
 * other as a fixed obstacle), a wing too shallow or short for the smallest dwelling module (but for a stepped slab one
 * of whose two wings holds it: that wing is written alone, the other left as existing roof, the foundation reserve
 * that of the part of the footprint the wing written stands on), and anything {@link BuildingReader} would reject.
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

  /**
   * How far above a pitched roof's lowest point its main slopes may come down ({@link RoofParts#mainEavesNapM}) for
   * that point to be its eaves, m: a slope's lowest vertex and the tile's lowest roof point differ by the gutter and
   * the reconstruction's noise; 1.5 m more is a low part beside the roof, and the import skips the building.
   */
  static final double MAX_EAVES_ABOVE_LOWEST_M = 1.5;

  /** The lowest roof above ground taken as a building with a storey, m. */
  private static final double MIN_ROOF_LEVEL_M = 2.0;

  /** The highest roof level the building format accepts, m above ground. */
  private static final double MAX_ROOF_LEVEL_M = 200;

  /** The range of a storey's height the building format accepts, m. */
  private static final double MIN_STOREY_M = 2.0;
  private static final double MAX_STOREY_M = 6.0;

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
   * @param kind the kind of reason it was skipped ("not a slab or an L", "roof too shallow"), or "" when written
   * @param reason why it was skipped, in words with the numbers, or "" when written
   * @param footprintM2 the footprint's area, m²
   * @param rectangularity the share of its minimum rotated rectangle the footprint covers
   * @param lengthM the wing's length (along its front edge), m; of an L, the first wing's (through the corner)
   * @param depthM the wing's depth, m; of an L, the first wing's
   * @param roofLevelM the roof level new storeys stand on, m above ground
   * @param roofRiseM how far the highest roof point lies above that roof level, m
   * @param storeys the existing storeys written
   * @param storeysFrom where they come from: "b3_bouwlagen" or "assumed"
   * @param shape what the footprint was found to be: {@link #SLAB} (one wing), {@link #L_SHAPE} (two wings),
   *     {@link #NEITHER}, or "" where it was skipped before that was known
   * @param wing2LengthM an L's second wing's length (along its front edge), m; NaN for a slab
   * @param wing2DepthM an L's second wing's depth, m; NaN for a slab
   * @param wingsWritten which of the wings fitted the file has: "1" of a slab, "1 2" of an L, "1" or "2" of a stepped
   *     slab one of whose wings holds no module; "" when skipped
   */
  public record Outcome(BagBuilding building, String tileFileName, String json, String kind, String reason,
      double footprintM2, double rectangularity, double lengthM, double depthM, double roofLevelM, double roofRiseM,
      int storeys, String storeysFrom, String shape, double wing2LengthM, double wing2DepthM, String wingsWritten) {

    /** The outcome of {@code b} of tile {@code tileFileName}, skipped before anything was measured. */
    public static Outcome skipped(BagBuilding b, String tileFileName, String kind, String reason) {
      return new Deriving(b, tileFileName).skip(kind, reason);
    }

    /** Whether a building file was derived. */
    public boolean written() {
      return json != null;
    }

    /** Whether a building file was derived with the two wings of an L. */
    public boolean writtenAsL() {
      return written() && shape.equals(L_SHAPE) && wingsWritten.equals("1 2");
    }

    /** Whether a building file was derived with one wing of a stepped slab, the other holding no module. */
    public boolean writtenAsOneWingOfAnL() {
      return written() && shape.equals(L_SHAPE) && !wingsWritten.equals("1 2");
    }

    /** The building id of the file (the 3D BAG city object id), and its file name with ".json". */
    public String fileName() {
      return building.id() + ".json";
    }
  }

  /**
   * {@link Outcome#kind}: a value the tile gives, of what the import uses, is not valid ({@link BagBuilding#invalid}),
   * and the building is skipped rather than written with a value assumed in its place.
   */
  public static final String INVALID_VALUE = "invalid value in the tile";

  /** Where a building's storeys come from when the tile gives none the import can use: the roof level. */
  static final String ASSUMED_STOREYS = "assumed";

  /** {@link Outcome#shape}: a slab, one wing. */
  public static final String SLAB = "slab";

  /** {@link Outcome#shape}: an L, two wings ({@link LFit}). */
  public static final String L_SHAPE = "L";

  /** {@link Outcome#shape}: neither a slab nor an L (skipped). */
  public static final String NEITHER = "neither";

  private BagImport() {}

  /** Derives the building file of {@code b} from tile {@code tileFileName} of 3D BAG {@code release}. */
  public static Outcome derive(BagBuilding b, String tileFileName, String release, ImportAssumptions a,
      SmallestModule smallest) {
    Deriving d = new Deriving(b, tileFileName);
    if (!b.invalid().isEmpty()) {
      return d.skip(INVALID_VALUE, String.join("; ", b.invalid().stream().map(BagBuilding.InvalidValue::text)
          .toList()));
    }
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
    WingFit rect = WingFit.rectangle(fp);
    d.rectangularity = rect.rectangularity();
    d.lengthM = rect.lengthM();
    d.depthM = rect.depthM();
    d.rectLengthM = d.lengthM;
    d.rectDepthM = d.depthM;
    double min = a.minRectangularity().value();
    double tol = a.frontToleranceM().value();
    Predicate<WingFit> holds = w -> unfit(w, a.setbackM().value(), smallest) == null;
    if (d.rectangularity >= min) {
      d.shape = SLAB;
      d.fits = List.of(rect.fitToFront(fp, fp, tol, holds));
    } else {
      Optional<LFit> l = LFit.of(fp, rect, tol, holds);
      if (l.isEmpty() || l.get().share() < min) {
        d.shape = NEITHER;
        return d.skip("not a slab or an L", notAnL(fp, l, min, d));
      }
      d.shape = L_SHAPE;
      d.l = l.get();
      d.fits = l.get().fits();
    }
    d.fits = d.fits.stream().map(WingFit.FrontFit::roundedDown).toList();
    d.wings = d.fits.stream().map(WingFit.FrontFit::wing).toList();
    d.lengthM = d.wings.get(0).lengthM();
    d.depthM = d.wings.get(0).depthM();
    if (d.wings.size() > 1) {
      d.wing2LengthM = d.wings.get(1).lengthM();
      d.wing2DepthM = d.wings.get(1).depthM();
    }
    for (int i = 0; i < d.wings.size(); i++) {
      WingFit w = d.wings.get(i);
      if (w.depthM() > a.maxSlabDepthM().value()) {
        return d.skip("too deep for a slab", String.format(Locale.ROOT, "%s %.1f x %.1f m: deeper than %.0f m is"
            + " a block (a school, an office), not a slab of flats (maxSlabDepthM)",
            d.wings.size() == 1 ? "footprint" : "wing " + (i + 1) + " of the L,", w.lengthM(), w.depthM(),
            a.maxSlabDepthM().value()));
      }
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
    String levelAttr = b.levelAttribute(flat);
    Double level = b.levelNapM(flat);
    if (level == null || b.roofMaxNapM() == null) {
      String missing = level == null ? levelAttr : b.attribute("h_dak_max");
      return d.skip("heights missing", "no roof height (" + missing + ") in the tile");
    }
    d.roofLevelM = round3(level - b.groundNapM());
    d.roofRiseM = round3(b.roofMaxNapM() - level);
    if (d.roofLevelM < MIN_ROOF_LEVEL_M || d.roofLevelM > MAX_ROOF_LEVEL_M) {
      // a pitched roof's lowest point near the ground under a median well above it is no shed: say what hides the eaves
      double medianM = b.roof50pNapM() == null ? Double.NaN : b.roof50pNapM() - b.groundNapM();
      String low = !flat && d.roofLevelM < MIN_ROOF_LEVEL_M && medianM >= MIN_ROOF_LEVEL_M + RoofParts.RAISED_M
          ? String.format(Locale.ROOT, "; its median (%s) is %.1f m above ground: a low part (a porch roof, an"
          + " annex, a roof down to the ground floor) hides the eaves, which this import does not find",
          b.attribute("h_dak_50p"), medianM) : "";
      return d.skip("roof level out of range", String.format(Locale.ROOT, "roof %s m above ground (%s - %s);"
          + " expected %.0f to %.0f m%s", outside(d.roofLevelM, MIN_ROOF_LEVEL_M, MAX_ROOF_LEVEL_M), levelAttr,
          b.attribute("h_maaiveld"), MIN_ROOF_LEVEL_M, MAX_ROOF_LEVEL_M, low));
    }
    if (!flat) {
      // the lowest roof point is the eaves only where the main roof comes down to it: a low part beside it (an annex,
      // a porch roof) put the floor of new storeys 3 m too low, with half the storeys (QA60: 31 of the 62 pitched
      // roofs written from four tiles, pand 0312100000002229 at 2.4 m where its slopes start at 5.3 m)
      double eavesM = RoofParts.mainEavesNapM(b, fp) - b.groundNapM();
      if (eavesM > d.roofLevelM + MAX_EAVES_ABOVE_LOWEST_M) {
        return d.skip("eaves hidden", String.format(Locale.ROOT, "roof %.1f m above ground (%s - %s), but its main"
            + " slopes come down to %.1f m: a low part (an annex, a porch roof) lies below the eaves, and this import"
            + " takes the eaves as the lowest roof point", d.roofLevelM, levelAttr, b.attribute("h_maaiveld"),
            eavesM));
      }
    }
    double[] armNapM = flat ? armLevelsNapM(b, d) : new double[0];
    if (flat && d.roofRiseM > a.maxRoofRiseM().value()) {
      return d.skip("roof not at one level", String.format(Locale.ROOT, "roof not at one level: its highest"
          + " point is %.1f m above the roof (%s - %s; at most %.1f m taken as an overrun): a higher part this"
          + " import does not model%s", d.roofRiseM, b.attribute("h_dak_max"), levelAttr, a.maxRoofRiseM().value(),
          armNapM.length == 0 ? "" : "; of the L, " + armLevels(armNapM, d)));
    }
    for (int i = 0; i < armNapM.length; i++) {
      if (Math.abs(armNapM[i] - level) > RoofParts.RAISED_M) {
        return d.skip("roof not at one level", String.format(Locale.ROOT, "roof not at one level: of the L, wing %d"
            + " lies %.2f m %s the roof level (%s %.2f m NAP; %s): a wing more than %.1f m above or below it is"
            + " another roof, not built on as a wing by this import (zeist-1970-slab shows by hand one arm as the"
            + " wing, the other a fixed obstacle)", i + 1, Math.abs(armNapM[i] - level),
            armNapM[i] < level ? "below" : "above", levelAttr, level, armLevels(armNapM, d), RoofParts.RAISED_M));
      }
    }
    // storeys
    double storeyHeightM;
    if (b.storeys() != null && flat) {
      d.storeys = b.storeys();
      d.storeysFrom = b.attribute("bouwlagen");
      storeyHeightM = round3(d.roofLevelM / d.storeys);
      if (storeyHeightM < MIN_STOREY_M || storeyHeightM > MAX_STOREY_M) {
        return d.skip("storeys out of range", String.format(Locale.ROOT, "%s %d with the roof %.1f m above ground"
            + " is %s m a storey; expected %.0f to %.0f m", d.storeysFrom, d.storeys, d.roofLevelM,
            outside(storeyHeightM, MIN_STOREY_M, MAX_STOREY_M), MIN_STOREY_M, MAX_STOREY_M));
      }
    } else {
      storeyHeightM = a.storeyHeightM().value();
      // a flat roof's level lies a roof slab above the top floor's ceiling: rounded; the eaves of a pitched roof lie
      // above the top floor, often by a knee wall: the whole storeys below them
      double below = d.roofLevelM / storeyHeightM;
      d.storeys = (int) Math.max(1, flat ? Math.round(below) : Math.floor(below));
      d.storeysFrom = ASSUMED_STOREYS;
      if (d.roofLevelM / d.storeys > MAX_STOREY_M) { // cannot happen above 2 m storeys, kept as a guard
        return d.skip("storeys out of range", "no whole number of storeys fits the roof level");
      }
    }
    // does a module fit
    Unfit[] unfit = new Unfit[d.wings.size()];
    int fit = 0;
    for (int i = 0; i < d.wings.size(); i++) {
      unfit[i] = unfit(d.wings.get(i), a.setbackM().value(), smallest);
      fit += unfit[i] == null ? 1 : 0;
    }
    if (fit == 1 && d.l != null && d.l.stepped()) {
      // a stepped slab one of whose wings holds no module: the other written alone, that one left as existing roof
      int k = unfit[0] == null ? 1 : 0;
      d.unwritten = k;
      d.unwrittenWing = d.fits.get(k).straight(); // existing roof: not turned to its front facade
      if (k == 0) {
        d.lengthM = d.unwrittenWing.lengthM();
        d.depthM = d.unwrittenWing.depthM();
      } else {
        d.wing2LengthM = d.unwrittenWing.lengthM();
        d.wing2DepthM = d.unwrittenWing.depthM();
      }
      d.unwrittenWhy = unfit[k].reason();
      d.wings = List.of(d.wings.get(1 - k));
      d.fits = List.of(d.fits.get(1 - k));
      d.carrying = Geometries.difference(fp, d.unwrittenWing.outline());
    } else {
      for (int i = 0; i < unfit.length; i++) {
        if (unfit[i] != null) {
          return d.skip(unfit[i].kind(), (d.wings.size() == 1 ? "" : "wing " + (i + 1) + " of the L: ")
              + unfit[i].reason());
        }
      }
    }
    List<Raised> raised = flat ? RoofParts.of(b, level, fp) : List.of();
    String json = BuildingFileText.write(b, tileFileName, release, a, fp, flat, storeyHeightM, raised, d);
    try {
      BuildingReader.read(JsonInput.parse(d.b.id() + ".json", json));
    } catch (InputException x) {
      String at = x.pointer().isEmpty() ? "" : " (at " + x.pointer() + ")";
      return d.skip("derived building invalid", "the derived building is not valid: " + x.problem() + at);
    }
    return d.done(json);
  }

  /**
   * Why a wing holds no dwelling module.
   *
   * @param kind the import report's kind of skip ("roof too shallow", "roof too short")
   * @param reason in words ("roof 6.1 m deep: the shallowest dwelling module (clt-box-3900x7200) is 7.2 m deep")
   */
  private record Unfit(String kind, String reason) {}

  /**
   * Why wing {@code w} holds no dwelling module, or null where the smallest fits it, less the setback
   * {@code setbackM} at each edge.
   */
  private static Unfit unfit(WingFit w, double setbackM, SmallestModule smallest) {
    if (w.depthM() - 2 * setbackM < smallest.depthM()) {
      return new Unfit("roof too shallow", String.format(Locale.ROOT, "roof %.1f m deep%s: the shallowest"
          + " dwelling module (%s) is %.1f m deep", w.depthM(), less(setbackM), smallest.depthModule(),
          smallest.depthM()));
    }
    if (w.lengthM() - 2 * setbackM < smallest.widthM()) {
      return new Unfit("roof too short", String.format(Locale.ROOT, "roof %.1f m long%s: the narrowest dwelling"
          + " module (%s) is %.1f m wide", w.lengthM(), less(setbackM), smallest.widthModule(), smallest.widthM()));
    }
    return null;
  }

  /**
   * Why footprint {@code fp} is neither a slab nor an L: its corners once simplified, its share of its rectangle and,
   * where an L was fitted ({@code l}), the shares of its two wings, against {@code min}.
   */
  private static String notAnL(Polygon fp, Optional<LFit> l, double min, Deriving d) {
    String arms = l.map(x -> String.format(Locale.ROOT, "; the L that fits it best (the rectangle less its largest"
        + " corner the footprint leaves free) has %.0f %% and %.0f %% of its two wings on the roof",
        Math.floor(100 * x.through().rectangularity()), Math.floor(100 * x.other().rectangularity())))
        .orElse("; no corner of its rectangle is free for an L");
    return String.format(Locale.ROOT, "footprint is not a slab or an L: %d corners (simplified within %.1f m), %.0f %%"
        + " of its rectangle (%.1f x %.1f m)%s; at least %.0f %% of a slab's rectangle or of each wing of an L needed",
        LFit.corners(fp), WingFit.INSET_M, Math.floor(100 * d.rectangularity), d.rectLengthM, d.rectDepthM, arms,
        100 * min);
  }

  /**
   * The level of each wing of an L ({@link RoofParts#medianNapM}: the median of its LoD 2.2 roof surfaces), m above
   * NAP; none (an empty array) for a slab or where the tile has no LoD 2.2 roof over a wing.
   */
  private static double[] armLevelsNapM(BagBuilding b, Deriving d) {
    if (d.wings.size() < 2) {
      return new double[0];
    }
    double[] at = new double[d.wings.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = RoofParts.medianNapM(b, d.wings.get(i).outline());
      if (Double.isNaN(at[i])) {
        return new double[0];
      }
    }
    return at;
  }

  /** "wing 1 (67.2 x 11.3 m) at 19.96 m NAP, wing 2 (...) at 25.55 m NAP (the median of its LoD 2.2 roof)". */
  private static String armLevels(double[] armNapM, Deriving d) {
    List<String> at = new ArrayList<>();
    for (int i = 0; i < armNapM.length; i++) {
      WingFit w = d.wings.get(i);
      at.add(String.format(Locale.ROOT, "wing %d (%.1f x %.1f m) at %.2f m NAP", i + 1, w.lengthM(), w.depthM(),
          armNapM[i]));
    }
    return String.join(", ", at) + " (each the median of its LoD 2.2 roof surfaces)";
  }

  /** " less setbacks of X m", or "" without a setback. */
  private static String less(double setbackM) {
    return setbackM > 0 ? String.format(Locale.ROOT, " less setbacks of %.1f m", setbackM) : "";
  }

  /** The building being derived: what is known so far, for its outcome and its file. */
  static final class Deriving {
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
    String shape = "";
    /** The wings fitted: one of a slab, two of an L (the one through the corner first). */
    List<WingFit> wings = List.of();
    /** The L fitted, or null for a slab. */
    LFit l;
    /**
     * The wings as fitted to their front facades ({@link WingFit#fitToFront}: inset, or turned to run along a straight
     * front facade skewed against them), as {@link #wings}: how far the facade stood proud of each straight wing, and
     * whether and how far it was turned.
     */
    List<WingFit.FrontFit> fits = List.of();
    /**
     * Of a stepped slab one of whose wings holds no module, which (0: wing 1, 1: wing 2), that wing as fitted and
     * why ("roof 3.6 m deep: ..."); -1, null and null where both wings are written (or a slab's one).
     */
    int unwritten = -1;
    WingFit unwrittenWing;
    String unwrittenWhy;
    /**
     * The part of the footprint whose foundation carries the new storeys: of a stepped slab written with one wing,
     * the footprint less the other wing's rectangle; null: the whole footprint.
     */
    Geometry carrying;
    double wing2LengthM = Double.NaN;
    double wing2DepthM = Double.NaN;

    Deriving(BagBuilding b, String tile) {
      this.b = b;
      this.tile = tile;
    }

    Outcome skip(String kind, String reason) {
      return new Outcome(b, tile, null, kind, reason, footprintM2, rectangularity, lengthM, depthM, roofLevelM,
          roofRiseM, storeys, storeysFrom, shape, wing2LengthM, wing2DepthM, "");
    }

    Outcome done(String json) {
      String wings = unwritten >= 0 ? Integer.toString(2 - unwritten) : l != null ? "1 2" : "1";
      return new Outcome(b, tile, json, "", "", footprintM2, rectangularity, lengthM, depthM, roofLevelM, roofRiseM,
          storeys, storeysFrom, shape, wing2LengthM, wing2DepthM, wings);
    }
  }

  /**
   * {@code v}, a value outside {@code min} to {@code max}, with one decimal, or with as many more (up to three) as it
   * takes to show it outside: 1.99 m against at least 2 m, not "2.0".
   */
  static String outside(double v, double min, double max) {
    for (int decimals = 1; ; decimals++) {
      String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
      double shown = Double.parseDouble(s);
      if (decimals == 3 || shown < min || shown > max) {
        return s;
      }
    }
  }
}
