package nl.toplaag.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object or array read from a file, with typed accessors that check their values and report the file and
 * JSON pointer when a value is missing or wrong. Unknown fields are rejected by {@link #requireOnly}.
 */
public final class JsonInput {

  /** Files larger than this are refused before parsing. */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final String file;
  private final String pointer;
  private final JsonNode node;

  private JsonInput(String file, String pointer, JsonNode node) {
    this.file = file;
    this.pointer = pointer;
    this.node = node;
  }

  /**
   * Reads and parses {@code path}: a file, or a pipe or device that reads like one ({@code <(gunzip -c b.json.gz)},
   * {@code /dev/stdin}; an environment QA pass found them "file not found"); a size, syntax or I/O problem becomes an
   * {@link InputException}.
   */
  public static JsonInput read(Path path) throws InputException {
    String name = path.toString();
    try {
      if (Files.isDirectory(path) || !Files.exists(path)) {
        throw new InputException(name, "", (Files.isDirectory(path) ? "a directory" : "file not found")
            + " (expected a JSON file)");
      }
      long size = Files.isRegularFile(path) ? Files.size(path) : 0;
      if (size > MAX_FILE_BYTES) {
        throw new InputException(name, "", "file is " + size / (1024 * 1024) + " MiB; at most "
            + MAX_FILE_BYTES / (1024 * 1024) + " MiB is accepted");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1); // a pipe's size is known only once read
      }
      if (bytes.length > MAX_FILE_BYTES) {
        throw new InputException(name, "", "more than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB to read; at most "
            + MAX_FILE_BYTES / (1024 * 1024) + " MiB is accepted");
      }
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      // a byte-order mark, as some editors write before UTF-8 text, is not part of the JSON
      return parse(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      throw new InputException(name, "", "not UTF-8 text (expected a JSON file in UTF-8)");
    } catch (IOException e) {
      // the reason, not the exception's message, which for a file system error is the path again (a QA pass: "x.json:
      // cannot read file: x.json" for a file without read permission)
      throw new InputException(name, "", "cannot read file: " + (e instanceof java.nio.file.FileSystemException f
          ? AtomicFiles.reason(f) : e.getMessage()));
    }
  }

  /** The most characters of a string found that a message shows ({@link #shown}). */
  static final int SHOWN_CHARS = 40;

  /** Parses {@code text} as the content of a file named {@code file}. */
  public static JsonInput parse(String file, String text) throws InputException {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    JsonNode root;
    try (JsonParser p = MAPPER.createParser(text)) {
      try {
        root = MAPPER.readTree(p);
      } catch (JsonProcessingException e) {
        // a number too long to read has no line and column: the pointer of the value the parser stopped at says
        // where (a QA pass); with a line and column, that pointer would name the value before a stray comma
        InputException m = malformed(file, e, "");
        // a field given twice: the pointer names it too (a QA pass), the line and column where it stands again
        boolean twice = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
        // a name too long to read: the object it stands in, not the field before it (a review, 7 Dec 2026)
        boolean name = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Name length");
        JsonStreamContext at = name && p.getParsingContext().getParent() != null
            ? p.getParsingContext().getParent() : p.getParsingContext();
        throw e.getLocation() != null && !twice && !name ? m
            : new InputException(file, at.pathAsPointer().toString(), m.problem());
      }
    } catch (IOException e) {
      throw new InputException(file, "", "cannot read: " + e.getMessage()); // a parser on a string: not expected
    }
    if (root == null || root.isMissingNode()) {
      throw new InputException(file, "", "file is empty (expected a JSON object)");
    }
    return new JsonInput(file, "", root);
  }

  /**
   * The error for malformed JSON in {@code file}: where the parser stopped (line and column) and what it found, in
   * the author's words ({@link #plain}), then {@code expected} (for instance " (expected a 3D BAG CityJSON tile)").
   */
  public static InputException malformed(String file, JsonProcessingException e, String expected) {
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
    return new InputException(file, "", "malformed JSON" + where + ": " + plain(e.getOriginalMessage()) + expected);
  }

  /**
   * A parser message without the parser's own hints (the settings that would allow the input, the Java type it was
   * read into), which mean nothing to the author of the file.
   */
  static String plain(String message) {
    String m = message.replaceAll(": enable `[^`]*` to allow", "")
        .replaceAll(": maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '[A-Z_]*' not"
            + " enabled for parser\\)", ": comments are not allowed in JSON")
        .replaceAll("Trailing token \\(of type [A-Z_]*\\) found after value", "more text after the JSON value")
        .replaceAll(" \\(for root starting at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll(" \\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll(" \\(bound as `[^`]*`\\)", "")
        .replaceAll(": not allowed as per `[^`]*`", " (expected one JSON value per file)")
        .replaceAll(", from `[^`]*`\\)", ")")
        .replaceAll("Number value length \\(([0-9]+)\\) exceeds the maximum allowed \\(([0-9]+)[^)]*\\)",
            "a number of $1 digits, more than the $2 read (expected a number of plausible size)");
    return m.replace("Document nesting depth", "nesting depth of arrays and objects");
  }

  /** The underlying JSON node (for mapping whole subtrees). */
  public JsonNode node() {
    return node;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The JSON pointer of this value. */
  public String pointer() {
    return pointer;
  }

  /** An error about this value. */
  public InputException error(String problem) {
    return new InputException(file, pointer, problem);
  }

  /** An error about field {@code name} of this object. */
  public InputException error(String name, String problem) {
    return new InputException(file, child(name), problem);
  }

  private String child(String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** Requires this value to be an object. */
  public JsonInput requireObject() throws InputException {
    if (!node.isObject()) {
      throw error("expected a JSON object but found " + kind(node));
    }
    return this;
  }

  /** Rejects fields not in {@code allowed}, naming the first unknown one and the allowed ones. */
  public JsonInput requireOnly(Set<String> allowed) throws InputException {
    requireObject();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw error(n, "unknown field \"" + shown(n) + "\"; expected one of " + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  /** Whether this object has field {@code name} and it is not null (an optional field given as null is absent). */
  public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /**
   * Field {@code name}, which must exist. A field given as {@code null} exists: the check of its value's type says it
   * found null ("expected a number (m) but found null"), where its absence is a missing field.
   */
  public JsonInput get(String name) throws InputException {
    requireObject();
    JsonNode v = node.get(name);
    if (v == null) {
      throw error(name, "missing required field \"" + name + "\"");
    }
    return new JsonInput(file, child(name), v);
  }

  /** The elements of this array. */
  public List<JsonInput> elements() throws InputException {
    if (!node.isArray()) {
      throw error("expected an array but found " + kind(node));
    }
    List<JsonInput> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new JsonInput(file, pointer + "/" + i, node.get(i)));
    }
    return out;
  }

  /** Field {@code name} as an array, or an empty list when absent. */
  public List<JsonInput> optArray(String name) throws InputException {
    return has(name) ? get(name).elements() : List.of();
  }

  /** This value as a number in {@code [min, max]}. */
  public double asDouble(double min, double max, String unit) throws InputException {
    if (!node.isNumber()) {
      throw error("expected a number" + unitText(unit) + " but found " + kind(node)
          + (node.isTextual() ? " \"" + shown(node.asText()) + "\"" : ""));
    }
    double v = node.asDouble();
    if (!Double.isFinite(v)) {
      throw error("expected a number" + unitText(unit) + " of ordinary size but found " + node.asText());
    }
    if (v < min || v > max) {
      throw error("expected a number" + unitText(unit) + " in [" + fmt(min) + ", " + fmt(max) + "] but found "
          + number(node) + wrongUnit(v, min, max, unit));
    }
    return v;
  }

  /**
   * Where {@code v}, out of {@code [min, max]} in metres ({@code unit} "m" or "m ..."), would lie within it as
   * millimetres or centimetres: what it looks like ("; that looks like millimetres (9.1 m) or centimetres (91 m):
   * give metres" for a height of 9100); else "".
   */
  private static String wrongUnit(double v, double min, double max, String unit) {
    boolean metres = unit != null && (unit.equals("m") || unit.startsWith("m "));
    if (!metres || v <= max) {
      return "";
    }
    List<String> looks = new ArrayList<>();
    double mm = v / 1000;
    double cm = v / 100;
    if (mm >= min && mm <= max) {
      looks.add("millimetres (" + fmt(mm) + " m)");
    }
    if (cm >= min && cm <= max) {
      looks.add("centimetres (" + fmt(cm) + " m)");
    }
    return looks.isEmpty() ? "" : "; that looks like " + String.join(" or ", looks) + ": give metres";
  }

  /** Field {@code name} as a number in {@code [min, max]}. */
  public double getDouble(String name, double min, double max, String unit) throws InputException {
    return get(name).asDouble(min, max, unit);
  }

  /** Field {@code name} as a number in {@code [min, max]}, or {@code dflt} when absent. */
  public double optDouble(String name, double dflt, double min, double max, String unit) throws InputException {
    return has(name) ? getDouble(name, min, max, unit) : dflt;
  }

  /**
   * Whether {@code n} is a whole number, also where written with a fraction or an exponent ({@code 2.0}, {@code 1e3}),
   * whatever its size.
   */
  public static boolean isWhole(JsonNode n) {
    return n.isIntegralNumber()
        || n.isNumber() && Double.isFinite(n.asDouble()) && n.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  /**
   * Field {@code name} as an integer in {@code [min, max]}; a whole number written with a fraction or an exponent
   * ({@code 2.0}, {@code 1e3}) is one.
   */
  public int getInt(String name, int min, int max) throws InputException {
    JsonInput v = get(name);
    if (!isWhole(v.node)) {
      throw v.error("expected a whole number but found " + kind(v.node) + (v.node.isTextual()
          ? " \"" + shown(v.node.asText()) + "\"" : v.node.isValueNode() && !v.node.isNull() ? " " + v.node.asText()
          : ""));
    }
    BigDecimal x = v.node.decimalValue();
    if (x.compareTo(BigDecimal.valueOf(min)) < 0 || x.compareTo(BigDecimal.valueOf(max)) > 0) {
      // no bound of 2147483647 in a message where the field has none (a QA pass: a negative cost)
      throw v.error("expected a whole number " + (max == Integer.MAX_VALUE ? "of at least " + min
          : "in [" + min + ", " + max + "]") + " but found " + x.stripTrailingZeros().toPlainString());
    }
    return x.intValueExact();
  }

  /** Field {@code name} as an integer, or {@code dflt} when absent. */
  public int optInt(String name, int dflt, int min, int max) throws InputException {
    return has(name) ? getInt(name, min, max) : dflt;
  }

  /** Field {@code name} as a non-empty string. */
  public String getString(String name) throws InputException {
    JsonInput v = get(name);
    if (!v.node.isTextual() || v.node.asText().isBlank()) {
      throw v.error("expected a non-empty string but found " + (v.node.isTextual() ? "an empty string"
          : kind(v.node)));
    }
    return v.node.asText();
  }

  /** Field {@code name} as a string, or {@code dflt} when absent. */
  public String optString(String name, String dflt) throws InputException {
    if (!has(name)) {
      return dflt;
    }
    JsonInput v = get(name);
    if (!v.node.isTextual()) {
      throw v.error("expected a string but found " + kind(v.node));
    }
    return v.node.asText();
  }

  /**
   * Field {@code name} as one of {@code allowed}, spelt exactly as listed (lower case), as the schemas' enums say;
   * another case, such as {@code "Flat"} or {@code "Dwelling"}, is rejected with the spelling expected.
   */
  public String getChoice(String name, Set<String> allowed) throws InputException {
    String s = getString(name);
    if (allowed.contains(s)) {
      return s;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (allowed.contains(lower)) {
      throw error(name, "expected \"" + lower + "\" in lower case (one of " + new TreeSet<>(allowed)
          + ", as the schema lists them) but found \"" + shown(s) + "\"");
    }
    throw error(name, "expected one of " + new TreeSet<>(allowed) + " but found \"" + shown(s) + "\"");
  }

  /** Field {@code name} as a boolean, or {@code dflt} when absent. */
  public boolean optBool(String name, boolean dflt) throws InputException {
    if (!has(name)) {
      return dflt;
    }
    JsonInput v = get(name);
    if (!v.node.isBoolean()) {
      throw v.error("expected true or false but found " + kind(v.node));
    }
    return v.node.asBoolean();
  }

  /** This value as a point {@code [x, y]} with both coordinates within {@code ±limit}. */
  public double[] asPoint(double limit, String unit) throws InputException {
    List<JsonInput> xy = elements();
    if (xy.size() != 2) {
      throw error("expected a point [x, y] but found an array of " + xy.size() + " numbers");
    }
    return new double[] {xy.get(0).asDouble(-limit, limit, unit), xy.get(1).asDouble(-limit, limit, unit)};
  }

  private static String unitText(String unit) {
    return unit == null || unit.isEmpty() ? "" : " (" + unit + ")";
  }

  /**
   * A bound, or a value derived from one found, as a message gives it: a whole number as one, another to 12
   * significant digits, so that no noise of doubles shows ({@code 1000.0000000000001} from 1000000.0000000001 / 1000
   * reads 1000); ∞ for the largest.
   */
  static String fmt(double v) {
    if (v == Double.MAX_VALUE || v == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    if (v == -Double.MAX_VALUE || v == Double.NEGATIVE_INFINITY) {
      return "-∞";
    }
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return plain(BigDecimal.valueOf(v).round(new MathContext(12)));
  }

  /**
   * A number found in the file, as a message gives it: as read, without an exponent where it needs none
   * ({@code 10000000} for {@code 1e7}, not {@code 1.0E7}), and not rounded (a value just beyond a bound must not read
   * as the bound).
   */
  static String number(JsonNode n) {
    return Double.isFinite(n.asDouble()) ? plain(n.decimalValue()) : n.asText();
  }

  /** {@code x} without trailing zeros, in plain digits unless that takes more than 21 of them either side. */
  private static String plain(BigDecimal x) {
    BigDecimal y = x.stripTrailingZeros();
    return y.precision() - y.scale() <= 21 && y.scale() <= 21 ? y.toPlainString() : y.toString();
  }

  /**
   * A value as a message says what was found: its kind, and for a string, number or flag its value ({@code a string
   * "3000"}, {@code a number 3000.5}, {@code a number 1000000000000}, {@code a boolean true}, {@code null}, {@code an
   * object}); a number as written, without the noise of its nearest double (not {@code 1.0E12}).
   */
  static String describe(JsonNode n) {
    if (n.isTextual()) {
      return kind(n) + " \"" + shown(n.asText()) + "\"";
    }
    if (n.isNumber()) {
      return kind(n) + " " + number(n);
    }
    return kind(n) + (n.isBoolean() ? " " + n.asText() : "");
  }

  /**
   * A string found in a file as a message shows it: at most {@value #SHOWN_CHARS} characters, "..." after, and each
   * control or formatting character (a newline, NUL, a right-to-left override) as "?", so that the message stays one
   * line that reads as written (a QA pass: a value of a million digits was repeated whole, into batch-summary.csv too).
   */
  public static String shown(String s) {
    return InputException.printable(s.length() > SHOWN_CHARS ? s.substring(0, SHOWN_CHARS) + "..." : s);
  }

  private static String kind(JsonNode n) {
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isNumber()) {
      return "a number";
    }
    return "null";
  }
}
