package nl.toplaag.bom;

import nl.toplaag.product.ModuleKind;

/**
 * How many placed instances of one module type stand on one added storey (dwelling, stair and lift modules;
 * galleries are counted in {@link BomLine}s by length).
 *
 * @param storey added storey, 1 = on the roof
 * @param productLineId the line the module belongs to
 * @param moduleTypeId the module type
 * @param kind its kind
 * @param count number of placed instances
 */
public record ModuleCount(int storey, String productLineId, String moduleTypeId, ModuleKind kind, int count) {}
