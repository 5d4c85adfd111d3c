package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * The layout by the objective's counterpart (with the cost objective, the one with the most usable area) is shown, or
 * the result says it is not and why (a QA pass: on galerij-10-lift, CLT, the cost objective's three layouts were all
 * "for the lowest cost", 248.0 m2, where a 10-dwelling layout of 258.8 m2, which the default objective proves, was left
 * out without a word: its search, an alternative's share of the limit on the other gallery place, did not find it).
 */
class CounterpartShownOrSaidTest {

  private static final Catalog CATALOG = CatalogReader.bundled();

  @Test
  void theMostUsableAreaIsShownOrSaidNotToBe() {
    Building b = TestBuildings.load("galerij-10-lift");
    ConfigurationRequest req = ConfigurationRequest.of(b, CATALOG, 2).withProductLines(List.of("clt-volumetric"))
        .withObjective(Objective.COST_PER_DWELLING).withSettings(new SolverSettings(10_000, 1, 1, 3));
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    boolean shown = r.layoutObjectives().contains(Objective.MOST_DWELLINGS);
    boolean said = r.explanation().stream().anyMatch(e -> e.startsWith("line clt-volumetric: no layout for the most"
        + " usable area is shown: "));
    assertTrue(shown != said, r.layoutObjectives() + " " + r.explanation());
  }

  @Test
  void aLayoutProvenTheBestOfEveryGalleryPlaceIsNotSaidOpen() {
    // l-corner, CLT, 2 s: layout 1 is proven the best, and by the lowest cost too, where the other gallery places
    // hold fewer dwellings (bounded at 11 of 12); a review found the note saying it was not proven by the cost, as
    // merging the places asked the other places' searches for a proof they need not give
    ConfigurationRequest req = ConfigurationRequest.of(TestBuildings.load("l-corner"), CATALOG, 2)
        .withProductLines(List.of("clt-volumetric")).withSettings(new SolverSettings(2_000, 1, 1, 3));
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    assertTrue(r.explanation().stream().noneMatch(e -> e.contains(": no layout for the lowest cost is shown")),
        r.explanation().toString());
  }
}
