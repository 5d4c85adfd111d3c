package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import nl.toplaag.plan.DwellingBound;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.ProductLine;
import org.junit.jupiter.api.Test;

/** Percentiles and the relaxation bound on hand-computed cases. */
class StatsAndBoundTest {

  @Test
  void nearestRankPercentiles() {
    double[] v = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
    assertEquals(5, Stats.median(v));
    assertEquals(10, Stats.percentile(v, 95));
    assertEquals(1, Stats.percentile(v, 10));
    assertEquals("> 10", Stats.sec(Double.POSITIVE_INFINITY, 10_000));
  }

  @Test
  void relaxationBoundIsTheSmallerOfRowLengthAndReserveOverTheLightestDwelling() throws Exception {
    ProductLine lsf = CatalogReader.bundled().line("lsf-volumetric").orElseThrow();
    // lightest LSF dwelling: the 3.0 x 9.6 m box, 5,904 kg and 1.75 kN/m2: 57.918 + 50.4 = 108.318 kN.
    // 36 m of row / 3.0 m = 12 dwellings on one storey; a reserve of 1,000 kN allows floor(9.23) = 9.
    assertEquals(9, DwellingBound.simple(PlanBuilder.build(slab(1000), lsf, BuildingCode.BB2012, 1)));
    assertEquals(12, DwellingBound.simple(PlanBuilder.build(slab(100_000), lsf, BuildingCode.BB2012, 1)));
  }

  private static nl.toplaag.building.Building slab(double reserveKn) throws Exception {
    return BuildingReader.parse("slab.json", String.format(Locale.ROOT, """
        {"id": "slab", "roofOutline": [[0,0],[36,0],[36,12],[0,12],[0,0]], "roofLevelM": 6,
         "existingStoreys": 2, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 5000}]},
         "loadReserve": {"foundationReserveKn": %s}, "zoning": {"maxAddedStoreys": 3}}
        """, reserveKn));
  }
}
