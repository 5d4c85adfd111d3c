package nl.toplaag.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of a same-moment comparison ({@code scripts/ab.sh}): two solver versions run alternately on the same
 * instances ({@link SideRuns}), so that the machine's pace, which moved the benchmark's times by up to 1.5× between
 * sessions (docs/benchmarks.md), weighs on both alike. Per instance: each side's median time with its range, the
 * ratio of the medians, and whether both sides returned the same result; overall, the geometric mean of the ratios.
 */
public final class SideBySide {

  private SideBySide() {}

  /** One run: the side, the instance, its status, dwellings and objective value, and its wall time. */
  record Run(String side, String instance, String status, int dwellings, long objective, long ms) {
    /** The result, without the time: what both sides must agree on. */
    String result() {
      return status + " " + dwellings + " dwellings, objective " + objective;
    }

    static Run parse(String line) {
      String[] f = line.trim().split("\\s+");
      if (f.length != 6) {
        throw new IllegalArgumentException("not a run line: " + line);
      }
      return new Run(f[0], f[1], f[2], Integer.parseInt(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]));
    }
  }

  /**
   * One instance compared: each side's times, the distinct results of its runs (one: all the same), and whether two
   * runs proved different optima (an error in one of the versions, where unproven results may vary with the clock).
   */
  record Row(String instance, double[] aMs, double[] bMs, List<String> results, boolean conflict) {
    double ratio() {
      return Stats.median(bMs) / Stats.median(aMs);
    }
  }

  /** {@code A B FILE}: the run lines in FILE, side A (the baseline) against side B. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: SideBySide A B FILE");
      System.exit(2);
    }
    List<Run> runs = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).map(Run::parse).toList();
    List<Row> rows = compare(runs, args[0], args[1]);
    print(rows, args[0], args[1], System.out);
    if (rows.stream().anyMatch(Row::conflict)) {
      System.exit(1);
    }
  }

  /** The instances both sides ran, in their first order, side {@code a} against side {@code b}. */
  static List<Row> compare(List<Run> runs, String a, String b) {
    Map<String, List<Run>> byInstance = new LinkedHashMap<>();
    for (Run r : runs) {
      byInstance.computeIfAbsent(r.instance(), k -> new ArrayList<>()).add(r);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<Run>> e : byInstance.entrySet()) {
      List<Run> ra = e.getValue().stream().filter(r -> r.side().equals(a)).toList();
      List<Run> rb = e.getValue().stream().filter(r -> r.side().equals(b)).toList();
      if (ra.isEmpty() || rb.isEmpty()) {
        continue;
      }
      List<String> results = e.getValue().stream().map(Run::result).distinct().toList();
      boolean conflict = e.getValue().stream().filter(r -> r.status().equals("OPTIMAL")).map(Run::result).distinct()
          .count() > 1;
      rows.add(new Row(e.getKey(), ra.stream().mapToDouble(Run::ms).toArray(),
          rb.stream().mapToDouble(Run::ms).toArray(), results, conflict));
    }
    return rows;
  }

  /** The geometric mean of the rows' ratios (side b's median over side a's); NaN without rows. */
  static double geometricMean(List<Row> rows) {
    return rows.isEmpty() ? Double.NaN
        : Math.exp(rows.stream().mapToDouble(r -> Math.log(r.ratio())).average().orElse(0));
  }

  /** The report as a Markdown table and a summary line. */
  static void print(List<Row> rows, String a, String b, PrintStream out) {
    out.printf(Locale.ROOT, "| instance | %s: median (min-max) ms | %s: median (min-max) ms | %s / %s | result |%n",
        a, b, b, a);
    out.println("|---|---|---|---|---|");
    for (Row r : rows) {
      String result = r.results().size() == 1 ? r.results().get(0)
          : (r.conflict() ? "**different optima**: " : "varies: ") + String.join("; ", r.results());
      out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %s |%n", r.instance(), range(r.aMs()), range(r.bMs()),
          r.ratio(), result);
    }
    out.printf(Locale.ROOT, "%n%s / %s, geometric mean over %d instances: %.2f (below 1: %s faster); %s%n", b, a,
        rows.size(), geometricMean(rows), b, rows.stream().anyMatch(Row::conflict)
            ? "TWO VERSIONS PROVED DIFFERENT OPTIMA (see above)" : "no run proved another optimum");
  }

  private static String range(double[] ms) {
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (double m : ms) {
      lo = Math.min(lo, m);
      hi = Math.max(hi, m);
    }
    return String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", Stats.median(ms), lo, hi);
  }
}
