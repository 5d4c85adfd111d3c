package nl.toplaag.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;

/**
 * Checks the elements of a layout read from a file for what it takes to draw and check them at all: a module or
 * gallery type of the catalogue, positive sizes (mm) and an added storey in range. A problem is an
 * {@link InputException} naming the file and the JSON pointer of the offending value.
 */
final class LayoutElements {

  /** The largest footprint coordinate accepted, mm: the building reader's largest coordinate, 1,000 km. */
  private static final double MAX_COORD_MM = 1e9;

  private LayoutElements() {}

  /**
   * Checks {@code layout}, read from {@code json}.
   *
   * @param json the layout object as read (for the pointers)
   * @param layout the layout mapped from {@code json}
   * @param catalog the catalogue whose module types the elements must have
   * @param maxStorey the highest added storey an element may stand on (the lowest is 1), and the most storeys a stair
   *     core or the lift may be extended by
   */
  static void check(JsonInput json, Layout layout, Catalog catalog, int maxStorey) throws InputException {
    List<JsonInput> modules = json.get("modules").elements();
    Map<String, Integer> ids = new HashMap<>();
    for (int j = 0; j < modules.size(); j++) {
      JsonInput e = modules.get(j);
      Placement p = layout.modules().get(j);
      // an element's id names it in the checker's messages and the exports (an IFC GlobalId): two modules with one
      // (a layout edited by hand) ended the IFC export with an internal error (a QA pass)
      Integer first = ids.putIfAbsent(p.id(), j);
      if (first != null) {
        throw e.error("id", "expected an id no other module of the layout has, but module " + first + " has \""
            + JsonInput.shown(p.id()) + "\"");
      }
      type(e, p.moduleTypeId(), catalog);
      storey(e, p.storey(), maxStorey);
      positive(e, "widthMm", p.widthMm());
      positive(e, "depthMm", p.depthMm());
      positive(e, "heightMm", p.heightMm());
      footprint(e, p.footprint());
      if (!(Math.abs(p.rotationDeg()) <= 360)) {
        throw e.error("rotationDeg", "expected an angle in [-360, 360] degrees but found "
            + JsonInput.shown(String.valueOf(e.node().get("rotationDeg"))));
      }
    }
    List<JsonInput> galleries = json.optArray("galleries");
    for (int j = 0; j < galleries.size(); j++) {
      JsonInput e = galleries.get(j);
      GallerySegment g = layout.galleries().get(j);
      type(e, g.moduleTypeId(), catalog);
      storey(e, g.storey(), maxStorey);
      if (g.lengthMm() <= 0) {
        throw e.error("sEndMm", "expected an end (mm) beyond the start, " + g.sStartMm() + ", but found "
            + g.sEndMm());
      }
      footprint(e, g.footprint());
    }
    // the storeys of an extension, at most those a layout may have: a count of 100 million ran the bill of materials
    // out of memory, one of 2^31 - 1 ran on past 90 s (a QA pass)
    List<JsonInput> cores = json.optArray("extendedStairCores");
    for (int j = 0; j < cores.size(); j++) {
      int n = layout.extendedStairCores().get(j);
      if (n < 0 || n > maxStorey) {
        throw cores.get(j).error(String.format(Locale.ROOT, "expected the storeys stair core %d is extended by,"
            + " 0 to %d, but found %d", j, maxStorey, n));
      }
    }
    if (layout.liftExtensionStoreys() < 0 || layout.liftExtensionStoreys() > maxStorey) {
      throw json.error("liftExtensionStoreys", String.format(Locale.ROOT, "expected the storeys the existing lift is"
          + " extended by, 0 to %d, but found %d", maxStorey, layout.liftExtensionStoreys()));
    }
    // the layout's added storeys: from the highest its modules and galleries stand on (0 for an empty layout) to the
    // most a layout may have; 11, -1 or 0 under modules on storey 2 were drawn after a checker's warning (a QA pass)
    int highest = Math.max(layout.modules().stream().mapToInt(Placement::storey).max().orElse(0),
        layout.galleries().stream().mapToInt(GallerySegment::storey).max().orElse(0));
    if (layout.storeys() < highest || layout.storeys() > maxStorey) {
      throw json.error("storeys", String.format(Locale.ROOT, "expected the layout's added storeys, from %d (the"
          + " highest storey its modules and galleries stand on) to %d, but found %d", highest, maxStorey,
          layout.storeys()));
    }
  }

