package nl.toplaag.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Configurator;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;

/**
 * The pace probe: a fixed amount of solver work, timed, so that a report says how fast its machine ran. The work is
 * {@code configure} with the default options on one generated roof, on one worker, with a {@value #LIMIT_MS} ms
 * limit: with one worker the strip programme's work is counted in labels and CP-SAT stops on its deterministic time,
 * so the same code does the same work on every machine and in every run, and only its wall time changes (up to the
 * wall-clock safety net of {@code CpSatConfigurator}, ten times the limit plus 10 s, far beyond the probe's time).
 *
 * <p>The roof is the warm-up's 62 m two-storey slab (seed 4, 3.6 m bays, LSF, medium loads; its count is proven but
 * its value stays open, so CP-SAT runs after the programme to the end of its budget): 28 dwellings, bound 28, the same
 * objective in every run and in separate JVMs; 1.4-1.9 s a run warm at a load of about 2 on the benchmark machine's 2
 * processors (the benchmark's own included), 3.3-4.7 s at a load of 5-6 (3 Dec 2026). The warm-up's 47 m
 * three-storey slab took 5-8 s a run on one worker at a load of 4-5, too long to repeat six times.
 */
final class PaceProbe {

  /** The probe's time limit, ms (with one worker a work budget, not a clock). */
  static final long LIMIT_MS = 1000;
  /** Runs per probe: its pace is the fastest of them, the steadier figure. */
  static final int RUNS = 3;
  /** Runs per probe of the quick run ({@code --quick}), which should stay under two minutes. */
  static final int QUICK_RUNS = 1;

  /**
   * What one probe measured.
   *
   * @param wallMs the wall time of each run of {@code configure}, in run order, ms
   * @param outcomes each run's result in words (status, dwellings, objective), in run order
   */
  record Sample(List<Long> wallMs, List<String> outcomes) {
    Sample {
      wallMs = List.copyOf(wallMs);
      outcomes = List.copyOf(outcomes);
      if (wallMs.isEmpty() || wallMs.size() != outcomes.size()) {
        throw new IllegalArgumentException(wallMs.size() + " times for " + outcomes.size() + " outcomes");
      }
    }
  }

  private PaceProbe() {}

  /** The probe's roof: the warm-up's 62 m two-storey slab ({@code g4-slab-62m-S2-medium-lsf}). */
  static Instance instance() {
    return InstanceGenerator.instance(4, Suites.base(0).withLength(60).withStoreys(2));
  }

  /** The probe's work in words: its roof, one worker and its limit. */
  static String work() {
    return instance().name() + ", one worker, " + Stats.plain(LIMIT_MS / 1000.0) + " s limit";
  }

  /**
   * Runs the probe {@code runs} times on {@code catalog}'s lines with the default configurator, logging each run on
   * {@code log} under {@code what}.
   */
  static Sample run(Catalog catalog, int runs, String what, PrintStream log) {
    return run(new CpSatConfigurator(), catalog, runs, what, log);
  }

  /** Runs the probe {@code runs} times with {@code configurator} (for tests). */
  static Sample run(Configurator configurator, Catalog catalog, int runs, String what, PrintStream log) {
    Instance inst = instance();
    ConfigurationRequest req = ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
        .withProductLines(inst.lineIds()).withSettings(new SolverSettings(LIMIT_MS, 1, 1, 1));
    List<Long> wall = new ArrayList<>();
    List<String> outcomes = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      System.gc(); // as before each measured instance: a collection left by what ran before is not the probe's
      long t0 = System.nanoTime();
      ConfigurationResult res = configurator.configure(req);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      wall.add(ms);
      outcomes.add(outcome(res));
      log.printf(Locale.ROOT, "  %-8s %-44s %-9s %4d %24s %7d ms%n", what, inst.name(), res.status(),
          res.dwellings(), "", ms);
    }
    return new Sample(wall, outcomes);
  }

  /** A result in words, equal for equal work: status, dwellings, bound and objective value. */
  static String outcome(ConfigurationResult res) {
    return String.format(Locale.ROOT, "%s, %d dwellings (bound %d), objective %d", res.status(), res.dwellings(),
        res.dwellingBound(), res.objectiveValue());
  }
}
