package nl.toplaag.bom;

/** What a {@link BomLine} prices. */
public enum BomCategory {
  /** Placed modules of one type (dwelling, stair, lift). */
  MODULE(true),
  /** The extra cost per dwelling of one dwelling type. */
  DWELLING_EXTRA(true),
  /** One gallery segment, priced per element width. */
  GALLERY(true),
  /** The extra cost of a cantilevered gallery segment per metre. */
  GALLERY_CANTILEVER(true),
  /** The roof transfer layer in one transfer area. */
  TRANSFER_LAYER(true),
  /** Extending one existing stair core. */
  STAIR_CORE_EXTENSION(true),
  /** Extending the existing lift shaft. */
  LIFT_EXTENSION(true),
  /** Removing one roof obstacle. */
  OBSTACLE_REMOVAL(true),
  /** Removing the pitched roof. */
  PITCHED_ROOF_REMOVAL(true),
  /** The dry riser. */
  DRY_RISER(true),
  /** Parapet and roof-edge works at an assumption price: additional cost, outside the layout cost. */
  ROOF_EDGE(false);

  private final boolean layoutCost;

  BomCategory(boolean layoutCost) {
    this.layoutCost = layoutCost;
  }

  /** Whether lines of this category belong to the cost of a layout as defined in {@code docs/model.md}. */
  public boolean layoutCost() {
    return layoutCost;
  }

  /** Lower-case name with dashes, as used in exports. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
