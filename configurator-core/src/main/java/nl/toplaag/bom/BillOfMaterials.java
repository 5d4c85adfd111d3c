package nl.toplaag.bom;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The bill of materials of one layout, summed from its placed module instances. Every list is in a fixed order
 * (storey, then id). Numbers the catalogue does not support are listed in {@code missing} and left out of the
 * totals; {@code explanations} say where each total comes from.
 *
 * @param buildingId the building
 * @param productLineIds the product lines of the layout
 * @param moduleCounts placed modules per storey and module type
 * @param dwellingCounts dwellings per storey and dwelling type
 * @param lines the priced items
 * @param materials materials per module type
 * @param connections connections per module type and connection type
 * @param transport transport per module type
 * @param totals the totals
 * @param assumptions the assumption parameters used
 * @param explanations where each total comes from, grouped by total: each contribution to a sum, then a line giving
 *     the sum ({@code "total = ..."}); parking and transport carbon are one line each, the heaviest lift a maximum
 * @param missing what could not be computed
 */
public record BillOfMaterials(
    String buildingId,
    List<String> productLineIds,
    List<ModuleCount> moduleCounts,
    List<DwellingCount> dwellingCounts,
    List<BomLine> lines,
    List<MaterialLine> materials,
    List<ConnectionLine> connections,
    List<TransportLine> transport,
    BomTotals totals,
    List<Assumption> assumptions,
    List<Explanation> explanations,
    List<Missing> missing) {

  public BillOfMaterials {
    Objects.requireNonNull(buildingId, "buildingId");
    Objects.requireNonNull(totals, "totals");
    productLineIds = List.copyOf(productLineIds);
    moduleCounts = List.copyOf(moduleCounts);
    dwellingCounts = List.copyOf(dwellingCounts);
    lines = List.copyOf(lines);
    materials = List.copyOf(materials);
    connections = List.copyOf(connections);
    transport = List.copyOf(transport);
    assumptions = List.copyOf(assumptions);
    explanations = List.copyOf(explanations);
    missing = List.copyOf(missing);
  }

  /** Placed modules per module type (all storeys), sorted by id. */
  public Map<String, Integer> countsByModuleType() {
    Map<String, Integer> out = new TreeMap<>();
    moduleCounts.forEach(c -> out.merge(c.moduleTypeId(), c.count(), Integer::sum));
    return out;
  }

  /** Placed modules per product line, sorted by id. */
  public Map<String, Integer> countsByProductLine() {
    Map<String, Integer> out = new TreeMap<>();
    moduleCounts.forEach(c -> out.merge(c.productLineId(), c.count(), Integer::sum));
    return out;
  }

  /** Placed modules per storey. */
  public Map<Integer, Integer> countsByStorey() {
    Map<Integer, Integer> out = new TreeMap<>();
    moduleCounts.forEach(c -> out.merge(c.storey(), c.count(), Integer::sum));
    return out;
  }

  /** Dwellings per dwelling type (all storeys), sorted by id. */
  public Map<String, Integer> dwellingsByType() {
    Map<String, Integer> out = new TreeMap<>();
    dwellingCounts.forEach(c -> out.merge(c.dwellingTypeId(), c.count(), Integer::sum));
    return out;
  }

  /** Dwellings per storey. */
  public Map<Integer, Integer> dwellingsByStorey() {
    Map<Integer, Integer> out = new TreeMap<>();
    dwellingCounts.forEach(c -> out.merge(c.storey(), c.count(), Integer::sum));
    return out;
  }

  /** Total mass per material name (all module types), kg, sorted by name. */
  public Map<String, Double> massByMaterialKg() {
    Map<String, Double> out = new TreeMap<>();
    materials.forEach(m -> out.merge(m.material(), m.massKg(), Double::sum));
    return out;
  }

  /** Total connections per connection type, sorted by id. */
  public Map<String, Long> connectionsByType() {
    Map<String, Long> out = new TreeMap<>();
    connections.forEach(c -> out.merge(c.connectionTypeId(), c.count(), Long::sum));
    return out;
  }

  /** Cost per category, euros, in category order. */
  public Map<BomCategory, Long> costByCategory() {
    Map<BomCategory, Long> out = new TreeMap<>();
    lines.forEach(l -> out.merge(l.category(), l.costEur(), Long::sum));
    return out;
  }

  /** Whether nothing is missing. */
  public boolean complete() {
    return missing.isEmpty();
  }

  /** Sum of the quantities of the lines of one category (metres for galleries, m² for the transfer layer). */
  public double quantity(BomCategory category) {
    return lines.stream().filter(l -> l.category() == category).mapToDouble(BomLine::quantity).sum();
  }
}
