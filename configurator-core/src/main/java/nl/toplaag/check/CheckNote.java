package nl.toplaag.check;

import java.util.Objects;

/**
 * What the independent checker takes on trust or doubts in the input, beyond its rules: no violation, said to the
 * user beside the check's outcome.
 *
 * @param topic what the note is about
 * @param text the note in words
 */
public record CheckNote(Topic topic, String text) {

  /** What a note is about. */
  public enum Topic {
    /**
     * The existing lift, extended, taken to serve every dwelling of the storeys that need a lift, where the building
     * does not give its position: the walk to it is not checked.
     */
    EXISTING_LIFT_REACH,
    /**
     * An existing core, extended above storey 1, reached across the roof from the gallery's band where the band does
     * not meet it: above storey 1 no floor of the layout leads there, so a landing or bridge is assumed.
     */
    CORE_ACROSS_ROOF,
    /** A foundation reserve larger than a block of flats weighs: perhaps given in N. */
    FOUNDATION_RESERVE_UNIT,
    /**
     * A loaded bearing line under part of its wing's depth only, which takes the loads of a full wall: the loads of the
     * lines beside it are understated (docs/model.md, "What the loads leave out").
     */
    PARTIAL_WALL
  }

  public CheckNote {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(text, "text");
  }
}
