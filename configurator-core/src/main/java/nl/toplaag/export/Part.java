package nl.toplaag.export;

/** What a {@link Solid} of an exported scene is. */
public enum Part {
  /**
   * The existing building: its roof outline from the ground to the roof level; where the roof has lower parts, one
   * solid for each height.
   */
  EXISTING_BUILDING("existing building", false),
  /** A roof obstacle the layout keeps, from the roof level to its top. */
  ROOF_OBSTACLE("roof obstacle", false),
  /** A dwelling module. */
  DWELLING_MODULE("dwelling module", true),
  /** A stair module. */
  STAIR_MODULE("stair module", true),
  /** A lift module. */
  LIFT_MODULE("lift module", true),
  /** The deck of a stretch of gallery ({@link ExportScene#GALLERY_DECK_MM} thick). */
  GALLERY("gallery", true),
  /**
   * A bay's part of the transfer layer (steel beams or a slab) on the roof, from the roof to the floor of the first
   * added storey.
   */
  TRANSFER_LAYER("transfer layer", true),
  /** An existing stair core extended through one added storey. */
  STAIR_CORE_EXTENSION("stair core extension", true),
  /** The existing lift shaft extended through one added storey. */
  LIFT_EXTENSION("lift shaft extension", true);

  private final String label;
  private final boolean added;

  Part(String label, boolean added) {
    this.label = label;
    this.added = added;
  }

  /** Its name in words, as the files give it (IFC object type, glTF node name prefix). */
  public String label() {
    return label;
  }

  /** Whether it is new (the layout adds it), not part of the existing building. */
  public boolean added() {
    return added;
  }
}
