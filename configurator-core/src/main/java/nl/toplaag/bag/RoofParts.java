package nl.toplaag.bag;

import static nl.toplaag.bag.Millimetres.METRES;
import static nl.toplaag.bag.Millimetres.round3;
import static nl.toplaag.bag.Millimetres.rounded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The parts of a flat roof no module can stand on, found in the 3D BAG's LoD 2.2 roof surfaces: raised parts (lift
 * machine rooms, stair overruns) more than {@link #RAISED_M} above the roof level and lower parts (a lower wing, an
 * annex) more than that below it, each an obstacle of at least {@link #MIN_RAISED_M2}. Outlines in RD New metres,
 * rounded to 1 mm; heights in m.
 */
final class RoofParts {

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

  private RoofParts() {}

  /**
   * The parts of the flat roof of {@code b} whose level is {@code levelNapM} that no module stands on: its raised
   * parts, then its lower parts ({@link #raised}).
   */
  static List<Raised> of(BagBuilding b, double levelNapM, Polygon fp) {
    List<Raised> out = new ArrayList<>(raised(b, levelNapM, fp, true));
    out.addAll(raised(b, levelNapM, fp, false));
    return out;
  }

  /**
   * The median height of the LoD 2.2 roof surfaces of {@code b} over {@code area} (RD New metres), each surface
   * weighted by the area of its part within it: the level most of that roof lies at, m above NAP; NaN where no roof
   * surface lies over it.
   */
  static double medianNapM(BagBuilding b, Polygon area) {
    List<double[]> parts = new ArrayList<>(); // {height, m2}
    double total = 0;
    for (RoofSurface r : b.roofSurfaces()) {
      double m2 = Geometries.intersection(r.plan().buffer(0), area).getArea();
      if (m2 > 0) {
        parts.add(new double[] {r.meanNapM(), m2});
        total += m2;
      }
    }
    parts.sort(Comparator.comparingDouble(p -> p[0]));
    double sum = 0;
    for (double[] p : parts) {
      sum += p[1];
      if (sum >= total / 2) {
        return p[0];
      }
    }
    return Double.NaN;
  }

  /**
   * The eaves of a pitched roof of {@code b} over {@code area} (RD New metres), m above NAP: the lowest vertex of its
   * main slopes, the LoD 2.2 roof surfaces that rise more than {@link #RAISED_M} and cover at least {@link
   * #MAIN_SLOPE_SHARE} of the roof each; NaN where it has none (no roof surfaces in the tile, or a roof of many small
   * faces).
   */
  static double mainEavesNapM(BagBuilding b, Polygon area) {
    double total = 0;
    List<double[]> slopes = new ArrayList<>(); // {lowest vertex, m2}
    for (RoofSurface r : b.roofSurfaces()) {
      double m2 = Geometries.intersection(r.plan().buffer(0), area).getArea();
      total += m2;
      if (r.maxNapM() - r.minNapM() > RAISED_M) {
        slopes.add(new double[] {r.minNapM(), m2});
      }
    }
    double eaves = Double.NaN;
    for (double[] s : slopes) {
      if (s[1] >= MAIN_SLOPE_SHARE * total && (Double.isNaN(eaves) || s[0] < eaves)) {
        eaves = s[0];
      }
    }
    return eaves;
  }

  /** The least share of a roof one of its main slopes covers ({@link #mainEavesNapM}). */
  static final double MAIN_SLOPE_SHARE = 0.15;

  /**
   * The raised parts ({@code above}) or the lower parts of the roof of {@code b} whose level is {@code levelNapM}:
   * its LoD 2.2 roof surfaces more than {@link #RAISED_M} above (below) it, united, within the footprint {@code fp},
   * each part of at least {@link #MIN_RAISED_M2} as its outline without holes rounded to 1 mm (its convex hull where
   * that is not a simple polygon); ordered by position.
   */
  private static List<Raised> raised(BagBuilding b, double levelNapM, Polygon fp, boolean above) {
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
    Geometry parts = Geometries.intersection(UnaryUnionOp.union(high), fp.buffer(0));
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
  }}
