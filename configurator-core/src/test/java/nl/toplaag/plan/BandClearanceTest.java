package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Where the row rule's gallery on the roof gets a cantilevered second row: the band behind a cantilevered gallery
 * clear along at least a module's width more of the wing than the band behind one on the roof.
 */
class BandClearanceTest {

  private static final ProductLine LINE = Fixtures.line();

  /** A 36 m slab (12 m deep, the rule's gallery on the roof) with {@code obstacle} (a JSON obstacle) on its roof. */
  private static Building slabWith(String obstacle) {
    return Fixtures.slab(36.0, 500, 8.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100},"
        + (obstacle.isEmpty() ? "" : " \"obstacles\": [" + obstacle + "],"));
  }

  /** An obstacle of outline {@code rect} (JSON, metres), fixed, or removable for {@code removalEur} where above 0. */
  private static String flue(String rect, long removalEur) {
    return "{\"outline\": " + rect + ", \"description\": \"flue\", \"heightM\": 2.5"
        + (removalEur > 0 ? ", \"removable\": true, \"removalCostEur\": " + removalEur : "") + "}";
  }

  private static BandClearance clearance(Building b) {
    return new BandClearance(b, UsableRoof.of(b));
  }

  @Test
  void aFixedObstacleAlongTheRearLeavesTheBandBehindAGalleryOnTheRoofNoRoom() {
    Building b = slabWith(flue("[[0,10.5],[36,10.5],[36,12],[0,12],[0,10.5]]", 0));
    Wing w = b.wings().get(0);
    int g = LINE.gallery().depthMm();
    assertEquals(12_000, w.depthMm());
    assertEquals(0, UsableRoof.edgeSetbackMm(b, w, 0));
    BandClearance c = clearance(b);
    // the line's 9.6 m modules: from the facade the band ends at 9.6 m, clear of the obstacle from 10.5 m; behind the
    // 1.5 m gallery it ends at 11.1 m, on it along the whole wing
    assertEquals(36_000, c.clearLengthMm(w, 0, 9_600), 1e-6);
    assertEquals(0, c.clearLengthMm(w, g, 9_600), 1e-6);
    assertTrue(c.cantileverFreesRoom(w, LINE, 0));
    assertEquals(List.of(0), PlanBuilder.secondRowWings(b, LINE));
  }

  @Test
  void aRemovableObstacleOrAFlueNarrowerThanAModuleGetsNoCantileveredRow() {
    Building removable = slabWith(flue("[[0,10.5],[36,10.5],[36,12],[0,12],[0,10.5]]", 900));
    Wing w = removable.wings().get(0);
    assertEquals(36_000, clearance(removable).clearLengthMm(w, LINE.gallery().depthMm(), 9_600), 1e-6);
    assertFalse(clearance(removable).cantileverFreesRoom(w, LINE, 0));
    // a fixed flue 0.6 m wide at the rear costs the band behind the gallery on the roof 0.6 m of the wing, less than
    // the narrowest module: the rule's row alone
    Building flue = slabWith(flue("[[10,11],[10.6,11],[10.6,11.6],[10,11.6],[10,11]]", 0));
    BandClearance c = clearance(flue);
    assertEquals(36_000 - 600, c.clearLengthMm(w, LINE.gallery().depthMm(), 9_600), 1e-6);
    assertEquals(36_000, c.clearLengthMm(w, 0, 9_600), 1e-6);
    assertFalse(c.cantileverFreesRoom(w, LINE, 0));
    assertEquals(List.of(), PlanBuilder.secondRowWings(flue, LINE));
    assertEquals(List.of(), PlanBuilder.secondRowWings(slabWith(""), LINE));
  }
}
