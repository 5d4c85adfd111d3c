package nl.toplaag.bench;

import java.util.ArrayList;
import java.util.List;
import nl.toplaag.plan.DwellingBound;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Configurator;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;
import nl.toplaag.solve.greedy.GreedyPlanner;

/**
 * Runs one instance: the greedy baseline on every line tried (keeping the line with most dwellings, then lowest
 * cost), the CP-SAT configurator with one alternative, the relaxation bound, the independent check of both
 * layouts and the memory peaks.
 */
public final class InstanceRunner {

  private static final int SAMPLES = 3;

  /**
   * Runs of {@code configure} timed on a proven instance where the suite repeats: the median is its time. A single
   * run of a roof proven in a tenth of a second can be far off (measured: g1007 128 ms as the eighth roof of a run,
   * 30 ms warm), and so can one near the second: a roof's first run pays the compiler for the code paths no roof
   * before it took (3 Dec 2026, warm JVM, the second run of each right after the first: g1002 2119 -> 1313 ms, g1006
   * 1680 -> 1016 ms, g1008 3454 -> 2388 ms).
   */
  static final int RUNS = 3;
  /**
   * Proofs within this time are timed over {@link #RUNS} runs in the quick run, ms: it stays under two minutes. The
   * full run repeats every proof (see {@code Benchmark}), so that a roof proven in 1.03 s on its first run is timed as
   * one proven in 0.99 s is (until 3 Dec 2026 only proofs within this second were repeated, in the full run too).
   */
  static final long REPEAT_BELOW_MS = 1000;

  private final Catalog catalog;
  private final LayoutCheck check;
  private final Configurator configurator;
  private final String config;

  /**
   * A runner on {@code catalog} checking layouts with {@code check}, solving with {@code options} under the label
   * {@code config}.
   */
  public InstanceRunner(Catalog catalog, LayoutCheck check, CpSatOptions options, String config) {
    this(catalog, check, new CpSatConfigurator(options), config);
  }

  /** A runner solving with {@code configurator} (for tests). */
  InstanceRunner(Catalog catalog, LayoutCheck check, Configurator configurator, String config) {
    this.catalog = catalog;
    this.check = check;
    this.configurator = configurator;
    this.config = config;
  }

  /** The configuration label. */
  public String config() {
    return config;
  }

  /** Runs {@code inst} with {@code settings} (the number of alternatives is forced to 1), once. */
  public Measurement run(Instance inst, SolverSettings settings) {
    return run(inst, settings, null, 1, 0);
  }

  /**
   * Runs {@code inst}; when {@code greedyFrom} is given, its greedy and relaxation figures are reused instead of
   * planning and running the greedy again. With {@code runs > 1}, an instance whose first run proves it within
   * {@code repeatBelowMs} is configured {@code runs} times and its time is the median; a later run that proves
   * another dwelling count is reported as an error.
   */
  public Measurement run(Instance inst, SolverSettings settings, Measurement greedyFrom, int runs,
      long repeatBelowMs) {
    System.gc();
    Memory.reset();
    List<String> samples = new ArrayList<>();
    try {
      List<ProductLine> lines = greedyFrom == null ? lines(inst, catalog) : List.of();
      long g0 = System.nanoTime();
      int greedyBest = greedyFrom == null ? -1 : greedyFrom.greedyDwellings();
      long greedyCost = Long.MAX_VALUE;
      Layout greedyLayout = null;
      int relaxation = greedyFrom == null ? 0 : greedyFrom.relaxationBound();
      for (ProductLine line : lines) {
        Plan plan = PlanBuilder.build(inst.building(), line, BuildingCode.BB2012, inst.storeys());
        Selection sel = GreedyPlanner.solve(plan);
        Evaluation e = Evaluation.of(plan, sel);
        relaxation = Math.max(relaxation, DwellingBound.simple(plan));
        if (e.dwellings() > greedyBest || (e.dwellings() == greedyBest && e.costEur() < greedyCost)) {
          greedyBest = e.dwellings();
          greedyCost = e.costEur();
          greedyLayout = LayoutAssembler.assemble(plan, sel);
        }
      }
      long greedyMs = greedyFrom == null ? (System.nanoTime() - g0) / 1_000_000 : greedyFrom.greedyMs();
      ConfigurationRequest req = ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
          .withProductLines(inst.lineIds()).withSettings(settings.withAlternatives(1));
      long t0 = System.nanoTime();
      ConfigurationResult res = configurator.configure(req);
      long firstWall = (System.nanoTime() - t0) / 1_000_000;
      long[] walls = {firstWall};
      String error = "";
      if (runs > 1 && res.status() == SolveStatus.OPTIMAL && firstWall <= repeatBelowMs) {
        walls = new long[runs];
        walls[0] = firstWall;
        for (int r = 1; r < runs; r++) {
          long t1 = System.nanoTime();
          ConfigurationResult again = configurator.configure(req);
          walls[r] = (System.nanoTime() - t1) / 1_000_000;
          if (again.status() == SolveStatus.OPTIMAL && again.dwellings() != res.dwellings()) {
            error = "run " + (r + 1) + " proved " + again.dwellings() + " dwellings optimal, run 1 " + res.dwellings();
          }
        }
        java.util.Arrays.sort(walls);
      }
      long wall = walls[walls.length / 2];
      int cpViol = count(inst, res.best().orElse(null), "cp-sat", samples);
      int gViol = greedyFrom == null ? count(inst, greedyLayout, "greedy", samples) : greedyFrom.greedyViolations();
      return new Measurement(inst, config, res.status(), res.dwellings(), res.dwellingBound(), relaxation, greedyBest,
          greedyMs, wall, res.stats().firstSolutionMs(), res.stats().modelBuildMs(), res.stats().candidates(),
          res.stats().variables(), res.stats().method(), cpViol, gViol, samples, Memory.peakHeapMb(),
          Memory.peakRssMb(), res.status() == SolveStatus.INVALID_INPUT ? String.join("; ", res.explanation()) : error,
          firstWall, res.best().map(l -> check.notes(inst.building(), catalog, l, inst.storeys()).size()).orElse(0));
    } catch (RuntimeException e) {
      return new Measurement(inst, config, SolveStatus.INVALID_INPUT, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "none", -1, -1,
          samples,
          Memory.peakHeapMb(), Memory.peakRssMb(), e.getClass().getSimpleName() + ": " + e.getMessage(), 0, 0);
    }
  }

  /** The product lines {@code inst} is run with: those it names, else all of {@code catalog}'s. */
  static List<ProductLine> lines(Instance inst, Catalog catalog) {
    if (inst.lineIds().isEmpty()) {
      return catalog.lines();
    }
    List<ProductLine> out = new ArrayList<>();
    for (String id : inst.lineIds()) {
      out.add(catalog.line(id).orElseThrow(() -> new IllegalArgumentException("unknown product line " + id)));
    }
    return out;
  }

  private int count(Instance inst, Layout layout, String who, List<String> samples) {
    if (layout == null) {
      return 0;
    }
    List<String> v = check.violations(inst.building(), catalog, layout, inst.storeys());
    if (v == null) {
      return -1;
    }
    for (int i = 0; i < Math.min(SAMPLES, v.size()); i++) {
      samples.add(config + ", " + who + ": " + v.get(i));
    }
    return v.size();
  }
}
