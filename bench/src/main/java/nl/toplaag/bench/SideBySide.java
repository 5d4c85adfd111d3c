package nl.toplaag.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A same-moment comparison ({@code scripts/ab.sh}): drives two solver versions, each in a warm JVM of its own
 * ({@link SideRuns}), run by run on the same instances, so that the machine's pace, which moved the benchmark's times
 * by up to 1.5× between sessions (docs/benchmarks.md), weighs on both alike; and reports per instance each side's
 * median time with its range, the ratios of the medians and of the fastest runs, and the results (a run line's
 * result must be the same on both sides where they prove it); overall, the geometric means of the ratios.
 */
public final class SideBySide {

  private SideBySide() {}

  /** One run: the side, the instance, its status, dwellings and objective value, and its wall time. */
  record Run(String side, String instance, String status, int dwellings, long objective, long ms) {
    /** The result, without the time: what both sides must agree on. */
    String result() {
      return status + " " + dwellings + " dwellings, objective " + objective;
    }

    /** The run of a {@link SideRuns} line: side, instance, status, dwellings, objective value, milliseconds. */
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
    /** Side b's median time over side a's. */
    double ratio() {
      return Stats.median(bMs) / Stats.median(aMs);
    }

    /**
     * Side b's fastest run over side a's: on a machine whose pace moves during the comparison, the fastest runs are
     * those least slowed, so this ratio is the steadier of the two (the same code against itself: 0.94-1.04 over nine
     * roofs, where the medians read 0.85-1.39).
     */
    double fastestRatio() {
      return Arrays.stream(bMs).min().orElse(Double.NaN) / Arrays.stream(aMs).min().orElse(Double.NaN);
    }
  }

  /**
   * {@code --a NAME CLASSPATH --b NAME CLASSPATH --ids PREFIXES [--seed 1000] [--jvms 2] [--warmup 2] [--rounds 3]
   * [--workers 2] [--limit-ms 10000] [--a-jvm OPTIONS] [--b-jvm OPTIONS]}: one {@link SideRuns} JVM per side (with
   * the serial collector, as the launcher, and a side's own JVM options after it, separated by blanks: the same code
   * on both sides then compares JVM settings), kept warm; each round configures every
   * instance of the seed whose name starts with one of the prefixes once on each side, back to back (a first, then
   * b; the next round b first), after {@code warmup} such rounds unreported, so a moment when the machine runs slowly
   * weighs on both. All that {@code jvms} times with new JVMs: what the JIT compiles differs from one JVM to the next
   * (a 0.4 s roof ran 20 % faster or slower in one JVM than in another of the same code). Prints the report; exits 1
   * where two runs proved different optima.
   */
  public static void main(String[] args) throws IOException {
    List<String> a = List.of(args);
    int ia = a.indexOf("--a");
    int ib = a.indexOf("--b");
    int ii = a.indexOf("--ids");
    if (ia < 0 || ib < 0 || ii < 0 || ia + 2 >= a.size() || ib + 2 >= a.size() || ii + 1 >= a.size()) {
      System.err.println("usage: SideBySide --a NAME CLASSPATH --b NAME CLASSPATH --ids PREFIXES [--seed S]"
          + " [--jvms J] [--warmup W] [--rounds R] [--workers N] [--limit-ms L] [--a-jvm OPTIONS] [--b-jvm OPTIONS]");
      System.exit(2);
    }
    long seed = Long.parseLong(option(a, "--seed", "1000"));
    List<String> prefixes = List.of(a.get(ii + 1).split(","));
    List<String> names = InstanceGenerator.generate(seed, 60).stream().map(Instance::name)
        .filter(n -> prefixes.stream().anyMatch(n::startsWith)).toList();
    if (names.isEmpty()) {
      System.err.println("no benchmark instance of seed " + seed + " starts with any of " + prefixes);
      System.exit(2);
    }
    String[] child = {Long.toString(seed), option(a, "--workers", "2"), option(a, "--limit-ms", "10000")};
    List<Run> runs = new ArrayList<>();
    int jvms = Integer.parseInt(option(a, "--jvms", "2"));
    int warmup = Integer.parseInt(option(a, "--warmup", "2"));
    int rounds = Integer.parseInt(option(a, "--rounds", "3"));
    for (int jvm = 1; jvm <= jvms; jvm++) {
      try (Side sa = new Side(a.get(ia + 1), a.get(ia + 2), jvmOptions(option(a, "--a-jvm", "")), child);
          Side sb = new Side(a.get(ib + 1), a.get(ib + 2), jvmOptions(option(a, "--b-jvm", "")), child)) {
        drive(sa, sb, names, warmup, rounds, jvm, runs);
      }
    }
    List<Row> rows = compare(runs, a.get(ia + 1), a.get(ib + 1));
    print(rows, a.get(ia + 1), a.get(ib + 1), System.out);
    if (rows.stream().anyMatch(Row::conflict)) {
      System.exit(1);
    }
  }

