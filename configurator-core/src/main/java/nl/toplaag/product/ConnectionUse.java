package nl.toplaag.product;

import java.util.Objects;

/**
 * How many connections of one type a module has.
 *
 * @param connectionTypeId id of a {@link ConnectionType} in the catalogue
 * @param count number of such connections per module
 * @param loadBearing whether these connections carry load (they then dominate detachability)
 */
public record ConnectionUse(String connectionTypeId, int count, boolean loadBearing) {
  public ConnectionUse {
    Objects.requireNonNull(connectionTypeId, "connectionTypeId");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0 but was " + count);
    }
  }
}
