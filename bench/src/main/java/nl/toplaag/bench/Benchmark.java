package nl.toplaag.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.InputException;
import nl.toplaag.io.OutPaths;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatOptions;

/**
 * The benchmark runner: generates the instances, runs CP-SAT and the greedy baseline on each, checks every layout,
 * runs the scaling sweeps and the throughput test, and writes {@code <out>/benchmarks.md} (or
 * {@code benchmarks-quick.md} with {@code --quick}), SVG charts, a per-instance CSV and the pace probe's figures
 * ({@link PaceProbe}, {@link PaceFile}) under {@code <out>/benchmarks/}.
 *
 * Its options are in {@link #USAGE}.
 *
 * <p>Exit code 0 when every layout passed the checker, no run failed, CP-SAT never had fewer dwellings than the
 * greedy and no run found more dwellings than another run's dwelling bound; 1 otherwise; 2 for bad arguments or an
 * unwritable output.
 */
public final class Benchmark {

  /**
   * The options of one run.
   *
   * @param quick quick mode (defaults 20 instances x 2 s, one seed per sweep point, small throughput test)
   * @param instances number of generated instances
   * @param timeLimitMs time limit per solve, ms
   * @param workers CP-SAT workers
   * @param seed first generator seed
   * @param out output directory (the report goes there, charts and CSV into its {@code benchmarks/} folder)
   * @param compare an earlier run's CSV to compare with, or {@code null}
   * @param note a free note for the report (for example whether the machine was shared)
   * @param sweeps whether to run the scaling sweeps
   * @param throughput whether to run the throughput test
   * @param testBuildings whether to run the project's test buildings
   * @param before whether to run the variants in the same run: CP-SAT alone on a subset, and the window search
   *     without and with on one worker on the unproven instances
   * @param real a directory of 3D BAG tiles whose post-war buildings to configure ({@link RealStock}), or
   *     {@code null}: not asked for, or the shared tiles not found
   * @param noReal whether {@code --no-real} left them out
   */
  public record Options(boolean quick, int instances, long timeLimitMs, int workers, long seed, Path out,
      Path compare, String note, boolean sweeps, boolean throughput, boolean testBuildings, boolean before,
      Path real, boolean noReal) {}

  private Benchmark() {}

