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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.geom.Geometries;
import nl.toplaag.io.JsonInput;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The wings of an L, and of a stepped slab, against their front facades ({@link LFit}, {@link WingFit#fitToFront}):
 * each wing whose own front facade is straight but skewed against the L's rectangle is turned to run along it, as a
 * slab's is ({@link FrontFacadeTest}), so that its bays keep their cantilevered gallery slots (a gallery may lie over
 * the roof by a sliver up to 50 mm thick); the wings still touch and do not overlap. Before, an L's wings were never
 * turned, and the facade stood up to 0.32 m proud of them on the nine tiles.
 */
class LFrontFacadeTest {

  @TempDir Path tmp;

  /**
   * A stepped slab 32 m long: its deeper part 12 x 12 m at one end, the rest 20 x 9 m, its straight long front facade
   * skewed 0.26 m against the rectangle that the rear and the gables set.
   */
  private static final double[][] SKEWED_STEPPED = {{0, 0}, {32, -0.26}, {32, 12}, {20, 12}, {20, 9}, {0, 9}};

  /**
   * A stepped slab as {@link #SKEWED_STEPPED}, but only the deeper part's front skewed (0.2 m over its 12 m); the
   * rest's front in two straight parts 0.2 m apart, a step, along which no wing can be turned.
   */
  private static final double[][] STEPPED_FRONT = {{0, 0}, {10, 0}, {10, -0.2}, {20, -0.2}, {32, -0.4}, {32, 12},
      {20, 12}, {20, 9}, {0, 9}};

  /** The indices of the bays of wing {@code wing} of {@code p} without a gallery slot in front of them. */
  private static List<Integer> baysWithoutGallery(Plan p, int wing) {
    List<Integer> out = new ArrayList<>();
    p.bays().stream().filter(bay -> bay.wing() == wing).forEach(bay -> {
      if (p.galleries().stream().map(GallerySlot::bay).noneMatch(g -> g == bay.index())) {
        out.add(bay.index());
      }
    });
    return out;
  }

  private CityJsonTiles.Tile tile(List<SyntheticTiles.Spec> specs) throws Exception {
    return CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("l.city.json"), SyntheticTiles.tile(specs)));
  }

  /**
   * {@link #SKEWED_STEPPED}, at each corner and turned: moved inwards, each wing's front lay at the facade's innermost
   * point and the facade stood up to 0.26 m proud of it, so no gallery could hang in front of most of it. Now both
   * wings are turned to run along the facade: it stands nowhere more than 50 mm proud of either front, each wing lies
   * on the roof but for a sliver, the two touch and do not overlap, every bay of both has its cantilevered gallery
   * slot, and the file says each was turned.
   */
  @Test
  void aSteppedSlabWhoseLongFacadeIsSkewedHasBothWingsTurnedAlongIt() throws Exception {
    List<SyntheticTiles.Spec> specs = BagImportTest.turned(SKEWED_STEPPED, 32, 12);
    CityJsonTiles.Tile t = tile(specs);
    for (SyntheticTiles.Spec spec : specs) {
      BagImport.Outcome o = derive(t, spec.pand(), ImportAssumptions.bundled());
      assertTrue(o.writtenAsL(), spec.pand() + ": " + o.reason());
      Building b = load(o);
      Wing w1 = b.wings().get(0);
      Wing w2 = b.wings().get(1);
      for (Wing w : b.wings()) {
        assertTrue(proudMm(b, w) <= 50, spec.pand() + ": the facade " + proudMm(b, w) + " mm proud");
        assertEquals(0, wingRectangle(w).difference(b.roofOutline()).getArea() / 1e6, 0.05, spec.pand()
            + ": the wing past the footprint");
        BagImportTest.assertFrontIsAnOuterFacade(b, w, spec.pand());
      }
      assertEquals(w1.directionDeg(), w2.directionDeg(), 0.01, spec.pand() + ": both along the one facade");
      assertEquals(0, wingRectangle(w1).intersection(wingRectangle(w2)).getArea() / 1e6, 0.01,
          spec.pand() + ": overlap");
      assertTrue(wingRectangle(w1).distance(wingRectangle(w2)) < 2, spec.pand() + ": the wings do not touch");
      Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
      assertEquals(List.of(), baysWithoutGallery(p, 0), spec.pand() + ": wing 1");
      assertEquals(List.of(), baysWithoutGallery(p, 1), spec.pand() + ": wing 2");
      assertEquals(2, b.assumptions().split("then turned -?0\\.4[67] degrees", -1).length - 1,
          spec.pand() + ": " + b.assumptions());
    }
  }

  /**
   * {@link #STEPPED_FRONT}, at each corner and turned: the deeper part's front facade, straight and skewed, stood up
   * to 0.2 m proud of wing 1's front; wing 1 is turned along it and its bays keep their galleries. Wing 2's front is
   * stepped, in two parts both square to the rectangle: it stays as it was, and the file says why. Where they meet,
   * wing 1's side is square to its turned front and wing 2 ends against it: the two touch and do not overlap, wing 2
   * has its own wall at that end (wing 1's is no wall across it), and the
   * building configures with dwellings on the turned wing, passing the independent checker.
   */
  @Test
  void aWingWithAStraightSkewedFrontIsTurnedAndTheOtherWithAStepIsNot() throws Exception {
    List<SyntheticTiles.Spec> specs = BagImportTest.turned(STEPPED_FRONT, 32, 12);
    CityJsonTiles.Tile t = tile(specs);
    ImportAssumptions generous = generous();
    for (SyntheticTiles.Spec spec : specs) {
      BagImport.Outcome o = derive(t, spec.pand(), generous);
      assertTrue(o.writtenAsL(), spec.pand() + ": " + o.reason());
      Building b = load(o);
      Wing w1 = b.wings().get(0);
      Wing w2 = b.wings().get(1);
      assertTrue(proudMm(b, w1) <= 50, spec.pand() + ": wing 1's facade " + proudMm(b, w1) + " mm proud");
      assertEquals(200, proudMm(b, w2), 2, spec.pand() + ": wing 2 as before");
      assertEquals(0, wingRectangle(w1).intersection(wingRectangle(w2)).getArea() / 1e6, 0.01,
          spec.pand() + ": overlap");
      assertTrue(wingRectangle(w1).distance(wingRectangle(w2)) < 2, spec.pand() + ": the wings do not touch");
      // wing 2 ends where it meets wing 1's side, tilted 0.95 degrees: 0.15 m short of its straight 20 m at the front
      assertTrue(b.assumptions().matches("(?s).*Wing 2: 19\\.8\\d\\d x (9\\.000|8\\.999) m.*"), spec.pand() + ": "
          + b.assumptions());
      assertTrue(b.assumptions().contains("more than frontToleranceM 0.05 m (no straight part of the facade along the"
          + " front at least 1.0 m long and skewed against it, along which the wing could be turned)"), spec.pand()
          + ": " + b.assumptions());
      assertTrue(b.assumptions().contains("wing 2 ends where it meets wing 1's side, the two touching"),
          spec.pand());
      Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
      assertEquals(List.of(), baysWithoutGallery(p, 0), spec.pand() + ": wing 1");
      // every bay of wing 2 between two walls: one at each end, its own where it meets wing 1
      assertTrue(p.bays().stream().filter(bay -> bay.wing() == 1).allMatch(bay -> bay.leftWall() >= 0
          && bay.rightWall() >= 0), spec.pand() + ": " + p.bays());
      ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
      assertFalse(r.layouts().isEmpty(), spec.pand());
      assertTrue(r.layouts().get(0).modules().stream().anyMatch(x -> x.wing() == 0), spec.pand()
          + ": modules on the turned wing");
      assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1),
          spec.pand());
    }
  }

  /**
   * Bunnik/Zeist pand 0312100000000472 (1968, a stepped slab of one storey under a pitched roof): wing 1's front facade
   * is straight but skewed 0.67 degrees against the rectangle, and stood 98 mm proud of its front over 4.1 m, its first
   * bay without a gallery; wing 2's front is stepped (0.176 m proud over 2.1 m). Wing 1 is turned along its facade and
   * every bay of it has its cantilevered gallery slot; wing 2 is not, and the file says why; the two do not overlap,
   * and with 200 kN/m walls and 10 kN/m² a storey the layout passes the independent checker.
   */
  @Test
  void aRealSteppedSlabHasTheWingWithASkewedFrontTurned() throws Exception {
    BagImport.Outcome o = derive(real("3dbag_v20240420_9-516-584_bunnik_zeist.city.json"), "0312100000000472",
        generous());
    assertTrue(o.writtenAsL(), o.reason());
    Building b = load(o);
    Wing w1 = b.wings().get(0);
    Wing w2 = b.wings().get(1);
    assertTrue(b.assumptions().contains("then turned 0.67 degrees"), b.assumptions());
    assertTrue(proudMm(b, w1) <= 5, "wing 1's facade " + proudMm(b, w1) + " mm proud");
    assertEquals(176, proudMm(b, w2), 2);
    assertTrue(b.assumptions().contains("(a step, a bend or a pier of the facade"), b.assumptions());
    assertEquals(0, wingRectangle(w1).intersection(wingRectangle(w2)).getArea() / 1e6, 0.01, "overlap");
    Plan p = PlanBuilder.build(b, Fixtures.twoBoxLine(), BuildingCode.BB2012, 1);
    assertEquals(List.of(), baysWithoutGallery(p, 0), "wing 1");
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertFalse(r.layouts().isEmpty());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }

  /**
   * Ls and stepped slabs whose facades stand nowhere more than 50 mm proud of their wings' fronts (an L at right
   * angles, a stepped slab of two wings and one written with one wing, each at each corner and turned) are written
   * byte for byte as before the wings of an L could be turned (the golden texts were written by the import before
   * that change, and are read back here), but for the wing frames written to the micrometre since (3 Dec 2026: each
   * origin and direction to six decimals, and 6 lengths and 15 depths a millimetre less, rounded down; the turned
   * shapes' directions, such as 29.999771 for 30 degrees, are those of their footprints' corners at whole
   * millimetres), and for the words on a front or back that a projection holds out ({@code WingFit.heldOut}, the
   * same day: on these shapes the phrase alone, and one origin a micrometre apart). {@code -Dgolden.update=true}
   * rewrites them, for review.
   */
  @Test
  void anLAlreadyAlongItsFacadesIsWrittenAsBefore() throws Exception {
    List<SyntheticTiles.Spec> specs = new ArrayList<>();
    List<SyntheticTiles.Spec> shapes = new ArrayList<>(BagImportTest.turned(BagImportTest.L_60_40, 60, 40));
    shapes.addAll(BagImportTest.turned(BagImportTest.STUB_30_15, 30, 15.3));
    shapes.addAll(BagImportTest.turned(new double[][] {{0, 0}, {30, 0}, {30, 12}, {10, 12}, {10, 6}, {0, 6}}, 30, 12));
    for (SyntheticTiles.Spec s : shapes) {
      {
        specs.add(new SyntheticTiles.Spec(String.format("%016d", 2_000 + specs.size()), s.ring(), s.attributes()));
      }
    }
    CityJsonTiles.Tile t = tile(specs);
    StringBuilder all = new StringBuilder();
    for (SyntheticTiles.Spec spec : specs) {
      BagImport.Outcome o = derive(t, spec.pand(), ImportAssumptions.bundled());
      assertTrue(o.written(), spec.pand() + ": " + o.reason());
      all.append(o.json());
    }
    Path golden = Path.of("src/test/resources/nl/toplaag/bag/aligned-ls.golden.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, all, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden " + golden + ": run with -Dgolden.update=true and review it");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), all.toString());
  }

}
