package nl.toplaag.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.io.InputException;
import nl.toplaag.product.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toplaag catalog check} warns about modules too wide to go by road. */
class CatalogCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theBundledCatalogueHasNoWarnings() {
    Catalog c = CatalogReader.bundled();
    assertEquals(List.of(), CatalogCheck.warnings(c));
    assertFalse(CatalogCheck.report(c).contains("WARNING"));
  }

  @Test
  void dwellingBoxesWiderThanRoadTransportAllowsAreWarnedAbout() throws IOException, InputException {
    BundledCatalogTest.copyBundled(dir);
    Path lsf = dir.resolve("lsf-volumetric.json");
    ObjectNode root = (ObjectNode) JSON.readTree(lsf.toFile());
    for (JsonNode m : root.withArray("modules")) {
      if (m.get("kind").asText().equals("dwelling")) {
        ((ObjectNode) m).put("widthMm", 8_000);
      }
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(lsf.toFile(), root);
    Catalog c = CatalogReader.read(dir);
    List<String> w = CatalogCheck.warnings(c);
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("WARNING: module lsf-box-3600x9600 of line lsf-volumetric is 8 m across the"
        + " trailer (its shorter plan side), wider than the widest road transport assumed, 6.3 m"), w.get(0));
    String report = CatalogCheck.report(c);
    assertTrue(report.contains(w.get(1)), report);
    assertTrue(report.contains("maxRoadTransportWidthMm = 6300 mm: assumption [U]"), report);
    // with the limit raised (a route-specific permit), no warning
    assertEquals(List.of(), CatalogCheck.warnings(c,
        BomParameters.defaults().withMaxRoadTransportWidthMm(8_000, "test")));
  }

  @Test
  void aModule15MetresWideIsWarnedAboutByItsShorterSide() throws IOException, InputException {
    BundledCatalogTest.copyBundled(dir);
    Path clt = dir.resolve("clt-volumetric.json");
    ObjectNode root = (ObjectNode) JSON.readTree(clt.toFile());
    ObjectNode m = (ObjectNode) root.withArray("modules").get(0);
    m.put("widthMm", 15_000);
    JSON.writerWithDefaultPrettyPrinter().writeValue(clt.toFile(), root);
    List<String> w = CatalogCheck.warnings(CatalogReader.read(dir));
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).contains("clt-box-3900x10200 of line clt-volumetric is 10.2 m across the trailer"), w.get(0));
  }

  @Test
  void aModuleWithoutConnectionsIsMarkedAsOneWithoutMaterialsIs() throws IOException, InputException {
    // QA21: "NO MATERIALS (circularity incomplete)" was said, an empty connections list not, though the bill of
    // materials then lists the module's detachability (LI, PCI) as missing
    BundledCatalogTest.copyBundled(dir);
    Path clt = dir.resolve("clt-volumetric.json");
    ObjectNode root = (ObjectNode) JSON.readTree(clt.toFile());
    ((ObjectNode) root.withArray("modules").get(0)).putArray("connections");
    JSON.writerWithDefaultPrettyPrinter().writeValue(clt.toFile(), root);
    String report = CatalogCheck.report(CatalogReader.read(dir));
    String row = report.lines().filter(l -> l.startsWith("  clt-box-3900x10200 ")).findFirst().orElseThrow();
    assertTrue(row.endsWith("  NO CONNECTIONS (no detachability)"), row);
    String other = report.lines().filter(l -> l.startsWith("  clt-box-3900x7200 ")).findFirst().orElseThrow();
    assertFalse(other.contains("NO CONNECTIONS"), other);
  }
}
