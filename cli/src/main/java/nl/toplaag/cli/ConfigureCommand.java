package nl.toplaag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.export.ExportFormat;
import nl.toplaag.export.ExportScene;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.OutPaths;
import nl.toplaag.layout.Layout;
import nl.toplaag.limits.LimitEffect;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code toplaag configure}: the best layout for one building, checked, summarised and written as JSON. */
@Command(name = "configure", mixinStandardHelpOptions = true,
    description = "Finds the best layout of prefab modules on one building.")
final class ConfigureCommand implements Callable<Integer> {

  /** How a request is configured: the configurator, or in tests one that fails as the configurator may. */
  static Function<ConfigurationRequest, ConfigurationResult> configurator =
      req -> new CpSatConfigurator().configure(req);

  @Spec CommandSpec spec;

  @Option(names = "--building", description = "building JSON file (default: the bundled galerijflat)")
  Path building;

  @Option(names = "--catalog", description = "catalogue directory (default: the bundled catalogue)")
  Path catalog;

  @Option(names = "--storeys", defaultValue = "2", description = "most storeys to add (default ${DEFAULT-VALUE})")
  int storeys;

  @Option(names = "--objective", defaultValue = "most-dwellings",
      description = "most-dwellings | cost-per-dwelling | carbon | circularity: which layout wins among those with"
          + " the most dwellings (default ${DEFAULT-VALUE}: the most usable area, then the lowest cost)")
  String objective;

  @Option(names = "--line", split = ",", description = "product line ids to consider (default: all)")
  List<String> lines; // null: not given, every line

  @Option(names = "--time-limit", defaultValue = "10",
      description = "seconds per product line, as a work budget with one worker (the same output on any machine;"
          + " the clock may run past it, more in a fresh JVM); the lines run side by side, one per core; a line"
          + " whose gallery may stand on the roof or cantilevered is solved with each choice, one after the other"
          + " (default ${DEFAULT-VALUE})")
  double timeLimitS;

