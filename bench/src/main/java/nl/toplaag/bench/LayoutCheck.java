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
   * What the check notes of {@code layout} beyond its rules, in words (none by default): the extended existing lift
   * taken to serve every dwelling, its reach unchecked ({@code nl.toplaag.check.CheckReport#notes}).
   */
  default List<String> notes(Building building, Catalog catalog, Layout layout, int maxStoreys) {
    return List.of();
  }

  /** No checker: every answer is "not checked". */
  LayoutCheck NONE = (b, c, l, s) -> null;
}
