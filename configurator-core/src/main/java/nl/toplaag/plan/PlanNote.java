package nl.toplaag.plan;

/**
 * A fact found while planning that explains a missing candidate, a storey not added or an existing core left unused:
 * what it is about, for a reader that picks notes by their subject, and the words a user reads.
 *
 * @param topic what the note is about
 * @param wing the wing it is about, or -1 where it is about none (the storeys, a stair core, the existing lift)
 * @param text the fact in words, for example "wing 0 is 11.00 m deep: ..."
 */
public record PlanNote(Topic topic, int wing, String text) {

  /** What a plan's note is about. */
  public enum Topic {
    /** No storey can be added: the zoning limits or the height limit. */
    STOREYS,
    /**
     * No storey from one on can hold a dwelling: the gallery, or the lift or fire-fighting lift the storeys need, of
     * the line or the building, reaches none of them.
     */
    ACCESS_STOREYS,
    /** The wing has no bearing line or no bay, so nothing can stand on it. */
    WING_UNBUILDABLE,
    /** The wing's depth, for which its gallery stands on the roof with a row of shallower modules behind it. */
    GALLERY_ON_ROOF,
    /**
     * Why the wing's gallery is cantilevered in front of the facade: its depth, or (a second row) the roof behind a
     * gallery on the roof.
     */
    GALLERY_CANTILEVERED,
    /** No module of the line fits on the wing. */
    NO_MODULE,
    /** The wing has more free positions than the plan keeps. */
    POSITIONS_CUT,
    /** An existing stair core is not used. */
    CORE_UNUSED,
    /** The existing lift is not used. */
    LIFT_UNUSED,
    /** No gallery is laid over the existing lift's shaft on the wing's roof. */
    GALLERY_OVER_LIFT
  }

  /** A note about no wing. */
  static PlanNote of(Topic topic, String text) {
    return new PlanNote(topic, -1, text);
  }

  /** Whether the note says the wing's depth and where its gallery stands for it. */
  public boolean aboutDepth() {
    return topic == Topic.GALLERY_ON_ROOF || topic == Topic.GALLERY_CANTILEVERED;
  }

  @Override
  public String toString() {
    return text;
  }
}
