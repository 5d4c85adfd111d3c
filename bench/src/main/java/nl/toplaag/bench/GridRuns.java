package nl.toplaag.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;

/**
 * The benchmark's generated roofs configured on both grids of the free positions ({@link PositionGrid}: from each
 * wing's start, and from both its ends, {@code --both-ends}), one after the other in one JVM, one worker: what the
 * grid from both ends finds and costs (docs/limits.md, "What a proof covers"). Deterministic but for the times.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat cli/target/toplaag.classpath) nl.toplaag.bench.GridRuns [SEED [LIMIT_MS]]
 * java -cp ... nl.toplaag.bench.GridRuns --real [DIR [LIMIT_MS]]
 * </pre>
 *
 * <p>The second runs the benchmark's real buildings (the post-war buildings of the 3D BAG tiles in {@code DIR}, by
 * default the shared ones beside the checkout; {@link RealStock}) instead of the generated roofs.
 *
 * <p>Prints a line per roof (per grid: status, dwellings, usable area m², cost €, candidates, ms) and a summary.
 */
public final class GridRuns {

  private GridRuns() {}

  /** One roof on one grid: its status, dwellings, usable area (m²), cost (€), candidates and time (ms). */
  record Run(String status, int dwellings, double areaM2, long costEur, int candidates, long ms) {}

  /**
   * {@code [SEED [LIMIT_MS]]}: seed 1000 and 10 s by default, as the benchmark's main set; or {@code --real [DIR
   * [LIMIT_MS]]}.
   */
  public static void main(String[] args) throws Exception {
    boolean real = args.length > 0 && args[0].equals("--real");
    long limitMs = args.length > 2 || !real && args.length > 1 ? Long.parseLong(args[real ? 2 : 1]) : 10_000;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Catalog catalog = CatalogReader.bundled();
    CpSatConfigurator configurator = new CpSatConfigurator(CpSatOptions.defaults());
    List<Instance> instances = real
        ? RealStock.load(args.length > 1 ? java.nio.file.Path.of(args[1]) : RealStock.defaultDir(), catalog).instances()
        : InstanceGenerator.generate(args.length > 0 ? Long.parseLong(args[0]) : 1000, 60);
    List<Run[]> all = new ArrayList<>();
    for (Instance inst : instances) {
      Run[] pair = new Run[PositionGrid.values().length];
      StringBuilder line = new StringBuilder(inst.name());
      for (PositionGrid g : PositionGrid.values()) {
        pair[g.ordinal()] = run(configurator, catalog, inst, new SolverSettings(limitMs, 1, 1, 1, g));
        Run r = pair[g.ordinal()];
        line.append(String.format(Locale.ROOT, " | %s %s %d %.1f %d %d %d", g.fileName(), r.status(), r.dwellings(),
            r.areaM2(), r.costEur(), r.candidates(), r.ms()));
      }
      all.add(pair);
      out.println(line);
    }
    out.println(summary(all));
  }

  /** Configures {@code inst} with {@code settings}. */
  static Run run(CpSatConfigurator configurator, Catalog catalog, Instance inst, SolverSettings settings) {
    ConfigurationRequest req = ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
        .withProductLines(inst.lineIds()).withSettings(settings);
    long t0 = System.nanoTime();
    ConfigurationResult r = configurator.configure(req);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    // the best line's (a real building is configured with every line)
    ConfigurationResult.LineOutcome best = r.perLine().stream()
        .filter(o -> r.bestLine().map(o.productLineId()::equals).orElse(false)).findFirst().orElse(null);
    double area = best == null ? 0 : best.usableAreaM2();
    long cost = best == null ? 0 : best.costEur();
    return new Run(r.status().name(), r.dwellings(), area, cost, r.stats().candidates(), ms);
  }

  /**
   * Totals of {@code pairs} (each roof's runs from the start and from both ends): candidates, dwellings, roofs proven,
   * roofs with more dwellings or more area, and the geometric mean of the time ratio over roofs above 30 ms.
   */
  static String summary(List<Run[]> pairs) {
    long[] cands = new long[2];
    int[] dwellings = new int[2];
    int[] proven = new int[2];
    int moreDwellings = 0;
    int moreArea = 0;
    double logRatio = 0;
    int timed = 0;
    for (Run[] p : pairs) {
      for (int g = 0; g < 2; g++) {
        cands[g] += p[g].candidates();
        dwellings[g] += p[g].dwellings();
        proven[g] += p[g].status().equals("OPTIMAL") ? 1 : 0;
      }
      moreDwellings += p[1].dwellings() > p[0].dwellings() ? 1 : 0;
      moreArea += p[1].dwellings() == p[0].dwellings() && p[1].areaM2() > p[0].areaM2() + 0.05 ? 1 : 0;
      if (p[0].ms() > 30) {
        logRatio += Math.log((double) p[1].ms() / p[0].ms());
        timed++;
      }
    }
    return String.format(Locale.ROOT, "from-start against from-both-ends: candidates %d / %d, dwellings %d / %d,"
        + " proven %d / %d; from both ends more dwellings on %d roofs, more area with as many on %d; time %.2f times"
        + " (geometric mean of %d roofs above 30 ms)", cands[0], cands[1], dwellings[0], dwellings[1], proven[0],
        proven[1], moreDwellings, moreArea, timed == 0 ? 1.0 : Math.exp(logRatio / timed), timed);
  }
}
