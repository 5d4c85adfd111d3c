package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.layout.Layout;
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
  void aLayoutProvenTheBestOfEveryGalleryPlaceIsNotSaidOpen() throws Exception {
    // an L whose CLT gallery may stand on the roof or be cantilevered on each wing (GalleryPlacesEndToEndTest), one
    // storey, 2 s: layout 1 is proven the best, and the cheapest, from another gallery place, is shown and proven; a
    // review found the note saying it was not proven by the cost, as merging the places asked the other places'
    // searches for a proof they need not give. (Until 7 Dec 2026 l-corner on two storeys, whose proof takes some 20 s
    // since a bay's load goes to its walls by the lever rule)
    Building b;
    try (java.io.InputStream in = getClass().getResourceAsStream("/l-open-wings.json")) {
      b = nl.toplaag.io.BuildingReader.parse("l-open-wings.json",
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    ConfigurationRequest req = ConfigurationRequest.of(b, CATALOG, 1)
        .withProductLines(List.of("clt-volumetric")).withSettings(new SolverSettings(2_000, 1, 1, 3));
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    assertEquals(nl.toplaag.solve.SolveStatus.OPTIMAL, r.status(), r.explanation().toString());
    assertTrue(r.layoutObjectives().contains(Objective.COST_PER_DWELLING), r.layoutObjectives().toString());
    assertTrue(r.explanation().stream().noneMatch(e -> e.contains(": no layout for the lowest cost is shown")),
        r.explanation().toString());
  }

  /**
   * An architect's QA pass: on portiek-3-flat with the cost objective, LSF's 8 dwellings were the cheapest, and the
   * layout "for the most usable area" was LSF's own 240.0 m2, while HSB holds 8 dwellings in 279.0 m2 (the default
   * objective's best), which was never shown: the layout at the other end of the trade-off is now the best of every
   * line with as many dwellings, and keeps what its line proves of it.
   */
  @Test
  void theMostUsableAreaIsTheBestOfEveryLineWithAsManyDwellings() {
    Building b = TestBuildings.load("portiek-3-flat");
    ConfigurationResult cheapest = new CpSatConfigurator().configure(ConfigurationRequest.of(b, CATALOG, 2)
        .withObjective(Objective.COST_PER_DWELLING).withSettings(new SolverSettings(2_000, 1, 1, 3)));
    ConfigurationResult largest = new CpSatConfigurator().configure(ConfigurationRequest.of(b, CATALOG, 2)
        .withSettings(new SolverSettings(2_000, 1, 1, 1)));
    assertEquals("lsf-volumetric", cheapest.productLineId());
    assertEquals("hsb-elements", largest.productLineId());
    assertEquals(largest.dwellings(), cheapest.dwellings());
    int k = cheapest.layoutObjectives().indexOf(Objective.MOST_DWELLINGS);
    assertTrue(k > 0, cheapest.layoutObjectives().toString());
    Layout shown = cheapest.layouts().get(k);
    assertEquals(List.of("hsb-elements"), shown.productLineIds());
    assertEquals(usableAreaM2(largest.layouts().get(0)), usableAreaM2(shown), 1e-9);
    assertEquals(largest.layoutProofs().get(0), cheapest.layoutProofs().get(k), "its line's proof");
    assertEquals(3, cheapest.layouts().size());
    // the rules say each layout's line (a review: "one product line per layout: lsf-volumetric" alone)
    assertTrue(cheapest.rulesChecked().contains("one product line per layout: lsf-volumetric (layout " + (k + 1)
        + ": hsb-elements)"), cheapest.rulesChecked().toString());
    assertTrue(largest.rulesChecked().contains("one product line per layout: hsb-elements"),
        largest.rulesChecked().toString());
  }

  private static double usableAreaM2(Layout l) {
    return BomCalculator.calculate(TestBuildings.load(l.buildingId()), CATALOG, l, BomParameters.defaults()).totals()
        .usableAreaM2();
  }
}
