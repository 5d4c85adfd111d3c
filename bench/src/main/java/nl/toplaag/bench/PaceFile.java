package nl.toplaag.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toplaag.io.InputException;

/**
 * A run's {@link Pace} as a small text file beside its results CSV, so that {@code --compare OLD.csv} can read the
 * earlier run's pace: {@code X.csv}'s is {@code X.pace.txt} (the run writes {@code results.pace.txt}, or
 * {@code quick-results.pace.txt}; a results file kept under another name keeps its pace under the same name).
 * The CSV itself is unchanged, so results written before the probe existed still load; their pace is unknown.
 *
 * <p>The format: lines {@code key=value}, {@code #} comments; keys {@code work}, {@code outcomes} (the distinct
 * results, separated by {@code "; "}), {@code beforeMs} and {@code afterMs} (each run's wall time, ms, separated by
 * commas). Unknown keys are ignored, so later versions may add some.
 */
final class PaceFile {

  private PaceFile() {}

  /** The pace file of results CSV {@code csv}: its name with {@code .csv} replaced by {@code .pace.txt}. */
  static Path beside(Path csv) {
    String name = csv.getFileName().toString();
    String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return csv.resolveSibling(stem + ".pace.txt");
  }

  /** The file's text for {@code pace}. */
  static String write(Pace pace) {
    return "# Toplaag benchmark pace probe (nl.toplaag.bench.PaceProbe): the same fixed solver work, timed right after"
        + " the warm-up\n# (before the roofs) and after the main set; wall time of each run, ms. Times across runs"
        + " compare by these.\n"
        + "work=" + pace.work() + "\n"
        + "outcomes=" + String.join("; ", pace.outcomes()) + "\n"
        + "beforeMs=" + join(pace.beforeMs()) + "\n"
        + "afterMs=" + join(pace.afterMs()) + "\n";
  }

  /**
   * Reads the pace in {@code file}.
   *
   * @throws InputException naming the file when it cannot be read, lacks a key or holds a time that is not a whole
   *     number of ms
   */
  static Pace read(Path file) throws InputException {
    String expected = "expected a pace file that bench wrote beside its results (keys work, outcomes, beforeMs and"
        + " afterMs)";
    Map<String, String> v = new LinkedHashMap<>();
    for (String line : ResultsCsv.lines(file, expected)) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        v.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
      }
    }
    for (String key : List.of("work", "outcomes", "beforeMs", "afterMs")) {
      if (!v.containsKey(key) || v.get(key).isEmpty()) {
        throw new InputException(file.toString(), "", "not a pace file (no " + key + "=); " + expected);
      }
    }
    try {
      return new Pace(v.get("work"), List.of(v.get("outcomes").split("; ")), times(v.get("beforeMs")),
          times(v.get("afterMs")));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      throw new InputException(file.toString(), "", e.getMessage() + "; expected times in whole ms, separated by"
          + " commas");
    }
  }

  /**
   * The pace beside the earlier run's results {@code earlierCsv} ({@link #beside}), read before this run solves
   * anything, or {@code null} where there is none (a run before the pace probe wrote none).
   *
   * @throws InputException naming the pace file when there is one but it cannot be read as a pace
   */
  static Pace readBeside(Path earlierCsv) throws InputException {
    Path file = beside(earlierCsv);
    return Files.isRegularFile(file) ? read(file) : null;
  }

  /**
   * The comparison section's paragraph on the pace: {@code now} against {@code earlier}, the pace beside
   * {@code earlierCsv} ({@link #readBeside}), where there is one, else saying that the earlier run's pace is unknown
   * and why.
   */
  static String comparison(Path earlierCsv, Pace earlier, Pace now) {
    Path file = beside(earlierCsv);
    return earlier == null ? now.earlierUnknown("no " + file.getFileName() + " beside " + earlierCsv.getFileName()
        + "; runs before the pace probe wrote none") : now.comparedWith(earlier, file.getFileName().toString());
  }

  private static String join(List<Long> ms) {
    List<String> s = new ArrayList<>();
    ms.forEach(m -> s.add(Long.toString(m)));
    return String.join(",", s);
  }

  private static List<Long> times(String csv) {
    List<Long> out = new ArrayList<>();
    for (String f : csv.split(",")) {
      out.add(Long.parseLong(f.trim()));
    }
    return out;
  }
}