  /** {@code warmup}, then {@code rounds} rounds of {@code names} on both sides; the timed runs go to {@code runs}. */
  private static void drive(Side sa, Side sb, List<String> names, int warmup, int rounds, int jvm, List<Run> runs)
      throws IOException {
    for (int round = 0; round < warmup + rounds; round++) {
      System.err.printf(Locale.ROOT, "side by side: JVMs %d, %s %d of %d%n", jvm,
          round < warmup ? "warm-up round" : "round", round < warmup ? round + 1 : round - warmup + 1,
          round < warmup ? warmup : rounds);
      for (String name : names) {
        Side first = (round + jvm) % 2 == 0 ? sa : sb;
        Side second = first == sa ? sb : sa;
        Run x = first.run(name);
        Run y = second.run(name);
        if (round >= warmup) {
          runs.add(x);
          runs.add(y);
        }
      }
    }
  }

  private static String option(List<String> args, String flag, String otherwise) {
    int i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
  }

  /** JVM options given as one argument, separated by blanks (none where it is blank). */
  static List<String> jvmOptions(String options) {
    return Arrays.stream(options.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
  }

  /**
   * A {@link SideRuns} JVM with the solver on {@code classpath} and {@code jvmOptions} after the serial collector,
   * asked for one run at a time; {@code args} are SideRuns's seed, workers and limit.
   */
  static final class Side implements AutoCloseable {
    private final Process process;
    private final BufferedReader in;
    private final PrintStream out;

    Side(String name, String classpath, List<String> jvmOptions, String[] args) throws IOException {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-XX:+UseSerialGC"));
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", classpath, SideRuns.class.getName(), name));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      out = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    Run run(String instance) throws IOException {
      out.println(instance);
      String line = in.readLine();
      if (line == null) {
        throw new IOException("the side's JVM ended before answering for " + instance);
      }
      return Run.parse(line);
    }

    @Override
    public void close() throws IOException {
      out.close();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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

  /** The geometric mean of {@code ratio} over the rows; NaN without rows. */
  static double geometricMean(List<Row> rows, ToDoubleFunction<Row> ratio) {
    return rows.isEmpty() ? Double.NaN
        : Math.exp(rows.stream().mapToDouble(r -> Math.log(ratio.applyAsDouble(r))).average().orElse(0));
  }

  /** The report as a Markdown table and a summary line. */
  static void print(List<Row> rows, String a, String b, PrintStream out) {
    out.printf(Locale.ROOT, "| instance | %s: median (min-max) ms | %s: median (min-max) ms | %s / %s: fastest runs"
        + " | medians | result |%n", a, b, b, a);
    out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      String result = r.results().size() == 1 ? r.results().get(0)
          : (r.conflict() ? "**different optima**: " : "varies: ") + String.join("; ", r.results());
      out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %s |%n", r.instance(), range(r.aMs()), range(r.bMs()),
          r.fastestRatio(), r.ratio(), result);
    }
    out.printf(Locale.ROOT, "%n%s / %s, geometric mean over %d instances: %.2f of the fastest runs, %.2f of the"
        + " medians (below 1: %s faster; the fastest runs are the steadier measure); %s%n", b, a, rows.size(),
        geometricMean(rows, Row::fastestRatio), geometricMean(rows, Row::ratio), b,
        rows.stream().anyMatch(Row::conflict)
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
