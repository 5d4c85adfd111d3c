package nl.toplaag.bag;

import static nl.toplaag.bag.SyntheticTiles.derive;
import static nl.toplaag.bag.SyntheticTiles.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.JsonInput;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stepped slab (an L whose arm across is a stub, two wings side by side) one of whose wings holds no module: the
 * other is written alone, the first left as existing roof; before, the whole building was skipped.
 */
class SteppedSlabOneWingTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private CityJsonTiles.Tile tile(List<SyntheticTiles.Spec> specs) throws Exception {
    return CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("s.city.json"), SyntheticTiles.tile(specs)));
  }

  /**
   * A 30 x 12 m slab less a 10 x 6 m corner (its stub reaches out 6 m, less than its 20 m width): a 20 x 12 m part
   * through the corner and a 10 x 6 m rest, too shallow for the 7.2 m module. Before, skipped ("wing 2 of the L: roof
   * 6.0 m deep: ..."); now wing 1 alone, its front on the straight long facade, walls at both its ends, the foundation
   * reserve of the 240 m² it stands on (the 300 m² footprint less wing 2's 60 m²) over 4 storeys; the file says why,
   * configured, the layout takes dwellings on it and passes the independent checker. Mirrored and turned alike.
   */
  @Test
  void aSteppedSlabWhoseRestIsTooShallowIsWrittenWithItsDeepPartAlone() throws Exception {
    double[][] ring = {{0, 6}, {10, 6}, {10, 0}, {30, 0}, {30, 12}, {0, 12}};
    List<SyntheticTiles.Spec> specs = BagImportTest.turned(ring, 30, 12);
    CityJsonTiles.Tile t = tile(specs);
    for (SyntheticTiles.Spec spec : specs) {
      BagImport.Outcome o = derive(t, spec.pand(), ImportAssumptions.bundled());
      Building b = load(o);
      assertTrue(o.writtenAsOneWingOfAnL() && !o.writtenAsL(), spec.pand());
      assertEquals("1", o.wingsWritten(), spec.pand());
      assertEquals(1, b.wings().size(), spec.pand());
      Wing w = b.wings().get(0);
      // to 1 mm: turned, the footprint's corners lie at whole millimetres, and the wing is rounded down within them
      assertEquals(20_000, w.lengthMm(), 1, spec.pand());
      assertEquals(12_000, w.depthMm(), 1, spec.pand());
      BagImportTest.assertFrontIsAnOuterFacade(b, w, spec.pand());
      JsonNode file = MAPPER.readTree(o.json());
      assertEquals(1, file.at("/structure/wallGrids").size(), spec.pand());
      assertTrue(file.at("/structure/bearingLines").isMissingNode(), spec.pand());
      assertEquals(240 * 4, b.loadReserve().foundationReserveKn(), 1, spec.pand());
    }
    BagImport.Outcome o = derive(t, specs.get(0).pand(), ImportAssumptions.bundled());
    Building b = load(o);
    assertTrue(b.name().contains(": stepped L, one wing of 20.0 x 12.0 m (its other, 10.0 x 6.0 m, holds no module),"
        + " flat roof"), b.name());
    assertTrue(b.assumptions().contains("Wing 2 (10.000 x 6.000 m) is not written: roof 6.0 m deep: the shallowest"
        + " dwelling module (clt-box-3900x7200) is 7.2 m deep, so no dwelling module of the catalogue stands on it; it"
        + " stays existing roof"), b.assumptions());
    assertTrue(b.assumptions().contains("foundation reserve (the part of the footprint wing 1 stands on) 240.0 m2 x 4"
        + " storeys x 1.00 kN/m2 = 960 kN"), b.assumptions());
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertTrue(r.layouts().get(0).dwellingCount() > 0, "dwellings on wing 1");
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }

  /**
   * A 30 x 12 m slab with a deeper end 2.5 m wide (its rest 10 m deep): the deeper end, wing 1, is too short for the
   * 3.0 m module, and the 27.5 x 10 m rest is written alone, as a slab's wing (walls at both its ends, the one where
   * the two meet being wing 1's end wall); both too shallow, or an L at right angles one of whose arms is, stays
   * skipped as before.
   */
  @Test
  void aDeeperEndTooShortIsLeftAndTheRestWrittenWhereBothFailTheBuildingIsSkipped() throws Exception {
    CityJsonTiles.Tile t = tile(List.of(
        new SyntheticTiles.Spec("0000100000000001", new double[][] {{0, 0}, {30, 0}, {30, 10}, {2.5, 10}, {2.5, 12},
            {0, 12}}, SyntheticTiles.flat(11.6, 1965)),
        new SyntheticTiles.Spec("0000100000000002", new double[][] {{100, 3}, {106, 3}, {106, 0}, {112, 0}, {112, 6.5},
            {100, 6.5}}, SyntheticTiles.flat(11.6, 1965)),
        new SyntheticTiles.Spec("0000100000000003", new double[][] {{200, 0}, {260, 0}, {260, 12}, {206, 12},
            {206, 40}, {200, 40}}, SyntheticTiles.flat(11.6, 1965))));
    BagImport.Outcome end = derive(t, "0000100000000001", ImportAssumptions.bundled());
    Building b = load(end);
    assertEquals("2", end.wingsWritten());
    assertEquals(List.of(27_500, 10_000), List.of(b.wings().get(0).lengthMm(), b.wings().get(0).depthMm()));
    assertEquals(1, MAPPER.readTree(end.json()).at("/structure/wallGrids").size());
    assertTrue(b.assumptions().contains("Wing 1 (2.500 x 12.000 m) is not written: roof 2.5 m long: the narrowest"
        + " dwelling module (lsf-box-3000x9600) is 3.0 m wide"), b.assumptions());
    assertTrue(b.assumptions().contains("Wing 2: 27.500 x 10.000 m"), b.assumptions());
    assertEquals((305 - 30) * 4, b.loadReserve().foundationReserveKn(), 1); // the footprint less wing 1, 4 storeys
    BagImport.Outcome both = derive(t, "0000100000000002", ImportAssumptions.bundled());
    assertFalse(both.written());
    assertEquals(BagImport.L_SHAPE, both.shape());
    assertEquals("wing 1 of the L: roof 6.5 m deep: the shallowest dwelling module (clt-box-3900x7200) is 7.2 m deep",
        both.reason());
    BagImport.Outcome atRightAngles = derive(t, "0000100000000003", ImportAssumptions.bundled());
    assertFalse(atRightAngles.written());
    assertTrue(atRightAngles.reason().startsWith("wing 2 of the L: roof 6.0 m deep"), atRightAngles.reason());
  }

  /**
   * Bunnik/Zeist pand 0312100000006538 (1956, 108.2 m2, one storey under a pitched roof whose eaves lie 2.7 m up): a
   * stepped slab of a 9.6 x 9.9 m part and a 2.4 x 7.2 m rest 31 mm shallower than the 7.2 m module; before, skipped;
   * now the 9.6 m part alone, its foundation reserve that of the part it stands on. With 200 kN/m walls and 10 kN/m2 a
   * storey it takes dwellings, and the layout passes the independent checker.
   */
  @Test
  void aRealSteppedSlabIsWrittenWithItsBuildableWingAndConfigured() throws Exception {
    Optional<Path> p = SyntheticTiles.locate("3dbag_v20240420_9-516-584_bunnik_zeist.city.json");
    Assumptions.assumeTrue(p.isPresent(), "shared 3D BAG tile not found; skipping");
    ImportAssumptions generous = ImportAssumptions.of(JsonInput.parse("generous.json", "{\"wallCapacityKnPerM\":"
        + " {\"value\": 200, \"source\": \"test\"}, \"foundationReservePerStoreyKnPerM2\": {\"value\": 10,"
        + " \"source\": \"test\"}}"), ImportAssumptions.bundled());
    BagImport.Outcome o = derive(CityJsonTiles.read(p.get()), "0312100000006538", generous);
    Building b = load(o);
    assertEquals("1", o.wingsWritten());
    assertEquals(9_642, b.wings().get(0).lengthMm(), 5);
    assertEquals(9_874, b.wings().get(0).depthMm(), 5);
    assertTrue(b.assumptions().contains("Wing 2 (2.435 x 7.169 m) is not written: roof 7.2 m deep"), b.assumptions());
    // the part wing 1 stands on, 90.7 m2 of the 108.2 m2 footprint, one storey, 10 kN/m2
    assertEquals(907, b.loadReserve().foundationReserveKn(), 1);
    BagImportTest.assertFrontIsAnOuterFacade(b, b.wings().get(0), "wing 1");
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertTrue(r.layouts().get(0).dwellingCount() > 0, "dwellings");
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }
}
