package nl.toplaag.viewer.scene;

import java.util.List;
import javafx.geometry.Point3D;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.PolygonTriangulator;

/**
 * Builds triangle meshes ({@link MeshData}) in scene metres: boxes, extruded plan polygons and wedges. Each triangle is
 * oriented so that its normal points to the given outside direction (JavaFX culls back faces), and each face has
 * its own vertices so faces are shaded flat.
 */
public final class MeshFactory {

  private MeshFactory() {}

  /**
   * A box in the local frame x ∈ [0, length], y ∈ [-height, 0], z ∈ [0, depth] (scene metres; y up is negative),
   * for placement with {@link SceneFrame#placement}.
   */
  public static MeshData box(double lengthM, double depthM, double heightM) {
    return prism(new double[][] {{0, 0}, {lengthM, 0}, {lengthM, depthM}, {0, depthM}}, 0, heightM);
  }

  /**
   * A vertical prism over a convex or simple polygon given as scene (x, z) points in order (either direction),
   * from y = -bottom to y = -top (metres, up positive in the arguments).
   */
  public static MeshData prism(double[][] xz, double bottomM, double topM) {
    Builder b = new Builder();
    int n = xz.length;
    Point3D up = new Point3D(0, -1, 0);
    Point3D down = new Point3D(0, 1, 0);
    for (int i = 1; i + 1 < n; i++) {
      b.triangle(p(xz[0], topM), p(xz[i], topM), p(xz[i + 1], topM), up);
      b.triangle(p(xz[0], bottomM), p(xz[i], bottomM), p(xz[i + 1], bottomM), down);
    }
    double cx = 0;
    double cz = 0;
    for (double[] q : xz) {
      cx += q[0] / n;
      cz += q[1] / n;
    }
    for (int i = 0; i < n; i++) {
      double[] a = xz[i];
      double[] c = xz[(i + 1) % n];
      Point3D out = new Point3D((a[0] + c[0]) / 2 - cx, 0, (a[1] + c[1]) / 2 - cz);
      b.quad(p(a, bottomM), p(c, bottomM), p(c, topM), p(a, topM), out);
    }
    return b.mesh();
  }

  /**
   * The plan polygon (mm) extruded from {@code bottomMm} to {@code topMm}: a roof cap triangulated with JTS
   * and one wall quad per ring edge. Holes are kept. No bottom cap (it stands on the ground).
   */
  public static MeshData extrude(Polygon plan, double bottomMm, double topMm) {
    Builder b = new Builder();
    Geometry tris = PolygonTriangulator.triangulate(plan);
    Point3D up = new Point3D(0, -1, 0);
    for (int i = 0; i < tris.getNumGeometries(); i++) {
      Coordinate[] c = tris.getGeometryN(i).getCoordinates();
      b.triangle(SceneFrame.toScene(c[0].x, c[0].y, topMm), SceneFrame.toScene(c[1].x, c[1].y, topMm),
          SceneFrame.toScene(c[2].x, c[2].y, topMm), up);
    }
    walls(b, plan.getExteriorRing(), true, bottomMm, topMm, 0);
    for (int h = 0; h < plan.getNumInteriorRing(); h++) {
      walls(b, plan.getInteriorRingN(h), false, bottomMm, topMm, 0);
    }
    return b.mesh();
  }

  /**
   * Thin bands on the facade of the plan polygon at the given heights (mm): each band is a wall strip
   * {@code bandMm} high, set {@code offsetMm} outside the facade, so storey lines can be drawn on a building.
   */
  public static MeshData facadeBands(Polygon plan, List<Double> levelsMm, double bandMm, double offsetMm) {
    Builder b = new Builder();
    for (double z : levelsMm) {
      walls(b, plan.getExteriorRing(), true, z - bandMm / 2, z + bandMm / 2, offsetMm);
    }
    return b.mesh();
  }

