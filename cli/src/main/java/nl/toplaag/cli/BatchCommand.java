package nl.toplaag.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.bom.Missing;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.export.ExportFormat;
import nl.toplaag.export.ExportScene;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.OutPaths;
import nl.toplaag.io.SourceNotes;
import nl.toplaag.layout.Layout;
import nl.toplaag.limits.LimitEffect;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
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
 * reported and skipped; it never stops the rest, nor does one whose configuration fails with an internal error or
 * runs out of memory (reported with the building's id). Exit code 1 when a building failed so, else 2 when any input
 * was bad, else 0.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Configures many buildings and ranks them (bouwstroom planning).")
final class BatchCommand implements Callable<Integer> {

  /**
   * How a building's request is configured: the configurator, or in tests one that fails for a building, to show that
   * such a failure stops no other building.
   */
  static Function<ConfigurationRequest, ConfigurationResult> configurator =
      req -> new CpSatConfigurator().configure(req);

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", description = "building JSON files or directories of them")
  List<Path> inputs;

  @Option(names = "--catalog", description = "catalogue directory (default: bundled)")
  Path catalog;

  @Option(names = "--storeys", defaultValue = "2", description = "most storeys to add (default ${DEFAULT-VALUE})")
  int storeys;

  @Option(names = "--time-limit", defaultValue = "5",
      description = "seconds per building and line, as a work budget (the same results on any machine; the clock"
          + " may run past it; once per choice for a line whose gallery may stand on the roof or cantilevered)"
          + " (default ${DEFAULT-VALUE})")
  double timeLimitS;

  @Option(names = "--factory-km", paramLabel = "KM",
      description = "one-way road distance from the module factory to the buildings, km, 0 to 3000, one for all"
          + " (a region's average), for the transport carbon of each bill of materials (default: none, and the"
          + " transport carbon is listed as missing)")
  Double factoryKm; // null: not given
  /** {@link #factoryKm}, checked. */
  private OptionalDouble factory = OptionalDouble.empty();

  @Option(names = "--smallest-dwelling", paramLabel = "M2", defaultValue = "0",
      description = "take only the dwelling types of at least this usable area, m2 (e.g. 40; default: any); the"
          + " rules checked name the types kept, and a line with none says so")
  double smallestDwellingM2;

  @Option(names = "--both-ends", description = Inputs.BOTH_ENDS_HELP)
  boolean bothEnds;

  @Option(names = "--line", split = ",", description = "product line ids to consider (default: all)")
  List<String> lines; // null: not given, every line

  @Option(names = "--objective", defaultValue = "most-dwellings",
      description = "most-dwellings | cost-per-dwelling | carbon | circularity: which layout wins among those with"
          + " the most dwellings (default ${DEFAULT-VALUE})")
  String objective;

  @Option(names = "--out", defaultValue = "out/batch", description = "output directory (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--what-limits",
      description = "say for each building what limits its dwelling count, as configure --what-limits does (its"
          + " result file's whatLimits; batch-summary.csv's column whatLimits, e.g. foundation:+4), and what lifting"
          + " each limit (the load limits together, the line's own limits with them, every limit together) would add"
          + " over the batch; each building"
          + " then takes about"
          + " twice as long (1.9-2.3 times on the bundled buildings), more where no line takes a dwelling (every"
          + " line is tried)")
  boolean whatLimits;

  @Option(names = "--other-front",
      description = "also configure each building with its wings' fronts (the gallery sides) on their other long"
          + " sides, as configure --other-front does (its result file's otherFront; batch-summary.csv's column"
          + " otherFrontDwellings), and say over the batch how many more dwellings that gives and where fewer; each"
          + " such building then takes about twice as long")
  boolean otherFront;

  @Option(names = "--choose-front",
      description = "where a building's gallery side is not known (its file gives no wing, or it was imported from"
          + " the 3D BAG), configure it with either long side as the front and take the side whose best layout holds"
          + " more dwellings (the side assumed on a tie), as configure --choose-front does: its row, the totals and the"
          + " rollout are of the side taken, batch-summary.csv's front says which (otherFrontDwellings: the side not"
          + " taken), and a line over the batch says what it gained; each such building then takes about twice as"
          + " long")
  boolean chooseFront;

  @Option(names = "--modules-per-year", description = "plan a rollout (bouwstroom): each product line's factory makes"
      + " this many modules a year, for the buildings whose best layout uses the line, the most dwellings per module"
      + " first (dwelling, stair and lift modules; the line's gallery pieces are said beside them, not counted"
      + " among them); prints the years and the dwellings finished by each, and writes batch-rollout.csv")
  Integer modulesPerYear;

  /** The most years {@code --finish-in-years} takes: a planning horizon, where more is a slip. */
  static final int MOST_YEARS = 100;

  @Option(names = "--finish-in-years", paramLabel = "Y", description = "plan a rollout (bouwstroom) that finishes"
      + " within Y years, 1 to " + MOST_YEARS + ": prints each product line's least modules a year that does (one"
      + " fewer does not), then the rollout with each line's factory at its own figure, and writes batch-rollout.csv;"
      + " not with --modules-per-year")
  Integer finishInYears;

  @Option(names = "--export", split = ",", paramLabel = "FORMAT",
      description = "also write each building's best layout for other tools, <id>.glb (glTF 2.0 binary) and/or <id>.ifc"
          + " (IFC4), glb, ifc or both with a comma; with glb also batch-scene.glb: every building of the batch in"
          + " a projected crs (EPSG:28992) at its place, with its best layout, for an overview of the neighbourhood")
  List<String> exports; // null: not given

  /** The formats of {@link #exports}, read in {@link #call}. */
  private List<ExportFormat> formats = List.of();

  @Option(names = "--jobs", description = "buildings configured at a time; each solves its product lines side by"
      + " side (default: the processors over the lines considered, at least 1). The results do not depend on it")
  Integer jobs;

  /**
   * One building's line of the ranking.
   *
   * @param building the building id
   * @param status the solve status
   * @param line the best product line ("" without dwellings)
   * @param dwellings dwellings of the best layout
   * @param storeys the storeys it adds (0 without dwellings): fewer than asked where, for example, the next storey
   *     would need a lift, fire resistance or zoning room the building has not, or the loads leave it nothing
   * @param modules its modules: dwelling, stair and lift modules ({@link PortfolioTotals}; galleries not counted)
   * @param galleryPieces the pieces of its best layout's galleries, which the line's factory makes beside the modules
   *     ({@link #galleryPieces}; 0 without)
   * @param bound the proven most dwellings
   * @param costEur the best layout's cost, euros
   * @param usableAreaM2 its dwellings' usable area, m²
   * @param carbonKgCo2e its embodied carbon (A1-A3, what the catalogue gives), kg CO2e
   * @param transportCarbonKgCo2e its best layout's transport carbon over the factory distance ({@code --factory-km}),
   *     kg CO2e, as its bill of materials gives it (0 without a layout); empty where no distance is given
   * @param seconds the wall time of its configuration, s
   * @param check the independent check of its layouts ("passed" or the violations; {@link #check}), {@link
   *     #NOTHING_CHECKED} for a building without dwellings
   * @param gallery where its galleries stand ({@link Summary#galleryWhere})
   * @param limits what lifting each limit adds, per product line: its best line, or every line where none takes a
   *     dwelling ({@link LimitsReport#of}); empty where not asked
   * @param unverified whether its wall capacities or load reserves rest on unverified figures
   *     ({@link SourceNotes#structureUnverified})
   * @param zoningUnverified whether its zoning limits are unverified ({@link SourceNotes#zoningUnverified})
   * @param front which front it was configured with ({@link FrontChoice}: given, assumed, or with {@code
   *     --choose-front} the better long side)
   * @param otherFront what its wings' fronts on the long sides not configured give ({@link OtherFront}); empty where
   *     not asked (with {@code --other-front}, or {@code --choose-front} on a front assumed)
   * @param file its building file, as given
   * @param whyNone where it takes no dwelling, why: the configuration's explanation, per line considered, its
   *     entries joined by "; " ("line hsb-elements: module ... resists fire for 90 min; storey 1 at 14.25 m needs 120
   *     min"); else empty
   * @param perLine each product line's best on it, the line alone ({@link ConfigurationResult#perLine})
   * @param costLeavesOut what its best layout's cost leaves out, as its bill of materials lists it missing ({@link
   *     Missing#leavesOutCost}: "the new lift's way down: 1 lift module column(s) on the roof"); empty where nothing or
   *     without dwellings
   */
  record Row(String building, String status, String line, int dwellings, int storeys, int modules,
      long galleryPieces, int bound,
      long costEur, double usableAreaM2, double carbonKgCo2e, OptionalDouble transportCarbonKgCo2e, double seconds,
      String check, String gallery, Map<String, List<LimitEffect>> limits, boolean unverified,
      boolean zoningUnverified, FrontChoice.Side front, Optional<OtherFront.Outcome> otherFront, String file,
      String whyNone, List<ConfigurationResult.LineOutcome> perLine, List<Missing> costLeavesOut) {

    /** The cost per dwelling, euros, rounded as in the bill of materials (0 without dwellings). */
    long costPerDwellingEur() {
      return dwellings == 0 ? 0 : Math.round((double) costEur / dwellings);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    Catalog c;
    Objective obj;
    long limitMs;
    try {
      c = Inputs.catalog(catalog, err);
      lines = Inputs.lines(c, lines);
      obj = Inputs.objective(objective);
      objective = obj.cliName();
      limitMs = Inputs.timeLimitMs(timeLimitS);
      Inputs.smallestDwellingM2(smallestDwellingM2);
      factory = Inputs.factoryKm(factoryKm);
      Inputs.inRange("--storeys", storeys, 1, 10);
      if (jobs != null) {
        Inputs.inRange("--jobs", jobs, 1, 64);
      }
      if (finishInYears != null && modulesPerYear != null) {
        throw new InputException("--finish-in-years", "", "expected either it or --modules-per-year, not both:"
            + " --modules-per-year gives the factory's output, --finish-in-years the years to work it out from");
      }
      if (modulesPerYear != null) {
        Inputs.inRange("--modules-per-year", modulesPerYear, 1, 1_000_000);
      }
      if (finishInYears != null) {
        Inputs.inRange("--finish-in-years", finishInYears, 1, MOST_YEARS);
      }
      formats = Inputs.exportFormats(exports);
      OutPaths.directory(out);
    } catch (InputException e) {
      return Inputs.bad(err, e);
    }
    Map<String, Double> scores = Reports.moduleScores(c);
    // each file as first named, by its absolute path: a file named twice (also through its directory, or once
    // relative to the working directory and once absolute) runs once
    Map<Path, Path> files = new LinkedHashMap<>();
    // each import's report once, as first named (a QA pass: a directory given twice printed its Stock line twice)
    Map<Path, Path> importReports = new LinkedHashMap<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(IMPORT_REPORT))) {
        importReports.putIfAbsent(p.resolve(IMPORT_REPORT).toAbsolutePath().normalize(), p.resolve(IMPORT_REPORT));
      }
      if (Files.isDirectory(p)) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(p)) {
          entries = s.sorted().toList();
        }
        int results = 0;
        for (Path f : entries) {
          String name = f.getFileName().toString().toLowerCase(Locale.ROOT); // B.JSON too
          if (Files.isDirectory(f)) {
            err.println("toplaag: not read: " + f + " is a directory (batch reads the *.json files of the"
                + " directories given, not of their subdirectories)");
          } else if (readsAsBuilding(name)) {
            files.putIfAbsent(f.toAbsolutePath().normalize(), f.normalize());
          } else if (name.endsWith(".result.json")) {
            results++;
          }
        }
        if (results > 0) {
          err.println("toplaag: not read: " + results + " result file(s) (*.result.json) in " + p);
        }
      } else {
        files.putIfAbsent(p.toAbsolutePath().normalize(), p.normalize());
      }
    }
    if (files.isEmpty()) {
      err.println("toplaag: bad input: no building file (*.json) in " + inputs);
      err.flush();
      return Toplaag.BAD_INPUT;
    }
    List<BatchSummaryCsv.Skipped> skipped = new ArrayList<>();
    List<Building> buildings = new ArrayList<>();
    // the file of each building id in lower case: ids that differ in letter case alone name the same result files
    // where the file system ignores case (macOS, Windows), so that one building's would overwrite the other's
    Map<String, Path> ids = new HashMap<>();
    for (Path f : files.values()) {
      try {
        Building b = BuildingReader.read(f);
        Optional<String> taken = BatchFiles.takenBy(b.id());
        if (taken.isPresent()) {
          throw new InputException(f.toString(), "/id", "expected an id whose files take none of the names of the"
              + " batch's own files (" + String.join(", ", BatchFiles.ALL) + "), but building \"" + b.id()
              + "\" would write " + taken.get() + " over the batch's; rename the building (the id names its files)");
        }
        Path first = ids.putIfAbsent(b.id().toLowerCase(Locale.ROOT), f);
        if (first != null) {
          String firstId = BuildingReader.idOf(first).orElse(b.id());
          throw new InputException(f.toString(), "/id", "expected an id no other building of the batch has, in"
              + " any letter case, but \"" + b.id() + "\" is " + (firstId.equals(b.id()) ? "" : "\"" + firstId
              + "\" in another case, ") + "that of " + first + " (the id names the result file)");
        }
        buildings.add(b);
      } catch (InputException e) {
        err.println("toplaag: skipped, bad input: " + e.getMessage());
        skipped.add(new BatchSummaryCsv.Skipped(f.toString(), BuildingReader.idOf(f).orElse(""),
            BatchSummaryCsv.INVALID, (e.pointer().isEmpty() ? "" : "at " + e.pointer() + ": ") + e.problem()));
      }
    }
    int bad = skipped.size();
    if (buildings.isEmpty()) {
      // nothing to rank, but the summaries are written all the same, each skipped file with its row, and an earlier
      // run's results of the buildings skipped removed: a QA pass found an earlier batch's summary still calling the
      // one building, broken since, OPTIMAL, beside its layout
      err.println("toplaag: bad input: no building file could be read (" + bad + " skipped)");
    }
    List<String> own = new ArrayList<>(List.of(BatchFiles.SUMMARY, BatchFiles.MODULES));
    if (modulesPerYear != null || finishInYears != null) {
      own.add(BatchFiles.ROLLOUT);
    }
    if (formats.contains(ExportFormat.GLB)) {
      own.add(BatchFiles.SCENE);
    }
    err.flush();
    for (String name : own) { // the batch's own files, before any building is configured: nothing written if they fail
      AtomicFiles.requireFileTarget(out.resolve(name));
    }
    // the output directory this batch's alone until it ends (an environment QA pass: two batches into one left one's
    // summary beside the other's results and scene, and neither said so); taken once the batch is about to write
    Optional<Closeable> taken = BatchFiles.take(out, err);
    if (taken.isEmpty()) {
      err.println("toplaag: --out " + out + ": another batch is writing there; wait for it to finish or give another"
          + " --out");
      err.flush();
      return Toplaag.BAD_INPUT;
    }
    try (Closeable held = taken.get()) {
      List<String> earlier = BatchFiles.removeEarlier(out);
      List<Row> rows = new ArrayList<>();
      PortfolioTotals totals = new PortfolioTotals(c);
      // the product lines considered: those asked for, else every line of the catalogue
      List<String> consideredLines = lines.isEmpty() ? c.lines().stream().map(ProductLine::id).toList() : lines;
      int considered = consideredLines.size();
      // the line column as wide as the longest id of a line considered, so that the columns after it stay aligned
      String lineColumn = "%-" + consideredLines.stream().mapToInt(String::length).reduce("line".length(), Math::max)
          + "s";
      int threads = jobs != null ? jobs
          : Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, considered));
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, buildings.size())), r -> {
        Thread t = new Thread(r, "toplaag-batch");
        t.setDaemon(true);
        return t;
      });
      int failed = 0; // of them, out of memory:
      int outOfMemory = 0;
      int unwritten = 0;
      List<ExportScene> scenes = new ArrayList<>();
      // stopped (Ctrl-C, kill) before the batch's own files are written: said, with how far it got (a QA pass: it
      // ended without a word); the buildings' files written so far stand. Settled: the buildings configured or skipped,
      // in input order; all of them once the batch writes its own files. Removed where the batch ends otherwise
      AtomicInteger settled = new AtomicInteger();
      Thread stopped = new Thread(() -> {
        err.println(settled.get() < buildings.size() ? "toplaag: batch stopped after " + settled.get() + " of "
            + buildings.size() + " building(s), in the order given: the files written so far stand in " + out
            + "; the batch's summary and other files were not written"
            : "toplaag: batch stopped while writing its summary and other files in " + out + ": check that "
            + BatchFiles.SUMMARY + " is there");
        err.flush();
      }, "toplaag-batch-stopped");
      Runtime.getRuntime().addShutdownHook(stopped);
      try {
        List<Future<Configured>> running = new ArrayList<>();
        for (Building b : buildings) {
          Path file = ids.get(b.id().toLowerCase(Locale.ROOT));
          running.add(pool.submit(() -> configure(b, file, c, obj, limitMs, scores)));
        }
        for (int i = 0; i < running.size(); i++) { // in input order, each as soon as it and those before it are done
          settled.set(i);
          Configured done;
          try {
            done = done(running.get(i));
          } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError | OutOfMemoryError e) {
            // the building's own failure: reported and skipped, as a bad file is, and the rest go on. Running out of
            // memory too (QA58; the comment here said it stopped the batch, where the solver's threads had wrapped it
            // and the building was skipped as an internal error, and where not it ended the batch with a stack trace
            // and no summary): a portfolio's one building too large for the memory given, or configured beside
            // others (--jobs), must not cost the results of the rest. What its configuration held is garbage once it
            // has thrown, so the JVM has its memory back for the next; where it stays short, each building after says
            // so in turn, and the summary is written if it can be (else said so, plainly, by Toplaag's handler).
            String id = buildings.get(i).id();
            boolean memory = OutOfMemory.causedBy(e);
            err.println("toplaag: skipped, " + (memory
                ? OutOfMemory.message("configuring building " + id, "or configure fewer buildings at a time (--jobs 1)")
                : "internal error configuring building " + id + ": " + Toplaag.chain(e)));
            if (System.getenv("TOPLAAG_DEBUG") != null) {
              e.printStackTrace(err);
            }
            err.flush();
            failed++;
            outOfMemory += memory ? 1 : 0;
            skipped.add(new BatchSummaryCsv.Skipped(ids.get(id.toLowerCase(Locale.ROOT)).toString(), id,
                BatchSummaryCsv.ERROR, memory ? "out of memory configuring the building (" + OutOfMemory.most(
                Runtime.getRuntime().maxMemory()) + ")"
                : "internal error configuring the building: " + Toplaag.chain(e)));
            continue;
          } catch (IOException e) {
            // its files could not be written (a directory in the way of one, the disk full): none of them was (they are
            // written together), and the other buildings go on, as for a bad file
            err.println("toplaag: skipped, cannot write the results of building " + buildings.get(i).id() + ": "
                + e.getMessage());
            err.flush();
            unwritten++;
            skipped.add(new BatchSummaryCsv.Skipped(ids.get(buildings.get(i).id().toLowerCase(Locale.ROOT)).toString(),
                buildings.get(i).id(), BatchSummaryCsv.ERROR, "cannot write its results: " + e.getMessage()));
            continue;
          }
          rows.add(done.row());
          totals.add(done.row().building(), done.best(), done.row().bound());
          if (done.scene() != null) {
            scenes.add(done.scene());
          }
          o.printf(Locale.ROOT, "%-40s %-9s " + lineColumn + " %4d dwelling%s%n", done.row().building(),
              done.row().status(), done.row().line(), done.row().dwellings(), done.row().dwellings() == 1 ? "" : "s");
          o.flush();
        }
      } catch (Exception | Error e) { // the batch ends otherwise: not "stopped"
        remove(stopped);
        throw e;
      } finally {
        pool.shutdownNow();
      }
      settled.set(buildings.size());
      // ties by id in any letter case ("delft-..." among "NL.IMBAG..."; a QA pass), then exactly, so the order is total
      rows.sort(Comparator.comparingInt(Row::dwellings).reversed()
          .thenComparing(Row::building, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::building));
      o.println();
      o.println("Ranked by dwellings" + (smallestDwellingM2 > 0 ? String.format(Locale.ROOT, " (each of at least"
          + " %.1f m2 usable area, as asked for)", smallestDwellingM2) : "") + "; each building's layout the best by"
          + " the objective " + objective + " (OPTIMAL: proven over its candidate positions"
          + Summary.gridWords(Inputs.grid(bothEnds)) + ", README \"What a proof covers\"):");
      // (a QA pass: configure's Solve line said so, the batch's rows did not)
      o.printf(Locale.ROOT, "%-4s %-40s %-9s " + lineColumn + " %9s %6s %7s %14s %14s %10s %8s %s%n", "rank",
          "building", "status", "line", "dwellings", "bound", "storeys", "cost", "cost/dwelling", "t CO2e", "time s",
          "check");
      int rank = 0;
      for (Row r : rows) {
        o.printf(Locale.ROOT, "%-4d %-40s %-9s " + lineColumn + " %9d %6d %7s %14s %14s %10.1f %8.2f %s%n", ++rank,
            r.building(), r.status(), r.line(), r.dwellings(), r.bound(), r.dwellings() == 0 ? "-" : r.storeys(),
            Summary.euros(r.costEur()),
            r.dwellings() == 0 ? "-" : Summary.euros(r.costPerDwellingEur()), r.carbonKgCo2e() / 1000, r.seconds(),
            r.check());
      }
      // the skipped files in the order read, those whose configuration failed among those unreadable (a QA pass: these
      // came after them)
      List<String> read = files.values().stream().map(Path::toString).toList();
      skipped.sort(Comparator.comparingInt(k -> read.indexOf(k.file())));
      for (BatchSummaryCsv.Skipped s : skipped) { // as in batch-summary.csv: after the ranking, without rank or figures
        o.printf(Locale.ROOT, "%-4s %-40s %-9s %s: %s%n", "-", s.building(), s.status(), s.file(), s.reason());
      }
      Path csv = out.resolve(BatchFiles.SUMMARY);
      Path modules = out.resolve(BatchFiles.MODULES);
      List<AtomicFiles.Planned> written = new ArrayList<>(List.of(
          BatchSummaryCsv.planned(csv, rows, skipped, objective, whatLimits), totals.csv(modules)));
      List<Rollout.Entry> entries = rows.stream().map(r -> new Rollout.Entry(r.building(), r.line(), r.dwellings(),
          r.modules(), r.costEur(), r.galleryPieces())).toList();
      // with --finish-in-years, each line's rollout at its own least output that finishes in time, not every line at
      // the busiest line's (a QA pass: a line with few buildings was shown finishing in year 1 of 4); where nothing is
      // made, its file holds its header only, and the console says there is nothing to roll out
      Rollout rollout = finishInYears != null
          ? new Rollout(entries, Rollout.leastModulesPerYear(entries, finishInYears), consideredLines)
          : modulesPerYear != null ? new Rollout(entries, modulesPerYear, consideredLines) : null;
      Path rolloutCsv = out.resolve(BatchFiles.ROLLOUT);
      if (rollout != null) {
        written.add(rollout.csv(rolloutCsv));
      }
      Path sceneGlb = out.resolve(BatchFiles.SCENE);
      List<ExportScene> placed = BatchScene.placed(scenes);
      if (!placed.isEmpty()) {
        written.add(BatchScene.planned(sceneGlb, placed));
      }
      try {
        AtomicFiles.writeAll(written);
      } finally {
        remove(stopped); // written, or failed for another reason: nothing to say if stopped now
      }
      // an earlier batch's rollout or scene, of other buildings or settings, removed before the buildings were
      // configured, and not written again: said so
      boolean staleRollout = rollout == null && earlier.contains(BatchFiles.ROLLOUT);
      boolean staleScene = placed.isEmpty() && earlier.contains(BatchFiles.SCENE);
      List<Path> staleOfSkipped = removeResultsOfSkipped(out, skipped, rows);
      o.println(totals.summary());
      o.print(totals.cost(SourceNotes.anyUnverified(c, totals.moduleTypes(), "costEur")));
      List<Row> taking = rows.stream().filter(r -> r.dwellings() > 0).toList();
      o.print(costLeavesOut(taking));
      o.print(carbon(taking, factory, SourceNotes.anyUnverified(c, totals.moduleTypes(), "carbonKgCo2e")));
      for (Path report : importReports.values()) {
        stock(o, report, rows, lines);
      }
      o.print(unverified("Structure: the bearing walls or load reserves", "; batch-summary.csv's structure",
          taking.stream().filter(Row::unverified).toList(), taking, "an engineer's figures replace them"));
      o.print(unverified("Zoning: the zoning limits (height, storeys, setbacks)", "; batch-summary.csv's zoning",
          taking.stream().filter(Row::zoningUnverified).toList(), taking, "the omgevingsplan is consulted"));
      if (whatLimits) {
        o.print(LimitsReport.portfolio(rows.stream().map(Row::limits).toList()));
      }
      if (chooseFront) {
        o.print(FrontChoice.portfolio(rows));
      }
      if (otherFront) {
        o.print(OtherFront.portfolio(rows.stream().map(Row::dwellings).toList(),
            rows.stream().map(Row::otherFront).toList()));
      }
      o.print(LinesAlone.text(consideredLines, rows.stream().map(Row::perLine).toList()));
      List<Row> open = rows.stream().filter(r -> r.bound() > r.dwellings()).toList();
      int more = open.stream().mapToInt(r -> r.bound() - r.dwellings()).sum();
      List<String> openLines = open.stream().map(Row::line).toList();
      if (finishInYears != null) {
        o.print(Rollout.finishing(entries, finishInYears, open.size(), more, openLines));
      }
      // with --finish-in-years, where no building takes dwellings, its line says there is nothing to roll out; the
      // rollout "at 1 module a year" that followed it read as a figure (a QA pass)
      if (rollout != null && !(finishInYears != null && rollout.byLine().isEmpty())) {
        o.print(rollout.summary());
        if (finishInYears == null && !open.isEmpty()) { // --finish-in-years says it on its own line
          o.printf(Locale.ROOT, "  %s%n", Rollout.unproven(open.size(), more, openLines));
        }
      }
      if (formats.contains(ExportFormat.GLB)) {
        o.print(BatchScene.summary(scenes, placed, sceneGlb));
      }
      o.println("Written: " + csv + ", " + modules + (rollout != null ? ", " + rolloutCsv : "")
          + (placed.isEmpty() ? "" : ", " + sceneGlb)
          + (staleRollout ? "; removed " + rolloutCsv + ", an earlier batch's rollout (no --modules-per-year"
              + " or --finish-in-years)" : "")
          + (staleScene ? "; removed " + sceneGlb + ", an earlier batch's scene (no --export glb)" : "")
          + (staleOfSkipped.isEmpty() ? "" : "; removed " + staleOfSkipped.stream().map(Path::toString)
              .collect(Collectors.joining(", ")) + ", an earlier run's results of the building(s)"
              + " skipped now")
          + (bad > 0 ? "; " + bad + " building file(s) skipped for bad input (status invalid in " + csv + ")" : "")
          + (failed > outOfMemory ? "; " + (failed - outOfMemory) + " building(s) skipped for an internal error"
              + " (status error in " + csv + ")" : "")
          + (outOfMemory > 0 ? "; " + outOfMemory + " building(s) skipped for running out of memory (status error in "
              + csv + ")" : "")
          + (unwritten > 0 ? "; " + unwritten + " building(s) skipped whose results could not be written (status error"
          + " in " + csv + ")" : ""));
      List<String> others = othersIn(out, rows, skipped);
      if (!others.isEmpty()) {
        o.printf(Locale.ROOT, "Also in %s: the results of %d building(s) not in this batch, from an earlier run (%s%s);"
            + " this batch's summary lists only its own%n", out, others.size(), String.join(", ",
            others.subList(0, Math.min(3, others.size()))), others.size() > 3 ? ", ..." : "");
      }
      o.flush();
      return failed > 0 ? 1 : bad > 0 || unwritten > 0 ? Toplaag.BAD_INPUT : 0;
    }
  }

  /**
   * The result files in {@code out} of buildings neither configured ({@code rows}) nor skipped by this batch, in any
   * letter case, sorted: an earlier run's, which this batch leaves (they may be wanted) and the console names, where a
   * planner re-running into the same folder with fewer buildings found them beside a summary that lists fewer (a QA
   * pass).
   */
  static List<String> othersIn(Path out, List<Row> rows, List<BatchSummaryCsv.Skipped> skipped) throws IOException {
    Set<String> ours = new HashSet<>();
    rows.forEach(r -> ours.add(r.building().toLowerCase(Locale.ROOT)));
    skipped.forEach(k -> ours.add(k.building().toLowerCase(Locale.ROOT)));
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".result.json"))
          .filter(n -> !ours.contains(n.substring(0, n.length() - ".result.json".length()).toLowerCase(Locale.ROOT)))
          .sorted().toList();
    }
  }

  /**
   * Removes from {@code out} an earlier run's result, bill of materials and exported models of each building
   * {@code skipped} now (a bad file whose id could be read, or a building whose configuration failed), so that no
   * out-of-date layout stands beside a summary that calls its building invalid, and a script reading the
   * {@code *.result.json} files takes none for current; not where the id is that of a building configured now
   * ({@code rows}, in any letter case: a second file with its id) or names one of the batch's own files.
   *
   * @return the files removed
   */
  static List<Path> removeResultsOfSkipped(Path out, List<BatchSummaryCsv.Skipped> skipped, List<Row> rows)
      throws IOException {
    Set<String> configured = new HashSet<>();
    rows.forEach(r -> configured.add(r.building().toLowerCase(Locale.ROOT)));
    List<Path> removed = new ArrayList<>();
    for (BatchSummaryCsv.Skipped k : skipped) {
      String id = k.building();
      if (id.isEmpty() || configured.contains(id.toLowerCase(Locale.ROOT)) || BatchFiles.takenBy(id).isPresent()) {
        continue;
      }
      removed.addAll(Reports.removeResults(out, id));
    }
    return removed;
  }

  /**
   * Whether batch reads a file named {@code fileName} in a directory given as a building file: {@code *.json} but not
   * a result file, {@code *.result.json}, in any letter case.
   */
  static boolean readsAsBuilding(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".json") && !name.endsWith(".result.json");
  }

  /**
   * One building configured: its row in the ranking, its best layout ({@code null}: none) and, where {@code --export
   * glb} asks for the batch's scene, its scene ({@code null}: not asked).
   */
  private record Configured(Row row, Layout best, ExportScene scene) {}

  /** The report {@code toplaag import 3dbag} writes beside its building files. */
  static final String IMPORT_REPORT = "import-report.csv";

  /** The id of a row of panden an import joined: the first pand's id with {@code -row-of-N}, N the panden. */
  private static final Pattern JOINED_ROW = Pattern.compile("-row-of-(\\d+)$");

  /**
   * Whether row {@code r} was configured from a file of the import in {@code dir}: one of its own, or a byte-identical
   * copy of one under the same name elsewhere, as where tiles imported region by region overlap and batch configures
   * the first of the two (a review, 7 Dec 2026: "at least 0 of the 72" where two of them took dwellings). An edited
   * copy, or one under another name, is not the import's (a QA pass: it was counted, and the count called exact).
   */
  private static boolean ofImport(Row r, Path dir) {
    Path file = Path.of(r.file()).toAbsolutePath().normalize();
    if (file.getParent().equals(dir)) {
      return true;
    }
    Path own = dir.resolve(file.getFileName());
    try {
      return Files.isRegularFile(own) && Files.mismatch(own, file) == -1;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The share of the stock an import selected that takes dwellings, where a directory given holds the import's
   * {@code report}: a manufacturer reads "10 of 25 buildings take dwellings" as a share of the stock, where the import
   * had skipped 902 of 927 (QA47). Its buildings are the report's rows (one per pand, or per row of panden joined),
   * written or skipped; those of {@code configured} from its directory that take dwellings are counted. Where a
   * building it wrote is none of {@code configured} (its file removed from the directory, or skipped as invalid),
   * whether it takes dwellings is not known: the count is then "at least", with how many were not configured (QA48).
   */
  private static void stock(PrintWriter o, Path report, List<Row> configured, List<String> lineIds)
      throws IOException {
    List<String> ids = new ArrayList<>();
    Set<String> written = new HashSet<>();
    try (var lines = Files.lines(report)) {
      for (String line : (Iterable<String>) lines.skip(1)::iterator) {
        String[] cells = line.split(",", 3);
        if (cells.length < 2) {
          continue;
        }
        ids.add(cells[0]);
        if (cells[1].equals("written")) {
          written.add(cells[0]);
        }
      }
    }
    Set<String> imported = new HashSet<>(ids);
    // the import's own files, not another file with one of its ids (a QA pass: an edited copy elsewhere, configured in
    // the import's file's place, was counted as the import's, and the count called exact)
    Path dir = report.toAbsolutePath().normalize().getParent();
    List<Row> ofImport = configured.stream().filter(r -> ofImport(r, dir)).toList();
    long take = ofImport.stream().filter(r -> r.dwellings() > 0 && imported.contains(r.building())).count();
    long notConfigured = written.size() - ofImport.stream().filter(r -> written.contains(r.building())).count();
    // a row of panden the import joined (--join-rows) is one building: the panden it said it selected, as well
    int rows = 0;
    int joined = 0;
    for (String id : ids) {
      Matcher m = JOINED_ROW.matcher(id);
      if (m.find()) {
        rows++;
        joined += Integer.parseInt(m.group(1));
      }
    }
    String panden = rows == 0 ? "" : String.format(Locale.ROOT, " (%d panden, %d of them joined into %d row(s))",
        ids.size() - rows + joined, joined, rows);
    // the share, and the lines it is of: a manufacturer's "how much of the stock does my line fit" (a QA pass read a
    // bare count with no line named)
    String with = lineIds == null || lineIds.isEmpty() ? " with any line" : lineIds.size() == 1 ? " with line "
        + lineIds.get(0) : " with any of lines " + String.join(", ", lineIds);
    o.printf(Locale.ROOT, "Stock: %s%d of the %d building(s)%s the import selected, %s, take dwellings%s (%s: %d"
        + " written, %d skipped by the import, each with its reason%s)%n", notConfigured > 0 ? "at least " : "", take,
        ids.size(), panden, share(take, ids.size()), with, report, written.size(),
        ids.size() - written.size(), notConfigured == 0 ? "" : String.format(Locale.ROOT, "; %d of those written not"
            + " configured by this batch, not given or skipped, and not counted", notConfigured));
  }

  /**
   * {@code part} of {@code whole} in per cent with one decimal, "<0.1 %" where it is more than none but rounds to 0,
   * and ">99.9 %" where it is less than all but rounds to 100.
   */
  static String share(long part, long whole) {
    double pct = whole == 0 ? 0 : 100.0 * part / whole;
    return part > 0 && pct < 0.05 ? "<0.1 %" : part < whole && pct >= 99.95 ? ">99.9 %"
        : String.format(Locale.ROOT, "%.1f %%", pct);
  }

  /** Configures {@code b}, read from {@code file}, on one worker, checks its layouts and writes its result file. */
  private Configured configure(Building given, Path file, Catalog c, Objective obj, long limitMs,
      Map<String, Double> scores) throws IOException {
    FrontChoice.Chosen chosen = FrontChoice.configure(new ConfigurationRequest(given, c, lines, storeys, obj,
        BuildingCode.BB2012, new SolverSettings(limitMs, 1, 1, 1, Inputs.grid(bothEnds)), scores,
        smallestDwellingM2), configurator, chooseFront, otherFront);
    ConfigurationRequest req = chosen.request();
    ConfigurationResult r = chosen.result();
    Building b = req.building(); // with --choose-front, maybe turned to its other long side
    List<CheckReport> checks = Reports.checks(b, req.catalog(), r.layouts(), storeys);
    int violations = checks.stream().mapToInt(x -> x.violations().size()).sum();
    Reports.Report report = Reports.of(b, req.catalog(), r, factory);
    Map<String, List<LimitEffect>> limits = whatLimits ? LimitsReport.of(req, r, lines) : Map.of();
    Optional<OtherFront.Outcome> other = chosen.other();
    ExportScene scene = formats.isEmpty() ? null : ExportScene.of(b, r.best().orElse(null), c,
        report == null ? null : report.bom());
    Reports.write(out, req, factory, r, report, checks, limits,
        FrontChoice.resultFields(chosen, chooseFront, otherFront), Reports.exports(out, b, scene, formats));
    Reports.removeStaleExports(out, b, formats);
    Row row = new Row(b.id(), r.status().name(), r.bestLine().orElse(""), r.dwellings(),
        r.dwellings() == 0 ? 0 : r.best().map(Layout::storeys).orElse(0),
        r.best().map(l -> l.modules().size()).orElse(0),
        r.best().map(l -> galleryPieces(l, req.catalog())).orElse(0L),
        r.dwellingBound(), r.best().map(Layout::costEur).orElse(0L),
        report == null ? 0 : report.bom().totals().usableAreaM2(),
        report == null ? 0 : report.bom().totals().carbonKgCo2e(),
        factory.isEmpty() ? OptionalDouble.empty() : report == null ? OptionalDouble.of(0)
            : report.bom().totals().transportCarbonKgCo2e(), r.stats().wallMs() / 1000.0,
        r.dwellings() == 0 && violations == 0 ? NOTHING_CHECKED : check(violations, checks),
        r.best().map(Summary::galleryWhere).orElse(""), limits, SourceNotes.structureUnverified(b),
        SourceNotes.zoningUnverified(b), chosen.side(), other, file.toString(),
        r.dwellings() == 0 ? String.join("; ", r.explanation()) : "", r.perLine(),
        report == null || r.dwellings() == 0 ? List.of() : report.bom().missing().stream()
            .filter(Missing::leavesOutCost).toList());
    return new Configured(row, r.best().orElse(null), formats.contains(ExportFormat.GLB) ? scene : null);
  }

  /**
   * The pieces of {@code layout}'s galleries, as its bill of materials counts them for transport ({@link
   * BomCalculator#galleryPieces}): what the line's factory makes of them beside the modules. A segment whose gallery
   * type {@code catalog} lacks (its bill of materials says so) is not counted.
   */
  static long galleryPieces(Layout layout, Catalog catalog) {
    return layout.galleries().stream().mapToLong(g -> PortfolioTotals.galleryPieces(g, catalog)).sum();
  }

  /** Removes shutdown hook {@code hook}, unless the JVM is already stopping (then it runs). */
  private static void remove(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already stopping: the hook says it
    }
  }

  /**
   * The console's line saying that {@code what} of the buildings {@code assumed} among those with dwellings
   * ({@code taking}) are unverified, with their dwellings, and what they are screening only until ({@code until}); ""
   * where none is.
   */
  static String unverified(String what, String where, List<Row> assumed, List<Row> taking, String until) {
    return assumed.isEmpty() ? "" : String.format(Locale.ROOT, "%s of %d of the %d building(s) with dwellings are"
        + " unverified ([U], no tag or no source in the building files%s), %d of the %d dwellings: screening only"
        + " until %s%n", what, assumed.size(), taking.size(), where, assumed.stream().mapToInt(Row::dwellings).sum(),
        taking.stream().mapToInt(Row::dwellings).sum(), until);
  }

  /**
   * The console's line saying on how many of the buildings that take dwellings ({@code taking}) the cost leaves out
   * parts or work their bills of materials list as missing, and what most often, so that a planner comparing costs
   * per dwelling knows which are low (a QA pass: five of the eight test buildings place a lift module whose shaft down
   * to the entrance is neither placed nor priced, said only in each bill of materials); "" where none does.
   */
  static String costLeavesOut(List<Row> taking) {
    List<Row> low = taking.stream().filter(r -> !r.costLeavesOut().isEmpty()).toList();
    if (low.isEmpty()) {
      return "";
    }
    // on how many buildings each item is left out, by its words ("the new lift's way down")
    Map<String, Integer> how = new TreeMap<>();
    for (Row r : low) {
      r.costLeavesOut().stream().map(Missing::costItem).distinct().forEach(w -> how.merge(w, 1, Integer::sum));
    }
    String most = String.join(", ", how.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> String.format(Locale.ROOT, "%s (%d)", e.getKey(), e.getValue())).toList());
    return String.format(Locale.ROOT, "Cost leaves out: on %d of the %d building(s) with dwellings, what their bills of"
        + " materials list as missing, so their cost and cost per dwelling are low by it (batch-summary.csv's"
        + " costLeavesOut): %s%n", low.size(), taking.size(), most);
  }

  /**
   * The console's line of the best layouts' embodied carbon over the buildings that take dwellings ({@code taking}):
   * the product stage (A1-A3, batch-summary.csv's carbonKgCo2e) summed and per dwelling, and the transport carbon
   * over {@code factoryKm} from the factory, summed from the bills of materials, or that it is not counted; with
   * {@code unverified} (the catalogue gives the carbon of a module type of the best layouts as unverified), that it
   * rests on assumptions. Empty where no building takes dwellings. A QA pass: a planner reporting carbon had to add up
   * every building's bill.
   */
  static String carbon(List<Row> taking, OptionalDouble factoryKm, boolean unverified) {
    int dwellings = taking.stream().mapToInt(Row::dwellings).sum();
    if (dwellings == 0) {
      return "";
    }
    // each building's as batch-summary.csv gives it, to the kg, so that the sum is the column's (a QA pass: 1 kg apart)
    double embodied = taking.stream().mapToLong(r -> Math.round(r.carbonKgCo2e())).sum();
    String transport = factoryKm.isEmpty() ? "; transport from the factory not counted (no --factory-km)"
        : String.format(Locale.ROOT, "; transport from the factory at %s km: %,d kg CO2e (the laden trips one way;"
        + " batch-summary.csv's transportCarbonKgCo2e summed)",
        BigDecimal.valueOf(factoryKm.getAsDouble()).stripTrailingZeros().toPlainString(),
        taking.stream().mapToLong(r -> Math.round(r.transportCarbonKgCo2e().orElse(0))).sum());
    return String.format(Locale.ROOT, "Carbon: %,.0f kg CO2e A1-A3 for the %d dwellings, %,.0f a dwelling"
        + " (batch-summary.csv's carbonKgCo2e summed)%s%s%n", embodied, dwellings, embodied / dwellings, transport,
        unverified ? "; on catalogue carbon figures tagged [U] (or derived from such, untagged or without a source):"
        + " assumptions until the manufacturers' EPDs replace them" : "");
  }

  /**
   * The check column of a building without dwellings whose (empty) layout passed: nothing a planner would build was
   * checked, and "passed" read as good news beside 0 dwellings (QA48).
   */
  static final String NOTHING_CHECKED = "-";

  /**
   * The independent check in the summary's words: "passed", or how many rules its layouts break; with how many notes
   * the best layout's check has beyond the rules (the result file's {@code report.checkNotes}).
   */
  static String check(int violations, List<CheckReport> checks) {
    int notes = checks.isEmpty() ? 0 : checks.get(0).notes().size();
    return (violations == 0 ? "passed" : violations + " violations")
        + (notes == 0 ? "" : " with " + notes + (notes == 1 ? " note" : " notes") + " (report.checkNotes)");
  }

  /** The outcome of {@code f}, with what it threw thrown again as it was. */
  private static Configured done(Future<Configured> f) throws IOException, InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
