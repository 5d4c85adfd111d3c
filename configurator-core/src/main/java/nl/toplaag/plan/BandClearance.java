package nl.toplaag.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where along a wing a band across it is blocked: where the band, from {@code t0} and a module's depth deep, leaves
 * the roof less setbacks or meets an obstacle (fixed, or removable at a cost), a stair core or the existing lift's
 * shaft. It decides where the row rule's gallery on the roof (docs/model.md, "Geometry of the row") gets a cantilevered
 * row beside it: a gallery on the roof moves the row back by its depth, so on a roof narrower at the rear than the
 * wing's rectangle, or with an obstacle along its rear, the row behind it may lose places the row behind a
 * cantilevered gallery keeps (a manufacturer's QA pass, 7 Dec 2026: a 2.4 m gallery on the roof left no dwelling a
 * place on a Zeist roof, where cantilevered it left one).
 */
final class BandClearance {

  /**
   * How thin, in mm across the band, a part of it off the clear roof may be and still not count: the plan's 1 mm grid
   * (the planner's own sliver is 1.5 mm, {@code PlanBuilder.SLIVER_MM}, so this counts no less).
   */
  private static final double EDGE_MM = 1.0;
  /** How thin an overlap with an obstacle or core may be and still not count, mm: the planner's. */
  private static final double SLIVER_MM = PlanBuilder.SLIVER_MM;
  /** How far beside the wing's ends a gallery's band is looked at, mm: a stair tower beside a gable. */
  private static final double REACH_MM = 20_000;
  /** How much longer, mm, the band behind a gallery on the roof must be blocked to count: the plan's 1 mm grid. */
  private static final double MORE_MM = 1.0;

  /**
   * The roof less setbacks, every obstacle, the stair cores and the positioned lift shaft, mm: where a module stands
   * free (a removable obstacle too: the cantilevered row may spare its removal).
   */
  private final Geometry clear;
  /** {@link #clear}, prepared: a band it covers is clear along the whole wing, without an overlay. */
  private final PreparedGeometry prepared;
  /**
   * What cuts a gallery on the roof where it stands, mm: every obstacle, the cores that cannot be extended and the
   * positioned lift shaft (the planner lays no gallery slot of a bay across them).
   */
  private final List<Geometry> galleryBlocks = new ArrayList<>();
  /** The stair cores and the positioned lift shaft, mm: what a gallery's band may meet beside the roof. */
  private final List<Geometry> reached = new ArrayList<>();

  BandClearance(Building building, Geometry usableRoof) {
    Geometry c = usableRoof;
    for (RoofObstacle o : building.obstacles()) {
      c = Geometries.difference(c, o.footprint());
      galleryBlocks.add(o.footprint());
    }
    for (StairCore s : building.stairCores()) {
      c = Geometries.difference(c, s.footprint());
      if (!s.extendable()) {
        galleryBlocks.add(s.footprint());
      }
      reached.add(s.footprint());
    }
    if (building.lift().positioned()) {
      c = Geometries.difference(c, building.lift().footprint());
      galleryBlocks.add(building.lift().footprint());
      reached.add(building.lift().footprint());
    }
    this.clear = c;
    this.prepared = PreparedGeometryFactory.prepare(c);
  }

