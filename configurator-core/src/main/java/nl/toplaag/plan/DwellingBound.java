package nl.toplaag.plan;

import nl.toplaag.product.ModuleKind;

/**
 * A simple upper bound on the dwellings of a plan, from three relaxations: the row length divided by the
 * narrowest dwelling per wing and storey; the foundation reserve, the summed wall capacities and the summed
 * bay area limits each divided by the lightest dwelling (the prototype's bound, ../shared/docs/solver-notes.md §3,
 * beside the checkout). It ignores stairs, lifts, galleries and stacking, so it is loose; the solver's own bound is
 * usually tighter.
 */
public final class DwellingBound {

  private DwellingBound() {}

  /** The bound for {@code plan}; 0 when no dwelling candidate exists. */
  public static int simple(Plan plan) {
    int minWidth = Integer.MAX_VALUE;
    double minLoad = Double.MAX_VALUE;
    int top = 0;
    long lengthBound = 0;
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING) {
        minWidth = Math.min(minWidth, c.widthMm());
        minLoad = Math.min(minLoad, c.loads().totalKn());
        top = Math.max(top, c.topStorey());
      }
    }
    if (minWidth == Integer.MAX_VALUE) {
      return 0;
    }
    for (int w = 0; w < plan.building().wings().size(); w++) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (Candidate c : plan.candidates()) {
        if (c.wing() == w && c.kind() == ModuleKind.DWELLING) {
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
}
