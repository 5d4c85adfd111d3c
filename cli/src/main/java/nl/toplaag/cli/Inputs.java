package nl.toplaag.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.export.ExportFormat;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.Objective;
import nl.toplaag.testbuildings.TestBuildings;

/** Loads the building and catalogue named on the command line, or the bundled defaults. */
final class Inputs {

  private Inputs() {}

  static Building building(Path file) throws InputException {
    return file == null ? TestBuildings.defaultBuilding() : BuildingReader.read(file);
  }

  static Catalog catalog(Path dir) throws InputException {
    return dir == null ? CatalogReader.bundled() : CatalogReader.read(dir);
  }

  /**
   * The catalogue in {@code dir} (or the bundled one); when it has plausibility warnings (values that look like the
   * wrong unit), one line on {@code err} saying how many and to run {@code toplaag catalog check DIR} for them.
   */
  static Catalog catalog(Path dir, PrintWriter err) throws InputException {
    if (dir == null) {
      return CatalogReader.bundled();
    }
    CatalogReader.Checked c = CatalogReader.readChecked(dir);
    int n = c.warnings().size();
    if (n > 0) {
      err.println("toplaag: warning: the catalogue has " + n + " warning" + (n == 1 ? "" : "s") + " (a value that"
          + " looks implausible, in the wrong unit, or one left out); see toplaag catalog check " + dir);
      err.flush();
    }
    return c.catalog();
  }

  /** The objective named on the command line ({@code --objective}). */
  static Objective objective(String name) throws InputException {
    try {
      return Objective.parse(name);
    } catch (IllegalArgumentException e) {
      throw new InputException("--objective", "", "expected most-dwellings, cost-per-dwelling, carbon or circularity"
          + " but found \"" + name + "\"");
    }
  }

