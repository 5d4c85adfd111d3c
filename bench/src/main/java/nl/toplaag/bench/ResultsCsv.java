package nl.toplaag.bench;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;

/**
 * Per-instance results as CSV, so that a run before a solver change can be compared with a run after it
 * ({@code --compare OLD.csv}).
 */
final class ResultsCsv {

  static final String HEADER = "instance,status,dwellings,greedy,solverBound,relaxationBound,firstMs,wallMs,"
      + "candidates,variables,cpViolations,greedyViolations,peakHeapMb,peakRssMb,firstRunMs,cpCheckNotes";

  /** One earlier row, as far as the comparison needs it. */
  record Row(String instance, String status, int dwellings, int bound, long firstMs, long wallMs) {}

  private ResultsCsv() {}

  static String write(List<Measurement> ms) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Measurement m : ms) {
      sb.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.0f,%.0f,%d,%d%n", m.instance().name(),
          m.error().isEmpty() ? m.status() : "ERROR", m.dwellings(), m.greedyDwellings(), m.cpBound(),
          m.relaxationBound(), m.firstMs(), m.wallMs(), m.candidates(), m.variables(), m.cpViolations(),
          m.greedyViolations(), m.peakHeapMb(), m.peakRssMb(), m.firstRunMs(), m.cpCheckNotes()));
    }
    return sb.toString();
  }

  /**
   * Reads an earlier run's results ({@code --compare}), before this run solves anything.
   *
   * @throws InputException naming {@code csv} when it is missing or cannot be read, does not start with the header
   *     (an older run's, without the later columns, does) or holds a row without the instance, its status and the
   *     whole numbers the comparison reads
   */
  static Map<String, Row> read(Path csv) throws InputException {
    String expected = "expected a results.csv that bench wrote, with the header " + HEADER;
    List<String> lines = lines(csv, expected);
    if (lines.isEmpty() || !lines.get(0).startsWith("instance,status,dwellings")) {
      throw new InputException(csv.toString(), "", (lines.isEmpty() ? "an empty file"
          : "not a benchmark results file: it starts \"" + JsonInput.shown(lines.get(0)) + "\"") + "; " + expected);
    }
    Map<String, Row> out = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split(",");
      try {
        out.put(f[0], new Row(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[4]), Long.parseLong(f[6]),
            Long.parseLong(f[7])));
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new InputException(csv.toString(), "", "line " + (i + 1) + " is not a row of results: \""
            + JsonInput.shown(lines.get(i)) + "\"; expected the columns of the header " + HEADER);
      }
    }
    return out;
  }

  /**
   * The lines of {@code file}, an earlier run's file that {@code --compare} reads.
   *
   * @param expected what the file should be, for the message ("expected ...")
   * @throws InputException naming the file when it is missing, a directory, not UTF-8 or cannot be read
   */
  static List<String> lines(Path file, String expected) throws InputException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) { // the reason, not the message, which for a file system error is the path again
      throw new InputException(file.toString(), "", (Files.isDirectory(file) ? "a directory"
          : e instanceof NoSuchFileException ? "file not found"
          : e instanceof CharacterCodingException ? "not UTF-8 text" : "cannot read file: "
          + (e instanceof FileSystemException f ? AtomicFiles.reason(f) : e.getMessage())) + "; " + expected);
    }
  }

  /** A before/after table over the instances both runs share. */
  static String compare(Map<String, Row> before, List<Measurement> after, long limitMs) {
    List<Measurement> both = new ArrayList<>();
    for (Measurement m : after) {
      if (before.containsKey(m.instance().name())) {
        both.add(m);
      }
    }
    if (both.isEmpty()) {
      return "No instance of the earlier run matches this run (different seed or count?).\n";
    }
    int better = 0;
    int worse = 0;
    int dBefore = 0;
    int dAfter = 0;
    int provedBefore = 0;
    int provedAfter = 0;
    double[] wb = new double[both.size()];
    double[] wa = new double[both.size()];
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < both.size(); i++) {
      Measurement m = both.get(i);
      Row r = before.get(m.instance().name());
      dBefore += r.dwellings();
      dAfter += m.dwellings();
      better += m.dwellings() > r.dwellings() ? 1 : 0;
      worse += m.dwellings() < r.dwellings() ? 1 : 0;
      provedBefore += r.status().equals("OPTIMAL") ? 1 : 0;
      provedAfter += m.proven() ? 1 : 0;
      wb[i] = r.wallMs();
      wa[i] = m.wallMs();
      if (m.dwellings() != r.dwellings() || !r.status().equals(m.status().name())) {
        rows.append(String.format(Locale.ROOT, "| %s | %d %s | %d %s | %s -> %s |%n", m.instance().name(),
            r.dwellings(), r.status(), m.dwellings(), m.status(), Stats.sec(r.wallMs(), limitMs),
            Stats.sec(m.wallMs(), limitMs)));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "| | before | after |%n|---|---|---|%n| instances | %d | %d |%n"
        + "| dwellings (sum) | %d | %d |%n| proven optimal | %d | %d |%n| wall median (s) | %s | %s |%n"
        + "| wall p95 (s) | %s | %s |%n| instances with more / fewer dwellings after | %d | %d |%n%n", both.size(),
        both.size(), dBefore, dAfter, provedBefore, provedAfter, Stats.sec(Stats.median(wb), limitMs),
        Stats.sec(Stats.median(wa), limitMs), Stats.sec(Stats.percentile(wb, 95), limitMs),
        Stats.sec(Stats.percentile(wa, 95), limitMs), better, worse));
    if (rows.length() > 0) {
      sb.append("| instance | before | after | wall |\n|---|---|---|---|\n").append(rows);
    }
    return sb.toString();
  }
}
