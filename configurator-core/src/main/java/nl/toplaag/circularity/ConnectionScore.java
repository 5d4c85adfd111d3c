package nl.toplaag.circularity;

/**
 * Detachability of one connection type in a module, from the catalogue's factor table.
 *
 * @param connectionTypeId the connection type
 * @param loadBearing whether it carries load
 * @param tv connection type score TV
 * @param tov accessibility score ToV
 * @param dk crossings score DK
 * @param vv containment score VV
 * @param lv LV = harmonic mean of TV and ToV
 * @param ls LS = harmonic mean of DK and VV
 * @param li LI = harmonic mean of LV and LS
 */
public record ConnectionScore(String connectionTypeId, boolean loadBearing, double tv, double tov, double dk,
    double vv, double lv, double ls, double li) {}
