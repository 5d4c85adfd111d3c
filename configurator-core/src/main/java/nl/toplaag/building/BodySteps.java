package nl.toplaag.building;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The existing building's body as parts of one height each, for drawing and exporting it: where the roof has lower
 * parts ({@link RoofObstacle#belowRoofMm}) the building steps down there.
 */
public final class BodySteps {

  /**
   * A part of the building's body in plan and how high it stands.
   *
   * @param plan the part in plan, millimetres
   * @param topMm its roof above ground, millimetres
   */
  public record Step(Polygon plan, int topMm) {}

  private BodySteps() {}

  /**
   * The building's body as parts: the roof outline less the lower parts of the roof up to the roof level (in pieces
   * where they cut it apart), then each lower part ({@link RoofObstacle#belowRoofMm}), clipped to the roof outline
   * (and to the lower parts before it), up to its own roof (at least the ground). Without lower parts, the roof
   * outline alone up to the roof level.
   */
  public static List<Step> of(Building b) {
    List<RoofObstacle> lower = b.obstacles().stream().filter(RoofObstacle::lowerRoofPart).toList();
    if (lower.isEmpty()) {
      return List.of(new Step(b.roofOutline(), b.roofLevelMm()));
    }
    List<Step> parts = new ArrayList<>();
    Geometry taken = b.roofOutline().getFactory().createPolygon();
    for (RoofObstacle o : lower) { // where lower parts overlap, the first given
      Geometry part = Geometries.difference(areas(Geometries.intersection(o.footprint(), b.roofOutline())), taken);
      for (Polygon p : polygons(part)) {
        parts.add(new Step(p, Math.max(0, b.roofLevelMm() - o.belowRoofMm().getAsInt())));
      }
      taken = areas(Geometries.union(taken, areas(part)));
    }
    List<Step> out = new ArrayList<>();
    for (Polygon p : polygons(Geometries.difference(b.roofOutline(), taken))) {
      out.add(new Step(p, b.roofLevelMm()));
    }
    out.addAll(parts);
    return out;
  }

  /**
   * The areas of {@code g}, an overlay's result: itself where it is a polygon or polygons, else its polygons united,
   * without the lines and points where two parts only touch (an overlay of a collection of mixed dimensions fails,
   * and JTS's overlay may return such a collection with a polygon overlapping another).
   */
  private static Geometry areas(Geometry g) {
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      return g;
    }
    List<Geometry> ps = new ArrayList<>();
    PolygonExtracter.getPolygons(g, ps);
    return ps.isEmpty() ? g.getFactory().createMultiPolygon() : UnaryUnionOp.union(ps, g.getFactory());
  }

  /** The polygons of {@code g} with an area of at least 1 mm², largest first. */
  private static List<Polygon> polygons(Geometry g) {
    List<Polygon> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p && p.getArea() >= 1) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingDouble((Polygon p) -> -p.getArea()));
    return out;
  }
}
