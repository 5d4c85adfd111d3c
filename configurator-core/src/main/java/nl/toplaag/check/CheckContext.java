package nl.toplaag.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.geom.Geometries;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;
import org.locationtech.jts.algorithm.Centroid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Everything the rule families share, derived once from the inputs: the layout's product lines and module types,
 * the placements and galleries that can be checked (known type, existing wing, storey >= 1), the bearing lines
 * of each wing, the roof less setbacks and the row geometry of each wing.
 */
final class CheckContext {

  /** Gravity, m/s². */
  static final double G = 9.81;
  /** Tolerance for plan lengths and containment, mm. */
  static final double TOL_MM = 1.0;
  /** Floating precision, for the checker's measures of overlap ({@link #overlapsBeyond}). */
  private static final GeometryFactory FLOATING = new GeometryFactory();

  /**
   * The least length of a bearing line within 1 mm of a wing's rectangle for it to be one of the wing's walls, m: a
   * line of a wing beside this one that only touches its edge measures about the 1 mm (a review: 1.000000000002 mm on
   * a wing at 17.3 degrees). As the plan's 100 mm.
   */
  static final double MIN_LINE_INSIDE_M = 0.1;

  final Building building;
  final Catalog catalog;
  final BuildingCode code;
  final Layout layout;
  final int maxStoreys;
  final List<ProductLine> lines = new ArrayList<>();
  final Map<String, ModuleType> types = new TreeMap<>();
  final Map<String, DwellingType> dwellingTypes = new TreeMap<>();
  final List<Placement> placements = new ArrayList<>();
  final List<GallerySegment> galleries = new ArrayList<>();
  final List<List<WingLine>> wingLines = new ArrayList<>();
  /**
   * The roof outline less a flat-capped band of each edge by its setback, by an overlay: for where a gallery band may
   * stand along its wing ({@code AccessRules}) and how much of a module lies outside, not for whether it does
   * ({@link #roofBounds}).
   */
  final Geometry usableRoof;
  /** Whether a module or a gallery on the roof lies within the outline and out of the setbacks, by predicates. */
  final RoofBounds roofBounds;
  final int[] frontSetbackMm;
  final int[] rearSetbackMm;
  /** Whether the gallery of each wing stands on the roof (else it is cantilevered): see {@link #galleryOnRoof}. */
  private final boolean[] galleryOnRoof;
  /**
   * The floor of the layout's highest storey with dwellings, mm above ground ({@link Integer#MIN_VALUE} where none has
   * any): above {@code BuildingCode.liftAboveFloorMm}, every storey's dwellings need a lift ({@link #needsLift}).
   */
  final int topDwellingFloorMm;

  CheckContext(Building building, Catalog catalog, BuildingCode code, Layout layout, int maxStoreys) {
    this.building = building;
    this.catalog = catalog;
    this.code = code;
    this.layout = layout;
    this.maxStoreys = maxStoreys;
    for (String id : layout.productLineIds()) {
      catalog.line(id).ifPresent(l -> {
        lines.add(l);
        l.modules().forEach(m -> types.putIfAbsent(m.id(), m));
        l.dwellings().forEach(d -> dwellingTypes.putIfAbsent(d.id(), d));
      });
    }
    int nw = building.wings().size();
    for (Placement p : layout.modules()) {
      if (p.wing() >= 0 && p.wing() < nw && types.containsKey(p.moduleTypeId()) && p.storey() >= 1) {
        placements.add(p);
      }
    }
    topDwellingFloorMm = placements.stream().filter(p -> types.get(p.moduleTypeId()).kind() == ModuleKind.DWELLING)
        .mapToInt(p -> floorMm(p.storey())).max().orElse(Integer.MIN_VALUE);
    for (GallerySegment g : layout.galleries()) {
      ModuleType t = types.get(g.moduleTypeId());
      if (g.wing() >= 0 && g.wing() < nw && t != null && t.kind() == ModuleKind.GALLERY && g.storey() >= 1
          && g.sEndMm() > g.sStartMm()) {
        galleries.add(g);
      }
    }
    for (Wing w : building.wings()) {
      wingLines.add(linesOf(w));
    }
    usableRoof = usableRoof(building);
    roofBounds = new RoofBounds(building);
    frontSetbackMm = new int[nw];
    rearSetbackMm = new int[nw];
    for (int i = 0; i < nw; i++) {
      Wing w = building.wings().get(i);
      frontSetbackMm[i] = edgeSetbackMm(w, 0);
      rearSetbackMm[i] = edgeSetbackMm(w, w.depthMm());
    }
    galleryOnRoof = new boolean[nw];
    for (int i = 0; i < nw; i++) {
      galleryOnRoof[i] = galleryPlaceOpen(i) && layoutPutsGalleryOnRoof(i);
    }
  }

