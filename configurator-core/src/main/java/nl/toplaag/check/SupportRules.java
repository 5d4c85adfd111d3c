package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;

import java.util.ArrayList;
import java.util.List;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.SupportPattern;

/**
 * Support on storey 1 and stacking above it ({@link RuleId#SUPPORT}, {@link RuleId#STACKING}).
 */
final class SupportRules {

  /**
   * A side edge is on a bearing line when the line's s lies within this distance, mm, and {@link CheckContext#TOL_MM}
   * more: the plan measures it from the wall's s to the millimetre (on a turned wing a wall 60.4 mm from a box's side
   * is 60 mm in the plan; {@code PlanBuilder.ALIGN_TOLERANCE_MM}).
   */
  static final double ALIGN_TOL_MM = 60.0;

  private SupportRules() {}

  static void check(CheckContext c, List<Violation> out) {
    for (Placement p : c.placements) {
      if (p.storey() == 1) {
        support(c, p, out);
      } else {
        stacking(c, p, out);
      }
    }
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      // a gallery stacks within its type's maxStack, as a module's column does (a QA pass: it was not checked)
      if (c.galleries.contains(g) && g.storey() > c.type(g).maxStack()) {
        out.add(new Violation(RuleId.STACKING, "gallery on storey " + g.storey() + " of " + c.type(g).id() + ", but at"
            + " most " + c.type(g).maxStack() + " may stand on top of each other", "gallery " + i));
      }
      if (c.galleries.contains(g) && g.storey() > 1) {
        List<double[]> below = new ArrayList<>();
        for (GallerySegment h : c.galleries) {
          if (h.storey() == g.storey() - 1 && h.wing() == g.wing()) {
            below.add(new double[] {h.sStartMm(), h.sEndMm()});
          }
        }
        if (!Intervals.covers(below, g.sStartMm(), g.sEndMm(), CheckContext.TOL_MM)) {
          out.add(new Violation(RuleId.STACKING, "gallery on storey " + g.storey() + " from s = " + m(g.sStartMm())
              + " to " + m(g.sEndMm()) + " does not lie wholly above gallery on storey " + (g.storey() - 1),
              "gallery " + i));
        }
      }
    }
  }

  /** The distance from {@code s} to the nearest bearing line of wing {@code w}, mm (infinite when none). */
  static double nearestLineMm(CheckContext c, int w, double s) {
    double best = Double.POSITIVE_INFINITY;
    for (WingLine l : c.wingLines.get(w)) {
      best = Math.min(best, Math.abs(l.sMm() - s));
    }
    return best;
  }

  private static void support(CheckContext c, Placement p, List<Violation> out) {
    ModuleType t = c.type(p);
    double a = p.sMm();
    double b = p.sMm() + p.widthMm();
    double da = nearestLineMm(c, p.wing(), a);
    double db = nearestLineMm(c, p.wing(), b);
    if (t.support() != SupportPattern.SHORT_EDGES && Math.max(da, db) <= ALIGN_TOL_MM + CheckContext.TOL_MM) {
      return;
    }
    // only transfer areas that reach across the whole module carry it: from where it starts across the wing (t) to
    // where it ends
    List<double[]> transfer = new ArrayList<>();
    for (TransferArea ta : c.layout.transferAreas()) {
      if (ta.wing() != p.wing()) {
        continue;
      }
      double t0 = c.wing(p.wing()).localT(ta.footprint().xMm(), ta.footprint().yMm());
      if (t0 <= p.tMm() + CheckContext.TOL_MM
          && t0 + ta.footprint().depthMm() + CheckContext.TOL_MM >= p.tMm() + p.depthMm()) {
        transfer.add(new double[] {ta.sStartMm(), ta.sEndMm()});
      }
    }
    if (Intervals.covers(transfer, a, b, CheckContext.TOL_MM)) {
      return;
    }
    String why = t.support() == SupportPattern.SHORT_EDGES
        ? "bears on its short edges (always needs the transfer layer)"
        : String.format(java.util.Locale.ROOT, "is not aligned: its sides at s = %s and %s are %.0f mm and %.0f mm"
            + " from the nearest bearing line (limit %.0f mm)", m(a), m(b), da, db, ALIGN_TOL_MM);
    out.add(new Violation(RuleId.SUPPORT, "module " + why + ", and transfer areas do not cover s = " + m(a) + " to "
        + m(b) + " across the module (t = " + m(p.tMm()) + " to " + m(p.tMm() + p.depthMm()) + ")", p.id()));
  }

  private static void stacking(CheckContext c, Placement p, List<Violation> out) {
    ModuleType t = c.type(p);
    if (p.storey() > t.maxStack()) {
      out.add(new Violation(RuleId.STACKING, "column of " + t.id() + " reaches storey " + p.storey()
          + " but at most " + t.maxStack() + " may stand on top of each other", p.id()));
    }
    for (Placement q : c.placements) {
      if (q.storey() == p.storey() - 1 && q.wing() == p.wing() && q.moduleTypeId().equals(p.moduleTypeId())
          && q.sMm() == p.sMm() && q.widthMm() == p.widthMm()) {
        return;
      }
    }
    out.add(new Violation(RuleId.STACKING, "no " + t.id() + " at s = " + m(p.sMm()) + " (width " + m(p.widthMm())
        + ") on storey " + (p.storey() - 1) + " to stand on", p.id()));
  }
}
