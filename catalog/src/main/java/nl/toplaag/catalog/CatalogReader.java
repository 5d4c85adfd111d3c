package nl.toplaag.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ConnectionType;
import nl.toplaag.product.DetachabilityFactors;
import nl.toplaag.product.ProductLine;

/**
 * Reads a catalogue: a directory holding {@code catalog.json} (source note, the product-line files, connection
 * types and the detachability factor table) and one JSON file per product line (see
 * {@code catalog.schema.json} next to this class). Reading is strict: unknown fields, values out of range,
 * lengths that look like the wrong unit, duplicate ids, unknown references, lines without a dwelling, gallery,
 * stair or lift module, numeric module fields without a source note and material masses that do not add up to
 * the module mass are all rejected with an {@link InputException} naming the file, the JSON pointer and what was
 * expected.
 */
public final class CatalogReader {

  /** Name of the top file of a catalogue directory. */
  public static final String TOP_FILE = "catalog.json";

  /** Classpath folder of the bundled default catalogue. */
  public static final String BUNDLED_FOLDER = "nl/toplaag/catalog/default/";

  /** TV categories (keys of {@link DetachabilityFactors#connectionType()}). */
  public static final Set<String> CONNECTION_TYPES =
      Set.of("dry", "fasteners", "direct-integral", "soft-chemical", "hard-chemical");
  /** ToV categories. */
  public static final Set<String> ACCESSIBILITY =
      Set.of("free", "extra-actions", "repairable-damage", "irreparable-damage");
  /** DK categories. */
  public static final Set<String> CROSSINGS = Set.of("none", "partial", "full");
  /** VV categories. */
  public static final Set<String> CONTAINMENT = Set.of("open", "overlapping", "closed-one-side", "closed-two-sides");

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.json");

  private CatalogReader() {}

  /**
   * A catalogue as read, with the plausibility warnings found on the way (values valid but most likely in the
   * wrong unit, one material given two densities; see {@link CatalogCheck}), each a line starting
   * {@code WARNING:} that names the file and the JSON pointer.
   */
  public record Checked(Catalog catalog, List<String> warnings) {

    /** Copies the warnings. */
    public Checked {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads the catalogue in directory {@code dir}: {@code dir/catalog.json} and the line files it lists (in the
   * same directory). {@code dir} may also be the top file itself, for example {@code my-catalogue/catalog.json}; any
   * other file (a product-line file, say) is rejected with a message asking for the directory.
   *
   * @throws InputException when a file is missing, malformed or holds a value that is wrong
   */
  public static Catalog read(Path dir) throws InputException {
    return readChecked(dir).catalog();
  }

  /**
   * Reads the catalogue in directory {@code dir} as {@link #read(Path)} does, with its plausibility warnings.
   *
   * @throws InputException when a file is missing, malformed or holds a value that is wrong
   */
  public static Checked readChecked(Path dir) throws InputException {
    Path folder = dir;
    String top = TOP_FILE;
    if (Files.isRegularFile(dir)) {
      requireTopFile(dir);
      folder = dir.getParent() == null ? Path.of(".") : dir.getParent();
      top = dir.getFileName().toString();
    }
    return read(CatalogFiles.directory(folder), top, folder);
  }

  /**
   * A warning per JSON file in {@code folder} that is neither its top file {@code top} nor one of the line files it
   * lists ({@code lineFiles}), nor a schema: a product line written beside the others and not listed is not read, and {@code --line} then names no
   * such line (a QA pass: "catalogue OK" said nothing of it).
   */
  private static List<String> unlisted(Path folder, String top, Set<String> lineFiles) {
    Set<String> listed = new HashSet<>(lineFiles);
    listed.add(top);
    List<String> out = new ArrayList<>();
    try (var files = Files.list(folder)) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.endsWith(".schema.json"))
          .filter(n -> !listed.contains(n)).sorted().forEach(n -> out.add("WARNING: " + folder.resolve(n)
              + ": not listed in " + top + "'s \"lines\", so not read; to read it, add {\"file\": \"" + n
              + "\"} there"));
    } catch (java.io.IOException e) {
      return out; // the catalogue itself was read: a folder that cannot be listed only loses this warning
    }
    return out;
  }

  /**
   * Rejects a file given where a catalogue directory is expected unless it is a catalogue's top file (an object
   * with {@code "lines"}): a product-line file or any other JSON file would otherwise be reported as having unknown
   * fields of the top file.
   */
  private static void requireTopFile(Path file) throws InputException {
    JsonInput json = JsonInput.read(file);
    if (json.node().isObject() && json.has("lines")) {
      return;
    }
    Path parent = file.toAbsolutePath().normalize().getParent();
    String expected = "expected a catalogue directory holding " + TOP_FILE + " (--catalog DIR, toplaag catalog check"
        + " DIR) but found a file";
    if (json.node().isObject() && json.has("modules")) {
      throw json.error(expected + " with a product line (\"modules\"); give the directory that holds it and its "
          + TOP_FILE + ", here " + parent);
    }
    throw json.error(expected + " without \"lines\", not a catalogue's " + TOP_FILE);
  }

  /**
   * The default catalogue bundled with Toplaag (three manufacturer-neutral lines).
   *
   * @throws IllegalStateException when the bundled data is broken (a build error, caught by the tests)
   */
  public static Catalog bundled() {
    return bundledChecked().catalog();
  }

