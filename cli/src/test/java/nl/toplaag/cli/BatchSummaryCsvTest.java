package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns of {@code batch-summary.csv} added after {@code reason}, as a planner's script reads them. */
class BatchSummaryCsvTest {

  @TempDir Path tmp;

  /** The main job's building, bundled, whose zoning limits are assumed: "[U] assumed, no zoning plan consulted". */
  private static final Path PLINTH = CliRun.testBuilding("galerij-4-plinth");

  /**
   * A planner's QA pass: the console's Zoning line and each result file said a building's zoning limits were
   * unverified, the summary a script reads did not. The bundled building, [U], is {@code unverified}; a copy whose
   * zoning source is the plan consulted, [V], is {@code sourced}; a file skipped has the cell empty, as its figures.
   */
  @Test
  void theZoningColumnSaysWhoseZoningLimitsAreUnverified() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.copy(PLINTH, dir.resolve("a-plinth.json"));
    String plinth = Files.readString(PLINTH);
    String assumed = "\"source\": \"[U] assumed, no zoning plan consulted\"";
    assertTrue(plinth.contains(assumed), "the bundled building's zoning source, as this test expects it");
    Files.writeString(dir.resolve("b-zoned.json"), plinth.replace("\"id\": \"galerij-4-plinth\"",
        "\"id\": \"galerij-4-plinth-zoned\"").replace(assumed, "\"source\": \"[V] omgevingsplan, consulted 2026\""));
    Files.writeString(dir.resolve("c-bad.json"), "{\"id\": \"x\", ");
    Path out = tmp.resolve("out");
    var r = CliRun.of("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "clt-volumetric",
        "--out", out.toString());
    assertEquals(Toplaag.BAD_INPUT, r.code(), r.out() + r.err()); // the bad file, skipped
    List<String> csv = Files.readAllLines(out.resolve(BatchFiles.SUMMARY));
    assertTrue(csv.get(0).endsWith(",storeysAdded,file,reason,zoning,transportCarbonKgCo2e,otherFrontDwellings,front,"
        + "costLeavesOut"), "last, after reason: " + csv.get(0));
    assertEquals("unverified", cell(csv, "galerij-4-plinth", "zoning"), csv.toString());
    assertEquals("sourced", cell(csv, "galerij-4-plinth-zoned", "zoning"), csv.toString());
    assertEquals("", cell(csv, "", "zoning"), csv.toString());
    // the structure column is as it was: both rest on assumed walls and reserves
    assertEquals("unverified", cell(csv, "galerij-4-plinth-zoned", "structure"), csv.toString());
    // the console counts the one building and names the column
    assertTrue(r.out().contains("\nZoning: the zoning limits (height, storeys, setbacks) of 1 of the 2 building(s)"
        + " with dwellings are unverified ([U], no tag or no source in the building files; batch-summary.csv's"
        + " zoning), "), r.out());
  }

  /**
   * A planner's QA pass: with {@code --factory-km} each bill of materials gave the transport carbon and the console
   * summed it, but the summary had no column for it. It has: as the building's bill gives it, rounded to the kg, for
   * the modules and galleries carried laden one way at 0.1 kg CO2e a tonne-km (so at most the mass added, in tonnes,
   * times the distance, times 0.1); empty without a distance, not 0, since it is not counted.
   */
  @Test
  void theTransportCarbonColumnIsTheBillsWithAFactoryDistanceAndEmptyWithout() throws Exception {
    Path out = tmp.resolve("km");
    var r = CliRun.of("batch", PLINTH.toString(), "--storeys", "1", "--time-limit", "1", "--line", "clt-volumetric",
        "--factory-km", "100", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    List<String> csv = Files.readAllLines(out.resolve(BatchFiles.SUMMARY));
    assertTrue(csv.get(0).endsWith(",file,reason,zoning,transportCarbonKgCo2e,otherFrontDwellings,front,costLeavesOut"),
        csv.get(0));
    JsonNode totals = new ObjectMapper().readTree(out.resolve("galerij-4-plinth.result.json").toFile())
        .at("/report/totals");
    double bill = totals.get("transportCarbonKgCo2e").asDouble();
    String cell = cell(csv, "galerij-4-plinth", "transportCarbonKgCo2e");
    assertEquals(String.format(Locale.ROOT, "%.0f", bill), cell, csv.toString());
    double transportKgCo2e = Double.parseDouble(cell);
    double mostKgCo2e = totals.get("massKg").asDouble() / 1000 * 100 * 0.1;
    assertTrue(transportKgCo2e > mostKgCo2e / 2 && transportKgCo2e <= mostKgCo2e + 0.5,
        transportKgCo2e + " kg CO2e for " + totals);
    assertTrue(transportKgCo2e < Double.parseDouble(cell(csv, "galerij-4-plinth", "carbonKgCo2e")) / 10,
        "100 km of road, a few per cent of the product stage: " + csv);
    // the console's Carbon line sums the column
    assertTrue(r.out().contains(String.format(Locale.ROOT, "; transport from the factory at 100 km: %,.0f kg CO2e (the"
        + " laden trips one way; batch-summary.csv's transportCarbonKgCo2e summed)", bill)), r.out());
    Path without = tmp.resolve("no-km");
    var none = CliRun.of("batch", PLINTH.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "clt-volumetric", "--out", without.toString());
    assertEquals(0, none.code(), none.out() + none.err());
    List<String> plain = Files.readAllLines(without.resolve(BatchFiles.SUMMARY));
    assertEquals("", cell(plain, "galerij-4-plinth", "transportCarbonKgCo2e"), plain.toString());
    assertTrue(plain.get(1).contains(",unverified,,,given,"), "the zoning column, then the empty ones, the front: "
        + plain.get(1));
  }

  /**
   * A planner's QA pass: five of the eight test buildings that take dwellings place a lift module whose shaft down to
   * the entrance is neither placed nor priced, which only each bill of materials said (under missing), so that their
   * cost per dwelling read low against the others'. The column lists what each cost leaves out, the console counts it.
   */
  @Test
  void theCostLeavesOutColumnAndLineSayWhatEachCostLeavesOut() throws Exception {
    Path out = tmp.resolve("missing");
    var r = CliRun.of("batch", CliRun.testBuilding("zeist-1970-slab").toString(),
        CliRun.testBuilding("l-corner").toString(), "--time-limit", "2", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    List<String> csv = Files.readAllLines(out.resolve(BatchFiles.SUMMARY));
    JsonNode missing = new ObjectMapper().readTree(out.resolve("zeist-1970-slab.result.json").toFile())
        .at("/report/missing");
    String zeist = cell(csv, "zeist-1970-slab", "costLeavesOut");
    assertTrue(zeist.contains("the new lift's way down: ") && zeist.contains("cost of the dry riser through the 6"
        + " existing storeys"), zeist);
    for (String part : zeist.split("; ")) { // each from the bill of materials' missing
      boolean listed = false;
      for (JsonNode m : missing) {
        listed |= m.get("what").asText().equals(part);
      }
      assertTrue(listed, part + " in " + missing);
    }
    assertFalse(zeist.contains("carbon"), "not what only the carbon leaves out: " + zeist);
    assertEquals("", cell(csv, "l-corner", "costLeavesOut"), "its stairs and lift: " + csv);
    // each item counted once a building, in its few words, the most frequent first, then by its words
    assertTrue(r.out().contains("\nCost leaves out: on 1 of the 2 building(s) with dwellings, what their bills of"
        + " materials list as missing, so their cost and cost per dwelling are low by it (batch-summary.csv's"
        + " costLeavesOut): the dry riser through the existing storeys (1), the new lift's way down (1), the new"
        + " stairs' way down (1)\n"), r.out());
  }

  /** The cell of column {@code column} in the row of building {@code building} of summary {@code csv}. */
  static String cell(List<String> csv, String building, String column) {
    List<String> header = cells(csv.get(0));
    int at = header.indexOf(column);
    assertTrue(at >= 0, "no column " + column + ": " + csv.get(0));
    List<String> row = csv.stream().skip(1).map(BatchSummaryCsvTest::cells)
        .filter(c -> c.get(1).equals(building)).findFirst().orElseThrow(() -> new AssertionError(building));
    assertEquals(header.size(), row.size(), "as many cells as columns: " + row);
    return row.get(at);
  }

  /** The cells of CSV line {@code line} (RFC 4180: a quoted cell may hold commas and doubled quotes). */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
