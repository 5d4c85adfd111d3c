package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * An L of two wings whose CLT gallery may each stand on the roof or be cantilevered (9.5 m and 11.5 m deep; the 10.2 m
 * boxes fit only behind a cantilevered gallery, and on the 9.5 m wing not at all): every choice of the two places is
 * solved, and the best is a mixed one, which a search of both wings alike misses (found by the QA pass of 2 Dec 2026:
 * a layout shown as proven the best was EUR 56,700 dearer than one the checker passes).
 */
class GalleryPlacesEndToEndTest {

  private static final Catalog CATALOG = CatalogReader.bundled();

  private static Building building() throws IOException, InputException {
    try (InputStream in = GalleryPlacesEndToEndTest.class.getResourceAsStream("/l-open-wings.json")) {
      return BuildingReader.parse("l-open-wings.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void eachWingGetsItsOwnGalleryPlace() throws Exception {
    Building b = building();
    // one storey, four choices of gallery places. Until 7 Dec 2026 two storeys in 6 s: storey 2, at 15.40 m, gives the
    // whole building a lift, so the line was solved on storey 1 alone and then on both with lifts, and the best was
    // the one-storey layout below; since a bay's load goes to its walls by the lever rule, the second request's
    // proof of its usable area takes over 30 s (its count, 10, is proven in 13 s). (At 3 s one choice of the second
    // request stayed open, and the proof was claimed only because the flag of a plan stopped at its floor passed to
    // the open plan merged with it: mended 2 Dec 2026; GalleryPlacesTest)
    ConfigurationRequest req = ConfigurationRequest.of(b, CATALOG, 1).withProductLines(List.of("clt-volumetric"))
        .withSettings(new SolverSettings(6000, 1, 1, 1));
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    assertEquals(SolveStatus.OPTIMAL, r.status(), r.explanation().toString());
    Layout best = r.best().orElseThrow();
    assertEquals(List.of(), LayoutChecker.check(b, CATALOG, req.code(), best, 1));
    assertEquals(10, r.dwellings());
    Set<Integer> cantilevered = new TreeSet<>();
    Set<Integer> onRoof = new TreeSet<>();
    for (GallerySegment g : best.galleries()) {
      (g.cantilevered() ? cantilevered : onRoof).add(g.wing());
    }
    assertEquals(Set.of(0), onRoof, "the 9.5 m wing's gallery on the roof: the 10.2 m boxes do not fit it anyway");
    assertEquals(Set.of(1), cantilevered, "the 11.5 m wing's cantilevered, for its 10.2 m boxes");
    assertEquals(867_136, best.costEur());
    assertEquals(LayoutProof.OPTIMAL, r.layoutProofs().get(0));
    // the three other choices, each said, and each settled: solved to its proven best (10 dwellings), or stopped where
    // no layout of it could rank as high as the best so far (one layout asked for)
    List<String> others = r.explanation().stream().filter(e -> e.startsWith("line clt-volumetric: with the gallery "))
        .toList();
    assertEquals(3, others.size(), r.explanation().toString());
    for (String e : others) {
      assertTrue(e.contains(" instead: the best layout holds 10 dwellings")
          && e.contains("(proven the best there by dwellings, then most usable area, then lowest cost)")
          || e.contains(" instead: no layout ranks as high as the line's own (proven; searched no further; at most 10"
          + " dwellings fit there)"), e);
      assertTrue(e.endsWith("; the line's own layout ranks higher by dwellings, then most usable area,"
          + " then lowest cost"), e);
    }
    assertTrue(others.stream().anyMatch(e -> e.contains("no layout ranks as high")), others.toString());
  }
}
