package nl.toplaag.bag;

import static nl.toplaag.bag.Millimetres.METRES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.toplaag.geom.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link WingFit#cut}, computed from the footprint's edges, against the overlay of the footprint with the line that
 * computed it before (and took 20 s of a 21 s import of the Delft tile, for one footprint of 785 corners): the same
 * extent, within 1e-9 m, on footprints with holes, corners and edges on the line, and lines that miss, touch or end
 * inside. On the five 3D BAG tiles of ../shared the import wrote the same files either way (6 Dec 2026).
 */
class WingCutTest {

  /** The extent as the overlay of {@code p} with the line gives it ({@link WingFit#cut}'s former body). */
  private static double[] byOverlay(Polygon p, boolean across, double a, double b0, double b1) {
    Coordinate from = across ? new Coordinate(a, b0 - 1) : new Coordinate(b0 - 1, a);
    Coordinate to = across ? new Coordinate(a, b1 + 1) : new Coordinate(b1 + 1, a);
    Geometry x = Geometries.intersection(p, METRES.createLineString(new Coordinate[] {from, to}));
    if (x.isEmpty()) {
      return null;
    }
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (Coordinate c : x.getCoordinates()) {
      double b = across ? c.y : c.x;
      min = Math.min(min, b);
      max = Math.max(max, b);
    }
    return new double[] {min, max};
  }

  private static void same(Polygon p, boolean across, double a, double b0, double b1) {
    double[] want = byOverlay(p, across, a, b0, b1);
    double[] got = WingFit.cut(p, across, a, b0, b1);
    String what = p + (across ? " across at " : " along at ") + a + " in [" + b0 + ", " + b1 + "]";
    if (want == null) {
      assertNull(got, what);
    } else {
      assertArrayEquals(want, got, 1e-9, what);
    }
  }

  private static Polygon polygon(double[][] shell, double[][]... holes) {
    LinearRing[] h = new LinearRing[holes.length];
    for (int i = 0; i < holes.length; i++) {
      h[i] = ring(holes[i]);
    }
    return METRES.createPolygon(ring(shell), h);
  }

  private static LinearRing ring(double[][] xy) {
    Coordinate[] c = new Coordinate[xy.length + 1];
    for (int i = 0; i < xy.length; i++) {
      c[i] = new Coordinate(xy[i][0], xy[i][1]);
    }
    c[xy.length] = new Coordinate(c[0]);
    return METRES.createLinearRing(c);
  }

  /** An L with a courtyard, cut through its corners, along its edges, at a tip and past it. */
  @Test
  void cornersAndEdgesOnTheLineAreTheFootprints() {
    Polygon l = polygon(new double[][] {{0, 0}, {20, 0}, {20, 8}, {8, 8}, {8, 20}, {0, 20}},
        new double[][] {{2, 2}, {5, 2}, {5, 5}, {2, 5}});
    for (double a : new double[] {-1, 0, 1, 2, 3.5, 5, 8, 12, 20, 21}) {
      for (boolean across : new boolean[] {true, false}) {
        same(l, across, a, 0, 20);
        same(l, across, a, 3, 6); // a stretch that ends inside
        same(l, across, a, 30, 40); // one beyond the footprint
      }
    }
    assertArrayEquals(new double[] {0, 20}, WingFit.cut(l, true, 0, 0, 20), "the edge along the line");
    assertArrayEquals(new double[] {0, 8}, WingFit.cut(l, true, 20, 0, 20), "the far gable");
    assertNull(WingFit.cut(l, true, 21, 0, 20));
    Polygon diamond = polygon(new double[][] {{0, 5}, {5, 0}, {10, 5}, {5, 10}});
    assertArrayEquals(new double[] {5, 5}, WingFit.cut(diamond, true, 0, 0, 10), "a tip on the line: a point");
    same(diamond, true, 0, 0, 10);
    same(diamond, false, 10, 0, 10);
  }

  /** Random footprints, turned, with many corners (as the 3D BAG's), at their corners and between them. */
  @Test
  void randomFootprintsCutAsTheOverlayCutsThem() {
    Random rnd = new Random(20261206);
    int compared = 0;
    for (int n = 0; n < 200; n++) {
      int corners = 3 + rnd.nextInt(60);
      double turn = rnd.nextDouble() * Math.PI;
      double[][] shell = new double[corners][];
      for (int i = 0; i < corners; i++) { // a star around the origin: simple, of any shape
        double angle = 2 * Math.PI * i / corners;
        double r = 5 + rnd.nextDouble() * 15;
        shell[i] = new double[] {Math.round(r * Math.cos(angle + turn) * 1000) / 1000.0,
            Math.round(r * Math.sin(angle + turn) * 1000) / 1000.0};
      }
      Polygon p = polygon(shell);
      if (!p.isValid()) {
        continue;
      }
      List<Double> at = new ArrayList<>();
      for (double[] c : shell) {
        at.add(c[0]);
        at.add(c[1]);
      }
      at.add(rnd.nextDouble() * 40 - 20);
      for (double a : at) {
        for (boolean across : new boolean[] {true, false}) {
          double b0 = rnd.nextDouble() * 30 - 20;
          same(p, across, a, b0, b0 + rnd.nextDouble() * 30);
          compared++;
        }
      }
    }
    assertEquals(true, compared > 10_000, compared + " lines");
  }
}
