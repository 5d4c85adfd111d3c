package nl.toplaag.export;

/** What a {@link Solid} of an exported scene is. */
public enum Part {
  /**
   * The existing building: its roof outline from the ground to the roof level; where the roof has lower parts, one
   * solid for each height.
   */
  EXISTING_BUILDING("existing building", false, 0xC4B6A6),
  /** A roof obstacle the layout keeps, from the roof level to its top. */
  ROOF_OBSTACLE("roof obstacle", false, 0x78787D),
  /** A dwelling module. */
  DWELLING_MODULE("dwelling module", true, 0x3C8CE6),
  /** A stair module. */
  STAIR_MODULE("stair module", true, 0xE67814),
  /** A lift module. */
  LIFT_MODULE("lift module", true, 0x8C46BE),
  /** The deck of a stretch of gallery ({@link ExportScene#GALLERY_DECK_MM} thick). */
  GALLERY("gallery", true, 0x96A0AC),
  /**
   * A bay's part of the transfer layer (steel beams or a slab) on the roof, from the roof to the floor of the first
   * added storey.
   */
  TRANSFER_LAYER("transfer layer", true, 0x5C544C),
  /** An existing stair core extended through one added storey. */
  STAIR_CORE_EXTENSION("stair core extension", true, 0xE67814),
  /** The existing lift shaft extended through one added storey. */
  LIFT_EXTENSION("lift shaft extension", true, 0x8C46BE);

  private final String label;
  private final boolean added;
  private final int srgb;

  Part(String label, boolean added, int srgb) {
    this.label = label;
    this.added = added;
    this.srgb = srgb;
  }

  /**
   * Its colour, sRGB as 0xRRGGBB: the viewer's (its palette; a dwelling module in the colour of the first module type
   * it tells apart, a core's or lift shaft's extension as a stair or lift module) and the glTF's, so a model opened
   * in another viewer reads as the picture does (a review, 7 Dec 2026: the glTF drew the stairs blue and the dwellings
   * orange, the viewer the reverse).
   */
  public int srgb() {
    return srgb;
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
