package nl.toplaag.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;

/**
 * One side of a same-moment comparison ({@link SideBySide}, {@code scripts/ab.sh}): a JVM that configures benchmark
 * instances with whatever solver code is on its classpath, one per request, so that the driver can alternate two
 * versions run by run. It uses only the configurator's public entry points, so the same class runs against an older
 * checkout's solver.
 */
public final class SideRuns {

  private final String side;
  private final SolverSettings settings;
  private final Catalog catalog = CatalogReader.bundled();
  private final CpSatConfigurator configurator = new CpSatConfigurator(CpSatOptions.defaults());
  private final Map<String, Instance> instances = new HashMap<>();

  /** The side {@code side} for the generated instances of {@code seed}, solved with {@code settings}. */
  SideRuns(String side, long seed, SolverSettings settings) {
    this.side = side;
    this.settings = settings;
    for (Instance inst : InstanceGenerator.generate(seed, 60)) {
      instances.put(inst.name(), inst);
    }
  }

  /**
   * {@code SIDE SEED WORKERS LIMIT_MS}: reads instance names from standard input, one per line, configures each and
   * answers with its {@link SideBySide.Run} line; ends at the end of the input.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: SideRuns SIDE SEED WORKERS LIMIT_MS (instance names on standard input)");
      System.exit(2);
    }
    SideRuns runs = new SideRuns(args[0], Long.parseLong(args[1]),
        new SolverSettings(Long.parseLong(args[3]), Integer.parseInt(args[2]), 1, 1));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (String name = in.readLine(); name != null; name = in.readLine()) {
      out.println(runs.run(name.trim()));
    }
  }

  /** Configures instance {@code name}: the run's line (side, instance, status, dwellings, objective, time in ms). */
  String run(String name) {
    Instance inst = instances.get(name);
    if (inst == null) {
      throw new IllegalArgumentException("no generated instance " + name);
    }
    ConfigurationRequest req = ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
        .withProductLines(inst.lineIds()).withSettings(settings);
    if (Boolean.getBoolean("toplaag.log")) { // the instance each trace that follows belongs to
      System.err.println("instance " + inst.name());
    }
    long t0 = System.nanoTime();
    ConfigurationResult r = configurator.configure(req);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return String.format(Locale.ROOT, "%s %s %s %d %d %d", side, inst.name(), r.status(), r.dwellings(),
        r.objectiveValue(), ms);
  }
}
