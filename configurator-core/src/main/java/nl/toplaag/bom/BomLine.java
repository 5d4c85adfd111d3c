package nl.toplaag.bom;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One priced item of the bill of materials.
 *
 * @param category what it prices
 * @param item the catalogue or building item, for example a module type id or {@code "obstacle 2"}
 * @param storey the added storey it belongs to, or 0 for building-level items
 * @param quantity how much: pieces, metres, m² or storeys
 * @param unit the unit of {@code quantity}: {@code pcs}, {@code dwellings}, {@code m}, {@code m2},
 *     {@code storeys}, {@code item}
 * @param costEur cost, euros (rounded as {@code docs/model.md} rounds it)
 * @param massKg mass added to the building, kg; empty when not known
 * @param carbonKgCo2e embodied carbon (A1-A3), kg CO2-eq; empty when the catalogue gives none
 * @param basis the explanation of the cost: counts, catalogue fields and arithmetic
 * @param shares the line shared out over the parts of the layout it prices, whose costs add up to {@code costEur}
 *     and whose masses, carbon and usable areas to the line's to floating-point rounding (a dwelling's area split
 *     over three modules, rounded to 6 decimals in the files, sums to 69.999999 m2 of 70) ({@link PartShare}): a module
 *     line over its placed modules, a dwelling-extra line over the modules of its dwellings (with their usable area), a
 *     gallery or cantilever line over its segment, a transfer-layer line over its area, an extension over its storeys;
 *     empty for what is no part of the layout's model: the dry riser, obstacle and pitched-roof removal and
 *     the roof edge
 */
public record BomLine(BomCategory category, String item, int storey, double quantity, String unit, long costEur,
    OptionalDouble massKg, OptionalDouble carbonKgCo2e, String basis, List<PartShare> shares) {

  public BomLine {
    shares = List.copyOf(shares);
    if (!shares.isEmpty() && shares.stream().mapToLong(PartShare::costEur).sum() != costEur) {
      throw new IllegalArgumentException(category + " " + item + ": the shares' costs do not add up to " + costEur);
    }
  }

  /** A line that is no part of the layout's model: no shares. */
  public BomLine(BomCategory category, String item, int storey, double quantity, String unit, long costEur,
      OptionalDouble massKg, OptionalDouble carbonKgCo2e, String basis) {
    this(category, item, storey, quantity, unit, costEur, massKg, carbonKgCo2e, basis, List.of());
  }
}
