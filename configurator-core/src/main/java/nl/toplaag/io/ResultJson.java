package nl.toplaag.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.Solved;

/**
 * The JSON form of a configuration result and of layouts. The output holds no wall-clock times, so the same
 * input and seed give the same bytes.
 */
public final class ResultJson {

  /**
   * Writes results and reads layouts back. Reading takes a layout file as toplaag writes it and no looser: every field
   * of a layout record present and not null, a number where a number is expected (not the string {@code "3000"}, which
   * Jackson would otherwise coerce), a whole number where one is expected ({@link #wholeNumbers}), a string where a
   * string is ({@code 5} is no id), true or false where a flag is. A file that breaks this is bad input, in the words
   * of {@link LayoutElements#notALayout}.
   */
  private static final ObjectMapper MAPPER = strictCoercion(JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
      .addModule(kinds())
      .addModule(wholeNumbers())
      .build());

  /** {@code m} with no number or flag read into a string field ({@code ALLOW_COERCION_OF_SCALARS} leaves that on). */
  private static ObjectMapper strictCoercion(ObjectMapper m) {
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return m;
  }

  private ResultJson() {}

  /**
   * A module's {@code kind} as the catalogue writes it, in lower case ({@link ModuleKind#id}), read in any letter case:
   * result files written before were in upper case ({@code "DWELLING"}), and {@code view}, {@code render} and
   * {@code export} read them still.
   */
  private static SimpleModule kinds() {
    SimpleModule m = new SimpleModule("module-kinds");
    m.addSerializer(ModuleKind.class, new JsonSerializer<>() {
      @Override
      public void serialize(ModuleKind k, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(k.id());
      }
    });
    m.addDeserializer(ModuleKind.class, new JsonDeserializer<>() {
      @Override
      public ModuleKind deserialize(JsonParser p, DeserializationContext c) throws IOException {
        String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        if (text == null) {
          return (ModuleKind) c.handleUnexpectedToken(ModuleKind.class, p);
        }
        return ModuleKind.parse(text).orElseThrow(() -> InvalidFormatException.from(p, "expected one of "
            + ModuleKind.ids() + " but found \"" + JsonInput.shown(text) + "\"", text, ModuleKind.class));
      }
    });
    return m;
  }

