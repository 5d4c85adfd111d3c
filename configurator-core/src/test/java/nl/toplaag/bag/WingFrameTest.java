package nl.toplaag.bag;

import static nl.toplaag.bag.SyntheticTiles.derive;
import static nl.toplaag.bag.SyntheticTiles.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The frame of an imported wing as the building file gives it: its origin, direction, length and depth place it on the
 * facades it was fitted to, whatever its length and direction, so that the containment tolerance
 * ({@code UsableRoof.TOLERANCE_MM}, 2 mm) is left to the rounding of the modules' corners.
 */
class WingFrameTest {

  @TempDir Path tmp;

  /**
   * Thirty galerijflat-length slabs, 120-200 m long and 9-14 m deep, each turned at a random angle (seeded), their
   * corners at whole millimetres as a tile gives them: every corner of each wing lies within the footprint to 0.01 mm.
   * Written to 1/1000 (origin in m, direction in degrees) and with its length and depth rounded to the nearest
   * millimetre, the wing's far corners lay up to 1.5 mm outside it (0.0005 degrees is 1.7 mm over 200 m), a share of
   * the tolerance that a module at the far gable needs.
   */
  @Test
  void aLongTurnedSlabsWingLiesWithinItsFootprint() throws Exception {
    Random rnd = new Random(20261203);
    List<SyntheticTiles.Spec> specs = new ArrayList<>();
    for (int n = 0; n < 30; n++) {
      double lengthM = 120 + 80 * rnd.nextDouble();
      double depthM = 9 + 5 * rnd.nextDouble();
      double deg = 360 * rnd.nextDouble();
      double c = Math.cos(Math.toRadians(deg));
      double s = Math.sin(Math.toRadians(deg));
      double[][] ring = SyntheticTiles.rect(0, 0, lengthM, depthM);
      for (double[] p : ring) {
        double x = p[0];
        p[0] = 500 * n + x * c - p[1] * s;
        p[1] = x * s + p[1] * c;
      }
      specs.add(new SyntheticTiles.Spec(String.format(Locale.ROOT, "00002000000001%02d", n), ring,
          SyntheticTiles.flat(8.7, 1962)));
    }
    CityJsonTiles.Tile t = CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("long.city.json"),
        SyntheticTiles.tile(specs)));
    double worstMm = 0;
    String worst = "";
    for (SyntheticTiles.Spec spec : specs) {
      Building b = load(derive(t, spec.pand(), ImportAssumptions.bundled()));
      assertEquals(1, b.wings().size(), spec.pand());
      Wing w = b.wings().get(0);
      assertTrue(w.lengthMm() > 119_000, spec.pand() + ": " + w);
      double outMm = outsideMm(w, b.roofOutline());
      if (outMm > worstMm) {
        worstMm = outMm;
        worst = String.format(Locale.ROOT, "%s: a corner of its %d m wing at %.6f degrees lies %.3f mm outside the"
            + " footprint", spec.pand(), w.lengthMm() / 1000, w.directionDeg(), outMm);
      }
    }
    assertTrue(worstMm <= 0.01, worst);
  }

  /**
   * How far the corner of wing {@code w} furthest outside {@code outline} lies outside it, mm; 0 where none does. The
   * corners unrounded, as the plan's frame has them ({@code SyntheticTiles.wingRectangle} rounds them to the mm grid).
   */
  private static double outsideMm(Wing w, Polygon outline) {
    double most = 0;
    for (int[] c : new int[][] {{0, 0}, {w.lengthMm(), 0}, {w.lengthMm(), w.depthMm()}, {0, w.depthMm()}}) {
      most = Math.max(most, outline.distance(Geometries.FACTORY.createPoint(new Coordinate(w.planX(c[0], c[1]),
          w.planY(c[0], c[1])))));
    }
    return most;
  }
}
