package nl.toplaag.check;

/**
 * The extra load on one bay of a wing (the stretch between two consecutive bearing lines across it, or an end bay
 * from the wing's end to its outermost line), spread over the bay's plan area, as the checker recomputes it for the
 * area-load reserve.
 *
 * @param wing the wing's index
 * @param fromLine the building's index of the bearing line where the bay starts; -1 for an end bay at the wing's start
 * @param toLine the building's index of the bearing line where it ends; -1 for an end bay at the wing's end
 * @param loadKn the extra load on the bay, kN
 * @param areaM2 the bay's plan area (its length times the wing's depth), m²
 */
public record BayLoad(int wing, int fromLine, int toLine, double loadKn, double areaM2) {

  /** The load per m² of the bay, kN/m². */
  public double knPerM2() {
    return loadKn / areaM2;
  }

  /** Which bay this is, in words ("bay between bearing lines 2 and 3", "end bay from bearing line 7 to the ..."). */
  public String words() {
    return fromLine < 0 ? "end bay from the wing's start to bearing line " + toLine
        : toLine < 0 ? "end bay from bearing line " + fromLine + " to the wing's end"
        : "bay between bearing lines " + fromLine + " and " + toLine;
  }
}
