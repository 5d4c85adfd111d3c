package nl.toplaag.io;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.toplaag.building.Building;
import nl.toplaag.product.Catalog;

/**
 * What a value's source note says of it. Catalogue values, building values and the import's assumptions each carry a
 * source; one tagged {@code [U]}, or {@code [D from U]} (derived from unverified numbers), as {@code docs/domain.md}
 * tags its facts, or none at all, is an assumption until a manufacturer's or an engineer's figure replaces it.
 */
public final class SourceNotes {

  private SourceNotes() {}

  /** A tag as docs/domain.md writes them: [V], [U], [D], or [D from ...] (derived from what it names). */
  private static final Pattern TAG = Pattern.compile("\\[(V|U|D|D from [^\\]]+)\\]", Pattern.CASE_INSENSITIVE);

  /**
   * Whether source note {@code source} leaves its value unverified: none given, tagged [U] or [D from U], in any
   * letter case (a hand-written "[u]" was read as a source), or without a tag ({@link #tagged}: a QA pass found
   * "product sheet 2026, tested by TNO", untagged, counted as verified, and the caveats on its figures left out; the
   * schemas ask for a tag). Verified: tagged [V], [D] or [D from V].
   */
  public static boolean unverified(String source) {
    if (source == null || source.isBlank()) {
      return true;
    }
    String tags = source.toUpperCase(Locale.ROOT);
    return tags.contains("[U]") || tags.contains("FROM U]") || !tagged(source);
  }

  /** Whether source note {@code source} carries a tag, [V], [U], [D] or [D from ...], in any letter case. */
  public static boolean tagged(String source) {
    return source != null && TAG.matcher(source).find();
  }

  /**
   * Unverified note {@code source} as a part to join to a verified one: as it is where tagged, else with "(no tag, so
   * [U])", so that the joined note stays unverified (a check of the docs: an engineer's [V] capacity joined to an
   * untagged wall pitch read as verified, where the pitch alone did not).
   */
  public static String unverifiedPart(String source) {
    String s = source == null ? "" : source;
    return tagged(s) ? s : (s.isBlank() ? "" : s + " ") + "(no tag, so [U])";
  }

  /**
   * Whether the catalogue {@code c} gives figure {@code field} (a module type's field, {@code costEur} say) of any of
   * the module types {@code moduleTypeIds} as unverified ({@link #unverified(String)}); types it lacks are passed
   * over.
   */
  public static boolean anyUnverified(Catalog c, Collection<String> moduleTypeIds, String field) {
    return moduleTypeIds.stream().map(c::module).flatMap(java.util.Optional::stream)
        .anyMatch(m -> unverified(m.sources().get(field)));
  }

  /**
   * Whether the structural figures a building's dwelling count rests on, its walls' capacities and its load reserves,
   * are unverified ({@link #unverified(String)}): its counts and loads are then screening only.
   */
  public static boolean structureUnverified(Building b) {
    return unverified(b.loadReserve().source()) || b.bearingLines().stream().anyMatch(l -> unverified(l.source()));
  }

  /**
   * The words with which a building file's assumptions say that its wings' fronts (gallery sides) are assumed, as the
   * import from the 3D BAG writes them, tagged [U]: the 3D BAG does not record the gallery side.
   */
  public static final String GALLERY_SIDE_UNKNOWN = "the gallery side is not in the 3D BAG";

  /**
   * The note the building reader adds to the assumptions of a building whose file gives no wings, so that its wing,
   * and so its front, is derived from the roof outline ({@link BuildingReader#derivedWing}: the long side further
   * south).
   */
  public static final String FRONT_DERIVED = "[U] one wing derived from the roof outline, as the file gives none: its"
      + " front (gallery side) the long side further south, as the gallery side is not in the building file";

  /**
   * Whether building {@code b}'s front (gallery side) is assumed rather than given: its assumptions say so, as those
   * of a building whose file gives no wings ({@link #FRONT_DERIVED}) or of one imported from the 3D BAG ({@link
   * #GALLERY_SIDE_UNKNOWN}) do.
   */
  public static boolean frontAssumed(Building b) {
    return b.assumptions().contains(FRONT_DERIVED) || b.assumptions().contains(GALLERY_SIDE_UNKNOWN);
  }

  /**
   * Whether building {@code b}'s zoning limits are unverified ({@link #unverified(String)}): the storeys, height and
   * setbacks the result keeps to are then an assumption until the omgevingsplan is consulted.
   */
  public static boolean zoningUnverified(Building b) {
    return unverified(b.zoning().source());
  }
}
