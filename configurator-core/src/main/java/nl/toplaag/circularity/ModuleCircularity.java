package nl.toplaag.circularity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The circularity of one module type and its share in a layout.
 *
 * @param moduleTypeId the module type
 * @param productLineId its line
 * @param quantity placed instances (galleries: metres / element width)
 * @param massKg mass of these instances in the layout, kg
 * @param knownMaterialMassKg of {@code massKg}, the part the catalogue's materials describe, kg
 * @param flows the MCI and its flows per module; empty when materials are missing or invalid
 * @param connections the scores of the connections that count (load-bearing ones, or all when none is)
 * @param detachability LI of the module: the lowest LI of the connections that count; empty when unknown
 * @param pci product circularity index MCI × LI; empty unless both are known
 * @param missing why a score is missing
 */
public record ModuleCircularity(String moduleTypeId, String productLineId, double quantity, double massKg,
    double knownMaterialMassKg, Optional<MaterialFlows> flows, List<ConnectionScore> connections,
    OptionalDouble detachability, OptionalDouble pci, List<String> missing) {

  public ModuleCircularity {
    connections = List.copyOf(connections);
    missing = List.copyOf(missing);
  }

  /** The module's MCI, or empty. */
  public OptionalDouble mci() {
    return flows.map(f -> OptionalDouble.of(f.mci())).orElse(OptionalDouble.empty());
  }
}
