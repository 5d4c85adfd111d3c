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
 * @param energyRecoveryFraction fraction collected for energy recovery at end of life (incineration with its energy
 *     recovered); only its biological part (B_C), at the recovery's efficiency, counts as recovered
 *     ({@link #creditedEnergyRecoveryFraction()}), the rest is waste
 * @param recyclingEfficiency E_C and E_F: efficiency of the recycling process, in (0, 1]
 * @param biologicalFraction fraction of this material's mass that is biological (timber, wood fibre, straw), in
 *     [0, 1]; 0 for mineral, metal and fossil-based material
 * @param energyRecoveryEfficiency E_E = E_R / (HHV · M_B): the share of the biological material's higher heating
 *     value that its energy recovery recovers, in [0, 1]; 0 where no biological material goes to energy recovery
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
    double biologicalFraction,
    double energyRecoveryEfficiency,
    String source) {
  public MaterialUse {
    Objects.requireNonNull(material, "material");
    if (!(massKg >= 0)) {
      throw new IllegalArgumentException("massKg must be >= 0 but was " + massKg);
    }
    source = source == null ? "" : source;
  }

  /**
   * C_E of the Material Circularity Indicator (EMF 2019: C_E = E_E · B_C, energy recovery counted for biological
   * material only): the fraction of this material's mass credited as recovered by energy recovery. B_C, the
   * biological mass collected for energy recovery, is taken as the biological fraction of what is collected for it
   * (the material burnt as it is mixed).
   */
  public double creditedEnergyRecoveryFraction() {
    return energyRecoveryFraction * biologicalFraction * energyRecoveryEfficiency;
  }
}