  /**
   * The export formats named with {@code --export} ({@code glb}, {@code ifc}), each once, in the order named; none
   * where the option is not given ({@code null}). Given with none ({@code --export ,}) is bad input (a QA pass: it
   * meant no export, and removed an earlier run's files).
   */
  static List<ExportFormat> exportFormats(List<String> names) throws InputException {
    if (names == null) {
      return List.of(); // not given
    }
    if (names.stream().allMatch(String::isBlank)) { // given with no format ("--export ,"): not the same as none
      throw new InputException("--export", "", "expected " + ExportFormat.known() + " but found none");
    }
    List<ExportFormat> out = new ArrayList<>();
    for (String name : names) {
      ExportFormat f = ExportFormat.named(name).orElseThrow(() -> new InputException("--export", "", "expected "
          + ExportFormat.known() + " but found \"" + name + "\""));
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The product lines named with {@code --line}, each once, in the order first named; every one must be in
   * {@code c}. The option is split at commas, so an id that holds commas itself ("hsb, elements") arrives in pieces:
   * a piece that names no line is joined with those after it, as typed, until they name one. Not given
   * ({@code null}): none named, every line; given with no id ({@code --line ,}) is bad input, not every line.
   */
  static List<String> lines(Catalog c, List<String> ids) throws InputException {
    if (ids == null) {
      return List.of();
    }
    if (ids.stream().allMatch(String::isBlank)) {
      throw new InputException("--line", "", "expected one or more product line ids of the catalogue, "
          + lineIds(c)
          + ", but found none");
    }
    List<String> named = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      int last = i;
      while (c.line(id).isEmpty() && last + 1 < ids.size()) {
        id += "," + ids.get(++last);
      }
      if (c.line(id).isEmpty()) {
        throw new InputException("--line", "", "expected a product line of the catalogue, "
            + lineIds(c)
            + ", but found \"" + ids.get(i) + "\"");
      }
      named.add(id);
      i = last;
    }
    return named.stream().distinct().toList();
  }

  /** The ids of {@code c}'s lines, quoted, in brackets: {@code ["clt-volumetric", "lsf-volumetric"]}. */
  private static String lineIds(Catalog c) {
    return c.lines().stream().map(l -> "\"" + l.id() + "\"").collect(Collectors.joining(", ", "[", "]"));
  }

  /** The time limit in ms of {@code seconds}, checked. */
  static long timeLimitMs(double seconds) throws InputException {
    // at least a millisecond, the limit's unit: 0.0001 s passed and then failed as an internal error (a QA pass)
    if (!(seconds >= 0.001) || seconds > 3600) {
      throw new InputException("--time-limit", "", "expected seconds from 0.001 to 3600 but found "
          + (Double.isFinite(seconds) ? java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString()
          : String.valueOf(seconds)));
    }
    return Math.round(seconds * 1000);
  }

  /** The help of {@code --both-ends} (configure and batch). */
  static final String BOTH_ENDS_HELP = "place the modules that stand on the transfer layer (not on the bearing walls)"
      + " on its grid counted from each wing's far end as well as from its start, and against either side of a wall:"
      + " a wing and its mirror image then get mirrored positions and, where both are proven, the same optimum (about"
      + " 1.3 times the time on most roofs, up to 5 times; README, \"What a proof covers\")";

  /** The grid of the free positions: from both ends of each wing where {@code --both-ends} is given. */
  static PositionGrid grid(boolean bothEnds) {
    return bothEnds ? PositionGrid.FROM_BOTH_ENDS : PositionGrid.FROM_START;
  }

  /** The least usable area of a dwelling given with {@code --smallest-dwelling}, m² (0: any), checked. */
  static double smallestDwellingM2(double m2) throws InputException {
    if (!(m2 >= 0) || m2 > MOST_DWELLING_M2) {
      throw new InputException("--smallest-dwelling", "", "expected a usable area in m2 from 0 (any) to "
          + MOST_DWELLING_M2 + " but found " + m2);
    }
    return m2;
  }

  /** The largest least usable area {@code --smallest-dwelling} takes, m²: above any dwelling, a unit slip. */
  private static final int MOST_DWELLING_M2 = 1000;

  /** The farthest factory {@code --factory-km} takes, km: across Europe by road; more is a unit slip (metres?). */
  private static final int MOST_FACTORY_KM = 3000;

  /**
   * The one-way road distance from the factory given with {@code --factory-km}, km, checked; empty where not given
   * (null), and the transport carbon is then listed as missing.
   */
  static OptionalDouble factoryKm(Double km) throws InputException {
    if (km == null) {
      return OptionalDouble.empty();
    }
    if (!(km >= 0) || km > MOST_FACTORY_KM) {
      throw new InputException("--factory-km", "", "expected the one-way road distance from the factory in km, 0 to "
          + MOST_FACTORY_KM + ", but found " + km + (km > MOST_FACTORY_KM && km / 1000 <= MOST_FACTORY_KM
          ? " (metres? that is " + km / 1000 + " km)" : ""));
    }
    return OptionalDouble.of(km + 0.0); // -0 as 0 (a review: the bill said "-0")
  }

  /**
   * The factory distance a result file's {@code request} records ({@link Reports#FACTORY_KM}), km, checked as
   * {@code --factory-km} is; empty where it records none (null, or a file written before it did).
   */
  static OptionalDouble factoryKm(JsonInput request) throws InputException {
    return request.has(Reports.FACTORY_KM)
        ? OptionalDouble.of(request.getDouble(Reports.FACTORY_KM, 0, MOST_FACTORY_KM, "km") + 0.0)
        : OptionalDouble.empty();
  }

  /** Checks that the whole number given with {@code option} lies in {@code min..max}. */
  static void inRange(String option, int value, int min, int max) throws InputException {
    if (value < min || value > max) {
      throw new InputException(option, "", "expected " + min + ".." + max + " but found " + value);
    }
  }

  /** Prints a bad-input message (one a line where the input had several errors) and returns exit code 2. */
  static int bad(PrintWriter err, InputException e) {
    for (InputException x : e.all()) { // a catalogue's errors, each on a line of its own
      err.println("toplaag: bad input: " + x.getMessage());
    }
    return Toplaag.BAD_INPUT;
  }
}
