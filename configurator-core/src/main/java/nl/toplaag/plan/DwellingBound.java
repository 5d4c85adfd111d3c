package nl.toplaag.plan;

import java.util.List;
import java.util.Map;
import nl.toplaag.product.ModuleKind;

/**
 * A simple upper bound on the dwellings of a plan, from three relaxations: the row length divided by the
 * narrowest dwelling per wing and storey; the foundation reserve, the summed wall capacities and the summed
 * bay area limits each divided by the lightest dwelling (the prototype's bound, ../shared/docs/solver-notes.md §3,
 * beside the checkout). It ignores stairs, lifts, galleries and stacking, so it is loose; the solver's own bound is
 * usually tighter. It counts only the dwellings that fit the load limits on their own ({@link #fitsAlone}), so a
 * plan none of whose dwellings does is bounded at 0, and its search ends at once: an L whose CLT boxes with their
 * transfer layer put at least 5.24 kN/m² on a bay of a 5.00 kN/m² roof took its strip programme a million labels on
 * each of eight plans to prove none.
 */
public final class DwellingBound {

  private DwellingBound() {}

  /** The bound for {@code plan}; 0 when no dwelling candidate exists, or none fits the load limits on its own. */
  public static int simple(Plan plan) {
    int minWidth = Integer.MAX_VALUE;
    double minLoad = Double.MAX_VALUE;
    int top = 0;
    long lengthBound = 0;
    // each candidate's loads looked at once, not once more for each wing
    List<Candidate> counted = plan.candidates().stream()
        .filter(c -> c.kind() == ModuleKind.DWELLING && fitsAlone(plan, c)).toList();
    for (Candidate c : counted) {
      minWidth = Math.min(minWidth, c.widthMm());
      minLoad = Math.min(minLoad, c.loads().totalKn());
      top = Math.max(top, c.topStorey());
    }
    if (minWidth == Integer.MAX_VALUE) {
      return 0;
    }
    for (int w = 0; w < plan.building().wings().size(); w++) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (Candidate c : counted) {
        if (c.wing() == w) {
          lo = Math.min(lo, c.sMm());
          hi = Math.max(hi, c.sMm() + c.widthMm());
        }
      }
      if (hi > lo) {
        lengthBound += (long) ((hi - lo) / minWidth) * top;
      }
    }
    double caps = plan.walls().stream().mapToDouble(Wall::capacityKn).sum();
    double area = plan.building().loadReserve().areaLoadKnPerM2();
    double bayCaps = Double.isFinite(area) ? plan.bays().stream().mapToDouble(Bay::areaM2).sum() * area
        : Double.POSITIVE_INFINITY;
    double reserve = plan.building().loadReserve().foundationReserveKn();
    double loadBound = Math.min(Math.min(caps, bayCaps), reserve) / minLoad;
    return (int) Math.min(lengthBound, Math.floor(loadBound + 1e-9));
  }

  /**
   * Whether candidate {@code c}, with the transfer layer it needs ({@link Plan#loadsWithTransfer}), stays within the
   * load limits of {@code plan} on its own: each bearing line's capacity, each bay's area load and the foundation
   * reserve. Loads only add up (none is negative), so a candidate that does not is in no layout that meets them; the
   * solver's model, which rounds each load up and each limit down, rules it out as well.
   */
  public static boolean fitsAlone(Plan plan, Candidate c) {
    LoadShare l = plan.loadsWithTransfer(c);
    if (l.totalKn() > plan.building().loadReserve().foundationReserveKn()) {
      return false;
    }
    for (Map.Entry<Integer, Double> e : l.wallKn().entrySet()) {
      if (e.getValue() > plan.walls().get(e.getKey()).capacityKn()) {
        return false;
      }
    }
    double area = plan.building().loadReserve().areaLoadKnPerM2();
    for (Map.Entry<Integer, Double> e : l.bayKn().entrySet()) {
      if (e.getValue() > area * plan.bays().get(e.getKey()).areaM2()) {
        return false;
      }
    }
    return true;
  }
}
