package nl.toplaag.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toplaag.bom.Texts;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;

/** The parts of a benchmark run: the main instance set, the scaling sweeps and the throughput test. */
final class Suites {

  /** One point of a sweep: its label, its x value and the measurements at that point. */
  record Point(String label, double x, List<Measurement> runs) {}

  /** A sweep over one parameter. */
  record Sweep(String name, String xTitle, List<Point> points) {}

  /**
   * Throughput: {@code buildings} configured by a pool of {@code threads} (one CP-SAT worker each).
   *
   * @param buildings buildings configured
   * @param threads pool threads
   * @param limitMs time limit per building, ms
   * @param elapsedMs wall time for all, ms
   * @param sumWallMs sum of the single configure times, ms
   * @param proven buildings proven optimal
   */
  record Throughput(int buildings, int threads, long limitMs, long elapsedMs, long sumWallMs, int proven) {
    double perSecond() {
      return buildings * 1000.0 / Math.max(1, elapsedMs);
    }
  }

  /** The product lines of the catalogue-size sweep, in the order they are added. */
  static final List<String> SWEEP_LINES = List.of("lsf-volumetric", "hsb-elements", "clt-volumetric");

  private Suites() {}

  static List<Measurement> run(InstanceRunner runner, List<Instance> instances, SolverSettings s, String what,
      PrintStream log) {
    return run(runner, instances, null, s, what, 1, 0, log);
  }

  /**
   * Runs {@code instances}, proofs within {@code repeatBelowMs} {@code runs} times ({@link InstanceRunner#run(Instance,
   * SolverSettings, Measurement, int, long)}); {@code greedyFrom}, when given, holds earlier measurements to take the
   * greedy from.
   */
  static List<Measurement> run(InstanceRunner runner, List<Instance> instances, List<Measurement> greedyFrom,
      SolverSettings s, String what, int runs, long repeatBelowMs, PrintStream log) {
    List<Measurement> out = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      Instance inst = instances.get(i);
      Measurement m = runner.run(inst, s, greedyFrom == null ? null : greedyFrom.get(i), runs, repeatBelowMs);
      out.add(m);
      log.printf(Locale.ROOT, "  %-8s %-44s %-9s %4d (greedy %3d, bound %3d) %7d ms%s%n", what, inst.name(),
          m.status(), m.dwellings(), m.greedyDwellings(), m.cpBound(), m.wallMs(),
          m.error().isEmpty() ? "" : "  ERROR " + m.error());
    }
    return out;
  }

  /** The sweep base: a plain 3.6 m (or other pitch for other seeds) slab with medium loads, LSF, 2 storeys. */
  static BuildingSpec base(int k) {
    List<List<Double>> pitches = List.of(List.of(3.6), List.of(3.6, 2.2), List.of(5.4));
    return new BuildingSpec(60, 11.0, pitches.get(k % pitches.size()), 0.2, 2, BuildingSpec.LoadLevel.MEDIUM, false,
        0, 0, false, false, false, 2, 2.8, 0.6, 0, 0, false, false, "lsf-volumetric").plain();
  }

  /**
   * The three sweeps (length, storeys, catalogue size) with {@code seeds} instances per point; {@code fewLengths}
   * keeps four lengths instead of eight. The two longest, 300 and 400 m, lie past the main set's 200 m, where the
   * time and memory grow past the limit's and the main set's (README, "Memory").
   */
  static List<Sweep> sweeps(InstanceRunner runner, SolverSettings s, int seeds, boolean fewLengths, long seed,
      PrintStream log) {
    List<Sweep> out = new ArrayList<>();
    List<Point> len = new ArrayList<>();
    double[] lengths = fewLengths ? new double[] {20, 50, 100, 200}
        : new double[] {20, 40, 80, 120, 160, 200, 300, 400};
    for (double l : lengths) {
      List<Instance> is = new ArrayList<>();
      for (int k = 0; k < seeds; k++) {
        is.add(InstanceGenerator.instance(seed + 500 + k, base(k).withLength(l)));
      }
      len.add(new Point(Stats.plain(l) + " m", l, run(runner, is, s, "length", log)));
    }
    out.add(new Sweep("roof length (slab, 2 storeys, LSF)", "roof length, m", len));
    List<Point> st = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      List<Instance> is = new ArrayList<>();
      for (int k = 0; k < seeds; k++) {
        is.add(InstanceGenerator.instance(seed + 600 + k, base(k).withLength(80).withStoreys(n)));
      }
      st.add(new Point(Texts.count(n, "storey"), n, run(runner, is, s, "storeys", log)));
    }
    out.add(new Sweep("storeys asked for (80 m slab, LSF)", "storeys", st));
    List<Point> lines = new ArrayList<>();
    for (int n = 1; n <= SWEEP_LINES.size(); n++) {
      List<Instance> is = new ArrayList<>();
      for (int k = 0; k < seeds; k++) {
        is.add(InstanceGenerator.instance(seed + 700 + k, base(k).withLength(60)).withLines(SWEEP_LINES.subList(0, n)));
      }
      lines.add(new Point(n + (n == 1 ? " line" : " lines"), n, run(runner, is, s, "lines", log)));
    }
    out.add(new Sweep("catalogue size (60 m slab, 2 storeys)", "product lines tried", lines));
    return out;
  }

  static Throughput throughput(Catalog catalog, List<Instance> instances, long limitMs, int threads) {
    SolverSettings s = new SolverSettings(limitMs, 1, 1, 1);
    CpSatConfigurator cfg = new CpSatConfigurator();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<long[]>> fs = new ArrayList<>();
      for (Instance inst : instances) {
        fs.add(pool.submit(() -> {
          long a = System.nanoTime();
          ConfigurationResult r = cfg.configure(ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
              .withProductLines(inst.lineIds()).withSettings(s));
          return new long[] {(System.nanoTime() - a) / 1_000_000, r.status() == SolveStatus.OPTIMAL ? 1 : 0};
        }));
      }
      long sum = 0;
      int proven = 0;
      for (Future<long[]> f : fs) {
        long[] v = f.get();
        sum += v[0];
        proven += (int) v[1];
      }
      return new Throughput(instances.size(), threads, limitMs, (System.nanoTime() - t0) / 1_000_000, sum, proven);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("throughput run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