  /** Command-line entry point. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the benchmark with {@code args}, reporting progress on {@code out} and errors on {@code err} (a bad option in
   * one line, with where the options are listed, as {@code toplaag}'s other commands say it); returns the exit code.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = parse(args);
    } catch (HelpAsked e) {
      out.print(USAGE);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("bench: bad input: " + e.getMessage() + " (toplaag bench --help lists the options)");
      return 2;
    }
    // the output folder and the earlier run's files checked before any roof is run (a QA pass: a missing --compare
    // file was found only after the whole run, as a line in the report, and an --out below a file only when the
    // report was written)
    try {
      OutPaths.directory(o.out());
      OutPaths.directory(o.out().resolve("benchmarks"));
    } catch (InputException e) { // names --out and the path in the way
      err.println("bench: bad input: " + e.getMessage());
      return 2;
    }
    Map<String, ResultsCsv.Row> earlier = null;
    Pace earlierPace = null;
    if (o.compare() != null) {
      try {
        earlier = ResultsCsv.read(o.compare());
        earlierPace = PaceFile.readBeside(o.compare());
      } catch (InputException e) { // names the file
        err.println("bench: bad input: --compare: " + e.getMessage());
        return 2;
      }
    }
    long t0 = System.nanoTime();
    RunInfo info = RunInfo.now();
    Catalog catalog = CatalogReader.bundled();
    // the real buildings imported first: an unreadable tile is bad input, found before any roof is run
    RealStock.Imported real = null;
    String realNote = "";
    if (o.real() == null) {
      realNote = o.noReal() ? "not run (`--no-real`)" : o.quick() ? "not run in the quick run (`--real DIR` runs it)"
          : "not run: the shared tiles were not found (shared/data/real-buildings above the working directory, or"
          + " -Dtoplaag.realBuildingsDir; `--real DIR` names them)";
    } else {
      try {
        real = RealStock.load(o.real(), catalog);
      } catch (InputException e) { // names the tile
        err.println("bench: bad input: --real: " + e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println("bench: bad input: --real: cannot list " + o.real() + ": " + e.getMessage());
        return 2;
      }
      out.printf(Locale.ROOT, "  real: %d building files from %d tile(s) in %s%n", real.instances().size(),
          real.tiles().size(), o.real());
      real.rejected().forEach(w -> err.println("bench: the import derived a building file its reader rejects (an"
          + " error of the import): " + w));
    }
    InstanceRunner runner = new InstanceRunner(catalog, Checks.independent(), CpSatOptions.defaults(),
        "CP-SAT defaults");
    InstanceRunner first = new InstanceRunner(catalog, Checks.independent(), CpSatOptions.cpSatOnly(),
        "CP-SAT alone (before)");
    SolverSettings settings = new SolverSettings(o.timeLimitMs(), o.workers(), 1, 1);
    out.printf(Locale.ROOT, "bench: %s run, %d instances, %s s limit, %d workers, on %d processors%n",
        o.quick() ? "quick" : "full", o.instances(), Stats.plain(o.timeLimitMs() / 1000.0), o.workers(), info.cpus());
    // warm-up, not measured: native library, class loading, and the JIT on the solver's hot paths, on five roofs
    // outside the set (one 20 m roof was too little: the first measured roofs ran up to twice as slow as in a warm
    // JVM). Three small ones, proven in the programme's first scan; then a 62 m two-storey and a 47 m three-storey
    // slab whose value stays open, so that the finer wall table, the count scans, the scans of millions of labels
    // and, with two workers, the thread that stores their labels are compiled too (with the three small roofs alone,
    // g1002, the third roof measured, took 1.4-1.9 s where warm it takes 1.0-1.2 s)
    for (int k = 0; k < 3; k++) {
      runner.run(InstanceGenerator.instance(k + 1, Suites.base(k).withLength(30 + 20 * k).withStoreys(k + 1)),
          settings.withTimeLimitMs(1000));
    }
    for (int k = 0; k < 2; k++) {
      runner.run(InstanceGenerator.instance(4, Suites.base(k).withLength(60 - 12 * k).withStoreys(2 + k)),
          settings.withTimeLimitMs(Math.min(2000, o.timeLimitMs())));
    }
    // the pace probe: fixed work timed in the warm JVM before the roofs and again after them (PaceProbe)
    int paceRuns = o.quick() ? PaceProbe.QUICK_RUNS : PaceProbe.RUNS;
    PaceProbe.Sample paceBefore = PaceProbe.run(catalog, paceRuns, "pace", out);
    List<Instance> instances = InstanceGenerator.generate(o.seed(), o.instances());
    // every proof timed as the median of three runs; the quick run only those within a second, to stay under two
    // minutes
    long repeatBelowMs = o.quick() ? InstanceRunner.REPEAT_BELOW_MS : Long.MAX_VALUE;
    List<Measurement> main = Suites.run(runner, instances, null, settings, "main", InstanceRunner.RUNS, repeatBelowMs,
        out);
    Pace pace = Pace.of(PaceProbe.work(), paceBefore, PaceProbe.run(catalog, paceRuns, "pace", out));
    out.println("  pace     " + pace.summary());
    List<Measurement> before = List.of();
    if (o.before()) {
      int every = o.quick() ? 4 : 3;
      List<Instance> sub = new ArrayList<>();
      List<Measurement> greedy = new ArrayList<>();
      for (int i = 0; i < instances.size(); i += every) {
        sub.add(instances.get(i));
        greedy.add(main.get(i));
      }
      before = Suites.run(first, sub, greedy, settings, "before", InstanceRunner.RUNS, repeatBelowMs, out);
    }
    List<List<Measurement>> windows = o.before()
        ? oneWorker(catalog, instances, main, settings, o.quick() ? 2 : instances.size(), out) : List.of();
    String oneWorker = windows.isEmpty() ? "" : Tables.windowSearch(windows.get(0), windows.get(1), o.timeLimitMs());
    List<Measurement> tests = o.testBuildings() ? Suites.run(runner, Checks.testBuildings(), settings, "test", out)
        : List.of();
    List<Measurement> reals = real == null ? List.of()
        : Suites.run(runner, real.instances(), null, settings, "real", InstanceRunner.RUNS, repeatBelowMs, out);
    // the quick run without the three layouts of each test building (about 30 s of it on 3 Dec 2026, when it took
    // 162 s in all with them and the window search on four open roofs; under two minutes without, on two)
    List<ThreeLayouts.Row> layouts = o.testBuildings() && !o.quick()
        ? ThreeLayouts.run(catalog, Checks.independent(), Checks.testBuildings(), settings.withWorkers(1), out)
        : List.of();
    List<Suites.Sweep> sweeps = o.sweeps() ? Suites.sweeps(runner, settings, 1, o.quick(), o.seed(), out)
        : List.of();
    Suites.Throughput tp = null;
    if (o.throughput()) {
      int n = o.quick() ? 8 : 20;
      long limit = Math.min(o.timeLimitMs(), o.quick() ? 1000 : 2000);
      out.printf(Locale.ROOT, "  throughput: %d buildings, 2 threads, %s s limit%n", n, Stats.plain(limit / 1000.0));
      tp = Suites.throughput(catalog, InstanceGenerator.generate(o.seed() + 1000, n), limit, 2);
    }
    String comparison = earlier == null ? ""
        : PaceFile.comparison(o.compare(), earlierPace, pace) + "\n" + ResultsCsv.compare(earlier, main,
            o.timeLimitMs());
    String prefix = o.quick() ? "quick-" : "";
    ReportWriter.Report report = new ReportWriter.Report(info, pace, o, main, before, oneWorker, tests, layouts,
        real, reals, realNote, sweeps, tp, comparison, RunInfo.loadAverage(), (System.nanoTime() - t0) / 1_000_000,
        "benchmarks/" + prefix);
    Path md = o.out().resolve(o.quick() ? "benchmarks-quick.md" : "benchmarks.md");
    Path dir = o.out().resolve("benchmarks");
    try {
      write(md, ReportWriter.write(report));
      Path csv = dir.resolve(prefix + "results.csv");
      write(csv, ResultsCsv.write(main));
      write(PaceFile.beside(csv), PaceFile.write(pace));
      Path realCsv = dir.resolve(prefix + "real-results.csv");
      if (real != null) {
        write(realCsv, ResultsCsv.write(reals));
      } else {
        Files.deleteIfExists(realCsv); // an earlier run's, which the report no longer describes
      }
      write(dir.resolve(prefix + "proof-share.svg"), Charts.proofShare(main, before, o.timeLimitMs()));
      if (!sweeps.isEmpty()) {
        write(dir.resolve(prefix + "length.svg"), Charts.length(sweeps.get(0)));
        write(dir.resolve(prefix + "storeys.svg"), Charts.bars(sweeps.get(1)));
        write(dir.resolve(prefix + "lines.svg"), Charts.bars(sweeps.get(2)));
      }
    } catch (IOException e) {
      err.println("bench: cannot write the report: " + e.getMessage());
      return 2;
    }
    out.println("bench: wrote " + md);
    boolean ok = true;
    for (Targets.Row t : Targets.evaluate(main, before, o.timeLimitMs())) {
      out.printf(Locale.ROOT, "  %-70s %-22s %s%n", t.measure(), t.value(), t.met() ? "ok" : "MISSED " + t.target());
    }
    List<Measurement> all = new ArrayList<>(main);
    all.addAll(before);
    windows.forEach(all::addAll);
    all.addAll(tests);
    all.addAll(reals);
    sweeps.forEach(s -> s.points().forEach(p -> all.addAll(p.runs())));
    for (Measurement m : all) {
      ok &= m.error().isEmpty() && m.dwellings() >= m.greedyDwellings() && m.cpViolations() <= 0
          && m.greedyViolations() <= 0;
    }
    ok &= Targets.inconsistentBounds(main, before).isEmpty();
    ok &= real == null || real.rejected().isEmpty();
    return ok ? 0 : 1;
  }

  /**
   * The window search in the same run: the main instances the defaults left unproven, on one worker (the CLI's
   * default, where the search runs), at most {@code max} of them, without and with it; empty when every instance
   * was proven.
   */
  private static List<List<Measurement>> oneWorker(Catalog catalog, List<Instance> instances, List<Measurement> main,
      SolverSettings settings, int max, PrintStream out) {
    List<Instance> open = new ArrayList<>();
    List<Measurement> greedy = new ArrayList<>();
    for (int i = 0; i < instances.size() && open.size() < max; i++) {
      if (!main.get(i).proven()) {
        open.add(instances.get(i));
        greedy.add(main.get(i));
      }
    }
    if (open.isEmpty()) {
      return List.of();
    }
    CpSatOptions d = CpSatOptions.defaults();
    CpSatOptions noWindows = new CpSatOptions(d.twoPhase(), d.linearizationLevel(), d.greedyHint(), d.stripDp(),
        false);
    SolverSettings one = settings.withWorkers(1);
    List<Measurement> off = Suites.run(new InstanceRunner(catalog, Checks.independent(), noWindows,
        "one worker, no window search"), open, greedy, one, "1w-off", 1, 0, out);
    List<Measurement> on = Suites.run(new InstanceRunner(catalog, Checks.independent(), d,
        "one worker, window search"), open, greedy, one, "1w-on", 1, 0, out);
    return List.of(off, on);
  }

