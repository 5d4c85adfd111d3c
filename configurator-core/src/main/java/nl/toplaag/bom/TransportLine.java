package nl.toplaag.bom;

/**
 * Transport of the placed instances of one module type.
 *
 * @param moduleTypeId the module type
 * @param productLineId its line
 * @param elementLine whether the line ships flat elements (truck count by mass) rather than volumetric boxes
 * @param pieces pieces to transport (modules; gallery elements per segment rounded up)
 * @param piecesPerTruck pieces per truck load (volumetric lines), 0 for element lines
 * @param truckLoads number of truck loads
 * @param transportWidthMm the shorter plan side, mm (across the trailer)
 * @param transportLengthMm the longer plan side, mm (along the trailer)
 * @param transportHeightMm module height plus the low-loader deck, mm
 * @param pieceMassKg mass of one piece, kg (the heaviest crane lift of this type for volumetric lines)
 * @param transportClass normal, annual exemption, exceptional or not assessed
 * @param escorts escort vehicles needed on the underlying road network (0, 1 or 2)
 * @param rule the rule applied, in words
 */
public record TransportLine(String moduleTypeId, String productLineId, boolean elementLine, long pieces,
    int piecesPerTruck, long truckLoads, int transportWidthMm, int transportLengthMm, int transportHeightMm,
    double pieceMassKg, TransportClass transportClass, int escorts, String rule) {}
