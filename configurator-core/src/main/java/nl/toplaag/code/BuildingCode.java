package nl.toplaag.code;

/**
 * The building-code thresholds the configurator checks, with their sources. Heights are floor levels of a
 * storey above ground level at the entrance (meetniveau), mm. Values are those of the Bouwbesluit 2012 as
 * listed in the domain notes; the Bbl (2024) kept the values but renumbered the articles, so each source names
 * the BB2012 article to be confirmed in the Bbl.
 *
 * @param liftAboveFloorMm where a storey with dwellings has its floor higher than this, the building needs a lift,
 *     which the dwellings of every new storey reach (BB2012 art. 4.24(1)a, 4.27)
 * @param fireFightingLiftAboveFloorMm a storey whose floor lies higher needs a fire-fighting lift and a dry riser
 *     (BB2012 art. 6.39, 6.29)
 * @param fire90AboveFloorMm above this floor level the structure needs 90 min fire resistance (BB2012 table
 *     2.10.1)
 * @param fire120AboveFloorMm above this floor level 120 min (BB2012 table 2.10.1)
 * @param baseFireResistanceMin fire resistance needed at or below {@code fire90AboveFloorMm}, minutes
 * @param maxSingleRouteWalkMm the longest walk from a dwelling door along a gallery to a stair, where the two
 *     escape routes share the gallery, mm: 30 m, a screening assumption derived [D] from BB2012 art. 2.106(3)c, which
 *     lets two escape routes share an enclosed space for at most 30 m; an open gallery is not enclosed, so the
 *     statute may allow a longer shared route there (conservative; to confirm with a fire-safety adviser)
 * @param maxWalkToLiftMm the longest walk from a dwelling door to the lift (BB2012 art. 4.28: 90 m), mm
 * @param liftCarWidthMm the least clear width of a new lift's car, across its door, mm (BB2012 art. 4.28: 1.05 m)
 * @param liftCarDepthMm the least clear depth of a new lift's car, from its door, mm: BB2012 art. 4.28 asks 2.05 m (a
 *     stretcher lift) in a building of more than 6 dwellings and 1.35 m in a smaller one. The configurator takes every
 *     building as one of more than 6 dwellings, an assumption [D from U]: the building file does not give its
 *     dwellings, and where a new storey needs a lift, the existing dwellings and the new ones together are almost
 *     always more than 6 (a flat whose floors reach above 12.5 m has three or more dwelling layers, mostly of two
 *     dwellings or more). Conservative: it can only refuse a 1.05 x 1.35 m car the code would allow
 * @param liftLandingMm the side of the free floor a new lift's door opens onto, mm (BB2012 art. 4.23: 1.5 x 1.5 m);
 *     a lift module's door opens onto the gallery, which must be as deep
 * @param highBalustradeAboveFloorMm a gallery whose floor lies higher needs the higher balustrade (BB2012 art. 2.18:
 *     a height difference of more than 13 m)
 * @param balustradeMm the least height of a gallery's balustrade, mm (BB2012 art. 2.18: 1.0 m)
 * @param highBalustradeMm the least height above {@code highBalustradeAboveFloorMm}, mm (BB2012 art. 2.18: 1.2 m)
 * @param source the sources, in words
 */
public record BuildingCode(
    int liftAboveFloorMm,
    int fireFightingLiftAboveFloorMm,
    int fire90AboveFloorMm,
    int fire120AboveFloorMm,
    int baseFireResistanceMin,
    int maxSingleRouteWalkMm,
    int maxWalkToLiftMm,
    int liftCarWidthMm,
    int liftCarDepthMm,
    int liftLandingMm,
    int highBalustradeAboveFloorMm,
    int balustradeMm,
    int highBalustradeMm,
    String source) {

  /** The Bouwbesluit 2012 thresholds from the domain notes (docs/domain.md §3.2–3.3, tagged verified there). */
  public static final BuildingCode BB2012 = new BuildingCode(12_500, 20_000, 7_000, 13_000, 60, 30_000, 90_000,
      1_050, 2_050, 1_500, 13_000, 1_000, 1_200,
      "Bouwbesluit 2012 (BWBR0030461): art. 4.24(1)a and 4.27 (lift above 12.5 m), 6.39 and 6.29 (fire-fighting"
          + " lift and dry riser above 20 m), table 2.10.1 (60/90/120 min above 7/13 m), 4.28 (walk to lift <= 90"
          + " m; a lift car of at least 1.05 x 2.05 m in a building of more than 6 dwellings, taken as every building"
          + " here), 4.23 (1.5 x 1.5 m free in front of a lift), 2.18 (a gallery's balustrade 1.0 m high, 1.2 m where"
          + " its floor lies above 13 m); the 30 m along a gallery to a stair is a screening assumption derived from"
          + " 2.106(3)c (two escape routes may share an enclosed space for <= 30 m; an open gallery is not enclosed:"
          + " conservative). Bbl (BWBR0041297) renumbered these articles; values to be confirmed there.");

  /**
   * These thresholds with the longest walk along a gallery to a stair {@code maxSingleRouteWalkMm} and to a lift
   * {@code maxWalkToLiftMm} (mm), {@code source} saying why: a what-if of the walking distances.
   */
  public BuildingCode withWalks(int maxSingleRouteWalkMm, int maxWalkToLiftMm, String source) {
    return new BuildingCode(liftAboveFloorMm, fireFightingLiftAboveFloorMm, fire90AboveFloorMm, fire120AboveFloorMm,
        baseFireResistanceMin, maxSingleRouteWalkMm, maxWalkToLiftMm, liftCarWidthMm, liftCarDepthMm,
        liftLandingMm, highBalustradeAboveFloorMm, balustradeMm, highBalustradeMm, source);
  }

  /** These thresholds where no storey needs a lift or a fire-fighting lift: the lift rules relaxed. */
  public BuildingCode withoutLiftThresholds() {
    return new BuildingCode(Integer.MAX_VALUE, Integer.MAX_VALUE, fire90AboveFloorMm, fire120AboveFloorMm,
        baseFireResistanceMin, maxSingleRouteWalkMm, maxWalkToLiftMm, liftCarWidthMm, liftCarDepthMm,
        liftLandingMm, highBalustradeAboveFloorMm, balustradeMm, highBalustradeMm, source);
  }

  /** Whether a lift car of {@code widthMm} by {@code depthMm} (clear, mm) is as large as a new lift's car must be. */
  public boolean liftCarLargeEnough(int widthMm, int depthMm) {
    return widthMm >= liftCarWidthMm && depthMm >= liftCarDepthMm;
  }

  /**
   * Whether a gallery {@code depthMm} deep (mm) gives the free floor in front of a lift's door that BB2012 art. 4.23
   * asks ({@link #liftLandingMm} square): a lift module's, and the existing lift's extended onto a new storey, whose
   * doors open onto the gallery.
   */
  public boolean liftLandingGiven(int depthMm) {
    return depthMm >= liftLandingMm;
  }

  /** The least height of the balustrade of a gallery whose floor lies at {@code floorMm}, mm (BB2012 art. 2.18). */
  public int requiredBalustradeMm(int floorMm) {
    return floorMm > highBalustradeAboveFloorMm ? highBalustradeMm : balustradeMm;
  }

  /** Fire resistance against collapse needed for a storey whose floor lies at {@code floorMm}, minutes. */
  public int requiredFireResistanceMin(int floorMm) {
    if (floorMm > fire120AboveFloorMm) {
      return 120;
    }
    if (floorMm > fire90AboveFloorMm) {
      return 90;
    }
    return baseFireResistanceMin;
  }
}
