package nl.toplaag.bom;

import java.util.Objects;

/**
 * A number the result cannot give because the catalogue, the building or the layout does not support it. It is
 * left out of the totals it belongs to, never counted as zero silently.
 *
 * @param what what is missing, for example {@code "carbon of dry riser"}
 * @param reason why, for example {@code "the catalogue gives no carbon for the dry riser"}
 */
public record Missing(String what, String reason) {
  public Missing {
    Objects.requireNonNull(what, "what");
    reason = reason == null ? "" : reason;
  }

  /** What is missing and why, as the summaries print it: {@code "transport carbon: no factory distance given"}. */
  @Override
  public String toString() {
    return reason.isEmpty() ? what : what + ": " + reason;
  }
}
