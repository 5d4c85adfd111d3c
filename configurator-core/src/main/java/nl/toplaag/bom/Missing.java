package nl.toplaag.bom;

import java.util.Objects;

/**
 * A number the result cannot give because the catalogue, the building or the layout does not support it. It is
 * left out of the totals it belongs to, never counted as zero silently.
 *
 * @param what what is missing, for example {@code "carbon of dry riser"}
 * @param reason why, for example {@code "the catalogue gives no carbon for the dry riser"}
 * @param leavesOutCost whether the layout's cost leaves it out (a part or work that has a price but is not priced, as
 *     the new lift's way down to the entrance), so that the cost, and the cost per dwelling, are low by it; false for
 *     what only a carbon, mass, circularity or transport figure leaves out
 */
public record Missing(String what, String reason, boolean leavesOutCost) {
  public Missing {
    Objects.requireNonNull(what, "what");
    reason = reason == null ? "" : reason;
  }

  /** What a figure other than the cost leaves out ({@link #leavesOutCost} false). */
  public Missing(String what, String reason) {
    this(what, reason, false);
  }

  /** What the layout's cost leaves out ({@link #leavesOutCost}). */
  public static Missing ofCost(String what, String reason) {
    return new Missing(what, reason, true);
  }

  /** What is missing and why, as the summaries print it: {@code "transport carbon: no factory distance given"}. */
  @Override
  public String toString() {
    return reason.isEmpty() ? what : what + ": " + reason;
  }
}
