package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test building with every product line, two added storeys: the result must pass the independent checker
 * and match its golden summary in {@code src/test/resources/golden}. One worker and a deterministic time limit
 * make the result reproducible. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenEndToEndTest {

  private static final Catalog CATALOG = CatalogReader.bundled();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<Arguments> cases() {
    return TestBuildings.all().stream().flatMap(tb -> CATALOG.lines().stream()
        .map(l -> Arguments.of(tb.id(), l.id())));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("cases")
  void layoutIsValidAndMatchesGolden(String buildingId, String lineId) throws Exception {
    Building b = TestBuildings.load(buildingId);
    ConfigurationRequest req = ConfigurationRequest.of(b, CATALOG, 2).withProductLines(List.of(lineId))
        .withSettings(new SolverSettings(3000, 1, 1, 2));
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    for (Layout l : r.layouts()) {
      List<Violation> v = LayoutChecker.check(b, CATALOG, BuildingCode.BB2012, l, 2);
      assertTrue(v.isEmpty(), () -> buildingId + "/" + lineId + ": " + v);
    }
    if (r.dwellings() == 0) {
      assertTrue(!r.explanation().isEmpty(), "no dwelling without an explanation");
    }
    ObjectNode summary = summary(r);
    Path file = GOLDEN.resolve(buildingId + "." + lineId + ".json");
    String actual = JSON.writeValueAsString(summary) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }
    assertTrue(Files.exists(file), "no golden file " + file + " (create it with -Dgolden.update=true)");
    assertEquals(Files.readString(file), actual, "golden " + file + " (regenerate with -Dgolden.update=true)");
  }

  private static ObjectNode summary(ConfigurationResult r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("status", r.status().name());
    o.put("dwellings", r.dwellings());
    o.put("dwellingBound", r.dwellingBound());
    Layout best = r.best().orElseThrow();
    o.put("storeys", best.storeys());
    o.put("costEur", best.costEur());
    o.put("foundationLoadKn", Math.round(best.foundationLoadKn() * 10) / 10.0);
    Map<String, Integer> byType = new TreeMap<>();
    for (Placement p : best.modules()) {
      byType.merge(p.moduleTypeId(), 1, Integer::sum);
    }
    o.set("modules", JSON.valueToTree(byType));
    o.put("alternatives", r.layouts().size());
    return o;
  }

  /** The product lines of the bundled catalogue, for documentation of the cases. */
  static List<String> lineIds() {
    return CATALOG.lines().stream().map(ProductLine::id).toList();
  }
}
