package nl.toplaag.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.toplaag.building.Building;
import nl.toplaag.testbuildings.TestBuildings;
import org.junit.jupiter.api.Test;

/** The north arrow's angle and when there is one, without a display. */
class NorthArrowTest {

  private static final double EPS = 1e-9;

  /**
   * A camera looking north (yaw 0, the top view) has north straight up; looking east (yaw 90) north is on its left,
   * -90 degrees; looking west on its right; looking south straight down.
   */
  @Test
  void northIsTheCamerasYawTurnedBack() {
    assertEquals(0, NorthArrow.screenAngleDeg(0), EPS);
    assertEquals(-90, NorthArrow.screenAngleDeg(90), EPS);
    assertEquals(90, NorthArrow.screenAngleDeg(-90), EPS);
    assertEquals(-180, NorthArrow.screenAngleDeg(180), EPS);
    assertEquals(-180, NorthArrow.screenAngleDeg(-180), EPS);
    assertEquals(-30, NorthArrow.screenAngleDeg(30), EPS);
    assertEquals(-30, NorthArrow.screenAngleDeg(30 + 720), EPS, "whole turns of an orbit");
    assertEquals(0.0, NorthArrow.screenAngleDeg(-0.0), "no -0.0");
    assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(NorthArrow.screenAngleDeg(0)), "no -0.0");
  }

  /** RD New (the real buildings) gives a north; a local frame (the synthetic ones) does not. */
  @Test
  void onlyRdNewGivesANorth() {
    Building zeist = TestBuildings.load("zeist-1970-slab");
    assertEquals("EPSG:28992", zeist.crs());
    assertTrue(NorthArrow.known(zeist));
    assertEquals("local", Fixtures.slab().crs());
    assertFalse(NorthArrow.known(Fixtures.slab()));
    for (var t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      assertEquals(!"local".equals(b.crs()), NorthArrow.known(b), t.id() + " in " + b.crs());
    }
  }
}
