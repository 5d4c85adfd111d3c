package nl.toplaag.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;
import org.locationtech.jts.triangulate.tri.Tri;

/**
 * A solid as a flat-shaded triangle mesh in glTF's frame: metres from the building's local origin, x east, y up,
 * z south (minus north). Each side wall is a quad (two triangles) of its own four vertices with the wall's outward
 * normal; the top and bottom caps are the footprint triangulated (constrained Delaunay, holes kept), facing up and
 * down. Triangles run counter-clockwise seen from outside, so the mesh encloses the prism with a positive volume.
 *
 * @param positionsM the vertices, x y z in metres, three floats a vertex
 * @param normals the unit normal of each vertex, three floats a vertex
 * @param indices three vertex indices a triangle
 */
record GltfPrism(float[] positionsM, float[] normals, int[] indices) {

  /** The mesh of {@code s}. */
  static GltfPrism of(Solid s) {
    Polygon footprint = ExportScene.oriented(s.footprint());
    Builder b = new Builder(s.baseMm() / 1000.0, s.topMm() / 1000.0);
    b.walls(footprint.getExteriorRing());
    for (int i = 0; i < footprint.getNumInteriorRing(); i++) {
      b.walls(footprint.getInteriorRingN(i));
    }
    List<Tri> tris = new ConstrainedDelaunayTriangulator(footprint).getTriangles();
    b.cap(tris, true);
    b.cap(tris, false);
    return b.build();
  }

  /** How many vertices it has. */
  int vertexCount() {
    return positionsM.length / 3;
  }

  /** The mesh being built: vertices and triangles appended in a fixed order. */
  private static final class Builder {

    private final double baseM;
    private final double topM;
    private final List<float[]> positions = new ArrayList<>();
    private final List<float[]> normals = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();

    Builder(double baseM, double topM) {
      this.baseM = baseM;
      this.topM = topM;
    }

    /**
     * A quad for each edge of {@code ring}, whose interior lies on its left (a counter-clockwise exterior, a clockwise
     * hole), so the normal, on its right, points out of the solid.
     */
    void walls(LineString ring) {
      Coordinate[] c = ring.getCoordinates();
      for (int i = 0; i + 1 < c.length; i++) {
        Coordinate a = c[i];
        Coordinate b = c[i + 1];
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
          continue;
        }
        float[] n = {(float) (dy / length), 0, (float) (dx / length)};
        int first = vertex(a, baseM, n);
        vertex(b, baseM, n);
        vertex(b, topM, n);
        vertex(a, topM, n);
        triangle(first, first + 1, first + 2);
        triangle(first, first + 2, first + 3);
      }
    }

    /** The top ({@code up}) or bottom cap from the footprint's triangles, each vertex once. */
    void cap(List<Tri> tris, boolean up) {
      float[] n = {0, up ? 1 : -1, 0};
      double levelM = up ? topM : baseM;
      Map<Coordinate, Integer> index = new LinkedHashMap<>();
      for (Tri t : tris) {
        Coordinate p0 = t.getCoordinate(0);
        Coordinate p1 = t.getCoordinate(1);
        Coordinate p2 = t.getCoordinate(2);
        int turn = Orientation.index(p0, p1, p2);
        if (turn == Orientation.COLLINEAR) {
          continue;
        }
        if ((turn == Orientation.COUNTERCLOCKWISE) != up) {
          Coordinate swap = p1;
          p1 = p2;
          p2 = swap;
        }
        int i0 = index.computeIfAbsent(p0, p -> vertex(p, levelM, n));
        int i1 = index.computeIfAbsent(p1, p -> vertex(p, levelM, n));
        int i2 = index.computeIfAbsent(p2, p -> vertex(p, levelM, n));
        triangle(i0, i1, i2);
      }
    }

    /** A vertex at plan point {@code p} (mm) and height {@code levelM}; its index. */
    private int vertex(Coordinate p, double levelM, float[] normal) {
      positions.add(new float[] {(float) (p.x / 1000.0), (float) levelM, (float) (0.0 - p.y / 1000.0)});
      normals.add(normal);
      return positions.size() - 1;
    }

    private void triangle(int a, int b, int c) {
      indices.add(a);
      indices.add(b);
      indices.add(c);
    }

    GltfPrism build() {
      return new GltfPrism(flat(positions), flat(normals), indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private static float[] flat(List<float[]> vectors) {
      float[] out = new float[vectors.size() * 3];
      for (int i = 0; i < vectors.size(); i++) {
        System.arraycopy(vectors.get(i), 0, out, 3 * i, 3);
      }
      return out;
    }
  }
}
