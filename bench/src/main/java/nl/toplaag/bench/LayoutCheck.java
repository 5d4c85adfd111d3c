package nl.toplaag.bench;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;

/** An independent check of a layout against the rules of docs/model.md: the violations found, in words. */
@FunctionalInterface
public interface LayoutCheck {

  /**
   * The violations of {@code layout}, or {@code null} when no checker is available.
   *
   * @param building the building
   * @param catalog the catalogue the layout's modules come from
   * @param layout the layout
   * @param maxStoreys the storeys the request allowed
   */
  List<String> violations(Building building, Catalog catalog, Layout layout, int maxStoreys);

  /**
   * The check's notes of {@code layout} that the extended existing lift is taken to serve every dwelling, its reach
   * unchecked, in words (none by default; {@code nl.toplaag.check.CheckNote.Topic#EXISTING_LIFT_REACH}: the check's
   * other notes, on the input, are not counted here).
   */
  default List<String> notes(Building building, Catalog catalog, Layout layout, int maxStoreys) {
    return List.of();
  }

  /** No checker: every answer is "not checked". */
  LayoutCheck NONE = (b, c, l, s) -> null;
}
