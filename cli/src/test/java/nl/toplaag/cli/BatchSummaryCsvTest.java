package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    assertTrue(csv.get(0).endsWith(",storeysAdded,file,reason,zoning"), "last, after reason: " + csv.get(0));
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
