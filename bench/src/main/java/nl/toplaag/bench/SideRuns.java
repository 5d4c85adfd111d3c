package nl.toplaag.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;

/**
 * One side of a same-moment comparison ({@code scripts/ab.sh}): configures benchmark instances with whatever solver
 * code is on the classpath, one unreported round first (the JIT warms up), then {@code rounds} rounds, printing one
 * {@link SideBySide} line per run. It uses only the configurator's public entry points, so the same class runs
 * against an older checkout's solver.
 */
public final class SideRuns {

  private SideRuns() {}

  /**
   * {@code --side NAME --ids PREFIXES [--seed 1000] [--rounds 2] [--workers 2] [--limit-ms 10000]}: the generated
   * instances of the seed whose names start with one of the comma-separated prefixes.
   */
  public static void main(String[] args) {
    List<String> a = Arrays.asList(args);
    String side = value(a, "--side", null);
    String ids = value(a, "--ids", null);
    if (side == null || ids == null) {
      System.err.println("usage: SideRuns --side NAME --ids PREFIXES [--seed S] [--rounds R] [--workers W]"
          + " [--limit-ms L]");
      System.exit(2);
    }
    long seed = Long.parseLong(value(a, "--seed", "1000"));
    int rounds = Integer.parseInt(value(a, "--rounds", "2"));
    SolverSettings settings = new SolverSettings(Long.parseLong(value(a, "--limit-ms", "10000")),
        Integer.parseInt(value(a, "--workers", "2")), 1, 1);
    run(side, InstanceGenerator.generate(seed, 60).stream()
        .filter(i -> Arrays.stream(ids.split(",")).anyMatch(i.name()::startsWith)).toList(), rounds, settings,
        System.out);
  }

  /** Configures each of {@code instances} once unreported, then {@code rounds} times, printing a line per run. */
  static void run(String side, List<Instance> instances, int rounds, SolverSettings settings, PrintStream out) {
    Catalog catalog = CatalogReader.bundled();
    CpSatConfigurator configurator = new CpSatConfigurator(CpSatOptions.defaults());
    for (int round = 0; round <= rounds; round++) {
      for (Instance inst : instances) {
        ConfigurationRequest req = ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
            .withProductLines(inst.lineIds()).withSettings(settings);
        long t0 = System.nanoTime();
        ConfigurationResult r = configurator.configure(req);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (round > 0) {
          out.println(String.format(Locale.ROOT, "%s %s %s %d %d %d", side, inst.name(), r.status(), r.dwellings(),
              r.objectiveValue(), ms));
        }
      }
    }
  }

  private static String value(List<String> args, String flag, String otherwise) {
    int i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
  }
}