  /** The {@link #bundled() bundled catalogue} with its plausibility warnings (none; a test keeps it so). */
  public static Checked bundledChecked() {
    try {
      return read(CatalogFiles.classpath(BUNDLED_FOLDER), TOP_FILE, null);
    } catch (InputException e) {
      throw new IllegalStateException("bundled catalogue is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * The catalogue whose top file {@code topFile} {@code files} opens, with its warnings; where it is read from a
   * directory on disk ({@code folder}, else null), also of the JSON files there that the top file does not list.
   */
  static Checked read(CatalogFiles files, String topFile, Path folder) throws InputException {
    JsonInput top = files.open(topFile);
    top.requireOnly(Set.of("$schema", "source", "lines", "connectionTypes", "detachability"));
    String source = top.getString("source");
    DetachabilityFactors factors = detachability(top.get("detachability"));
    Map<String, ConnectionType> connections = connectionTypes(top);
    List<JsonInput> lineRefs = top.get("lines").elements();
    if (lineRefs.isEmpty()) {
      throw top.error("lines", "expected at least one product-line file");
    }
    Plausibility plausibility = new Plausibility();
    plausibility.tags(top);
    LineReader lineReader = new LineReader(connections.keySet(), plausibility);
    Map<String, String> lineIds = new HashMap<>();
    Map<String, String> fileNames = new HashMap<>();
    List<ProductLine> lines = new ArrayList<>();
    List<InputException> errors = new ArrayList<>(); // each line file's, so that one run names them all
    for (JsonInput ref : lineRefs) {
      try {
        lines.add(line(files, ref, fileNames, lineReader, lineIds, plausibility));
      } catch (InputException e) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw InputException.of(errors);
    }
    List<String> warnings = new ArrayList<>(plausibility.warnings());
    if (folder != null) {
      warnings.addAll(unlisted(folder, topFile, fileNames.keySet()));
    }
    return new Checked(new Catalog(lines, List.copyOf(connections.values()), factors, source), warnings);
  }

  /**
   * The product line of the file listed at {@code ref}, read by {@code lineReader} (which remembers the module and
   * dwelling ids of the lines before it), its file name and id remembered in {@code fileNames} and {@code lineIds}.
   */
  private static ProductLine line(CatalogFiles files, JsonInput ref, Map<String, String> fileNames,
      LineReader lineReader, Map<String, String> lineIds, Plausibility plausibility) throws InputException {
    ref.requireOnly(Set.of("file"));
    String name = ref.getString("file");
    if (!FILE_NAME.matcher(name).matches()) {
      throw ref.error("file", "expected a file name in the catalogue directory (letters, digits, '.', '_', '-',"
          + " ending in .json, no folders) but found \"" + name + "\"");
    }
    String first = fileNames.putIfAbsent(name, ref.pointer());
    if (first != null) {
      throw ref.error("file", "file \"" + name + "\" is listed twice (first at " + first + ")");
    }
    JsonInput lineJson;
    try {
      lineJson = files.open(name);
    } catch (InputException e) {
      throw new InputException(e.file(), e.pointer(), e.problem() + " (listed in " + ref.file() + " at "
          + ref.pointer() + "/file)");
    }
    // the id remembered before the line is read, so that a second file with it is named even where the first has
    // another error (a review)
    String id = lineJson.getString("id");
    String where = lineJson.file() + " at " + lineJson.pointer() + "/id";
    String firstLine = lineIds.putIfAbsent(id, where);
    if (firstLine != null) {
      throw lineJson.error("id", "duplicate product-line id \"" + id + "\" (first defined in " + firstLine + ")");
    }
    ProductLine line = lineReader.read(lineJson);
    plausibility.tags(lineJson);
    return line;
  }

  private static Map<String, ConnectionType> connectionTypes(JsonInput top) throws InputException {
    List<JsonInput> items = top.get("connectionTypes").elements();
    Map<String, ConnectionType> out = new LinkedHashMap<>();
    Map<String, String> where = new HashMap<>();
    for (JsonInput c : items) {
      c.requireOnly(Set.of("id", "name", "connectionType", "accessibility", "crossings", "containment", "source"));
      String id = c.getString("id");
      String first = where.putIfAbsent(id, c.pointer());
      if (first != null) {
        throw c.error("id", "duplicate connection type id \"" + id + "\" (first defined at " + first + ")");
      }
      out.put(id, new ConnectionType(id, c.optString("name", id),
          c.getChoice("connectionType", CONNECTION_TYPES),
          c.getChoice("accessibility", ACCESSIBILITY), c.getChoice("crossings", CROSSINGS),
          c.getChoice("containment", CONTAINMENT), c.getString("source")));
    }
    return out;
  }

  private static DetachabilityFactors detachability(JsonInput d) throws InputException {
    d.requireOnly(Set.of("connectionType", "accessibility", "crossings", "containment", "source"));
    return new DetachabilityFactors(scores(d.get("connectionType"), CONNECTION_TYPES),
        scores(d.get("accessibility"), ACCESSIBILITY), scores(d.get("crossings"), CROSSINGS),
        scores(d.get("containment"), CONTAINMENT), d.getString("source"));
  }

  /** One factor table: every category must be given, with a score in (0, 1]. */
  private static Map<String, Double> scores(JsonInput table, Set<String> categories) throws InputException {
    table.requireOnly(categories);
    Map<String, Double> out = new HashMap<>();
    for (String c : categories) {
      if (!table.has(c)) {
        throw table.error(c, "missing score for category \"" + c + "\"; expected all of "
            + new TreeSet<>(categories));
      }
      double v = table.getDouble(c, 0, 1, "score");
      if (v <= 0) {
        throw table.error(c, "expected a score in (0, 1] but found " + v);
      }
      out.put(c, v);
    }
    return out;
  }
}
