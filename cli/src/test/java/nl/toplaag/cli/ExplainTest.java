package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toplaag.testbuildings.TestBuilding;
import nl.toplaag.testbuildings.TestBuildings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code configure --explain} as a user reads it: the explanation lines of each total add up to the line giving the
 * total and to the figure in the bill-of-materials table; missing items and transport read as text.
 */
class ExplainTest {

  @TempDir Path tmp;

  private String explain(String buildingId, String... more) throws Exception {
    TestBuilding tb = TestBuildings.all().stream().filter(t -> t.id().equals(buildingId)).findFirst().orElseThrow();
    Path file = tmp.resolve(buildingId + ".json");
    Files.writeString(file, TestBuildings.json(tb));
    List<String> args = new ArrayList<>(List.of("configure", "--building", file.toString(), "--time-limit", "2",
        "--alternatives", "1", "--out", tmp.resolve("out").toString(), "--explain"));
    args.addAll(List.of(more));
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = Toplaag.run(args.toArray(String[]::new));
    } finally {
      System.setOut(old);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    return text;
  }

  /** The number after the last " = " of a line. */
  private static double value(String line) {
    Matcher m = Pattern.compile(" = (-?[0-9,]+(\\.[0-9]+)?)").matcher(line);
    String v = null;
    while (m.find()) {
      v = m.group(1);
    }
    assertTrue(v != null, "no number in " + line);
    return Double.parseDouble(v.replace(",", ""));
  }

  /** The first number after {@code label} at the start of a line of the table. */
  private static double table(String text, String label) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + " +([0-9,]+(\\.[0-9]+)?)").matcher(text);
    assertTrue(m.find(), label + " in " + text);
    return Double.parseDouble(m.group(1).replace(",", ""));
  }

  private static void assertAddsUp(String text) {
    String section = text.substring(text.indexOf("Where the totals come from:\n"));
    Map<String, List<String>> byTotal = new LinkedHashMap<>();
    for (String line : section.split("\n")) {
      Matcher m = Pattern.compile("^  ([a-z-]+): (.*)$").matcher(line);
      if (m.matches() && !m.group(1).equals("missing")) {
        byTotal.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
      }
    }
    Map<String, Double> inTable = new LinkedHashMap<>();
    inTable.put("cost", table(text, "layout cost (docs/model.md)"));
    inTable.put("carbon", table(text, "carbon A1-A3 (kg CO2e)"));
    inTable.put("mass", table(text, "added mass (kg)"));
    inTable.put("usable-area", Double.parseDouble(text.replaceAll("(?s).*\ndwellings +[0-9]+, usable area ([0-9.,]+)"
        + " m2\n.*", "$1").replace(",", "")));
    inTable.put("trucks", table(text, "truck loads"));
    inTable.forEach((total, shown) -> {
      List<String> lines = byTotal.get(total);
      assertTrue(lines != null && lines.size() > 1, total + " lines in " + section);
      String last = lines.get(lines.size() - 1);
      assertTrue(last.startsWith("total = "), total + " ends with its total, not: " + last);
      double sum = lines.subList(0, lines.size() - 1).stream().mapToDouble(ExplainTest::value).sum();
      assertEquals(value(last), sum, 0.0005 * lines.size() + 1e-9, total + ": the sum of " + (lines.size() - 1)
          + " lines against " + last);
      // the table rounds: to the euro, the kg, the m2 to 0.1
      assertEquals(shown, value(last), 0.5 + 1e-9, total + ": " + last);
    });
    assertEquals(table(text, "parking demand (spaces)"), value(byTotal.get("parking").get(0)), 0.05 + 1e-9);
  }

  @Test
  void theMassCostCarbonAreaAndTruckLinesAddUpToTheTableOnAPortiek() throws Exception {
    String text = explain("portiek-3-flat");
    assertAddsUp(text);
    // the gallery and the stair-core extensions weigh in, as in the table's added mass
    assertTrue(text.contains("  mass: gallery storey 1 "), text);
    assertTrue(text.contains("  mass: stair core 0 extension: "), text);
  }

  @Test
  void theLinesAddUpOnAGalleryBlockWithObstacles() throws Exception {
    assertAddsUp(explain("galerij-obstacles"));
  }

  @Test
  void missingItemsAndTransportReadAsText() throws Exception {
    String text = explain("portiek-3-flat", "--line", "hsb-elements");
    assertTrue(text.contains("\n  missing: transport carbon: no factory distance given (configure, batch,"
        + " export and view take --factory-km)\n"), text);
    assertFalse(text.contains("Missing["), text);
    assertTrue(text.contains(" (element line) "), text);
    assertTrue(text.contains(" loads, not assessed\n") || text.contains(" load, not assessed\n"), text);
    assertFalse(text.contains("not_assessed") || text.contains(" 1 loads"), text);
    assertAddsUp(text);
  }

  /** A building that takes no dwelling: the summary says "modules: none" (QA21: "  modules: " with nothing after). */
  @Test
  void aBuildingWithoutDwellingsSaysItHasNoModules() throws Exception {
    String text = explain("portiek-too-weak");
    assertTrue(text.contains("\nBest: no line, 0 dwellings: no product line takes a dwelling"), text);
    assertTrue(text.contains("\n  modules: none\n"), text);
  }
}