  /**
   * Whole numbers ({@code int}, {@code long}) read as a whole number in range, also where written with a fraction or
   * an exponent ({@code 3000.0}, {@code 3e3}) as {@link JsonInput#getInt} reads them, and not otherwise: Jackson would
   * cut {@code 3000.5} to 3000 and fail on {@code 1e12} for an {@code int} with a message of its own.
   */
  private static SimpleModule wholeNumbers() {
    SimpleModule m = new SimpleModule("whole-numbers");
    for (Class<?> type : List.of(int.class, Integer.class)) {
      add(m, type, new Whole(type, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    for (Class<?> type : List.of(long.class, Long.class)) {
      add(m, type, new Whole(type, Long.MIN_VALUE, Long.MAX_VALUE));
    }
    return m;
  }

  /** Adds {@code d} for {@code type}, whose value class Java's types do not tie to a primitive {@code type}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void add(SimpleModule m, Class type, JsonDeserializer d) {
    m.addDeserializer(type, d);
  }

  /** Reads a whole number of {@code type} in {@code [min, max]}; anything else is a mismatch of {@code type}. */
  private static final class Whole extends JsonDeserializer<Number> {
    private final Class<?> type;
    private final BigDecimal min;
    private final BigDecimal max;

    Whole(Class<?> type, long min, long max) {
      this.type = type;
      this.min = BigDecimal.valueOf(min);
      this.max = BigDecimal.valueOf(max);
    }

    @Override
    public Number deserialize(JsonParser p, DeserializationContext c) throws IOException {
      if (!p.currentToken().isNumeric()) {
        return (Number) c.handleUnexpectedToken(type, p);
      }
      BigDecimal x = p.getDecimalValue();
      if (x.stripTrailingZeros().scale() > 0 || x.compareTo(min) < 0 || x.compareTo(max) > 0) {
        throw MismatchedInputException.from(p, type, "not a whole number in range");
      }
      return type == int.class || type == Integer.class ? (Number) x.intValueExact() : (Number) x.longValueExact();
    }
  }

  /**
   * The result as a JSON tree, with what was asked ({@code "request"}: {@link #request}) and what its figures rest on
   * that nobody has verified ({@code "screeningNotes"}: {@link ScreeningNotes}); {@code extra} (may be null) is added
   * as field {@code "report"}.
   */
  public static ObjectNode toJson(ConfigurationResult r, ConfigurationRequest req, JsonNode extra) {
    ObjectNode o = toJson(r, req.building().id(), request(req), extra);
    o.set("screeningNotes", MAPPER.valueToTree(ScreeningNotes.of(req, r)));
    return o;
  }

  /**
   * What {@code req} asked, so that a result file says how to ask it again: the storeys asked for
   * ({@code storeys}; the zoning limits may allow fewer), the product lines considered ({@code productLines}, every
   * line of the catalogue where none was named), the objective ({@code objective}, as {@code --objective} names it),
   * the time limit ({@code timeLimitS}, a work budget), the layouts asked for ({@code alternatives}) and the least
   * usable area of a dwelling ({@code smallestDwellingM2}, m²; 0: any) and the grid of the free positions
   * ({@code positionGrid}: {@code from-start}, or {@code from-both-ends} as {@code --both-ends} asks). The workers and
   * seed are the result's own fields.
   */
  static ObjectNode request(ConfigurationRequest req) {
    ObjectNode q = MAPPER.createObjectNode();
    q.put("storeys", req.maxStoreys());
    ArrayNode lines = q.putArray("productLines");
    (req.productLineIds().isEmpty() ? req.catalog().lines().stream().map(ProductLine::id).toList()
        : req.productLineIds()).forEach(lines::add);
    q.put("objective", req.objective().cliName());
    q.put("timeLimitS", req.settings().timeLimitMs() / 1000.0);
    q.put("alternatives", req.settings().alternatives());
    q.put("smallestDwellingM2", req.smallestDwellingM2());
    q.put("positionGrid", req.settings().grid().fileName());
    return q;
  }

  /** The result as a JSON tree of building {@code buildingId}, asked {@code request}, with {@code extra}. */
  private static ObjectNode toJson(ConfigurationResult r, String buildingId, JsonNode request, JsonNode extra) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("building", buildingId);
    o.set("request", request);
    o.put("status", r.status().name());
    o.put("productLine", r.bestLine().orElse(null)); // null where no line takes a dwelling
    o.put("dwellings", r.dwellings());
    o.put("dwellingBound", r.dwellingBound());
    o.put("dwellingGap", Math.round(r.dwellingGap() * 10000) / 10000.0);
    o.put("method", r.stats().method());
    o.put("candidates", r.stats().candidates());
    o.put("workers", r.stats().workers());
    o.put("seed", r.stats().seed());
    o.set("explanation", MAPPER.valueToTree(r.explanation()));
    o.set("rulesChecked", MAPPER.valueToTree(r.rulesChecked()));
    ArrayNode lines = o.putArray("perLine");
    for (ConfigurationResult.LineOutcome l : r.perLine()) {
      ObjectNode n = lines.addObject();
      n.put("productLine", l.productLineId());
      n.put("status", l.status().name());
      n.put("dwellings", l.dwellings());
      n.put("dwellingBound", l.dwellingBound());
      n.put("costEur", l.costEur());
      n.put("usableAreaM2", Math.round(l.usableAreaM2() * 10) / 10.0);
      n.put("carbonKgCo2e", Math.round(l.carbonKg() * 10) / 10.0);
      n.put("nonCircularModuleMassKg", Math.round(l.nonCircularMassKg() * 10) / 10.0);
    }
    if (extra != null) {
      o.set("report", extra);
    }
    o.set("layoutProofs", MAPPER.valueToTree(r.layoutProofs()));
    o.set("layoutObjectives", MAPPER.valueToTree(r.layoutObjectives().stream().map(Objective::cliName).toList()));
    o.set("layouts", MAPPER.valueToTree(r.layouts()));
    return o;
  }

  /** Writes {@code json} to {@code target} atomically. */
  public static void write(Path target, JsonNode json) throws IOException {
    AtomicFiles.writeAll(List.of(planned(target, json)));
  }

  /** {@code json} to be written to {@code target} with other files ({@link AtomicFiles#writeAll}). */
  public static AtomicFiles.Planned planned(Path target, JsonNode json) {
    return AtomicFiles.text(target, w -> write(w, json));
  }

  /** Writes {@code json} to {@code w} (caller closes). */
  public static void write(Writer w, JsonNode json) throws IOException {
    MAPPER.writeValue(new NonClosing(w), json);
    w.write('\n');
  }

  /** Any value as a JSON tree. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * Reads the layouts from a result file written by {@link #write} (field {@code "layouts"}), or a file holding
   * one layout object.
   */
  public static List<Layout> readLayouts(Path file) throws InputException {
    return layouts(JsonInput.read(file));
  }

  /**
   * The layouts of a result file written by {@link #write} (or a file holding one layout object: {@link #readLayouts}),
   * with what it says is proven about each (field {@code "layoutProofs"}) and the objective each is the best by
   * ({@code "layoutObjectives"}), each empty where the file has none (a file of one layout, or written before the
   * field existed).
   */
  public static Solved readSolved(Path file) throws InputException {
    return solved(JsonInput.read(file));
  }

  /**
   * As {@link #readSolved(Path)}, of a file already read ({@code in}, so that a caller may read more of it), and checks
   * what a layout needs to be drawn and checked at all: every module and gallery is of a type of {@code catalog}, has
   * positive sizes (mm) and stands on an added storey in {@code 1..maxStorey}, and no stair core or lift is extended by
   * more than {@code maxStorey} storeys. What a layout of such elements may still get wrong (geometry, overlaps, loads,
   * the building it names) is for {@code nl.toplaag.check.LayoutChecker} to say.
   */
  public static Solved readSolved(JsonInput in, Catalog catalog, int maxStorey) throws InputException {
    Solved solved = solved(in);
    List<JsonInput> json = in.has("layouts") ? in.get("layouts").elements() : List.of(in);
    for (int i = 0; i < json.size(); i++) {
      LayoutElements.check(json.get(i), solved.layouts().get(i), catalog, maxStorey);
    }
    return solved;
  }

  private static Solved solved(JsonInput in) throws InputException {
    List<Layout> layouts = layouts(in);
    if (in.has("layouts")) {
      String building = in.getString("building");
      for (int i = 0; i < layouts.size(); i++) {
        if (!layouts.get(i).buildingId().equals(building)) {
          throw in.get("layouts").elements().get(i).error("buildingId", "expected a layout of building \""
              + building + "\" (that of /building) but found one of \"" + layouts.get(i).buildingId() + "\"");
        }
      }
    }
    // a result of dwellings without its layouts (a file edited by hand) said "no layout to export (no dwelling fits)"
    // and exited 0 (a QA pass)
    if (in.has("layouts") && layouts.isEmpty() && in.has("dwellings") && in.get("dwellings").node().asInt() > 0) {
      throw in.error("layouts", "expected the layouts of a result of " + in.get("dwellings").node().asInt()
          + " dwellings (/dwellings) but found none");
    }
    List<String> proofNames = Arrays.stream(LayoutProof.values()).map(LayoutProof::name).toList();
    List<String> objectiveNames = Arrays.stream(Objective.values()).map(Objective::cliName).toList();
    return new Solved(layouts,
        named(in, "layoutProofs", proofNames, layouts.size()).stream().map(LayoutProof::valueOf).toList(),
        named(in, "layoutObjectives", objectiveNames, layouts.size()).stream().map(Objective::parse).toList());
  }

  private static List<Layout> layouts(JsonInput in) throws InputException {
    JsonInput arr;
    List<Layout> out = new ArrayList<>();
    try {
      if (in.has("layouts")) {
        arr = in.get("layouts");
        for (JsonInput e : arr.elements()) {
          out.add(layout(e));
        }
      } else if (in.has("buildingId")) {
        out.add(layout(in));
      } else {
        throw in.error("expected a result JSON written by toplaag configure (with \"layouts\") or one layout (with"
            + " \"buildingId\")");
      }
    } catch (IllegalArgumentException e) {
      throw in.error("not a Toplaag layout: " + e.getMessage());
    }
    return out;
  }

  /**
   * The texts of the optional array {@code field} of {@code in}, each one of {@code names}, one for each of the
   * {@code layouts}; empty where the field is absent.
   */
  private static List<String> named(JsonInput in, String field, List<String> names, int layouts)
      throws InputException {
    List<String> out = new ArrayList<>();
    for (JsonInput e : in.optArray(field)) {
      if (!e.node().isTextual() || !names.contains(e.node().asText())) {
        throw e.error("expected one of " + names + " but found " + e.node());
      }
      out.add(e.node().asText());
    }
    if (!out.isEmpty() && out.size() != layouts) {
      throw in.get(field).error("expected one for each of the " + layouts + " layouts but found " + out.size());
    }
    return out;
  }

  private static Layout layout(JsonInput e) throws InputException {
    try {
      Layout l = MAPPER.treeToValue(e.node(), Layout.class);
      finite(e, e.pointer(), l);
      return l;
    } catch (JsonProcessingException ex) {
      throw LayoutElements.notALayout(e, ex);
    }
  }

  /**
   * Rejects a number of {@code value} (a layout record, its records and lists) that is not finite: Jackson reads the
   * strings "NaN" and "Infinity" into a double whatever its coercion settings, and a literal too large for one as
   * infinite; drawn or checked, such a number fails inside JTS or compares false and passes every rule.
   */
  private static void finite(JsonInput e, String pointer, Object value) throws InputException {
    if (value instanceof Double d && !Double.isFinite(d)) {
      throw new InputException(e.file(), pointer, "not a Toplaag layout: expected a finite number but found " + d);
    }
    if (value instanceof Record r) {
      for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
        Object v;
        try {
          v = c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
        finite(e, pointer + "/" + c.getName(), v);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        finite(e, pointer + "/" + i, list.get(i));
      }
    }
  }

  /** A writer that ignores close, so Jackson does not close the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
