package nl.toplaag.bom;

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
 */
public record BomLine(BomCategory category, String item, int storey, double quantity, String unit, long costEur,
    OptionalDouble massKg, OptionalDouble carbonKgCo2e, String basis) {}
