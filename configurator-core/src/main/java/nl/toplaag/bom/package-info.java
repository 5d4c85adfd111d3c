/**
 * Bill of materials of a layout: counts summed from the placed module instances, materials, connections,
 * building-level items, cost, embodied carbon, logistics and parking, each number with a written explanation of
 * where it comes from. Entry point: {@link nl.toplaag.bom.BomCalculator}. Method: {@code docs/circularity.md}
 * and {@code docs/model.md} "Cost of a layout".
 */
package nl.toplaag.bom;