  /**
   * Where the layout puts the gallery of wing {@code w}, a wing whose gallery may stand either way: by its first
   * gallery segment on the wing, else (no gallery there) by whether its first module stands behind a gallery band on
   * the roof, else (nothing there) where the row rule puts it. Every other segment and module of the wing must then
   * agree ({@link GeometryRules}).
   */
  private boolean layoutPutsGalleryOnRoof(int w) {
    for (GallerySegment g : galleries) {
      if (g.wing() == w) {
        return !g.cantilevered();
      }
    }
    for (Placement p : placements) {
      if (p.wing() == w) {
        return p.tMm() == frontSetbackMm[w] + galleryDepthMm();
      }
    }
    return galleryOnRoofByRule(w);
  }

  ModuleType type(Placement p) {
    return types.get(p.moduleTypeId());
  }

  ModuleType type(GallerySegment g) {
    return types.get(g.moduleTypeId());
  }

  Wing wing(int i) {
    return building.wings().get(i);
  }

  /** The largest value of a line quantity over the layout's lines (the line's value when there is one). */
  private int maxOver(java.util.function.ToIntFunction<ProductLine> f) {
    return lines.stream().mapToInt(f).max().orElse(0);
  }

  /** Storey height: the tallest dwelling module of the layout's lines, mm. */
  int storeyHeightMm() {
    return maxOver(l -> l.modules(ModuleKind.DWELLING).stream().mapToInt(ModuleType::heightMm).max().orElse(0));
  }

  /** Deepest dwelling module D, mm. */
  int deepestDwellingMm() {
    return maxOver(l -> l.modules(ModuleKind.DWELLING).stream().mapToInt(ModuleType::depthMm).max().orElse(0));
  }

  /** Gallery depth g, mm. */
  int galleryDepthMm() {
    return maxOver(l -> l.modules(ModuleKind.GALLERY).stream().mapToInt(ModuleType::depthMm).max().orElse(0));
  }

  /** Transfer-layer thickness, mm. */
  int transferThicknessMm() {
    return maxOver(l -> l.transferLayer().thicknessMm());
  }

  /** Floor level of added storey {@code k}, mm above ground. */
  int floorMm(int k) {
    return building.roofLevelMm() + transferThicknessMm() + (k - 1) * storeyHeightMm();
  }

  /**
   * Whether the dwellings of storey {@code k} need a lift: the floor of the layout's highest storey with dwellings lies
   * above {@code BuildingCode.liftAboveFloorMm} (12.5 m), which gives the whole building its accessibility sector
   * (BB2012 art. 4.24(1)a), every new storey's dwellings included.
   */
  boolean needsLift(int k) {
    return topDwellingFloorMm > code.liftAboveFloorMm();
  }

  /**
   * Whether storey {@code k} needs a fire-fighting lift: its floor lies above
   * {@code BuildingCode.fireFightingLiftAboveFloorMm} (20 m).
   */
  boolean needsFireFightingLift(int k) {
    return floorMm(k) > code.fireFightingLiftAboveFloorMm();
  }

  /** Whether the building's lift is present and extendable and the layout extends it to storey {@code k} or higher. */
  boolean existingLiftReaches(int k) {
    return building.lift().present() && building.lift().extendable() && layout.liftExtensionStoreys() >= k;
  }

  /**
   * Whether the existing lift, as the layout extends it, is a lift that may serve storey {@code k}: it reaches the
   * storey ({@link #existingLiftReaches}), and it is a fire-fighting lift where the storey needs one. Which dwellings
   * it serves depends on whether the building gives its position ({@link #existingLiftServes}).
   */
  boolean existingLiftQualifies(int k) {
    return existingLiftReaches(k) && (!needsFireFightingLift(k) || building.lift().fireFighting());
  }

  /**
   * Whether the existing lift serves every dwelling of storey {@code k}: it qualifies ({@link #existingLiftQualifies})
   * and the building does not give its position. Where it does, it serves only the dwellings that reach its door along
   * the gallery, as a lift module does ({@link AccessRules}).
   */
  boolean existingLiftServes(int k) {
    return existingLiftQualifies(k) && !building.lift().positioned();
  }

  /**
   * Whether placement {@code p} is a lift module that serves its storey: any lift module, or a fire-fighting one where
   * the storey needs a fire-fighting lift.
   */
  boolean liftModuleServes(Placement p) {
    return type(p).kind() == ModuleKind.LIFT && (!needsFireFightingLift(p.storey()) || type(p).fireFightingLift());
  }

