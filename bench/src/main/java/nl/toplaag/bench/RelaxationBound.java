package nl.toplaag.bench;

import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Wall;
import nl.toplaag.product.ModuleKind;

/**
 * The simple relaxation bound on dwellings of the solver prototype (docs/solver-notes.md §3), computed here
 * independently of the solver: the minimum of (a) per wing, the span of all dwelling candidates divided by the
 * narrowest dwelling, times the highest storey a dwelling may reach; (b) the foundation reserve, (c) the summed
 * wall capacities and (d) the summed bay area limits, each divided by the load of the lightest dwelling. It
 * ignores stairs, lifts, galleries and stacking, so it is loose.
 */
public final class RelaxationBound {

  private RelaxationBound() {}

  /** The bound for {@code plan}; 0 when no dwelling candidate exists. */
  public static int of(Plan plan) {
    int minWidth = Integer.MAX_VALUE;
    double minLoad = Double.MAX_VALUE;
    int top = 0;
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
    long length = 0;
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
        length += (long) (hi - lo) / minWidth * top;
      }
    }
    double walls = plan.walls().stream().mapToDouble(Wall::capacityKn).sum();
    double area = plan.building().loadReserve().areaLoadKnPerM2();
    double bays = Double.isFinite(area) ? plan.bays().stream().mapToDouble(Bay::areaM2).sum() * area
        : Double.POSITIVE_INFINITY;
    double load = Math.min(Math.min(walls, bays), plan.building().loadReserve().foundationReserveKn());
    return (int) Math.min(length, Math.floor(load / minLoad + 1e-9));
  }
}