  /**
   * The bad input that {@code ex}, thrown mapping the layout {@code e} onto its records, stands for: the JSON pointer
   * of the value and what was expected there, with its unit where its name gives one, and what was found
   * ({@code "at /layouts/0/modules/3/widthMm: not a Toplaag layout: expected a whole number (millimetres) but found a
   * string \"3000\""}, {@code "missing required field \"kind\""}), never the mapper's own words on the Java types
   * ("Cannot construct instance of ...").
   */
  static InputException notALayout(JsonInput e, JsonProcessingException ex) {
    StringBuilder where = new StringBuilder(e.pointer());
    StringBuilder relative = new StringBuilder();
    String field = null;
    if (ex instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        field = r.getFieldName();
        String step = field != null ? field.replace("~", "~0").replace("/", "~1") : Integer.toString(r.getIndex());
        where.append('/').append(step);
        relative.append('/').append(step);
      }
    }
    JsonNode found = e.node().at(relative.toString());
    Class<?> type = ex instanceof MismatchedInputException mi ? mi.getTargetType() : null;
    String what;
    if (ex instanceof UnrecognizedPropertyException u) { // as JsonInput#requireOnly says it
      what = "unknown field \"" + u.getPropertyName() + "\"; expected one of " + new TreeSet<>(
          u.getKnownPropertyIds().stream().map(String::valueOf).toList());
    } else if (found.isMissingNode() && field != null) {
      what = "missing required field \"" + field + "\"";
    } else if (type != null) {
      what = "expected " + expected(type, field, found) + " but found " + JsonInput.describe(found);
    } else { // not met by a layout file toplaag reads; the mapper's message without its Java types
      what = JsonInput.plain(ex.getOriginalMessage()).replaceAll(" of type `[^`]*`", "");
    }
    return new InputException(e.file(), where.toString(), "not a Toplaag layout: " + what);
  }

  /**
   * What a value of {@code type} in field {@code field} (may be null) looks like in JSON, in words, with the unit its
   * name ends in: "a whole number (millimetres)" for {@code widthMm}; with the range of the type where {@code found} is
   * a whole number beyond it.
   */
  private static String expected(Class<?> type, String field, JsonNode found) {
    String unit = field == null ? "" : field.endsWith("Mm") ? " (millimetres)" : field.endsWith("Kn") ? " (kN)"
        : field.endsWith("Eur") ? " (euros)" : field.endsWith("Deg") ? " (degrees)" : "";
    boolean whole = JsonInput.isWhole(found);
    if (type == int.class || type == Integer.class) {
      return "a whole number" + unit + (whole ? " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : "");
    }
    if (type == long.class || type == Long.class) {
      return "a whole number" + unit + (whole ? " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE : "");
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number" + unit;
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == ModuleKind.class) {
      return "one of " + ModuleKind.ids();
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return java.util.Collection.class.isAssignableFrom(type) ? "an array" : "an object";
  }

  private static void type(JsonInput e, String id, Catalog catalog) throws InputException {
    if (catalog.module(id).isEmpty()) {
      // most often a layout made with one's own catalogue, read with the bundled one: say which lines were read
      throw e.error("moduleTypeId", "expected a module type of the catalogue but found \"" + JsonInput.shown(id)
          + "\", which none of its product lines ("
          + catalog.lines().stream().map(ProductLine::id).collect(Collectors.joining(", "))
          + ") has: read the layout with the catalogue it was made with (--catalog DIR)");
    }
  }

  private static void storey(JsonInput e, int storey, int maxStorey) throws InputException {
    if (storey < 1 || storey > maxStorey) {
      throw e.error("storey", "expected an added storey in [1, " + maxStorey + "] but found " + storey);
    }
  }

  /**
   * A footprint's corner within {@link #MAX_COORD_MM} of the building's origin, its direction a unit vector and its
   * sizes positive (a review, 7 Dec 2026: a corner at 1e308 mm was clamped to 2^63 mm and exported).
   */
  private static void footprint(JsonInput e, PlanRect r) throws InputException {
    JsonInput f = e.get("footprint");
    for (String field : List.of("xMm", "yMm")) {
      double v = field.equals("xMm") ? r.xMm() : r.yMm();
      if (!(Math.abs(v) <= MAX_COORD_MM)) {
        throw f.error(field, "expected a coordinate (mm) within " + (long) MAX_COORD_MM + " of the building's origin"
            + " but found " + JsonInput.shown(String.valueOf(f.node().get(field))));
      }
    }
    if (!(Math.abs(Math.hypot(r.ux(), r.uy()) - 1) <= 1e-3)) {
      throw f.error("ux", "expected a direction of length 1 (ux, uy) but found (" + JsonInput.shown(
          String.valueOf(f.node().get("ux"))) + ", " + JsonInput.shown(String.valueOf(f.node().get("uy"))) + ")");
    }
    positive(f, "lengthMm", r.lengthMm());
    positive(f, "depthMm", r.depthMm());
  }

  private static void positive(JsonInput e, String field, double sizeMm) throws InputException {
    if (!(sizeMm > 0)) {
      throw e.error(field, "expected a positive size (mm) but found " + e.node().get(field));
    }
  }
}
