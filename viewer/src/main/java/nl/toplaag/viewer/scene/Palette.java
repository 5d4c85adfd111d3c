package nl.toplaag.viewer.scene;

import java.util.List;
import javafx.scene.paint.Color;
import nl.toplaag.export.Part;
import nl.toplaag.product.ModuleKind;

/**
 * The viewer's fixed colours. Building parts are muted (brick, grey) and module colours saturated, so added
 * modules stand out from the existing building. Value ramps run green - yellow - red. The parts' colours are the
 * exported glTF's ({@link Part#srgb}).
 */
public final class Palette {

  /** The existing building's walls. */
  public static final Color BUILDING = of(Part.EXISTING_BUILDING);
  /** Storey lines on the facade. */
  public static final Color STOREY_LINE = Color.rgb(95, 88, 82);
  /** Bearing lines drawn on the roof. */
  public static final Color BEARING_LINE = Color.rgb(150, 25, 25);
  /** A pitched roof that is removed: ghosted (wireframe). */
  public static final Color REMOVED_ROOF = Color.rgb(235, 90, 60, 0.85);
  /** Existing stair cores and roof obstacles. */
  public static final Color EXISTING_PART = of(Part.ROOF_OBSTACLE);
  /** Galleries. */
  public static final Color GALLERY = of(Part.GALLERY);
  /** Stair modules. */
  public static final Color STAIR = of(Part.STAIR_MODULE);
  /** The transfer layer on the roof, up to storey 1's floor: dark, so the storeys above stand out from it. */
  public static final Color TRANSFER_LAYER = of(Part.TRANSFER_LAYER);
  /** Lift modules. */
  public static final Color LIFT = of(Part.LIFT_MODULE);
  /**
   * Extended stair cores where the modules' colours are a scale (load use, circularity): blue, off the scale's green -
   * yellow - red - purple, where the stair modules' orange would read as about 75 % on it.
   */
  public static final Color STAIR_OFF_SCALE = Color.rgb(50, 110, 220);
  /**
   * The existing lift's extension where the modules' colours are a scale: cyan, where the lift modules' purple would
   * read as over capacity on it.
   */
  public static final Color LIFT_OFF_SCALE = Color.rgb(20, 200, 230);
  /** A value that is not known. */
  public static final Color UNKNOWN = Color.rgb(140, 140, 140);
  /** Background of the 3D view. */
  public static final Color BACKGROUND = Color.rgb(38, 42, 50);

  /** Colours for dwelling module types and product lines, in order of their sorted ids. */
  private static final List<Color> CATEGORIES = List.of(
      of(Part.DWELLING_MODULE), Color.rgb(70, 180, 90), Color.rgb(240, 200, 60), Color.rgb(40, 185, 175),
      Color.rgb(225, 110, 140), Color.rgb(160, 200, 60), Color.rgb(100, 130, 200), Color.rgb(200, 150, 90));

  private Palette() {}

  /** The colour of an exported part ({@link Part#srgb}). */
  private static Color of(Part part) {
    int rgb = part.srgb();
    return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
  }

  /** The colour of category {@code index} (cycles after eight). */
  public static Color category(int index) {
    return CATEGORIES.get(Math.floorMod(index, CATEGORIES.size()));
  }

  /** The fixed colour of a non-dwelling kind, or null for dwellings. */
  public static Color kind(ModuleKind kind) {
    switch (kind) {
      case GALLERY:
        return GALLERY;
      case STAIR:
        return STAIR;
      case LIFT:
        return LIFT;
      default:
        return null;
    }
  }

  /**
   * Green (0) - yellow (0.5) - red (1) for a share in [0, 1]; purple above 1; {@link #UNKNOWN} for NaN.
   */
  public static Color ramp(double share) {
    if (Double.isNaN(share)) {
      return UNKNOWN;
    }
    if (share > 1.0 + 1e-9) {
      return Color.rgb(170, 40, 170);
    }
    double v = Math.max(0, share);
    Color green = Color.rgb(50, 170, 70);
    Color yellow = Color.rgb(235, 205, 50);
    Color red = Color.rgb(215, 45, 40);
    return v <= 0.5 ? green.interpolate(yellow, v / 0.5) : yellow.interpolate(red, (v - 0.5) / 0.5);
  }
}