  @Option(names = "--workers", defaultValue = "1",
      description = "search workers; 1 is deterministic (default ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  int seed;

  @Option(names = "--alternatives", defaultValue = "3",
      description = "layouts to return, 1 to 10: the best; then the best by the other end of the trade-off"
          + " between usable area and cost (the cheapest, or with --objective cost-per-dwelling, carbon or"
          + " circularity the one with the most usable area) of any product line with as many dwellings, where it"
          + " differs; then the next best with as many"
          + " dwellings, each differing in its modules from those before it (else the planner's layout); each says"
          + " what is proven about it (default ${DEFAULT-VALUE})")
  int alternatives;

  @Option(names = "--factory-km", paramLabel = "KM",
      description = "one-way road distance from the module factory to the building, km, 0 to 3000, for the"
          + " transport carbon of the bill of materials (default: none, and the transport carbon is listed as"
          + " missing)")
  Double factoryKm; // null: not given
  /** {@link #factoryKm}, checked. */
  private OptionalDouble factory = OptionalDouble.empty();

  @Option(names = "--smallest-dwelling", paramLabel = "M2", defaultValue = "0",
      description = "take only the dwelling types of at least this usable area, m2 (e.g. 40; default: any); the"
          + " rules checked name the types kept, and a line with none says so")
  double smallestDwellingM2;

  @Option(names = "--both-ends", description = Inputs.BOTH_ENDS_HELP)
  boolean bothEnds;

  @Option(names = "--out", defaultValue = "out", description = "output directory (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--export", split = ",", paramLabel = "FORMAT",
      description = "also write the best layout on the building for other tools, as <building>.glb (glTF 2.0"
          + " binary: viewers, presentations) and/or <building>.ifc (IFC4: BIM tools) in --out: glb, ifc or both"
          + " with a comma (toplaag export writes any layout of a result file)")
  List<String> exports; // null: not given

  @Option(names = "--explain", description = "say where each total comes from")
  boolean explain;

  @Option(names = "--what-limits",
      description = "say what limits the dwelling count: the best line (every line, where none takes a dwelling)"
          + " solved again with each limit of the building lifted alone (bearing lines' capacities, foundation"
          + " reserve, area-load reserve, zoning height and storeys), then the load limits together, the extended"
          + " stair cores each on a structure of its own instead of on the walls beside it, the line's fire"
          + " resistance, how high its modules stack, its gallery's balustrade and depth and its lift's car, the"
          + " line's own limits with the load limits, and every limit"
          + " together, each within a quarter of --time-limit (at least 1 s, at most the limit), with what the layout"
          + " found needs of the building as it is and, of the foundation or area-load reserve lifted alone, the least"
          + " that as many dwellings need, bracketed by five solves more, and how many times the building's own that"
          + " is; in the summary and the result file's whatLimits")
  boolean whatLimits;

  @Option(names = "--other-front",
      description = "also configure the building with its wings' fronts (the gallery sides) on their other long"
          + " sides, the request otherwise the same (one layout): the building's own fronts are the ones its file"
          + " gives, or where it gives no wing (or was imported from the 3D BAG, which does not record the gallery"
          + " side) the long side further south, assumed, and an L's on its outer facades (the other fronts put its"
          + " galleries in the courtyard); one line after the summary and the result file's otherFront")
  boolean otherFront;

  @Option(names = "--choose-front",
      description = "where the building's gallery side is not known (its file gives no wing, or it was imported"
          + " from the 3D BAG), configure it with either long side as the front and take the side whose best layout"
          + " holds more dwellings (the side assumed on a tie), saying so in the summary, the result file's front"
          + " and, for the side not taken, its otherFront; a front the file gives, and an L's, are kept")
  boolean chooseFront;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outw = spec.commandLine().getOut();
    Building b;
    Catalog c;
    Objective obj;
    SolverSettings settings;
    List<ExportFormat> formats;
    try {
      b = Inputs.building(building);
    } catch (InputException e) {
      int code = Inputs.bad(err, e);
      BuildingReader.idOf(building).ifPresent(id -> removeEarlierResults(id, err));
      return code;
    }
    try {
      c = Inputs.catalog(catalog, err);
      obj = Inputs.objective(objective);
      lines = Inputs.lines(c, lines);
      settings = settings();
      formats = Inputs.exportFormats(exports);
      Inputs.smallestDwellingM2(smallestDwellingM2);
      factory = Inputs.factoryKm(factoryKm);
      OutPaths.directory(out);
      OutPaths.notInput(out, Reports.files(b.id()), building);
    } catch (InputException e) {
      return Inputs.bad(err, e);
    }
    try {
      return configure(b, c, obj, settings, formats, err, outw);
    } catch (RuntimeException | OutOfMemoryError e) {
      throw OutOfMemory.whileDoing(e, "configuring building " + b.id());
    }
  }

  /**
   * Configures {@code given} as asked (with {@code --choose-front}, on the long side that holds more where its front is
   * assumed), prints the summary and writes the files; returns the exit code.
   */
  private int configure(Building given, Catalog c, Objective obj, SolverSettings settings, List<ExportFormat> formats,
      PrintWriter err, PrintWriter outw) throws IOException {
    FrontChoice.Chosen chosen = FrontChoice.configure(new ConfigurationRequest(given, c, lines, storeys, obj,
        BuildingCode.BB2012, settings, Reports.moduleScores(c), smallestDwellingM2), configurator, chooseFront,
        otherFront);
    ConfigurationRequest req = chosen.request();
    ConfigurationResult r = chosen.result();
    if (r.status() == nl.toplaag.solve.SolveStatus.INVALID_INPUT) {
      err.println("toplaag: bad input: " + String.join("; ", r.explanation()));
      return Toplaag.BAD_INPUT;
    }
    Building b = req.building(); // with --choose-front, maybe turned to its other long side
    // checked and billed with the dwelling types asked for: a layout with another is rejected
    List<CheckReport> checks = Reports.checks(b, req.catalog(), r.layouts(), storeys);
    Reports.Report report = Reports.of(b, req.catalog(), r, factory);
    outw.print(Summary.text(b, req, r, checks, report, explain));
    if (chooseFront) {
      outw.print(FrontChoice.text(chosen, otherFront));
    }
    // with --choose-front alone, the front's line says what the side not taken gives; the result file records it
    Optional<OtherFront.Outcome> other = chosen.other();
    if (otherFront) {
      outw.print(OtherFront.text(other.orElseThrow(), r.dwellings(), b.wings().size()));
    }
    Map<String, List<LimitEffect>> limits = whatLimits ? LimitsReport.of(req, r, lines) : Map.of();
    if (whatLimits) {
      outw.print(LimitsReport.text(limits, r, settings.timeLimitMs(),
          line -> req.catalog().line(line).map(l -> l.dwellings().isEmpty()).orElse(false), smallestDwellingM2));
    }
    if (obj != Objective.MOST_DWELLINGS && r.best().isPresent()) {
      // its best layout alone: no alternatives to search, and a plan of a line that cannot beat the best so far stops
      ConfigurationResult r0 = configurator.apply(req.withObjective(Objective.MOST_DWELLINGS)
          .withSettings(settings.withAlternatives(1)));
      outw.println("Compared with the default objective (most dwellings, then area, then cost):");
      outw.print(Reports.compare(obj.cliName(), b, c, r.best().get()));
      r0.best().ifPresent(l0 -> {
        outw.print(Reports.compare("most-dwellings", b, c, l0));
        outw.print(moreArea(b, c, r, l0));
      });
    }
    ExportScene scene = formats.isEmpty() ? null : ExportScene.of(b, r.best().orElse(null), c,
        report == null ? null : report.bom());
    List<Path> written = Reports.write(out, req, factory, r, report, checks, limits,
        FrontChoice.resultFields(chosen, chooseFront, otherFront),
        Reports.exports(out, b, scene, formats));
    List<Path> removed = Reports.removeStaleExports(out, b, formats);
    outw.println("Written: " + String.join(" and ", written.stream().map(Path::toString).toList())
        + (removed.isEmpty() ? "" : "; removed " + String.join(" and ", removed.stream().map(Path::toString).toList())
            + ", an earlier run's model (no --export of it)"));
    outw.flush();
    return checks.stream().allMatch(CheckReport::valid) ? 0 : 1;
  }

