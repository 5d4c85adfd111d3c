package nl.toplaag.solve.greedy;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.LiftSite;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.plan.Wall;
import nl.toplaag.product.ModuleKind;

/** Feasibility tests and repairs the greedy baseline uses on a {@link Selection}. */
final class Repair {

  private Repair() {}

  /** Whether every wall, bay and the foundation stay within their limits. */
  static boolean withinLoads(Plan plan, Selection s) {
    Evaluation ev = Evaluation.of(plan, s);
    for (Wall w : plan.walls()) {
      if (ev.wallLoadKn().get(w.index()) > w.capacityKn() - 0.01) {
        if (ev.wallLoadKn().get(w.index()) > 0) {
          return false;
        }
      }
    }
    double area = plan.building().loadReserve().areaLoadKnPerM2();
    for (Bay b : plan.bays()) {
      if (ev.bayLoadKn().get(b.index()) > area * b.areaM2() - 0.01 && ev.bayLoadKn().get(b.index()) > 0) {
        return false;
      }
    }
    return ev.foundationKn() <= plan.building().loadReserve().foundationReserveKn() - 0.01
        || ev.foundationKn() == 0;
  }

  /**
   * Lowers every lift column to the storeys where it stands at the gallery and every dwelling column to the storeys
   * where it is served by a stair ({@link #served}) and reaches a lift ({@link #reachesLift}), then trims what no
   * dwelling needs. Changes {@code s}'s arrays in place and returns it with the lift extension trimmed as well.
   */
  static Selection dropUnserved(Plan plan, Selection s) {
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.LIFT) {
        int h = 0;
        while (h < s.columnHeight()[c.index()] && galleryBetween(plan, s, c.wing(), c.accessSMm(), c.accessSMm(),
            h + 1)) {
          h++;
        }
        s.columnHeight()[c.index()] = h;
      }
    }
    for (int k = plan.storeys(); k >= 1; k--) {
      for (Candidate c : plan.candidates()) {
        if (c.kind() == ModuleKind.DWELLING && s.columnHeight()[c.index()] >= k
            && !(served(plan, s, c, k) && reachesLift(plan, s, c, k))) {
          s.columnHeight()[c.index()] = k - 1;
        }
      }
    }
    int top = 0;
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING) {
        top = Math.max(top, s.columnHeight()[c.index()]);
      }
    }
    for (Candidate c : plan.candidates()) {
      s.columnHeight()[c.index()] = Math.min(s.columnHeight()[c.index()], top);
    }
    for (int i = 0; i < s.galleryHeight().length; i++) {
      s.galleryHeight()[i] = Math.min(s.galleryHeight()[i], top);
    }
    for (int i = 0; i < s.coreHeight().length; i++) {
      s.coreHeight()[i] = Math.min(s.coreHeight()[i], top);
    }
    Arrays.fill(s.transfer(), false);
    Arrays.fill(s.removed(), false);
    for (Candidate c : plan.candidates()) {
      if (s.columnHeight()[c.index()] > 0) {
        c.transferBays().forEach(b -> s.transfer()[b] = true);
        c.removableObstacles().forEach(o -> s.removed()[o] = true);
      }
    }
    for (GallerySlot g : plan.galleries()) {
      if (s.galleryHeight()[g.index()] > 0) {
        g.removableObstacles().forEach(o -> s.removed()[o] = true);
      }
    }
    return withoutUnusedLift(plan, new Selection(s.columnHeight(), s.galleryHeight(), s.transfer(), s.coreHeight(),
        Math.min(s.liftExtension(), top), s.removed(), s.dryRiser()));
  }

  /**
   * {@code s} with the existing lift's extension lowered storey by storey while every dwelling still reaches a lift
   * ({@link #reachesLift}) without it: a planner extends it only as high as a dwelling relies on it (before, the
   * extension stayed where lift modules served every door, or where its shaft stood beyond the walk of every door).
   */
  private static Selection withoutUnusedLift(Plan plan, Selection s) {
    Selection out = s;
    while (out.liftExtension() > 0) {
      Selection lower = new Selection(out.columnHeight(), out.galleryHeight(), out.transfer(), out.coreHeight(),
          out.liftExtension() - 1, out.removed(), out.dryRiser());
      if (!everyDwellingReachesALift(plan, lower)) {
        break;
      }
      out = lower;
    }
    return out;
  }

  /** Whether every dwelling of {@code s} reaches a lift on each of its storeys ({@link #reachesLift}). */
  private static boolean everyDwellingReachesALift(Plan plan, Selection s) {
    for (Candidate c : plan.candidates()) {
      for (int k = 1; c.kind() == ModuleKind.DWELLING && k <= s.columnHeight()[c.index()]; k++) {
        if (!reachesLift(plan, s, c, k)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether each dwelling on storey {@code k} needs a lift in its reach: the storey needs a lift, and the existing one
   * does not serve every door of it (not extended to it, no fire-fighting lift where the storey needs one, or its
   * position given, {@link Plan#liftExtensionServes}).
   */
  static boolean needsLiftInReach(Plan plan, Selection s, int k) {
    return plan.needsLift(k) && !(s.liftExtension() >= k && plan.liftExtensionServes(k));
  }

  /**
   * The lift modules of wing {@code w} that stand on storey {@code k}, fire-fighting lifts only where the storey needs
   * one.
   */
  static List<Candidate> liftsOn(Plan plan, Selection s, int w, int k) {
    boolean ff = plan.needsFireFightingLift(k);
    return plan.candidates().stream().filter(c -> c.kind() == ModuleKind.LIFT && c.wing() == w
        && s.columnHeight()[c.index()] >= k && (!ff || c.module().fireFightingLift())).toList();
  }

  /**
   * The doors of the lifts of wing {@code w} on storey {@code k} along it: its lift modules ({@link #liftsOn}) and the
   * existing lift where the building gives its shaft on that wing ({@link Plan#liftSites}), the selection extends it
   * to the storey and it qualifies there (with the walk on to its shaft where that stands beyond the wing's end).
   */
  static List<AccessPoint> liftDoorsOn(Plan plan, Selection s, int w, int k) {
    List<AccessPoint> out = new ArrayList<>(liftsOn(plan, s, w, k).stream()
        .map(c -> new AccessPoint(w, c.accessSMm())).toList());
    for (LiftSite site : plan.liftSites()) {
      if (site.wing() == w && s.liftExtension() >= k && plan.liftExtensionQualifies(k)) {
        out.add(new AccessPoint(w, site.accessSMm(), site.approachMm()));
      }
    }
    return out;
  }

  /**
   * Whether dwelling {@code c} on storey {@code k} reaches a lift: the storey needs no lift in reach
   * ({@link #needsLiftInReach}), or a lift of its wing on the storey ({@link #liftDoorsOn}) lies within the walk to
   * the lift ({@link AccessPoint#walkMm}) along gallery without gap, with a dry riser where the storey needs a
   * fire-fighting lift.
   */
  static boolean reachesLift(Plan plan, Selection s, Candidate c, int k) {
    if (!needsLiftInReach(plan, s, k)) {
      return true;
    }
    if (plan.needsFireFightingLift(k) && !s.dryRiser()) {
      return false;
    }
    int walk = plan.code().maxWalkToLiftMm();
    return liftDoorsOn(plan, s, c.wing(), k).stream().anyMatch(l -> l.reaches(c, walk)
        && galleryBetween(plan, s, c.wing(), c.accessSMm(), l.sMm(), k));
  }

  /**
   * Whether dwelling {@code c} on storey {@code k} has gallery all the way to a stair within walking distance (to a
   * core, the walk along the gallery to its access point and on to it).
   */
  static boolean served(Plan plan, Selection s, Candidate c, int k) {
    int walk = plan.code().maxSingleRouteWalkMm();
    for (Candidate st : plan.candidates()) {
      if (st.kind() == ModuleKind.STAIR && st.wing() == c.wing() && s.columnHeight()[st.index()] >= k
          && Math.abs(st.accessSMm() - c.accessSMm()) <= walk && galleryBetween(plan, s, c.wing(), c.accessSMm(),
          st.accessSMm(), k)) {
        return true;
      }
    }
    for (int i = 0; i < plan.cores().size(); i++) {
      CoreSite cs = plan.cores().get(i);
      if (cs.wing() == c.wing() && s.coreHeight()[i] >= k && cs.walkMm(c.accessSMm()) <= walk
          && galleryBetween(plan, s, c.wing(), c.accessSMm(), cs.accessSMm(), k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether gallery on storey {@code k} of wing {@code w} covers {@code [min(a,b), max(a,b)]} without a gap. */
  static boolean galleryBetween(Plan plan, Selection s, int w, int a, int b, int k) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    int reached = lo;
    boolean started = false;
    for (GallerySlot g : plan.galleries().stream().filter(x -> x.wing() == w && s.galleryHeight()[x.index()] >= k)
        .sorted(java.util.Comparator.comparingInt(GallerySlot::s0Mm)).toList()) {
      if (g.s0Mm() <= reached && g.s1Mm() >= reached) {
        started = true;
        reached = Math.max(reached, g.s1Mm());
        if (reached >= hi) {
          return true;
        }
      }
    }
    return started && reached >= hi;
  }
}
