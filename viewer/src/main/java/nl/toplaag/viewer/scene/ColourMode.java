package nl.toplaag.viewer.scene;

/** What the colour of an added module shows. */
public enum ColourMode {
  /** One colour per module type; galleries, stairs and lifts in their own colours. */
  MODULE_TYPE("Module type"),
  /** One colour per product line; galleries, stairs and lifts in their own colours. */
  PRODUCT_LINE("Product line"),
  /**
   * Utilisation (load / capacity) of the bearing line nearest the module centre on storey 1, carried up to the
   * modules stacked on it (the higher of two equally near lines): green 0, yellow 0.5, red 1, purple above 1;
   * grey where unknown.
   */
  LOAD_USE("Load use of bearing line"),
  /** The circularity score (0..1) of the module type supplied by the caller: red 0, yellow 0.5, green 1. */
  CIRCULARITY("Circularity score (MCI x LI)");

  private final String label;

  ColourMode(String label) {
    this.label = label;
  }

  /** Name shown in the viewer. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