  /**
   * Removes from {@code --out}, where it is a directory one can write into, an earlier run's result, bill of materials
   * and models of the building {@code id}, whose file this run rejects, and names them on {@code err}: a script or a
   * user looking in {@code --out} after the error would otherwise take that layout, of another input, for this one's
   * (as batch does for a building it skips). Where they cannot be removed, it says so and leaves them.
   */
  private void removeEarlierResults(String id, PrintWriter err) {
    try {
      OutPaths.directory(out);
      OutPaths.notInput(out, Reports.files(id), building); // the bad file itself is not removed
      List<Path> removed = Reports.removeResults(out, id);
      if (!removed.isEmpty()) {
        err.println("toplaag: removed " + String.join(" and ", removed.stream().map(Path::toString).toList())
            + ", an earlier run's results of building " + id + ", whose file is bad now");
      }
    } catch (InputException | IOException e) {
      err.println("toplaag: an earlier run's results of building " + id + " in " + out + " were not removed: "
          + e.getMessage());
    }
  }

  /**
   * Where the default objective's layout {@code l0} holds as many dwellings as the best of {@code r} on more usable
   * area than any layout {@code r} lists, a line saying so: the layout for the most usable area that {@code r}'s
   * search did not find, which its Why says may exist (a QA pass: the console showed it below that line without a
   * word); else "".
   */
  static String moreArea(Building b, Catalog c, ConfigurationResult r, Layout l0) {
    int dwellings = r.best().map(Layout::dwellingCount).orElse(-1);
    if (l0.dwellingCount() != dwellings) {
      return "";
    }
    double area0 = Reports.usableAreaM2(b, c, l0);
    double listed = r.layouts().stream().filter(l -> l.dwellingCount() == dwellings)
        .mapToDouble(l -> Reports.usableAreaM2(b, c, l)).max().orElse(0);
    return area0 <= listed + 0.05 ? "" : String.format(java.util.Locale.ROOT, "  the most-dwellings layout holds as"
        + " many dwellings on more usable area, %.1f m2, than any layout listed above (at most %.1f m2): the layout for"
        + " the most usable area this run's search did not find (--objective most-dwellings shows it)%n", area0,
        listed);
  }

  SolverSettings settings() throws InputException {
    long limitMs = Inputs.timeLimitMs(timeLimitS);
    Inputs.inRange("--workers", workers, 1, 64);
    Inputs.inRange("--storeys", storeys, 1, 10);
    Inputs.inRange("--alternatives", alternatives, 1, 10);
    return new SolverSettings(limitMs, workers, seed, alternatives, Inputs.grid(bothEnds));
  }
}
