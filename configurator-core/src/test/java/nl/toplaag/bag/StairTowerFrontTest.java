package nl.toplaag.bag;

import static nl.toplaag.bag.SyntheticTiles.derive;
import static nl.toplaag.bag.SyntheticTiles.load;
import static nl.toplaag.bag.SyntheticTiles.real;
import static nl.toplaag.bag.SyntheticTiles.wingRectangle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.geom.Geometries;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * A front or back held out by a projection ({@code WingFit.heldOut}): a stair tower or an entrance pier standing out
 * of the facade over a small part of the wing's length sets the footprint's minimum-area rectangle, and the wing's
 * side, moved in by at most {@link WingFit#INSET_M} (0.5 m), stood in front of the facade over the rest of its length:
 * no gallery on the roof there (its band crossed the outline), none cantilevered past the tower, and no dwelling.
 */
class StairTowerFrontTest {

  @TempDir Path tmp;

  /**
   * A 30 x 12 m slab with a stair tower 4 m wide standing 0.7 m out of its long side, at each corner and turned (so
   * the tower is on the wing's front or its back): the wing is 12.0 m deep, its sides on the facades, the tower outside
   * it; it lies within the footprint, every bay has a gallery slot, and the layout takes dwellings and passes the
   * independent checker. Before, the wing was 12.2 m deep, 0.2 m past the facade over 26 m.
   */
  @Test
  void aSideHeldOutByAStairTowerLiesOnTheFacadeBehindIt() throws Exception {
    double[][] ring = {{0, 0}, {13, 0}, {13, -0.7}, {17, -0.7}, {17, 0}, {30, 0}, {30, 12}, {0, 12}};
    List<SyntheticTiles.Spec> specs = BagImportTest.turned(ring, 30, 12);
    CityJsonTiles.Tile t = CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("tower.city.json"),
        SyntheticTiles.tile(specs)));
    for (SyntheticTiles.Spec spec : specs) {
      Building b = load(derive(t, spec.pand(), ImportAssumptions.bundled()));
      Wing w = b.wings().get(0);
      assertEquals(12_000, w.depthMm(), 1, spec.pand() + ": the wing's depth, facade to facade");
      assertEquals(30_000, w.lengthMm(), 1, spec.pand());
      assertEquals(0, wingRectangle(w).difference(b.roofOutline()).getArea() / 1e6, 0.001, spec.pand()
          + ": the wing past the footprint, m2");
      assertTrue(FrontFacadeTest.everyBayHasAGallery(PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1)),
          spec.pand());
    }
    Building b = load(derive(t, specs.get(0).pand(), ImportAssumptions.bundled()));
    assertTrue(b.assumptions().contains("and a front or back that the facade touches over less than half its"
        + " length (held out by a stair tower or a pier) up to 1.5 m, to the facade behind it"), b.assumptions());
    assertTrue(b.assumptions().contains("its front facade stands up to 0.700 m proud of its front over 4.0 m"),
        b.assumptions());
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertTrue(r.layouts().get(0).dwellingCount() > 0, "dwellings on the slab");
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }

  /**
   * An entrance recess 0.8 m deep and 2 m wide in the long side of a 30 x 12 m slab (a portiek's): the facade touches
   * the side over 28 of its 30 m, so the side stays on it, the wing 12.0 m deep; the recess is left to the
   * configurator, as before.
   */
  @Test
  void aSideWithAnEntranceRecessStaysOnTheFacade() throws Exception {
    double[][] ring = {{0, 0}, {14, 0}, {14, 0.8}, {16, 0.8}, {16, 0}, {30, 0}, {30, 12}, {0, 12}};
    List<SyntheticTiles.Spec> specs = BagImportTest.turned(ring, 30, 12);
    CityJsonTiles.Tile t = CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("recess.city.json"),
        SyntheticTiles.tile(specs)));
    for (SyntheticTiles.Spec spec : specs) {
      Wing w = load(derive(t, spec.pand(), ImportAssumptions.bundled())).wings().get(0);
      assertEquals(12_000, w.depthMm(), 1, spec.pand());
      assertEquals(30_000, w.lengthMm(), 1, spec.pand());
    }
  }

  /**
   * Delft pand 0503100000021165 (16.4 x 13.7 m, a flat roof 8.4 m up): a stair tower 3.9 m wide stands 0.71 m out of
   * its front facade, which it holds 0.21 m in front of over the rest. Its wing now has its front on the facade,
   * 13.449 m deep (13.659 m before), and with the bundled assumptions takes dwellings where it took none (the access
   * rules blocked: its gallery's band crossed the outline along the whole front); the layout passes the checker.
   */
  @Test
  void aRealSlabWithAStairTowerInItsFrontTakesDwellings() throws Exception {
    Building b = load(derive(real("3dbag_v210908_tile5910_delft.city.json"), "0503100000021165",
        ImportAssumptions.bundled()));
    Wing w = b.wings().get(0);
    assertEquals(List.of(16_435, 13_449), List.of(w.lengthMm(), w.depthMm()));
    for (double at : new double[] {0.01, 0.25, 0.75, 0.99}) { // the tower stands out from 6.8 to 10.8 m
      double sMm = at * w.lengthMm();
      assertEquals(0, b.roofOutline().getBoundary().distance(Geometries.FACTORY.createPoint(new Coordinate(
          w.planX(sMm, 0), w.planY(sMm, 0)))), 5, "the front on the facade at " + at + " of its length, mm");
    }
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 2));
    assertTrue(r.layouts().get(0).dwellingCount() > 0, "dwellings");
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 2));
  }
}