  private static void write(Path p, String text) throws IOException {
    AtomicFiles.writeText(p, w -> w.write(text));
  }

  /** The options, with their defaults, as {@code bench --help} prints them. */
  public static final String USAGE = """
      Usage: toplaag bench [OPTIONS]
      Benchmarks the solver against the greedy baseline and the bound; writes <out>/benchmarks.md (or
      benchmarks-quick.md), SVG charts, a per-instance CSV and the pace probe's times (fixed work that says how
      fast the machine ran) under <out>/benchmarks/. Exit code 0 when every layout passed the checker and no run
      failed, fell below the greedy or beat another run's bound; 1 otherwise; 2 for bad arguments.
        --quick               the developer's check before a solver change (under two minutes): 20 instances,
                              2 s limit, the one-worker window search on 2 open roofs, no three-layout table
        --instances N         generated instances (default 60, 20 with --quick)
        --time-limit S        seconds per instance (default 10, 2 with --quick)
        --workers N           CP-SAT workers (default 2)
        --seed S              seed of the instance generator (default 1000)
        --out DIR             where to write the report (default docs)
        --compare OLD.csv     a results.csv of an earlier run, compared instance by instance, and its pace
                              (OLD.pace.txt beside it, where that run wrote one) with this run's
        --note TEXT           a line for the report: what changed in this run
        --no-sweeps           without the scaling sweeps (roof length, storeys, catalogue size)
        --no-throughput       without the throughput test (many buildings on all cores)
        --no-test-buildings   without the bundled test buildings
        --real DIR            configure the post-war buildings (built 1945-1975, rows of panden joined) of the
                              3D BAG tiles in DIR, as `toplaag import 3dbag` writes them (default the
                              shared tiles, shared/data/real-buildings above the working directory or
                              -Dtoplaag.realBuildingsDir, where found; not in the quick run)
        --no-real             without them
        --no-before           without the variants: CP-SAT alone (the model before the strip programme) on a
                              third of the set (a quarter with --quick), and one worker with and without the
                              window search on the roofs left open
        -h, --help            this text
      """;

