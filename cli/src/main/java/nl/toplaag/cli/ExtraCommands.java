package nl.toplaag.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import nl.toplaag.io.OutPaths;
import nl.toplaag.io.ResultJson;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.Solved;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.testbuildings.TestBuildings;
import nl.toplaag.viewer.FxPlatform;
import nl.toplaag.viewer.SceneRenderer;
import nl.toplaag.viewer.ViewRequest;
import nl.toplaag.viewer.ViewerInput;
import nl.toplaag.viewer.ViewerLauncher;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.ColourMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Commands that open the viewer and render pictures; they delegate to the viewer module. */
final class ExtraCommands {

  /**
   * The most storeys a command may add ({@code --storeys}), and the highest added storey an element of a layout file
   * may stand on. A layout file does not say how many storeys were asked for, so its layouts are checked against this
   * (and the building's zoning limit).
   */
  static final int MAX_STOREYS = 10;

  /** The most rules broken that a warning on a layout read lists, one a line; a count of the rest follows. */
  static final int MOST_LISTED = 10;

  private ExtraCommands() {}

  /** Options shared by {@code view} and {@code render}: what to show. */
  static class Scene {
    @Option(names = "--building", description = "building JSON file (default: the layout's bundled building, or"
        + " the bundled galerijflat)")
    Path building;

    @Option(names = "--catalog", description = "catalogue directory (default: bundled)")
    Path catalog;

    @Option(names = "--layout", description = "a result JSON written by configure; without it the building is"
        + " configured first")
    Path layout;

    @Option(names = "--storeys", defaultValue = "2",
        description = "storeys to add when configuring, 1 to 10 (default ${DEFAULT-VALUE}); render and export"
            + " configure only without --layout, and take it only then")
    int storeys;

    @Option(names = "--smallest-dwelling", paramLabel = "M2", defaultValue = "0",
        description = "when configuring (and re-solving in the viewer), only the dwelling types of at least this"
            + " usable area, m2 (default: any), as configure --smallest-dwelling")
    double smallestDwellingM2;

    Building b;
    Catalog c;
    /** The layouts to show, with what is proven about each where known; null until loaded. */
    Solved shown;
    /**
     * What the result file read with {@code --layout} says was asked, which its layouts are checked against: the
     * storeys (at most {@link #MAX_STOREYS} where it does not say) and the least usable area of a dwelling, m² (0:
     * any). A QA pass: a layout of more storeys than asked, or with a dwelling smaller than asked, passed.
     */
    int askedStoreys = MAX_STOREYS;
    double askedSmallestDwellingM2;
    /** The grid of the free positions the result file read asked for ({@code --both-ends}): the viewer re-solves so. */
    PositionGrid askedGrid = PositionGrid.FROM_START;
    /**
     * What the result file read with {@code --layout} asked for, where it says: its storeys, its product line where it
     * asked for one alone (else ""), its objective; null where it does not say. The viewer's re-solve starts from it
     * (an architect's QA pass: it offered two storeys of "any line" for an LSF-only result).
     */
    ViewRequest asked;
    /** The result file's {@code request}, where the file read with {@code --layout} has one; else null. */
    private JsonInput askedRequest;

    /**
     * Rejects the options that configure the building ({@code --storeys}, {@code --smallest-dwelling}) where the
     * command draws the layouts read with {@code --layout} instead, and configures nothing: they would be ignored
     * (QA58: {@code export --layout F --storeys 2} wrote the file's layout of one storey, as if asked). Not for
     * {@code view}, whose re-solving takes them.
     */
    void noConfiguringOptionsWithLayout(CommandSpec spec) throws InputException {
      if (layout == null) {
        return;
      }
      for (String option : List.of("--storeys", "--smallest-dwelling")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
          throw new InputException(option, "", "not used with --layout (" + spec.name() + " draws the layouts of "
              + layout + " as they are, and configures nothing): drop " + option + ", or drop --layout to configure"
              + " the building with it");
        }
      }
    }

    /**
     * The objective a result file names, the default where it names none or one this version does not know: only the
     * viewer's re-solve starts from it, so an older file is still drawn and exported (a review).
     */
    private static Objective objective(String name) {
      try {
        return Objective.parse(name);
      } catch (IllegalArgumentException e) {
        return Objective.MOST_DWELLINGS;
      }
    }

