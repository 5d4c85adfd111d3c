package nl.toplaag.io;

import java.util.List;
import java.util.stream.Collectors;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;

/**
 * Checks the elements of a layout read from a file for what it takes to draw and check them at all: a module or
 * gallery type of the catalogue, positive sizes (mm) and an added storey in range. A problem is an
 * {@link InputException} naming the file and the JSON pointer of the offending value.
 */
final class LayoutElements {

  private LayoutElements() {}

  /**
   * Checks {@code layout}, read from {@code json}.
   *
   * @param json the layout object as read (for the pointers)
   * @param layout the layout mapped from {@code json}
   * @param catalog the catalogue whose module types the elements must have
   * @param maxStorey the highest added storey an element may stand on (the lowest is 1)
   */
  static void check(JsonInput json, Layout layout, Catalog catalog, int maxStorey) throws InputException {
    List<JsonInput> modules = json.get("modules").elements();
    for (int j = 0; j < modules.size(); j++) {
      JsonInput e = modules.get(j);
      Placement p = layout.modules().get(j);
      type(e, p.moduleTypeId(), catalog);
      storey(e, p.storey(), maxStorey);
      positive(e, "widthMm", p.widthMm());
      positive(e, "depthMm", p.depthMm());
      positive(e, "heightMm", p.heightMm());
      footprint(e, p.footprint());
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
  }

  private static void type(JsonInput e, String id, Catalog catalog) throws InputException {
    if (catalog.module(id).isEmpty()) {
      // most often a layout made with one's own catalogue, read with the bundled one: say which lines were read
      throw e.error("moduleTypeId", "expected a module type of the catalogue but found \"" + id + "\", which none "
          + "of its product lines (" + catalog.lines().stream().map(ProductLine::id).collect(Collectors.joining(", "))
          + ") has: read the layout with the catalogue it was made with (--catalog DIR)");
    }
  }

  private static void storey(JsonInput e, int storey, int maxStorey) throws InputException {
    if (storey < 1 || storey > maxStorey) {
      throw e.error("storey", "expected an added storey in [1, " + maxStorey + "] but found " + storey);
    }
  }

  private static void footprint(JsonInput e, PlanRect r) throws InputException {
    JsonInput f = e.get("footprint");
    positive(f, "lengthMm", r.lengthMm());
    positive(f, "depthMm", r.depthMm());
  }

  private static void positive(JsonInput e, String field, double sizeMm) throws InputException {
    if (!(sizeMm > 0)) {
      throw e.error(field, "expected a positive size (mm) but found " + e.node().get(field));
    }
  }
}