  /**
   * Whether on {@code wing}, whose row rule puts {@code line}'s gallery on the roof from {@code frontMm} on, a
   * cantilevered gallery may do better, where
   * <ul>
   *   <li>the gallery's own band on the roof meets an obstacle, a core that cannot be extended or the lift's shaft (the
   *       planner lays no gallery slot of a bay across them; cantilevered, the gallery runs past);
   *   <li>a core or the lift's shaft beside the roof, in front of the facade or beside a gable there, meets the band in
   *       front of the facade (a cantilevered gallery reaches it; one on the roof may not);
   *   <li>or the band of some module of the line's row (a dwelling, a stair or a lift) behind a gallery on the roof is
   *       blocked somewhere along the wing where its band from {@code frontMm}, behind a cantilevered gallery, is not.
   * </ul>
   * Elsewhere the cantilevered row's places are the rule's, with the same loads and without the cantilever's cost. Not
   * looked at: an extendable core in the gallery's band, which a gallery on the roof crossing it extends (its cost and
   * load) and a cantilevered one passes (docs/model.md, "Geometry of the row"). (Until a QA pass the same day it was
   * solved only where it freed a module's width more of the wing: a rear obstacle 2.9 m long gave 12 dwellings proven,
   * where 3.1 m gave 13.)
   */
  boolean cantileverMayDoBetter(Wing wing, ProductLine line, int frontMm) {
    int g = line.gallery().depthMm();
    Geometry onRoof = band(wing, 0, frontMm, wing.lengthMm(), g);
    for (Geometry x : galleryBlocks) {
      if (Geometries.overlapsBeyond(onRoof, x, SLIVER_MM)) {
        return true;
      }
    }
    // a core or the lift's shaft in front of the facade, or beside a gable there, that a cantilevered gallery meets
    Geometry inFront = band(wing, -REACH_MM, -g, wing.lengthMm() + 2 * REACH_MM, g);
    for (Geometry x : reached) {
      Coordinate c = x.getCentroid().getCoordinate();
      if (!wing.holds(c.x, c.y) && (Geometries.overlapsBeyond(inFront, x, SLIVER_MM) || inFront.touches(x))) {
        return true;
      }
    }
    List<ModuleType> row = new ArrayList<>(line.modules(ModuleKind.DWELLING));
    row.addAll(line.modules(ModuleKind.STAIR));
    row.addAll(line.modules(ModuleKind.LIFT));
    for (int d : new TreeSet<>(row.stream().map(ModuleType::depthMm).toList())) {
      if (lengthMm(less(blockedMm(wing, frontMm + g, d), blockedMm(wing, frontMm, d))) > MORE_MM) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rectangle of {@code wing} from {@code s0Mm}, {@code lengthMm} long, and from {@code t0Mm}, {@code depthMm}
   * deep.
   */
  private static Geometry band(Wing wing, double s0Mm, double t0Mm, double lengthMm, double depthMm) {
    return Geometries.rectangle(wing.planX(s0Mm, t0Mm), wing.planY(s0Mm, t0Mm), wing.ux(), wing.uy(), lengthMm,
        depthMm);
  }

  /**
   * The length of {@code wing} along which the band from {@code t0Mm}, {@code depthMm} deep, lies whole on the clear
   * roof, mm.
   */
  double clearLengthMm(Wing wing, int t0Mm, int depthMm) {
    return wing.lengthMm() - lengthMm(blockedMm(wing, t0Mm, depthMm));
  }

  /**
   * The s-ranges of {@code wing} (in order, apart) where the band from {@code t0Mm} across it, {@code depthMm} deep,
   * does not lie whole on {@code free}: the union of the s-ranges of its parts off it (each part a connected polygon,
   * so its s-range is its shadow on the wing's axis), within the wing.
   */
  private List<double[]> blockedMm(Wing wing, int t0Mm, int depthMm) {
    Geometry band = band(wing, 0, t0Mm + EDGE_MM, wing.lengthMm(), depthMm - 2 * EDGE_MM);
    List<double[]> shadows = new ArrayList<>();
    if (prepared.covers(band)) {
      return shadows;
    }
    Geometry off = Geometries.difference(band, clear);
    for (int i = 0; i < off.getNumGeometries(); i++) {
      Geometry part = off.getGeometryN(i);
      if (part.getArea() > 0) {
        double[] r = PlanBuilder.sRange(wing, part);
        shadows.add(new double[] {Math.max(0, r[0]), Math.min(wing.lengthMm(), r[1])});
      }
    }
    shadows.sort(Comparator.comparingDouble(r -> r[0]));
    List<double[]> out = new ArrayList<>();
    for (double[] r : shadows) {
      if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1]) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], r[1]);
      } else if (r[1] > r[0]) {
        out.add(r);
      }
    }
    return out;
  }

  /** The s-ranges of {@code a} not in {@code b} (both in order, apart). */
  private static List<double[]> less(List<double[]> a, List<double[]> b) {
    List<double[]> out = new ArrayList<>();
    for (double[] r : a) {
      double from = r[0];
      for (double[] x : b) {
        if (x[1] <= from || x[0] >= r[1]) {
          continue;
        }
        if (x[0] > from) {
          out.add(new double[] {from, x[0]});
        }
        from = Math.max(from, x[1]);
      }
      if (from < r[1]) {
        out.add(new double[] {from, r[1]});
      }
    }
    return out;
  }

  /** The total length of the s-ranges {@code rs}, mm. */
  private static double lengthMm(List<double[]> rs) {
    return rs.stream().mapToDouble(r -> r[1] - r[0]).sum();
  }
}
