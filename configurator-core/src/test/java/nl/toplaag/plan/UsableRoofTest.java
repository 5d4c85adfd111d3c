package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The roof less its setbacks on a roof that is not axis-aligned. */
class UsableRoofTest {

  @Test
  void aTurnedRoofSetBackAlongItsLongSidesIsPlanned() {
    Building b = Fixtures.turnedQa22();
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
    assertFalse(p.candidates().isEmpty(), "modules fit the 54 m wing");
  }

  @Test
  void aTurnedRoofSetBackAlongItsLongSidesIsConfiguredAndChecked() {
    Building b = Fixtures.turnedQa22();
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertFalse(r.layouts().isEmpty());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }

  /**
   * QA22's roof less 0.6 m along its two long sides keeps 0.6 m from each (to the millimetre of rounding). JTS's
   * overlay gave it a spike of no width along each gable, 0.6 m out to a corner of a long side, which lies on it:
   * a result JTS finds valid, as the spike's two edges, rounded to the millimetre, are not quite collinear.
   */
  @Test
  void aTurnedRoofKeepsItsSetbackAlongItsLongSides() {
    Building b = Fixtures.turnedQa22();
    Geometry usable = UsableRoof.of(b);
    Coordinate[] ring = b.roofOutline().getExteriorRing().getCoordinates();
    for (int i = 0; i + 1 < ring.length; i++) {
      if (b.zoning().setbackMm(i) > 0) {
        double mm = usable.distance(b.roofOutline().getFactory().createLineString(new Coordinate[] {ring[i],
            ring[i + 1]}));
        assertTrue(mm >= b.zoning().setbackMm(i) - 1, "edge " + i + ": " + mm + " mm from " + usable);
      }
    }
    assertEquals(5, usable.getNumPoints(), usable.toString());
  }

  /**
   * A 33.8 x 12.4 m roof turned 243.4 degrees, set back 1 m at its first gable only, has its gallery from that
   * setback, bay by bay, as the same roof unturned: its first slot from s = 1 m to the wall at 3.2 m. The roof less
   * the setback, as JTS's overlay gave it, had a spike of no width along the long side, out to the gable's corner;
   * the slot clipped to it reached out to s = 0, which the setback does not leave free, and the bay was dropped (as
   * were its dwelling's gallery and, in the greedy layout, two modules).
   */
  @Test
  void aTurnedRoofSetBackAtOneGableHasItsGalleryFromTheSetback() {
    List<String> unturned = gallerySlots(setBackAtOneGable(0));
    List<String> turned = gallerySlots(setBackAtOneGable(243.380925));
    assertEquals("1000-3200", unturned.get(0));
    assertEquals(unturned.size(), turned.size(), turned.toString());
    assertTrue(turned.get(0).startsWith("1000-"), turned.toString());
  }

  private static List<String> gallerySlots(Building b) {
    return PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 2).galleries().stream()
        .map(g -> g.s0Mm() + "-" + g.s1Mm()).toList();
  }

  /** A 33.8 x 12.4 m roof in RD New turned {@code directionDeg}, set back 1 m at its first gable (edge 3). */
  private static Building setBackAtOneGable(double directionDeg) {
    double x0 = 143895.703;
    double y0 = 452049.021;
    double ux = Math.cos(Math.toRadians(directionDeg));
    double uy = Math.sin(Math.toRadians(directionDeg));
    StringBuilder ring = new StringBuilder();
    double[][] st = {{0, 0}, {33.8, 0}, {33.8, 12.4}, {0, 12.4}, {0, 0}};
    for (double[] p : st) {
      ring.append(ring.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%.3f, %.3f]",
          x0 + ux * p[0] - uy * p[1], y0 + uy * p[0] + ux * p[1]));
    }
    return Fixtures.building(String.format(Locale.ROOT, """
        {"id": "gable", "crs": "EPSG:28992", "origin": [143895, 452049], "roofOutline": [%s],
         "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [%.3f, %.3f], "directionDeg": %.6f, "lengthM": 33.8, "depthM": 12.4}],
         "structure": {"wallGrids": [{"pitchesM": [3.2], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"edgeSetbacksM": [0, 0, 0, 1.0]}}
        """, ring, x0, y0, directionDeg));
  }
}
