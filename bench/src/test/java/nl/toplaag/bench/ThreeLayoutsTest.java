package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's test buildings as {@code configure} runs them: three layouts, each checked, none repeating another's
 * modules, all with the best layout's dwellings where the programme proves it (CLT on two of the bundled buildings); on
 * the main job's roof the second is the cheapest, proven.
 */
class ThreeLayoutsTest {

  @Test
  void threeCheckedLayoutsWithAsManyDwellingsAndATable() {
    Set<String> names = Set.of("galerij-4-plinth", "portiek-3-flat");
    List<Instance> two = Checks.testBuildings().stream().filter(i -> names.contains(i.name())).toList();
    assertEquals(2, two.size());
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    List<ThreeLayouts.Row> rows = ThreeLayouts.run(CatalogReader.bundled(), Checks.independent(), two,
        new SolverSettings(5000, 1, 1, 1), log);
    assertEquals(2, rows.size());
    for (ThreeLayouts.Row r : rows) {
      assertEquals(ThreeLayouts.LAYOUTS, r.dwellings().size(), r.toString());
      assertTrue(r.dwellings().get(0) > 0 && r.dwellings().stream().allMatch(d -> d.equals(r.dwellings().get(0))),
          r.toString());
      assertEquals(0, r.violations(), r.toString());
      assertEquals(0, r.repeated(), r.toString());
    }
    String table = ThreeLayouts.table(rows);
    assertTrue(table.contains("| galerij-4-plinth |")
        && table.contains("| 26, 26, 26 | most usable area, proven best; lowest cost, proven best; most usable area,"
            + " proven best other |"), table);
  }
}