  /**
   * Whether a lift that may serve storey {@code k} stands on it: a lift module that serves it
   * ({@link #liftModuleServes}) on any wing, or the existing lift extended to it ({@link #existingLiftQualifies}),
   * whether the building gives its position or not.
   */
  boolean hasServingLift(int k) {
    return existingLiftQualifies(k) || placements.stream().anyMatch(p -> p.storey() == k && liftModuleServes(p));
  }

  /** Usable depth of wing {@code w}: its depth less the setbacks of its front and rear edges, mm. */
  int usableDepthMm(int w) {
    return wing(w).depthMm() - frontSetbackMm[w] - rearSetbackMm[w];
  }

  /** Shallowest dwelling module of the layout's lines, mm (0 where they have none). */
  int shallowestDwellingMm() {
    return lines.stream().flatMap(l -> l.modules(ModuleKind.DWELLING).stream()).mapToInt(ModuleType::depthMm).min()
        .orElse(0);
  }

  /** Whether the row rule puts the gallery of wing {@code w} on the roof: g + D <= usable depth. */
  boolean galleryOnRoofByRule(int w) {
    return galleryDepthMm() + deepestDwellingMm() <= usableDepthMm(w);
  }

  /**
   * Whether the gallery of wing {@code w} may stand either way: the rule puts it on the roof, where a cantilevered one
   * stands as well (the configurator tries it where the roof behind a gallery on the roof is less clear), or the rule
   * cantilevers it, but the shallowest dwelling module fits behind it on the roof (g + shallowest <= usable depth), so
   * the layout may put it there with the modules that fit behind it. Where the rule cantilevers it and no dwelling
   * module fits behind it on the roof, it is cantilevered.
   */
  boolean galleryPlaceOpen(int w) {
    int shallowest = shallowestDwellingMm();
    return galleryOnRoofByRule(w) || shallowest > 0 && galleryDepthMm() + shallowest <= usableDepthMm(w);
  }

  /** The storeys existing stair core {@code i} is extended by in the layout (0 where the layout does not say). */
  int coreExtension(int i) {
    return i < layout.extendedStairCores().size() ? layout.extendedStairCores().get(i) : 0;
  }

  /**
   * Whether the gallery of wing {@code w} stands on the roof: where the place is open ({@link #galleryPlaceOpen}) as
   * the layout puts it, else not.
   */
  boolean galleryOnRoof(int w) {
    return galleryOnRoof[w];
  }

  /** Start t of the module row of wing {@code w}, mm. */
  int moduleT0Mm(int w) {
    return frontSetbackMm[w] + (galleryOnRoof(w) ? galleryDepthMm() : 0);
  }

  /** Start t of the gallery band of wing {@code w}, mm. */
  int galleryT0Mm(int w) {
    return galleryOnRoof(w) ? frontSetbackMm[w] : -galleryDepthMm();
  }

  /** The rectangle {@code [s, s + width] x [t, t + depth]} of wing {@code w} in plan. */
  Polygon rect(int w, double s, double t, double width, double depth) {
    Wing wi = wing(w);
    return Geometries.rectangle(wi.planX(s, t), wi.planY(s, t), wi.ux(), wi.uy(), width, depth);
  }

  /** The plan rectangle a placement has by its wing frame. */
  Polygon rect(Placement p) {
    return rect(p.wing(), p.sMm(), p.tMm(), p.widthMm(), p.depthMm());
  }

  /** The plan rectangle a gallery segment has by the row geometry of its wing. */
  Polygon rect(GallerySegment g) {
    return rect(g.wing(), g.sStartMm(), galleryT0Mm(g.wing()), g.lengthMm(), type(g).depthMm());
  }

  /** The catalogue line holding a module type, if any (for messages). */
  Optional<ProductLine> lineOfModule(String moduleId) {
    return catalog.lines().stream().filter(l -> l.module(moduleId).isPresent()).findFirst();
  }

  /** Whether two areas overlap by more than touching: their intersection is thicker than 2 mm ({@link #TOL_MM}). */
  static boolean overlaps(Geometry a, Geometry b) {
    return overlapsBeyond(a, b, TOL_MM);
  }

