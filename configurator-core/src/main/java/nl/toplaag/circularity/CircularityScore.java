package nl.toplaag.circularity;

import java.util.List;
import java.util.OptionalDouble;
import nl.toplaag.bom.Assumption;
import nl.toplaag.bom.Missing;

/**
 * The circularity of a layout: per module type and mass-weighted over the layout. Each layout figure covers only
 * the mass it can be computed for and states that share; the rest of the mass (modules without data, the
 * transfer layer and extensions, which have no materials in the catalogue) is listed in {@code missing}.
 *
 * @param modules per module type, sorted by id
 * @param totalMassKg all mass the layout adds (modules, galleries, transfer layer, extensions), kg
 * @param mci layout MCI = Σ MCI_m · known material mass_m / Σ known material mass_m
 * @param mciMassShare the share of {@code totalMassKg} the MCI covers (known material mass / total)
 * @param detachability layout LI = Σ LI_m · mass_m / Σ mass_m over modules with a known LI
 * @param detachabilityMassShare the share of {@code totalMassKg} the LI covers
 * @param pci layout PCI = Σ PCI_m · mass_m / Σ mass_m over modules with both MCI and LI
 * @param pciMassShare the share of {@code totalMassKg} the PCI covers
 * @param assumptions the parameters used
 * @param method the method in one paragraph, including which parts are unverified
 * @param missing what could not be assessed
 */
public record CircularityScore(List<ModuleCircularity> modules, double totalMassKg, OptionalDouble mci,
    double mciMassShare, OptionalDouble detachability, double detachabilityMassShare, OptionalDouble pci,
    double pciMassShare, List<Assumption> assumptions, String method, List<Missing> missing) {

  public CircularityScore {
    modules = List.copyOf(modules);
    assumptions = List.copyOf(assumptions);
    missing = List.copyOf(missing);
  }
}
