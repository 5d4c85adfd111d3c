package nl.toplaag.product;

import java.util.Objects;

/**
 * One material in a module, with what the Material Circularity Indicator needs. Fractions are of this
 * material's mass and lie in [0, 1].
 *
 * @param material material name (for example "CLT", "steel S235", "mineral wool")
 * @param massKg mass of this material in one module, kg
 * @param densityKgPerM3 density, kg/m³ (to report volumes)
 * @param recycledInputFraction F_R: fraction of recycled feedstock
 * @param reusedInputFraction F_U: fraction from reused components
 * @param biobasedInputFraction F_S: fraction of biological material from sustained production
 * @param reuseFraction C_U: fraction collected for reuse at end of life
 * @param recyclingFraction C_R: fraction collected for recycling at end of life
 * @param compostFraction C_C: fraction composted at end of life
 * @param energyRecoveryFraction C_E: fraction to energy recovery at end of life
 * @param recyclingEfficiency E_C and E_F: efficiency of the recycling process, in (0, 1]
 * @param source where these numbers come from
 */
public record MaterialUse(
    String material,
    double massKg,
    double densityKgPerM3,
    double recycledInputFraction,
    double reusedInputFraction,
    double biobasedInputFraction,
    double reuseFraction,
    double recyclingFraction,
    double compostFraction,
    double energyRecoveryFraction,
    double recyclingEfficiency,
    String source) {
  public MaterialUse {
    Objects.requireNonNull(material, "material");
    if (!(massKg >= 0)) {
      throw new IllegalArgumentException("massKg must be >= 0 but was " + massKg);
    }
    source = source == null ? "" : source;
  }
}
