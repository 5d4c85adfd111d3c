package nl.toplaag.bom;

import java.util.Objects;

/**
 * A number the result cannot give because the catalogue, the building or the layout does not support it. It is
 * left out of the totals it belongs to, never counted as zero silently.
 *
 * @param what what is missing, for example {@code "carbon of dry riser"}
 * @param reason why, for example {@code "the catalogue gives no carbon for the dry riser"}
 * @param costItem where the layout's cost leaves it out (a part or work that has a price but is not priced, as the new
 *     lift's way down to the entrance, so that the cost, and the cost per dwelling, are low by it), what it is in a few
 *     words that stay the same from building to building ("the new lift's way down"), for a batch to count; "" where
 *     only a carbon, mass, circularity or transport figure leaves it out
 */
public record Missing(String what, String reason, String costItem) {
  public Missing {
    Objects.requireNonNull(what, "what");
    reason = reason == null ? "" : reason;
    costItem = costItem == null ? "" : costItem;
  }

  /** What a figure other than the cost leaves out (no {@link #costItem}). */
  public Missing(String what, String reason) {
    this(what, reason, "");
  }

  /** What the layout's cost leaves out, {@code costItem} in a few words ({@link #costItem}). */
  public static Missing ofCost(String costItem, String what, String reason) {
    if (costItem == null || costItem.isBlank()) {
      throw new IllegalArgumentException("a cost item needs its words");
    }
    return new Missing(what, reason, costItem);
  }

  /** Whether the layout's cost leaves it out ({@link #costItem} given). */
  public boolean leavesOutCost() {
    return !costItem.isEmpty();
  }

  /** What is missing and why, as the summaries print it: {@code "transport carbon: no factory distance given"}. */
  @Override
  public String toString() {
    return reason.isEmpty() ? what : what + ": " + reason;
  }
}
