package nl.toplaag.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The checker's roof bounds, by predicates alone: a rectangle is within the roof outline less its setbacks exactly
 * where it reaches no more than the tolerance (2 mm) past the outline or into a setback, measured from the rectangle
 * the checker sees (its corners on the 1 mm grid) to the outline as the building gives it.
 */
class RoofBoundsTest {

  private static final int[][] MODULES_MM = {{3600, 9600}, {3000, 6000}, {5400, 7200}};

  /**
   * On 300 seeded roofs, turned rectangles as an import writes them (corners to the millimetre, the wing along the
   * front edge) with a setback drawn for each edge, modules are put against each side of the roof less its setbacks
   * to within 5 mm either way: where the farthest corner reaches less than 1.95 mm past an edge's line less its
   * setback, no breach; more than 2.05 mm, a breach naming that edge. The roof less its setbacks by an overlay, as the
   * check had it before, snaps its corners to the grid, and so was not this exact.
   */
  @Test
  void aModuleBreaksTheBoundsExactlyWhereItReachesPastTheTolerance() {
    Random rnd = new Random(20261203);
    int within = 0;
    int breaking = 0;
    for (int k = 0; k < 300; k++) {
      int[] setbacks = Fixtures.drawnSetbacks(rnd);
      Building b = Fixtures.turnedRectangle(rnd.nextDouble() * 360, 20 + rnd.nextInt(40), 9 + rnd.nextInt(6),
          setbacks, 3.6);
      RoofBounds bounds = new RoofBounds(b);
      Wing w = b.wings().get(0);
      for (int j = 0; j < 20; j++) {
        int[] size = MODULES_MM[rnd.nextInt(MODULES_MM.length)];
        int s = against(rnd, setbacks[3], w.lengthMm() - setbacks[1] - size[0]);
        int t = against(rnd, setbacks[0], w.depthMm() - setbacks[2] - size[1]);
        Polygon r = Geometries.rectangle(w.planX(s, t), w.planY(s, t), w.ux(), w.uy(), size[0], size[1]);
        double[] reach = reachMm(b, r);
        int edge = 0;
        for (int i = 1; i < 4; i++) {
          edge = reach[i] > reach[edge] ? i : edge;
        }
        List<String> breaches = bounds.breaches(r);
        String where = String.format(Locale.ROOT, "roof %d, module at s %d, t %d, reach %.3f mm past edge %d", k, s, t,
            reach[edge], edge);
        if (reach[edge] < RoofBounds.TOL_MM - 0.05) {
          assertEquals(List.of(), breaches, where);
          within++;
        } else if (reach[edge] > RoofBounds.TOL_MM + 0.05) {
          String named = setbacks[edge] > 0 ? "setback of roof edge " + edge : "past the roof outline";
          assertTrue(breaches.stream().anyMatch(x -> x.contains(named)), where + ": " + breaches);
          breaking++;
        }
      }
    }
    // both verdicts well represented, most of them within a millimetre or two of the line
    assertTrue(within > 1000 && breaking > 1000, within + " within, " + breaking + " breaking");
  }

  /**
   * An L's inner corner, both edges there set back 1 m: the square diagonal to the corner lies in neither band (their
   * ends are flat, as the plan's), and a module filling it up to both bands' ends stands within the bounds; 3 mm
   * farther either way, it stands in that edge's setback.
   */
  @Test
  void aModuleInTheSquareAtAnInnerCornerStandsWithinTheBounds() {
    Building b = Fixtures.building("""
        {"id": "l", "roofOutline": [[0, 0], [36, 0], [36, 28.8], [24, 28.8], [24, 12], [0, 12], [0, 0]],
         "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 36, "depthM": 12},
           {"origin": [36, 0], "directionDeg": 90, "lengthM": 28.8, "depthM": 12}],
         "structure": {"wallGrids": [{"wing": 0, "pitchesM": [3.6], "capacityKnPerM": 500},
           {"wing": 1, "pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"edgeSetbacksM": [0, 0, 0, 1.0, 1.0, 0]}}
        """);
    RoofBounds bounds = new RoofBounds(b);
    assertEquals(List.of(), bounds.breaches(Geometries.box(24_000, 2400, 27_600, 12_000)));
    assertEquals(List.of("in the 1.00 m setback of roof edge 4"),
        bounds.breaches(Geometries.box(23_997, 2400, 27_597, 12_000)));
    assertEquals(List.of("in the 1.00 m setback of roof edge 3"),
        bounds.breaches(Geometries.box(24_000, 2403, 27_600, 12_003)));
    assertEquals(List.of("past the roof outline"), bounds.breaches(Geometries.box(32_403, 2400, 36_003, 12_000)));
  }

  /** A position along one axis: against the low side, against the high side or between, within 5 mm either way. */
  private static int against(Random rnd, int lowMm, int highMm) {
    int jitter = rnd.nextInt(11) - 5;
    return switch (rnd.nextInt(3)) {
      case 0 -> lowMm + jitter;
      case 1 -> highMm + jitter;
      default -> lowMm + rnd.nextInt(Math.max(1, highMm - lowMm));
    };
  }

  /**
   * How far the farthest corner of {@code r} reaches past each edge's line moved in by its setback, mm, by edge
   * (negative where it stays that far inside): on a convex roof with right angles, the roof less its setbacks is the
   * roof with each edge moved in. For an edge not set back, the reach past the outline itself: the distance from the
   * outline where a corner lies outside it (past a corner of the roof, farther than past either edge's line).
   */
  private static double[] reachMm(Building b, Polygon r) {
    Coordinate[] ring = b.roofOutline().getExteriorRing().getCoordinates();
    double sign = org.locationtech.jts.algorithm.Orientation.isCCW(ring) ? 1 : -1;
    double[] out = new double[ring.length - 1];
    for (int i = 0; i + 1 < ring.length; i++) {
      Coordinate p = ring[i];
      Coordinate q = ring[i + 1];
      double len = p.distance(q);
      double worst = Double.NEGATIVE_INFINITY;
      for (Coordinate c : r.getCoordinates()) {
        // distance inside the roof from the edge's line: to the left of p-q on a counter-clockwise ring
        double inside = sign * ((q.x - p.x) * (c.y - p.y) - (q.y - p.y) * (c.x - p.x)) / len;
        int setback = b.zoning().setbackMm(i);
        boolean outside = setback == 0 && !b.roofOutline().covers(b.roofOutline().getFactory().createPoint(c));
        worst = Math.max(worst, outside ? b.roofOutline().distance(b.roofOutline().getFactory().createPoint(c))
            : setback - inside);
      }
      out[i] = worst;
    }
    return out;
  }
}