    /** Loads the building, catalogue and layouts. */
    void load(boolean solveWithoutLayout) throws InputException {
      Inputs.inRange("--storeys", storeys, 1, MAX_STOREYS);
      Inputs.smallestDwellingM2(smallestDwellingM2);
      c = Inputs.catalog(catalog);
      JsonInput file = null;
      if (layout != null) {
        file = JsonInput.read(layout);
        shown = ResultJson.readSolved(file, c, MAX_STOREYS);
        if (file.has("request")) {
          JsonInput asked = file.get("request");
          askedRequest = asked;
          askedStoreys = asked.optInt("storeys", MAX_STOREYS, 1, MAX_STOREYS);
          askedSmallestDwellingM2 = asked.optDouble("smallestDwellingM2", 0, 0, Double.MAX_VALUE, "m2");
          askedGrid = asked.has("positionGrid")
              ? PositionGrid.ofFileName(asked.getChoice("positionGrid", PositionGrid.fileNames()))
              : PositionGrid.FROM_START;
          List<JsonInput> lines = asked.optArray("productLines");
          String line = lines.size() == 1 ? lines.get(0).node().asText() : "";
          this.asked = new ViewRequest(asked.has("storeys") ? askedStoreys : storeys,
              c.line(line).isPresent() ? line : "", objective(asked.optString("objective", "")));
        }
      }
      List<Layout> layouts = shown == null ? List.of() : shown.layouts();
      if (building == null && !layouts.isEmpty()) {
        String id = layouts.get(0).buildingId();
        if (TestBuildings.all().stream().noneMatch(t -> t.id().equals(id))) {
          throw new InputException(layout.toString(), "/layouts/0/buildingId", "building \"" + id
              + "\" is not bundled: give its file with --building");
        }
        b = TestBuildings.load(id);
      } else {
        b = Inputs.building(building);
      }
      if (file != null) { // configure --choose-front may have turned it; its layouts are in the turned wing's frame
        b = FrontChoice.asConfigured(b, file);
      }
      for (int i = 0; i < layouts.size(); i++) {
        if (!layouts.get(i).buildingId().equals(b.id())) {
          throw new InputException(layout.toString(), "/layouts/" + i + "/buildingId", "expected a layout of"
              + " building \"" + b.id() + "\" (" + (building == null ? "that of /layouts/0" : "--building "
              + building) + ") but found one of \"" + layouts.get(i).buildingId() + "\"");
        }
      }
      if (shown == null) {
        shown = solveWithoutLayout ? solve(new ViewRequest(storeys, "", Objective.MOST_DWELLINGS))
            : Solved.of(List.of());
      }
    }

    /**
     * The factory distance the layouts' bill of materials takes, km, once loaded: {@code given} ({@code --factory-km},
     * null where not given) where given, else the one the result file read with {@code --layout} records (what
     * {@code configure --factory-km} gave), else none, and the transport carbon is then listed as missing.
     */
    OptionalDouble factoryKm(Double given) throws InputException {
      return given != null || askedRequest == null ? Inputs.factoryKm(given) : Inputs.factoryKm(askedRequest);
    }

    /** Where {@link #factoryKm} took its distance from: "--factory-km" or the result file's field; or "". */
    String factoryKmSource(Double given) {
      return given != null ? "--factory-km" : askedRequest != null && askedRequest.has(Reports.FACTORY_KM)
          ? "request.factoryKm of " + layout : "";
    }

    /**
     * Runs the independent checker on each layout read with {@code --layout} and prints a warning to {@code err} for
     * each that breaks rules (it is still shown: a user may want to look at a hand-edited layout).
     *
     * @return whether every layout read passes (true when none was read)
     */
    boolean checkLayoutsRead(PrintWriter err) {
      if (layout == null) {
        return true;
      }
      boolean pass = true;
      Catalog kept = askedSmallestDwellingM2 > 0 ? c.withDwellingsOfAtLeast(askedSmallestDwellingM2) : c;
      List<CheckReport> checks = Reports.checks(b, kept, shown.layouts(), askedStoreys);
      for (int i = 0; i < checks.size(); i++) {
        List<Violation> v = checks.get(i).violations();
        if (!v.isEmpty()) {
          // every rule broken, one a line (a stale load figure first would hide the rule that moved it)
          err.println("toplaag: warning: layout " + (i + 1) + " of " + layout + " breaks " + v.size()
              + " rule(s) of building " + b.id() + ":");
          List<Violation> listed = v.subList(0, Math.min(v.size(), MOST_LISTED));
          for (Violation x : listed) { // with the element's id where the message does not name it
            err.println("  - " + x.rule() + ": " + x.message() + (x.elementId().isEmpty()
                || x.message().contains(x.elementId()) ? "" : " (" + x.elementId() + ")"));
          }
          if (v.size() > MOST_LISTED) {
            err.println("  - and " + (v.size() - MOST_LISTED) + " more");
          }
          // the messages place elements in the wing's frame
          if (listed.stream().anyMatch(x -> x.message().matches("(?s).*\\b[st] = .*"))) {
            err.println("  (s and t: metres along the wing from its start and across it from its front, as sMm and tMm"
                + " in the layout file)");
          }
          pass = false;
        }
        for (var note : checks.get(i).notes()) {
          err.println("toplaag: note: layout " + (i + 1) + " of " + layout + ": " + note.text());
        }
        // the cost it states, against its bill of materials recomputed from its elements and the catalogue
        Layout l = shown.layouts().get(i);
        long sums = Reports.bom(b, c, l).totals().costEur();
        if (l.costEur() != sums) {
          err.println(String.format(Locale.ROOT, "toplaag: warning: layout %d of %s states a cost of EUR %,d, but its"
              + " bill of materials, recomputed from its elements and the catalogue, sums EUR %,d", i + 1, layout,
              l.costEur(), sums));
          pass = false;
        }
      }
      err.flush();
      return pass;
    }

