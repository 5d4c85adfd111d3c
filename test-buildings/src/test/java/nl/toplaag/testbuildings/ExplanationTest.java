package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/** The explanation of a result names why each product line that did not win lost, not only the best line's. */
class ExplanationTest {

  private static final Catalog CATALOG = CatalogReader.bundled();

  /** Test building {@code name} configured for {@code storeys} storeys, 3 s, one worker, one layout. */
  private static ConfigurationResult configured(String name, int storeys) {
    return new CpSatConfigurator().configure(ConfigurationRequest.of(TestBuildings.load(name), CATALOG, storeys)
        .withSettings(new SolverSettings(3000, 1, 1, 1)));
  }

  /**
   * The main job's building: the CLT line takes 26 dwellings; the light-steel and timber-frame lines none, since their
   * modules resist fire for 90 min and floors above 13 m need 120 (Bouwbesluit 2012 table 2.10.1). Both are said.
   */
  @Test
  void theLinesThatTakeNoDwellingSayWhy() {
    ConfigurationResult r = configured("galerij-4-plinth", 2);
    assertEquals("clt-volumetric", r.productLineId());
    assertEquals(26, r.dwellings());
    lightLinesResistTooShort(r);
  }

  /**
   * Three storeys asked for where the zoning limits allow two: the lines that take no dwelling say why (fire
   * resistance), not the zoning limit first (qa46), which stops only the third storey and is said once, in the rules'
   * height line.
   */
  @Test
  void aStoreyCapIsNoReasonForALineToTakeNone() {
    ConfigurationResult r = configured("galerij-4-plinth", 3);
    assertEquals(26, r.dwellings());
    assertTrue(r.explanation().stream().noneMatch(e -> e.contains("zoning")), r.explanation().toString());
    assertTrue(r.rulesChecked().stream().anyMatch(e -> e.startsWith("height: ")
        && e.endsWith("3 asked for; at most 2 added storeys: the building file's zoning limit")), r.rulesChecked()
        .toString());
    lightLinesResistTooShort(r);
  }

  /** The light-steel and timber-frame lines say their modules resist fire for 90 min where 120 are needed. */
  private static void lightLinesResistTooShort(ConfigurationResult r) {
    for (String line : List.of("lsf-volumetric", "hsb-elements")) {
      assertTrue(r.explanation().stream().anyMatch(e -> e.startsWith("line " + line + ": module ")
          && e.contains("resists fire for 90 min") && e.contains("needs 120 min")), line + ": " + r.explanation());
    }
  }

  /** Where no line takes a dwelling (portiek-too-weak), every line says why. */
  @Test
  void whereNoLineFitsEveryLineSaysWhy() {
    ConfigurationResult r = configured("portiek-too-weak", 2);
    assertEquals(0, r.dwellings());
    for (String line : List.of("clt-volumetric", "lsf-volumetric", "hsb-elements")) {
      assertTrue(r.explanation().stream().anyMatch(e -> e.startsWith("line " + line + ": the foundation reserve")),
          line + ": " + r.explanation());
    }
  }
}