  /** Adds one wall quad per edge of {@code ring}, its outside away from the material. */
  private static void walls(Builder b, LinearRing ring, boolean shell, double z0, double z1, double offsetMm) {
    Coordinate[] c = ring.getCoordinates();
    // make the material lie to the left of each edge: shells counter-clockwise, holes clockwise
    boolean ccw = Orientation.isCCW(c);
    boolean reverse = shell != ccw;
    int n = c.length - 1;
    for (int k = 0; k < n; k++) {
      Coordinate a = reverse ? c[n - k] : c[k];
      Coordinate d = reverse ? c[n - k - 1] : c[k + 1];
      double dx = d.x - a.x;
      double dy = d.y - a.y;
      double len = Math.hypot(dx, dy);
      if (len < 1e-9) {
        continue;
      }
      double nx = dy / len; // right-hand normal = outside
      double ny = -dx / len;
      double ox = nx * offsetMm;
      double oy = ny * offsetMm;
      Point3D out = new Point3D(nx, 0, ny);
      b.quad(SceneFrame.toScene(a.x + ox, a.y + oy, z0), SceneFrame.toScene(d.x + ox, d.y + oy, z0),
          SceneFrame.toScene(d.x + ox, d.y + oy, z1), SceneFrame.toScene(a.x + ox, a.y + oy, z1), out);
    }
  }

  /**
   * A gable-roof wedge over the plan rectangle {@code (corner, direction, length, depth)}: eaves on the two long
   * sides at {@code baseMm}, ridge along the middle at {@code baseMm + riseMm}.
   */
  public static MeshData wedge(double xMm, double yMm, double ux, double uy, double lengthMm, double depthMm,
      double baseMm, double riseMm) {
    double vx = -uy;
    double vy = ux;
    double[] a = {xMm, yMm};
    double[] bb = {xMm + ux * lengthMm, yMm + uy * lengthMm};
    double[] c = {bb[0] + vx * depthMm, bb[1] + vy * depthMm};
    double[] d = {xMm + vx * depthMm, yMm + vy * depthMm};
    double[] r0 = {xMm + vx * depthMm / 2, yMm + vy * depthMm / 2};
    double[] r1 = {bb[0] + vx * depthMm / 2, bb[1] + vy * depthMm / 2};
    double top = baseMm + riseMm;
    Builder b = new Builder();
    Point3D front = new Point3D(-vx, -0.5, -vy);
    Point3D back = new Point3D(vx, -0.5, vy);
    b.quad(at(a, baseMm), at(bb, baseMm), at(r1, top), at(r0, top), front);
    b.quad(at(c, baseMm), at(d, baseMm), at(r0, top), at(r1, top), back);
    b.triangle(at(a, baseMm), at(r0, top), at(d, baseMm), new Point3D(-ux, 0, -uy));
    b.triangle(at(bb, baseMm), at(c, baseMm), at(r1, top), new Point3D(ux, 0, uy));
    return b.mesh();
  }

  /** The plan polygon of a rectangle, for callers that want JTS. */
  public static Polygon rect(double xMm, double yMm, double ux, double uy, double lengthMm, double depthMm) {
    return Geometries.rectangle(xMm, yMm, ux, uy, lengthMm, depthMm);
  }

  private static Point3D at(double[] xy, double zMm) {
    return SceneFrame.toScene(xy[0], xy[1], zMm);
  }

  private static Point3D p(double[] xz, double heightM) {
    return new Point3D(xz[0], -heightM, xz[1]);
  }

  /** Accumulates flat-shaded triangles; each triangle gets fresh vertices. */
  static final class Builder {
    private float[] points = new float[64];
    private int[] faces = new int[32];
    private int np;
    private int nf;

    /** Adds the triangle, flipped if needed so its normal has a positive component along {@code outside}. */
    void triangle(Point3D a, Point3D b, Point3D c, Point3D outside) {
      Point3D n = b.subtract(a).crossProduct(c.subtract(a));
      if (n.dotProduct(outside) < 0) {
        Point3D t = b;
        b = c;
        c = t;
      }
      if (np + 9 > points.length) {
        points = java.util.Arrays.copyOf(points, points.length * 2);
      }
      if (nf + 3 > faces.length) {
        faces = java.util.Arrays.copyOf(faces, faces.length * 2);
      }
      int first = np / 3;
      for (Point3D q : new Point3D[] {a, b, c}) {
        points[np++] = (float) q.getX();
        points[np++] = (float) q.getY();
        points[np++] = (float) q.getZ();
      }
      faces[nf++] = first;
      faces[nf++] = first + 1;
      faces[nf++] = first + 2;
    }

    /** Adds the quad a-b-c-d (in order around its edge) as two triangles. */
    void quad(Point3D a, Point3D b, Point3D c, Point3D d, Point3D outside) {
      triangle(a, b, c, outside);
      triangle(a, c, d, outside);
    }

    MeshData mesh() {
      return new MeshData(java.util.Arrays.copyOf(points, np), java.util.Arrays.copyOf(faces, nf));
    }
  }
}