    /**
     * Layout {@code index} (1: the best) of those loaded, or null where none was found (the building alone).
     *
     * @throws InputException where {@code index} names no layout loaded
     */
    Layout layoutAt(int index) throws InputException {
      int n = shown.layouts().size();
      if (index < 1 || index > Math.max(1, n)) {
        throw new InputException("--index", "", "expected a layout number from 1 to " + Math.max(1, n)
            + " but found " + index);
      }
      return n == 0 ? null : shown.layouts().get(index - 1);
    }

    Solved solve(ViewRequest r) {
      List<String> lines = r.productLineId().isEmpty() ? List.of() : List.of(r.productLineId());
      ConfigurationRequest req = new ConfigurationRequest(b, c, lines, Math.max(1, r.storeys()),
          r.objective(), BuildingCode.BB2012, new SolverSettings(10_000, 1, 1, 3, askedGrid),
          Reports.moduleScores(c), smallestDwellingM2);
      try {
        return Solved.of(new CpSatConfigurator().configure(req));
      } catch (RuntimeException | OutOfMemoryError e) {
        throw OutOfMemory.whileDoing(e, "configuring building " + b.id());
      }
    }
  }

  /**
   * {@code toplaag view}: the 3D viewer window. Exit code 1 when a layout read with {@code --layout} breaks rules of
   * the independent checker, or states another cost than its bill of materials sums (it is shown all the same, after
   * a warning).
   */
  @Command(name = "view", mixinStandardHelpOptions = true, description = "Opens the 3D viewer.")
  static final class ViewCommand extends Scene implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--factory-km", paramLabel = "KM",
        description = "one-way road distance from the module factory to the building, km, 0 to 3000, for the"
            + " transport carbon in the bill of materials; default: the factoryKm of the result file read with"
            + " --layout (configure --factory-km), else none, and the bill says it is missing")
    Double factoryKm; // null: not given

    /**
     * Where the viewer's re-solve starts, once loaded: what the result file read asked for (its storeys, its line where
     * it asked for one alone, its objective, its least dwelling size), {@code --storeys} and {@code
     * --smallest-dwelling} where given ({@code storeysGiven}, {@code smallestGiven}); without a result file, the
     * options. Sets the least dwelling size the re-solve uses.
     */
    ViewRequest start(boolean storeysGiven, boolean smallestGiven) {
      if (asked == null) {
        return new ViewRequest(storeys, "", Objective.MOST_DWELLINGS);
      }
      if (!smallestGiven) {
        smallestDwellingM2 = askedSmallestDwellingM2;
      }
      return storeysGiven ? new ViewRequest(storeys, asked.productLineId(), asked.objective()) : asked;
    }

    @Override
    public Integer call() throws Exception {
      OptionalDouble factory;
      try {
        Inputs.factoryKm(factoryKm); // the option's own value, before the building is configured
        load(true);
        factory = factoryKm(factoryKm);
      } catch (InputException e) {
        return Inputs.bad(spec.commandLine().getErr(), e);
      }
      boolean pass = checkLayoutsRead(spec.commandLine().getErr());
      ViewRequest start = start(spec.commandLine().getParseResult().hasMatchedOption("--storeys"),
          spec.commandLine().getParseResult().hasMatchedOption("--smallest-dwelling"));
      ViewerInput in = ViewerInput.of(b, shown, c).withScores(Reports.moduleScores(c)).withSource(this::solve, start)
          .withFactoryKm(factory);
      try {
        ViewerLauncher.open(in);
      } finally {
        FxPlatform.exit();
      }
      return pass ? 0 : 1;
    }
  }

  /**
   * {@code toplaag render}: the same scene as a PNG, without a window. Exit code 1 when a layout read with
   * {@code --layout} breaks rules of the independent checker, or states another cost than its bill of materials
   * sums (it is drawn all the same, after a warning).
   */
  @Command(name = "render", mixinStandardHelpOptions = true, description = "Renders the scene to a PNG.")
  static final class RenderCommand extends Scene implements Callable<Integer> {

    /** A {@code --size} read as numbers but out of range: its message says which figure and why. */
    private static final class BadSize extends NumberFormatException {
      BadSize(String why) {
        super(why);
      }
    }

    @Spec CommandSpec spec;

    @Option(names = "--view", defaultValue = "iso", description = "iso (perspective, the first wing's front from its"
        + " left and above) | top (a plan, north up) | front (the elevation of the first wing's front, the gallery"
        + " side, square-on); top and front are near-parallel views, to be read to scale (default ${DEFAULT-VALUE})")
    String view;

    @Option(names = "--colour", defaultValue = "type",
        description = "type | line | load | circularity (default ${DEFAULT-VALUE})")
    String colour;

    @Option(names = "--size", defaultValue = "1280x800",
        description = "WIDTHxHEIGHT in pixels, 64..8000 each and at most 48 million in all, with at least half the"
            + " height left to the view below the caption and legend (default ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--out", required = true,
        description = "the PNG file to write (its name ends in .png; missing folders are made)")
    Path out;

    @Option(names = "--index", defaultValue = "1",
        description = "which layout to draw: 1 the best, 2 the next listed, ... (default ${DEFAULT-VALUE})")
    int index;

    @Override
    public Integer call() throws Exception {
      View v;
      ColourMode mode;
      int w;
      int h;
      Layout drawn;
      try {
        if (!List.of("iso", "top", "front").contains(view.toLowerCase(Locale.ROOT))) {
          throw new InputException("--view", "", "expected iso, top or front but found \"" + view + "\"");
        }
        v = View.parse(view);
        mode = switch (colour.toLowerCase(Locale.ROOT)) {
          case "type" -> ColourMode.MODULE_TYPE;
          case "line" -> ColourMode.PRODUCT_LINE;
          case "load" -> ColourMode.LOAD_USE;
          case "circularity" -> ColourMode.CIRCULARITY;
          default -> throw new InputException("--colour", "", "expected type, line, load or circularity but found \""
              + colour + "\"");
        };
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        if (wh.length != 2) { // 300x500x9 was read as 300x500 (a review)
          throw new NumberFormatException();
        }
        w = Integer.parseInt(wh[0]);
        h = Integer.parseInt(wh[1]);
        // which of them is off (a QA pass: "100x50" was answered with the ranges alone)
        if (w < 64 || w > 8000 || h < 64 || h > 8000) {
          throw new BadSize(w < 64 || w > 8000 ? "the width " + w + " is outside 64..8000"
              : "the height " + h + " is outside 64..8000");
        }
        if ((long) w * h > SceneRenderer.MAX_PIXELS) {
          throw new BadSize(String.format(Locale.ROOT, "%d x %d is %.1f million pixels", w, h,
              (long) w * h / 1e6));
        }
        if (!String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".png")) {
          throw new InputException("--out", "", "expected a file name ending in .png but found \"" + out + "\"");
        }
        OutPaths.file(out);
        noConfiguringOptionsWithLayout(spec);
        load(layout == null);
        drawn = layoutAt(index);
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        spec.commandLine().getErr().println("toplaag: bad input: " + (e instanceof NumberFormatException
            || e instanceof ArrayIndexOutOfBoundsException ? "--size: expected WIDTHxHEIGHT, 64..8000 each and at"
            + " most " + SceneRenderer.MAX_PIXELS / 1_000_000 + " million pixels, but found \"" + size + "\""
            + (e instanceof BadSize ? ": " + e.getMessage() : "")
            : e.getMessage()));
        return Toplaag.BAD_INPUT;
      } catch (InputException e) {
        return Inputs.bad(spec.commandLine().getErr(), e);
      }
      boolean pass = checkLayoutsRead(spec.commandLine().getErr());
      try {
        SceneRenderer.renderPng(b, drawn, c, Reports.moduleScores(c), drawn == null ? null
            : shown.listWords(index - 1), v, mode, w, h, out);
      } catch (SceneRenderer.TooSmall e) { // nothing written
        spec.commandLine().getErr().println("toplaag: bad input: " + e.getMessage());
        return Toplaag.BAD_INPUT;
      } finally {
        FxPlatform.exit();
      }
      spec.commandLine().getOut().println("Written: " + out);
      return pass ? 0 : 1;
    }
  }

  /** {@code toplaag bench}: the benchmark against the greedy baseline and the bound (see docs/benchmarks.md). */
  @Command(name = "bench", description = "Benchmarks the solver against the greedy baseline and the bound"
      + " (options: toplaag bench --help).")
  static final class BenchCommand implements Callable<Integer> {

    @picocli.CommandLine.Unmatched
    List<String> args = new java.util.ArrayList<>();

    @Override
    public Integer call() {
      if (args.contains("-V") || args.contains("--version")) {
        System.out.println(Toplaag.VERSION);
        return 0;
      }
      return nl.toplaag.bench.Benchmark.run(args.toArray(String[]::new), System.out, System.err);
    }
  }
}
