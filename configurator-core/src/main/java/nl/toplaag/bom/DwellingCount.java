package nl.toplaag.bom;

/**
 * How many dwellings of one type lie on one added storey.
 *
 * @param storey added storey
 * @param productLineId the line of the dwelling type, or empty when the type is not in the catalogue
 * @param dwellingTypeId the dwelling type
 * @param count number of dwellings
 * @param usableAreaM2 their usable area together, m² (0 when the type is unknown; then also reported missing)
 */
public record DwellingCount(int storey, String productLineId, String dwellingTypeId, int count,
    double usableAreaM2) {}
