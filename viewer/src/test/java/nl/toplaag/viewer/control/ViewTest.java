package nl.toplaag.viewer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.testbuildings.TestBuilding;
import nl.toplaag.testbuildings.TestBuildings;
import org.junit.jupiter.api.Test;

/**
 * The preset views' directions for a building, without a display. A yaw of θ looks along plan (sin θ, cos θ)
 * ({@code SceneConstructionTest} checks that against the camera); wing 0's front edge is its gallery side, its depth
 * to the left of the edge, plan (-uy, ux).
 */
class ViewTest {

  private static final double EPS = 1e-9;

  /** Plan x of the line of sight of {@code v} on {@code b}. */
  private static double sightX(View v, Building b) {
    return Math.sin(Math.toRadians(v.yawDeg(b)));
  }

  /** Plan y of the line of sight of {@code v} on {@code b}. */
  private static double sightY(View v, Building b) {
    return Math.cos(Math.toRadians(v.yawDeg(b)));
  }

  /** Component of the line of sight along wing 0's front edge. */
  private static double along(View v, Building b) {
    Wing w = b.wings().get(0);
    return sightX(v, b) * w.ux() + sightY(v, b) * w.uy();
  }

  /** Component of the line of sight into wing 0's depth, from its front edge towards its rear. */
  private static double intoDepth(View v, Building b) {
    Wing w = b.wings().get(0);
    return -sightX(v, b) * w.uy() + sightY(v, b) * w.ux();
  }

  @Test
  void theFrontViewOfTheZeistSlabLooksSquareAtWing0sFrontFacade() {
    Building b = TestBuildings.load("zeist-1970-slab");
    assertEquals(143.921, b.wings().get(0).directionDeg(), 1e-6);
    assertEquals(0, along(View.FRONT, b), EPS, "square to the wing");
    assertEquals(1, intoDepth(View.FRONT, b), EPS, "from in front of the front edge towards the rear");
    assertEquals(-143.921, View.FRONT.yawDeg(b), 1e-6);
  }

  @Test
  void theFrontViewOfEveryBundledBuildingLooksSquareAtWing0sFrontFacade() {
    for (TestBuilding t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      assertEquals(0, along(View.FRONT, b), EPS, t.id());
      assertEquals(1, intoDepth(View.FRONT, b), EPS, t.id());
    }
  }

  @Test
  void theIsoViewLooksAtWing0sFrontFromItsLeftAndAbove() {
    for (TestBuilding t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      // 30 degrees off square, from the wing's start: along the wing sin 30, into its depth cos 30
      assertEquals(0.5, along(View.ISO, b), EPS, t.id());
      assertEquals(Math.sqrt(3) / 2, intoDepth(View.ISO, b), EPS, t.id());
    }
    assertTrue(View.ISO.pitchDeg() < 0, "from above");
  }

  @Test
  void theTopViewStaysAPlanNorthUp() {
    for (TestBuilding t : TestBuildings.all()) {
      assertEquals(0, View.TOP.yawDeg(TestBuildings.load(t.id())), 0, t.id());
    }
    assertEquals(-90, View.TOP.pitchDeg(), 0);
  }

  @Test
  void aBuildingAlongXKeepsThePresetsExactly() {
    Building b = TestBuildings.load("galerij-4-plinth");
    assertEquals(0, b.wings().get(0).directionDeg(), 0);
    for (View v : View.values()) {
      assertEquals(v.yawDeg(), v.yawDeg(b), 0, v.name());
      assertEquals(Double.doubleToLongBits(v.yawDeg()), Double.doubleToLongBits(v.yawDeg(b)), v + ": no -0.0");
    }
    assertEquals(0, View.frontTurnDeg(b), 0);
  }

  @Test
  void turnsStayWithinAHalfTurnEitherWay() {
    for (TestBuilding t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      for (View v : View.values()) {
        assertTrue(v.yawDeg(b) >= -180 && v.yawDeg(b) < 180, t.id() + " " + v + ": " + v.yawDeg(b));
      }
    }
  }
}
