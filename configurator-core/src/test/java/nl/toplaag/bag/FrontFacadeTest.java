package nl.toplaag.bag;

import static nl.toplaag.bag.SyntheticTiles.derive;
import static nl.toplaag.bag.SyntheticTiles.generous;
import static nl.toplaag.bag.SyntheticTiles.load;
import static nl.toplaag.bag.SyntheticTiles.proudMm;
import static nl.toplaag.bag.SyntheticTiles.real;
import static nl.toplaag.bag.SyntheticTiles.wingRectangle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.geom.Geometries;
import nl.toplaag.io.JsonInput;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A slab's front facade against its wing's front ({@link WingFit#alongFrontFacade}): a cantilevered gallery may lie
 * over the roof by a sliver up to 50 mm thick, so a facade standing further proud of the front costs the gallery slots
 * in front of it.
 */
class FrontFacadeTest {

  @TempDir Path tmp;

  /** Whether every bay of every wing of {@code p} has a gallery slot in front of it. */
  static boolean everyBayHasAGallery(Plan p) {
    return p.bays().stream().allMatch(bay -> p.galleries().stream().map(GallerySlot::bay).anyMatch(g -> g == bay
        .index()));
  }

  /**
   * A 30 x 10 m slab whose front facade is skewed 0.26 m against its three square sides: its minimum-area rectangle
   * is square to the rear, and moved inwards its front lay at the facade's innermost point, the facade standing up to
   * 0.26 m proud of it, so no gallery could hang in front of most of it (the sliver allowed is 50 mm). Now the wing is
   * turned to run along the facade, 29.914 m long (its square gables cut 0.09 m off) and as deep, 10.0 m; it lies
   * within the footprint, the facade stands nowhere in front of it, every bay has a cantilevered gallery slot, the file
   * says so, and the layout passes the independent checker. Mirrored and turned, whichever long side is the front.
   */
  @Test
  void aSlabWhoseFrontFacadeIsSkewedHasItsWingTurnedToRunAlongIt() throws Exception {
    double[][] ring = {{0, 0}, {30, -0.26}, {30, 10}, {0, 10}};
    List<SyntheticTiles.Spec> specs = BagImportTest.turned(ring, 30, 10);
    CityJsonTiles.Tile t = CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("s.city.json"),
        SyntheticTiles.tile(specs)));
    for (SyntheticTiles.Spec spec : specs) {
      BagImport.Outcome o = derive(t, spec.pand(), ImportAssumptions.bundled());
      Building b = load(o);
      Wing w = b.wings().get(0);
      assertEquals(0, proudMm(b, w), 2, spec.pand() + ": the facade in front of the front");
      assertEquals(0, wingRectangle(w).difference(b.roofOutline()).getArea() / 1e6, 0.001, spec.pand()
          + ": the wing past the footprint");
      assertEquals(10_000, w.depthMm(), 2, spec.pand());
      boolean turned = o.json().contains("then turned");
      assertEquals(turned ? 29_914 : 30_000, w.lengthMm(), 2, spec.pand());
      assertTrue(everyBayHasAGallery(PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1)), spec.pand());
    }
    BagImport.Outcome o = derive(t, specs.get(0).pand(), ImportAssumptions.bundled());
    Building b = load(o);
    assertEquals(Math.toDegrees(Math.atan2(-0.26, 30)), b.wings().get(0).directionDeg(), 0.01);
    assertTrue(b.assumptions().contains("then turned -0.50 degrees to run along its front facade, a straight facade"
        + " skewed against the rectangle: moved inwards, the rectangle's front had that facade standing up to 0.260 m"
        + " proud of it over"), b.assumptions());
    assertTrue(b.assumptions().contains("nowhere more than frontToleranceM 0.05 m proud"), b.assumptions());
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertTrue(r.layouts().get(0).dwellingCount() > 0, "dwellings on the slab");
    assertTrue(r.layouts().get(0).galleries().stream().allMatch(g -> g.cantilevered()), "galleries cantilevered");
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }

  /**
   * A front facade in two straight parts 0.3 m apart (a step, not a skew) is no line to turn the wing to: the wing's
   * front stays at the inner part, and the file says that the facade stands 0.300 m proud of it over the other 15 m,
   * where no gallery is cantilevered.
   */
  @Test
  void aFrontFacadeInTwoStepsIsNotTurnedAndTheFileSaysHowFarItStandsProud() throws Exception {
    double[][] ring = {{0, 0}, {15, 0}, {15, -0.3}, {30, -0.3}, {30, 10}, {0, 10}};
    CityJsonTiles.Tile t = CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("s.city.json"), SyntheticTiles.tile(
        List.of(new SyntheticTiles.Spec("0000100000000001", ring, SyntheticTiles.flat(11.6, 1965))))));
    Building b = load(derive(t, "0000100000000001", ImportAssumptions.bundled()));
    Wing w = b.wings().get(0);
    assertEquals(0, w.directionDeg(), 1e-6);
    assertEquals(List.of(30_000, 10_000), List.of(w.lengthMm(), w.depthMm()));
    assertEquals(300, proudMm(b, w), 2);
    assertFalse(b.assumptions().contains("then turned"), b.assumptions());
    assertTrue(b.assumptions().contains("; its front facade stands up to 0.300 m proud of its front over 15.0 m, more"
        + " than frontToleranceM 0.05 m (a step, a bend or a pier of the facade, not one straight facade along which"
        + " the wing could be turned)"), b.assumptions());
  }

  /**
   * Bunnik/Zeist pand 0355100000730327 (1975, a pitched roof with its eaves 2.9 m up, one storey): a 30.1 x 12.5 m
   * slab whose front facade is skewed against the rectangle. Turned to run along the facade, every bay has its
   * gallery, and with 200 kN/m walls and 10 kN/m² a storey it takes dwellings whose layout passes the independent
   * checker. (This test took pand 0312100000007471 until 4 Dec 2026, when the import learned that its lowest roof
   * point, 2.9 m up, is an annex's: its main slopes come down at 5.6 m, and it is skipped as "eaves hidden".)
   */
  @Test
  void aRealSlabWithASkewedFrontIsTurnedAndGainsItsGallery() throws Exception {
    BagImport.Outcome o = derive(real("3dbag_v20240420_9-512-588_bunnik_zeist.city.json"), "0355100000730327",
        generous());
    Building b = load(o);
    Wing w = b.wings().get(0);
    assertTrue(b.assumptions().contains("then turned 0.17 degrees"), b.assumptions());
    assertEquals(30_077, w.lengthMm(), 5);
    assertEquals(12_546, w.depthMm(), 5);
    assertEquals(0, proudMm(b, w), 2);
    assertEquals(0, wingRectangle(w).difference(b.roofOutline()).getArea() / 1e6, 0.001);
    ProductLine line = Fixtures.twoBoxLine();
    Plan p = PlanBuilder.build(b, line, BuildingCode.BB2012, 1);
    assertTrue(everyBayHasAGallery(p), p.galleries().toString());
    Catalog c = Fixtures.catalog(line);
    ConfigurationResult r = new CpSatConfigurator().configure(ConfigurationRequest.of(b, c, 1)
        .withSettings(new SolverSettings(10_000, 1, 1, 2)));
    assertTrue(r.layouts().get(0).dwellingCount() >= 1, r.explanation().toString());
    assertEquals(List.of(), LayoutChecker.check(b, c, BuildingCode.BB2012, r.layouts().get(0), 1));
  }

  /**
   * Bunnik/Zeist pand 0312100000002446: its front facade is skewed 0.295 m against the rectangle, but its gable
   * is skewed too, by more than a wing's side moves inwards; turned along the front, the wing would reach past the
   * footprint at that gable by a wedge more than 0.3 m thick beyond where the straight wing does, claiming roof the
   * building does not have (the tolerance is 50 mm). It is not turned, and the file says how far the facade stands
   * proud.
   */
  @Test
  void aRealSlabIsNotTurnedWhereTheTurnedWingWouldReachPastTheFootprint() throws Exception {
    BagImport.Outcome o = derive(real("3dbag_v20240420_9-516-584_bunnik_zeist.city.json"), "0312100000002446",
        ImportAssumptions.bundled());
    Building b = load(o);
    assertFalse(b.assumptions().contains("then turned"), b.assumptions());
    assertTrue(b.assumptions().contains("; its front facade stands up to 0.295 m proud of its front over 9.5 m"),
        b.assumptions());
    Polygon fp = Millimetres.rounded(o.building().footprint());
    WingFit rect = WingFit.rectangle(fp);
    assertEquals(Optional.empty(), rect.alongFrontFacade(fp, 0.05));
    assertEquals(Optional.empty(), rect.alongFrontFacade(fp, 0.3));
    // turned, it would reach past the footprint by a wedge more than 0.3 m thick beyond the straight wing
    assertTrue(rect.alongFrontFacade(fp, 0.5).isPresent(), "turned, given a tolerance of 0.5 m");
  }

}
