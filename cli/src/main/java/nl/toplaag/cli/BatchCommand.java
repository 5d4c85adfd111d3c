package nl.toplaag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.ResultJson;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toplaag batch}: many buildings (a portfolio or a neighbourhood), ranked by dwellings added, with what they
 * add up to (buildings that take dwellings, dwellings, modules per type: {@link PortfolioTotals}). A bad building is
 * reported and skipped; it never stops the rest. Exit code 2 when any input was bad, else 0.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Configures many buildings and ranks them (bouwstroom planning).")
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", description = "building JSON files or directories of them")
  List<Path> inputs;

  @Option(names = "--catalog", description = "catalogue directory (default: bundled)")
  Path catalog;

  @Option(names = "--storeys", defaultValue = "2", description = "most storeys to add (default ${DEFAULT-VALUE})")
  int storeys;

  @Option(names = "--time-limit", defaultValue = "5",
      description = "seconds per building and line (default ${DEFAULT-VALUE})")
  double timeLimitS;

  @Option(names = "--line", split = ",", description = "product line ids to consider (default: all)")
  List<String> lines = new ArrayList<>();

  @Option(names = "--objective", defaultValue = "most-dwellings",
      description = "most-dwellings | cost-per-dwelling | carbon | circularity: which layout wins among those with"
          + " the most dwellings (default ${DEFAULT-VALUE})")
  String objective;

  @Option(names = "--out", defaultValue = "out/batch", description = "output directory (default ${DEFAULT-VALUE})")
  Path out;

  record Row(String building, String status, String line, int dwellings, int bound, long costEur, double seconds,
      String check) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    Catalog c;
    Objective obj;
    long limitMs;
    try {
      c = Inputs.catalog(catalog);
      Inputs.lines(c, lines);
      obj = Inputs.objective(objective);
      limitMs = Inputs.timeLimitMs(timeLimitS);
      Inputs.storeys(storeys);
    } catch (InputException e) {
      return Inputs.bad(err, e);
    }
    Map<String, Double> scores = Reports.moduleScores(c);
    Set<Path> files = new LinkedHashSet<>(); // a file named twice (or also through its directory) runs once
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> files.add(f.normalize()));
        }
      } else {
        files.add(p.normalize());
      }
    }
    int bad = 0;
    List<Row> rows = new ArrayList<>();
    PortfolioTotals totals = new PortfolioTotals();
    Map<String, Path> ids = new HashMap<>(); // the file of each building id
    for (Path f : files) {
      Building b;
      try {
        b = BuildingReader.read(f);
        Path first = ids.putIfAbsent(b.id(), f);
        if (first != null) {
          throw new InputException(f.toString(), "/id", "expected an id no other building of the batch has, but \""
              + b.id() + "\" is that of " + first + " (the id names the result file)");
        }
      } catch (InputException e) {
        err.println("toplaag: skipped, bad input: " + e.getMessage());
        bad++;
        continue;
      }
      ConfigurationRequest req = new ConfigurationRequest(b, c, lines, false, storeys, obj, BuildingCode.BB2012,
          new SolverSettings(limitMs, 1, 1, 1), scores);
      ConfigurationResult r = new CpSatConfigurator().configure(req);
      int violations = 0;
      for (Layout l : r.layouts()) {
        violations += LayoutChecker.check(b, c, BuildingCode.BB2012, l, storeys).size();
      }
      ResultJson.write(out.resolve(b.id() + ".result.json"), ResultJson.toJson(r, b.id(), null));
      totals.add(b.id(), r.best().orElse(null));
      rows.add(new Row(b.id(), r.status().name(), r.productLineId(), r.dwellings(), r.dwellingBound(),
          r.best().map(Layout::costEur).orElse(0L), r.stats().wallMs() / 1000.0,
          violations == 0 ? "passed" : violations + " violations"));
      o.printf(Locale.ROOT, "%-40s %-9s %-6s %4d dwellings%n", b.id(), r.status(), r.productLineId(), r.dwellings());
      o.flush();
    }
    rows.sort(Comparator.comparingInt(Row::dwellings).reversed().thenComparing(Row::building));
    o.println();
    o.printf(Locale.ROOT, "%-4s %-40s %-9s %-6s %9s %6s %14s %14s %8s %s%n", "rank", "building", "status", "line",
        "dwellings", "bound", "cost", "cost/dwelling", "time s", "check");
    int rank = 0;
    for (Row r : rows) {
      o.printf(Locale.ROOT, "%-4d %-40s %-9s %-6s %9d %6d %14s %14s %8.2f %s%n", ++rank, r.building(), r.status(),
          r.line(), r.dwellings(), r.bound(), Summary.euros(r.costEur()),
          r.dwellings() == 0 ? "-" : Summary.euros(Math.round((double) r.costEur() / r.dwellings())), r.seconds(),
          r.check()); // rounded as in the bill of materials
    }
    Path csv = out.resolve("batch-summary.csv");
    writeCsv(csv, rows);
    Path modules = out.resolve("batch-modules.csv");
    totals.writeCsv(modules);
    o.println(totals.summary());
    o.println("Written: " + csv + ", " + modules
        + (bad > 0 ? "; " + bad + " building file(s) skipped for bad input" : ""));
    o.flush();
    return bad > 0 ? Toplaag.BAD_INPUT : 0;
  }

  private static void writeCsv(Path csv, List<Row> rows) throws IOException {
    AtomicFiles.writeText(csv, w -> {
      w.write("rank,building,status,line,dwellings,dwellingBound,costEur,seconds,check\n");
      int rank = 0;
      for (Row r : rows) {
        w.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%d,%d,%d,%.2f,%s%n", ++rank, r.building(), r.status(),
            r.line(), r.dwellings(), r.bound(), r.costEur(), r.seconds(), r.check()));
      }
    });
  }
}
