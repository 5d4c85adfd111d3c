package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;
import org.junit.jupiter.api.Test;

/**
 * The benchmark roof g1003 (a 62 m two-storey LSF slab with tight walls) holds 13 dwellings, proven, on the grid from
 * each wing's start, and 14, proven, on the grid from both ends (docs/limits.md, "What a proof covers").
 */
class GridRunsTest {

  @Test
  void theGridFromBothEndsHoldsADwellingMoreOnG1003() {
    Instance g1003 = InstanceGenerator.generated(1000, 3);
    assertTrue(g1003.name().startsWith("g1003-slab-62m-S2-tight-lsf"), g1003.name());
    Catalog catalog = CatalogReader.bundled();
    CpSatConfigurator configurator = new CpSatConfigurator(CpSatOptions.defaults());
    GridRuns.Run start = GridRuns.run(configurator, catalog, g1003, new SolverSettings(10_000, 1, 1, 1));
    GridRuns.Run both = GridRuns.run(configurator, catalog, g1003,
        new SolverSettings(10_000, 1, 1, 1, PositionGrid.FROM_BOTH_ENDS));
    assertEquals("OPTIMAL 13", start.status() + " " + start.dwellings());
    assertEquals("OPTIMAL 14", both.status() + " " + both.dwellings());
    assertTrue(both.candidates() > start.candidates(), both.candidates() + " against " + start.candidates());
    String summary = GridRuns.summary(List.<GridRuns.Run[]>of(new GridRuns.Run[] {start, both}));
    assertTrue(summary.contains("dwellings 13 / 14, proven 1 / 1; from both ends more dwellings on 1 roofs"),
        summary);
  }
}
