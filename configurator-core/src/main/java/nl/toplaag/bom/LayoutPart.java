package nl.toplaag.bom;

import java.util.Objects;

/**
 * A part of a layout that a line of the bill of materials is shared out over ({@link PartShare}): a placed module, a
 * gallery segment, a transfer area, or one storey of an extended stair core or of the extended lift shaft; the
 * export ({@code nl.toplaag.export.ExportScene}) gives each its solid.
 *
 * @param kind what it is
 * @param id which one: the module's placement id; the gallery segment's or transfer area's index in the layout's
 *     list, or the stair core's index in the building's, in digits; empty for the lift shaft
 * @param storey for a storey of an extended stair core or lift shaft, that storey (1 = the first added); else 0
 */
public record LayoutPart(Kind kind, String id, int storey) {

  /** The kinds of part. */
  public enum Kind {
    /** A placed dwelling, stair or lift module ({@code Layout.modules}). */
    MODULE,
    /** A gallery segment ({@code Layout.galleries}). */
    GALLERY,
    /** A transfer area ({@code Layout.transferAreas}). */
    TRANSFER_AREA,
    /** One storey of an extended existing stair core ({@code Layout.extendedStairCores}). */
    STAIR_CORE_STOREY,
    /** One storey of the extended existing lift shaft ({@code Layout.liftExtensionStoreys}). */
    LIFT_SHAFT_STOREY
  }

  public LayoutPart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /** The module placed as {@code placementId}. */
  public static LayoutPart module(String placementId) {
    return new LayoutPart(Kind.MODULE, placementId, 0);
  }

  /** The gallery segment at {@code index} in the layout's list. */
  public static LayoutPart gallery(int index) {
    return new LayoutPart(Kind.GALLERY, String.valueOf(index), 0);
  }

  /** The transfer area at {@code index} in the layout's list. */
  public static LayoutPart transferArea(int index) {
    return new LayoutPart(Kind.TRANSFER_AREA, String.valueOf(index), 0);
  }

  /** Storey {@code storey} (1 = the first added) of the extension of stair core {@code core}. */
  public static LayoutPart stairCore(int core, int storey) {
    return new LayoutPart(Kind.STAIR_CORE_STOREY, String.valueOf(core), storey);
  }

  /** Storey {@code storey} (1 = the first added) of the extension of the lift shaft. */
  public static LayoutPart liftShaft(int storey) {
    return new LayoutPart(Kind.LIFT_SHAFT_STOREY, "", storey);
  }
}
