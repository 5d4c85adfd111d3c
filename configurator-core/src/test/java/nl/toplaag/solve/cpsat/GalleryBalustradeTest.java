package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A gallery whose floor lies above 13 m needs a balustrade 1.2 m high (BB2012 art. 2.18): a line whose gallery has a
 * 1.0 m one gives no storey above 13 m a gallery, so no dwelling there, and the rules checked say why. On a 36 m slab
 * at 10.5 m storey 1 lies at 10.8 m and storey 2 at 13.8 m.
 */
class GalleryBalustradeTest {

  private static final Building SLAB = Fixtures.slab(36, 500, 10.5, "");

  @Test
  void aGalleryWithALowBalustradeStopsTheStoreysAbove13Metres() {
    ProductLine low = withBalustrade(Fixtures.line(120), 1_000);
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(SLAB, low, 2));
    Layout best = r.best().orElseThrow();
    assertTrue(best.modules().stream().anyMatch(p -> p.kind() == ModuleKind.DWELLING), "storey 1 holds dwellings");
    assertTrue(best.modules().stream().allMatch(p -> p.storey() == 1), "nothing on storey 2");
    assertEquals(List.of(), LayoutChecker.check(SLAB, Fixtures.catalog(low), BuildingCode.BB2012, best, 2));
    assertTrue(r.rulesChecked().stream().anyMatch(t -> t.contains("at most 1 added storey: line test: the gallery"
        + " module GAL stands on no storey from 2 on: its balustrade is 1.00 m high, and a gallery at 13.")
        && t.contains(" m needs 1.20 m (BB2012 art. 2.18); every dwelling's door lies on a gallery of its storey")),
        r.rulesChecked().toString());

    ProductLine tall = withBalustrade(Fixtures.line(120), 1_200);
    Layout both = new CpSatConfigurator().configure(Fixtures.request(SLAB, tall, 2)).best().orElseThrow();
    assertTrue(both.modules().stream().anyMatch(p -> p.storey() == 2 && p.kind() == ModuleKind.DWELLING),
        "with a 1.2 m balustrade storey 2 holds dwellings");
  }

  /** {@code line} with its gallery's balustrade {@code heightMm} high. */
  private static ProductLine withBalustrade(ProductLine line, int heightMm) {
    return line.withModules(line.modules().stream()
        .map(m -> m.kind() == ModuleKind.GALLERY ? m.withBalustradeMm(heightMm) : m).toList());
  }
}
