package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.toplaag.catalog.CatalogReader;
import org.junit.jupiter.api.Test;

/** What a batch adds up to, in the console's line (QA12: a planner wants the proven most beside the found). */
class PortfolioTotalsTest {

  @Test
  void theLineSaysTheMostPossibleWhereACountIsNotProven() {
    PortfolioTotals proven = new PortfolioTotals(CatalogReader.bundled());
    proven.add("a", null, 0);
    assertEquals("Portfolio: 0 of 1 building(s) take dwellings: 0 dwellings, 0 modules", proven.summary());
    PortfolioTotals open = new PortfolioTotals(CatalogReader.bundled());
    open.add("a", null, 0);
    open.add("b", null, 3); // none found, at most 3 possible
    open.add("c", null, 2);
    assertEquals("Portfolio: 0 of 3 building(s) take dwellings: 0 dwellings (at most 5 possible: 2 buildings not"
        + " proven to the most), 0 modules", open.summary());
  }
}
