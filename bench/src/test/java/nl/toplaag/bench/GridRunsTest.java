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
 * The grid comparison of the benchmark (docs/limits.md, "What a proof covers"): on the benchmark roof g1003 (a 62 m
 * two-storey LSF slab with tight walls) the grid from both ends offers more candidates and proves as many dwellings,
 * 14. (Until 7 Dec 2026, with a bay's load half on each wall, the grid from each wing's start proved 13 there and the
 * grid from both ends 14; by the lever rule the grid from the start holds 14 too.) The summary counts the roofs where
 * the grid from both ends holds more.
 */
class GridRunsTest {

  @Test
  void theGridFromBothEndsOffersMoreCandidatesAndProvesAsMuchOnG1003() {
    Instance g1003 = InstanceGenerator.generated(1000, 3);
    assertTrue(g1003.name().startsWith("g1003-slab-62m-S2-tight-lsf"), g1003.name());
    Catalog catalog = CatalogReader.bundled();
    CpSatConfigurator configurator = new CpSatConfigurator(CpSatOptions.defaults());
    GridRuns.Run start = GridRuns.run(configurator, catalog, g1003, new SolverSettings(10_000, 1, 1, 1));
    GridRuns.Run both = GridRuns.run(configurator, catalog, g1003,
        new SolverSettings(10_000, 1, 1, 1, PositionGrid.FROM_BOTH_ENDS));
    assertEquals("OPTIMAL 14", start.status() + " " + start.dwellings());
    assertEquals("OPTIMAL 14", both.status() + " " + both.dwellings());
    assertTrue(both.candidates() > start.candidates(), both.candidates() + " against " + start.candidates());
    String summary = GridRuns.summary(List.<GridRuns.Run[]>of(new GridRuns.Run[] {start, both}));
    assertTrue(summary.contains("dwellings 14 / 14, proven 1 / 1; from both ends more dwellings on 0 roofs"),
        summary);
  }

  @Test
  void theSummaryCountsTheRoofsWhereTheGridFromBothEndsHoldsMore() {
    GridRuns.Run[] more = {new GridRuns.Run("OPTIMAL", 13, 300, 1_000_000, 500, 100),
        new GridRuns.Run("OPTIMAL", 14, 310, 1_100_000, 800, 200)};
    GridRuns.Run[] area = {new GridRuns.Run("OPTIMAL", 10, 250, 900_000, 400, 50),
        new GridRuns.Run("FEASIBLE", 10, 260, 900_000, 600, 50)};
    String summary = GridRuns.summary(List.of(more, area));
    assertTrue(summary.contains("candidates 900 / 1400, dwellings 23 / 24, proven 2 / 1; from both ends more"
        + " dwellings on 1 roofs, more area with as many on 1; time 1.41 times (geometric mean of 2 roofs above 30 ms)"),
        summary);
  }
}