  /** {@code --help} among the options (not as an option's value). */
  private static final class HelpAsked extends RuntimeException {
    HelpAsked() {
      super(null, null, false, false);
    }
  }

  /** The options {@link #parse} knows, none of which is taken as another's value. */
  private static final List<String> OPTIONS = List.of("--quick", "--instances", "--time-limit", "--workers", "--seed",
      "--out", "--compare", "--note", "--no-sweeps", "--no-throughput", "--no-test-buildings", "--no-before", "--real",
      "--no-real", "--help", "-h");

  /** Parses the command line. */
  static Options parse(String[] args) {
    boolean quick = false;
    Integer instancesGiven = null;
    Double limitGiven = null;
    int workers = 2;
    long seed = 1000;
    Path out = Path.of("docs");
    Path compare = null;
    String note = "";
    boolean sweeps = true;
    boolean throughput = true;
    boolean tests = true;
    boolean beforeVariant = true;
    Path real = null;
    boolean noReal = false;
    Set<String> given = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      // each option at most once, as picocli has it for the other commands (QA passes: --out A --out B wrote to B
      // without a word; --quick --quick ran the benchmark)
      if (OPTIONS.contains(a) && !given.add(a)) {
        throw new IllegalArgumentException(a + " should be specified only once");
      }
      switch (a) {
        case "--quick" -> quick = true;
        case "--instances" -> instancesGiven = positiveInt(a, value(args, ++i, a));
        case "--time-limit" -> limitGiven = positive(a, value(args, ++i, a));
        case "--workers" -> workers = positiveInt(a, value(args, ++i, a));
        case "--seed" -> seed = (long) number(a, value(args, ++i, a));
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--compare" -> compare = Path.of(value(args, ++i, a));
        case "--note" -> note = value(args, ++i, a);
        case "--no-sweeps" -> sweeps = false;
        case "--no-throughput" -> throughput = false;
        case "--no-test-buildings" -> tests = false;
        case "--no-before" -> beforeVariant = false;
        case "--real" -> {
          real = Path.of(value(args, ++i, a));
          if (!Files.isDirectory(real)) {
            throw new IllegalArgumentException("--real expects a directory of 3D BAG tiles but found \"" + real
                + "\"");
          }
        }
        case "--no-real" -> noReal = true;
        case "--help", "-h" -> throw new HelpAsked();
        default -> throw new IllegalArgumentException("unknown option \"" + a + "\"");
      }
    }
    int instances = instancesGiven != null ? instancesGiven : quick ? 20 : 60;
    double limitS = limitGiven != null ? limitGiven : quick ? 2 : 10;
    if (noReal && real != null) {
      throw new IllegalArgumentException("--real and --no-real contradict each other");
    }
    Path realDir = noReal ? null : real != null ? real : quick ? null : RealStock.defaultDir();
    return new Options(quick, instances, Math.round(limitS * 1000), workers, seed, out, compare, note, sweeps,
        throughput, tests, beforeVariant, realDir, noReal);
  }

  /**
   * The value of option {@code opt} at {@code args[i]}: there, and not one of the {@link #OPTIONS} ({@code --out
   * --out DIR} wrote to a directory named "--out" and took DIR for an unknown option; {@code --note --quick} ran the
   * quick mode), as picocli takes the values of {@code toplaag}'s other commands.
   */
  private static String value(String[] args, int i, String opt) {
    if (i >= args.length) {
      throw new IllegalArgumentException(opt + " needs a value");
    }
    if (OPTIONS.contains(args[i])) {
      throw new IllegalArgumentException(opt + " needs a value but found the option \"" + args[i] + "\" (give the"
          + " value right after " + opt + ")");
    }
    return args[i];
  }

  private static double number(String opt, String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(opt + " expects a number but found \"" + v + "\"");
    }
  }

  private static double positive(String opt, String v) {
    double d = number(opt, v);
    if (!(d > 0) || d > 3600) {
      throw new IllegalArgumentException(opt + " expects a number of seconds in (0, 3600] but found \"" + v + "\"");
    }
    return d;
  }

  private static int positiveInt(String opt, String v) {
    double d = number(opt, v);
    if (d < 1 || d != Math.rint(d) || d > 10_000) {
      throw new IllegalArgumentException(opt + " expects a whole number from 1 to 10000 but found \"" + v + "\"");
    }
    return (int) d;
  }
}
