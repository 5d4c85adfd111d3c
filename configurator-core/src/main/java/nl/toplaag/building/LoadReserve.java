package nl.toplaag.building;

/**
 * How much extra load the existing structure may take, as screening limits. Each limit is optional; an absent
 * limit is {@link Double#POSITIVE_INFINITY}.
 *
 * @param areaLoadKnPerM2 the allowed extra load averaged over each bay of the roof, kN/m²
 * @param foundationReserveKn the allowed extra load on the foundation in total, kN
 * @param source where the numbers come from (an engineer's report, or a stated assumption)
 */
public record LoadReserve(double areaLoadKnPerM2, double foundationReserveKn, String source) {
  public LoadReserve {
    if (!(areaLoadKnPerM2 >= 0)) {
      throw new IllegalArgumentException("areaLoadKnPerM2 must be >= 0 but was " + areaLoadKnPerM2);
    }
    if (!(foundationReserveKn >= 0)) {
      throw new IllegalArgumentException("foundationReserveKn must be >= 0 but was " + foundationReserveKn);
    }
    source = source == null ? "" : source;
  }
}