  /**
   * Whether areas {@code a} and {@code b} overlap by more than a sliver: a part of their intersection, shrunk by
   * {@code tolMm} all round, is left (it is thicker than twice that somewhere). The checker's own measure, in floating
   * precision, not the planner's ({@code Geometries.overlapsBeyond}): a QA pass found that one, shrunk on the plan's
   * 1 mm grid, blind on turned wings, where the planner and the checker then missed the same overlaps.
   */
  static boolean overlapsBeyond(Geometry a, Geometry b, double tolMm) {
    Envelope e = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
    if (e.isNull() || e.getWidth() <= 2 * tolMm || e.getHeight() <= 2 * tolMm) {
      return false;
    }
    Geometry i = FLOATING.createGeometry(Geometries.intersection(a, b));
    for (Object part : PolygonExtracter.getPolygons(i)) {
      Polygon p = (Polygon) part;
      if (p.getArea() > 1.0 && !p.buffer(-tolMm).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private List<WingLine> linesOf(Wing w) {
    Polygon wr = w.rectangle();
    // within 1 mm of the wing's rectangle, and no longer than its depth: a line on its start or end (where an L's wing
    // meets the other's facade) lies a rounding error outside it on a rotated wing (a QA pass: 1.3 mm short on a wing
    // at 302.3 degrees, 0.66 kN below the capacity the plan reports)
    Geometry near = wr.buffer(1.0);
    double maxCos = Math.sin(Math.toRadians(1.0));
    List<WingLine> out = new ArrayList<>();
    List<BearingLine> bl = building.bearingLines();
    for (int i = 0; i < bl.size(); i++) {
      LineString ls = bl.get(i).line();
      Coordinate a = ls.getCoordinateN(0);
      Coordinate b = ls.getCoordinateN(ls.getNumPoints() - 1);
      double len = a.distance(b);
      if (len <= 0 || Math.abs((b.x - a.x) * w.ux() + (b.y - a.y) * w.uy()) / len > maxCos) {
        continue;
      }
      Geometry part = Geometries.intersection(ls, near);
      double inside = Math.min(part.getLength(), w.depthMm()) / 1000.0;
      if (inside < MIN_LINE_INSIDE_M) {
        continue; // a line of a wing beside this one, touching its edge: not one of its walls
      }
      // where the wall stands under the wing: the middle of its part there (a line at up to 1 degree to square that
      // runs on past the wing stood, read at the middle of the whole line, up to its extra length x 0.9 % off; a wall
      // at 0.48 degrees running 12 m past a slab's rear, 50 mm off under it, was read 100 mm off: 7 Dec 2026)
      Coordinate mid = Centroid.getCentroid(part);
      double s = w.localS(mid.x, mid.y);
      double cap = bl.get(i).capacityKnPerM();
      out.add(new WingLine(i, s, inside, cap * inside, cap));
    }
    out.sort(Comparator.comparingDouble(WingLine::sMm).thenComparingInt(WingLine::index));
    return out;
  }

  /**
   * The roof outline less a flat-capped buffer of each edge by its setback, on the micrometre grid (on the 1 mm grid,
   * its corners where two setbacks meet would move by up to 0.7 mm).
   */
  private static Geometry usableRoof(Building b) {
    Geometry outline = Geometries.FINE.createGeometry(b.roofOutline());
    Coordinate[] ring = b.roofOutline().getExteriorRing().getCoordinates();
    List<Geometry> bands = new ArrayList<>();
    for (int i = 0; i + 1 < ring.length; i++) {
      int setback = b.zoning().setbackMm(i);
      if (setback > 0) {
        LineString seg = Geometries.FINE.createLineString(new Coordinate[] {ring[i], ring[i + 1]});
        BufferParameters bp = new BufferParameters();
        bp.setEndCapStyle(BufferParameters.CAP_FLAT);
        bands.add(org.locationtech.jts.operation.buffer.BufferOp.bufferOp(seg, setback, bp));
      }
    }
    return bands.isEmpty() ? outline : Geometries.difference(outline, UnaryUnionOp.union(bands));
  }

  /**
   * The setback of the roof edge along the wing line {@code t = tMm}: the largest setback of the outline edges whose
   * two ends lie within 10 mm of that line and which overlap the wing's s-range; the default setback when none does
   * (an edge inside the roof, as in an L-shaped block, is treated as a roof edge: the safe reading).
   */
  private int edgeSetbackMm(Wing w, int tMm) {
    Coordinate[] ring = building.roofOutline().getExteriorRing().getCoordinates();
    int best = -1;
    for (int i = 0; i + 1 < ring.length; i++) {
      double t0 = w.localT(ring[i].x, ring[i].y);
      double t1 = w.localT(ring[i + 1].x, ring[i + 1].y);
      double s0 = w.localS(ring[i].x, ring[i].y);
      double s1 = w.localS(ring[i + 1].x, ring[i + 1].y);
      boolean along = Math.abs(t0 - tMm) <= 10 && Math.abs(t1 - tMm) <= 10;
      boolean overlapsWing = Math.max(s0, s1) > 1 && Math.min(s0, s1) < w.lengthMm() - 1;
      if (along && overlapsWing) {
        best = Math.max(best, building.zoning().setbackMm(i));
      }
    }
    return best >= 0 ? best : building.zoning().defaultSetbackMm();
  }
}
