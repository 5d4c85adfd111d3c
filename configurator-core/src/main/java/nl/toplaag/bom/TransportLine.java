package nl.toplaag.bom;

/**
 * Transport of the placed instances of one module type of a volumetric line, or of all pieces of one element line
 * (they share trucks).
 *
 * @param moduleTypeId the module type; empty for an element line
 * @param productLineId its line
 * @param elementLine whether the line ships flat elements (truck count by mass) rather than volumetric boxes
 * @param pieces pieces to transport (modules; gallery elements per segment rounded up)
 * @param piecesPerTruck pieces per truck load (volumetric lines), 0 for element lines (not applicable)
 * @param truckLoads number of truck loads
 * @param transportWidthMm the shorter plan side, mm (across the trailer); 0 for element lines (not applicable:
 *     elements travel flat and their sizes are not in the catalogue; the exports write no value)
 * @param transportLengthMm the longer plan side, mm (along the trailer); 0 for element lines, as the width
 * @param transportHeightMm module height plus the low-loader deck, mm; 0 for element lines, as the width
 * @param pieceMassKg mass of one piece, kg (the heaviest crane lift of this type for volumetric lines); for an
 *     element line the largest unit mass of the line
 * @param transportClass normal, marked wide load, annual exemption, exceptional or not assessed
 * @param escorts escort vehicles needed on the underlying road network (0, 1 or 2); 0 for element lines (not
 *     assessed; the exports write no value)
 * @param rule the rule applied, in words
 */
public record TransportLine(String moduleTypeId, String productLineId, boolean elementLine, long pieces,
    int piecesPerTruck, long truckLoads, int transportWidthMm, int transportLengthMm, int transportHeightMm,
    double pieceMassKg, TransportClass transportClass, int escorts, String rule) {}
