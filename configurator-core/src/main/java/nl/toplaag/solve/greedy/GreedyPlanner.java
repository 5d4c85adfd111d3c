package nl.toplaag.solve.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;

/**
 * The layout a planner would draw by hand, as a baseline and as the solver's first hint. Fill each wing from the
 * start with a dwelling at every free place (positions on the walls first; then the widest, the lightest or the
 * narrowest dwelling: all three preferences are tried and the best result kept). Serve the doors with existing
 * cores, then with stair modules that replace dwellings (interval cover: the furthest slot that still reaches the
 * first unserved door), and put a lift in the middle where the code needs one and the building has none. Then
 * raise storey by storey: stairs and lift first, then dwelling by dwelling, nearest a stair first, each with the
 * gallery from its door to that stair, kept only while every load limit holds and nothing overlaps where two wings
 * meet. Finally drop what fails access.
 * Runs in milliseconds; never claims optimality.
 */
public final class GreedyPlanner {

  /** Which dwelling a planner takes first where several start at the same place. */
  enum Preference {
    /** The widest dwelling (fewest joints, most area). */
    WIDEST(Comparator.comparingInt(Candidate::widthMm).reversed()),
    /** The lightest dwelling per dwelling (most dwellings on weak structures). */
    LIGHTEST(Comparator.comparingDouble((Candidate c) -> c.loads().totalKn())),
    /** The narrowest dwelling (most dwellings along a short roof). */
    NARROWEST(Comparator.comparingInt(Candidate::widthMm));

    final Comparator<Candidate> order;

    Preference(Comparator<Candidate> order) {
      this.order = order;
    }
  }

  private final Plan plan;
  private final Preference preference;
  /** The plan's cross-wing conflicts ({@link CrossWingConflicts#of}). */
  private final List<int[]> conflicts;
  private Selection sel;

  private GreedyPlanner(Plan plan, Preference preference, List<int[]> conflicts) {
    this.plan = plan;
    this.preference = preference;
    this.conflicts = conflicts;
    this.sel = Selection.empty(plan);
  }

  /** The greedy selection on {@code plan}. */
  public static Selection solve(Plan plan) {
    if (plan.storeys() == 0 || plan.candidates().isEmpty()) {
      return Selection.empty(plan);
    }
    List<int[]> conflicts = CrossWingConflicts.of(plan);
    Selection best = null;
    Evaluation bestEval = null;
    for (Preference p : Preference.values()) {
      GreedyPlanner g = new GreedyPlanner(plan, p, conflicts);
      g.run();
      Evaluation e = Evaluation.of(plan, g.sel);
      if (best == null || e.dwellings() > bestEval.dwellings() || (e.dwellings() == bestEval.dwellings()
          && (e.usableAreaM2() > bestEval.usableAreaM2() + 1e-6 || (Math.abs(e.usableAreaM2()
          - bestEval.usableAreaM2()) <= 1e-6 && e.costEur() < bestEval.costEur())))) {
        best = g.sel;
        bestEval = e;
      }
    }
    return best;
  }

  private void run() {
    List<Candidate> row = fillRows();
    List<Candidate> stairs = placeStairs(row);
    row.removeAll(stairs);
    List<Candidate> lifts = placeLift(row);
    row.removeAll(lifts);
    List<Candidate> vertical = new ArrayList<>(stairs);
    vertical.addAll(lifts);
    for (int k = 1; k <= plan.storeys(); k++) {
      if (!raise(k, vertical, row)) {
        break;
      }
    }
    Repair.dropUnserved(plan, sel);
  }

  /** Widest dwelling first, left to right per wing, aligned positions preferred at equal start. */
  private List<Candidate> fillRows() {
    List<Candidate> ds = new ArrayList<>(plan.candidates().stream()
        .filter(c -> c.kind() == ModuleKind.DWELLING && c.topStorey() >= 1).toList());
    ds.sort(Comparator.comparingInt(Candidate::wing).thenComparingInt(Candidate::sMm)
        .thenComparing(c -> !c.aligned()).thenComparing(preference.order)
        .thenComparingInt(Candidate::index));
    List<Candidate> out = new ArrayList<>();
    int wing = -1;
    int cursor = Integer.MIN_VALUE;
    for (Candidate c : ds) {
      if (c.wing() != wing) {
        wing = c.wing();
        cursor = Integer.MIN_VALUE;
      }
      if (c.sMm() >= cursor && !blockedByAligned(c, ds, cursor)) {
        out.add(c);
        cursor = c.sMm() + c.widthMm();
      }
    }
    return out;
  }

  /** Skips a transfer-layer position when an aligned dwelling starts within a small step after the cursor. */
  private static boolean blockedByAligned(Candidate c, List<Candidate> ds, int cursor) {
    if (c.aligned()) {
      return false;
    }
    for (Candidate d : ds) {
      if (d.wing() == c.wing() && d.aligned() && d.sMm() >= cursor && d.sMm() <= c.sMm() + 600
          && d.sMm() > c.sMm()) {
        return true;
      }
    }
    return false;
  }

  /** Extends cores and turns dwellings into stairs until every door has a stair within the walking distance. */
  private List<Candidate> placeStairs(List<Candidate> row) {
    int walk = plan.code().maxSingleRouteWalkMm();
    List<Integer> stairS = new ArrayList<>();
    List<Candidate> stairs = new ArrayList<>();
    for (CoreSite cs : plan.cores()) {
      boolean needed = row.stream().anyMatch(c -> c.wing() == cs.wing()
          && Math.abs(c.accessSMm() - cs.accessSMm()) <= walk);
      if (needed) {
        sel.coreHeight()[plan.cores().indexOf(cs)] = 1;
        stairS.add(cs.wing() * 10_000_000 + cs.accessSMm());
      }
    }
    while (true) {
      Candidate first = null;
      for (Candidate c : row) {
        if (!stairs.contains(c) && stairS.stream().noneMatch(s -> s / 10_000_000 == c.wing()
            && Math.abs(s % 10_000_000 - c.accessSMm()) <= walk)) {
          first = c;
          break;
        }
      }
      if (first == null) {
        return stairs;
      }
      Candidate best = null;
      Candidate replaced = null;
      for (Candidate slot : row) {
        if (slot.wing() != first.wing() || stairs.contains(slot)) {
          continue;
        }
        for (Candidate st : plan.candidates()) {
          if (st.kind() == ModuleKind.STAIR && st.wing() == slot.wing() && st.sMm() >= slot.sMm()
              && st.sMm() + st.widthMm() <= slot.sMm() + slot.widthMm()
              && Math.abs(st.accessSMm() - first.accessSMm()) <= walk
              && (best == null || st.sMm() > best.sMm())) {
            best = st;
            replaced = slot;
          }
        }
      }
      if (best == null) {
        row.remove(first); // no stair can reach it: give the slot up
        continue;
      }
      row.set(row.indexOf(replaced), best);
      stairs.add(best);
      stairS.add(best.wing() * 10_000_000 + best.accessSMm());
    }
  }

  /**
   * Replaces the middle dwelling by a lift module when some storey needs a lift the building lacks (one whose door a
   * gallery slot covers).
   */
  private List<Candidate> placeLift(List<Candidate> row) {
    boolean need = false;
    boolean ff = false;
    for (int k = 1; k <= plan.storeys(); k++) {
      need |= plan.needsLift(k);
      ff |= plan.needsFireFightingLift(k);
    }
    boolean existing = plan.liftExtendable() && (!ff || plan.building().lift().fireFighting());
    if (!need || existing || row.isEmpty()) {
      return List.of();
    }
    List<Candidate> dwellings = row.stream().filter(c -> c.kind() == ModuleKind.DWELLING).toList();
    if (dwellings.isEmpty()) {
      return List.of();
    }
    Candidate mid = dwellings.get(dwellings.size() / 2);
    for (Candidate l : plan.candidates()) {
      if (l.kind() == ModuleKind.LIFT && l.wing() == mid.wing() && l.sMm() >= mid.sMm()
          && l.sMm() + l.widthMm() <= mid.sMm() + mid.widthMm() && (!ff || l.module().fireFightingLift())
          && plan.gallerySlotAt(l.accessBay(), l.accessSMm()).isPresent()) {
        row.set(row.indexOf(mid), l);
        return List.of(l);
      }
    }
    return List.of();
  }

  /**
   * Raises storey {@code k}: the vertical columns first (each only where it overlaps nothing of another wing), then
   * dwelling by dwelling, nearest to a stair first, each with the gallery from its door to that stair, kept only while
   * every load limit holds and nothing overlaps.
   */
  private boolean raise(int k, List<Candidate> vertical, List<Candidate> row) {
    Selection before = sel.copy();
    for (Candidate v : vertical) {
      if (v.topStorey() >= k && sel.columnHeight()[v.index()] == k - 1) {
        Selection keep = sel.copy();
        set(v, k);
        if (v.kind() == ModuleKind.LIFT) {
          layGallery(v.wing(), v.accessSMm(), v.accessSMm(), k); // a lift stands at the gallery
        }
        if (!CrossWingConflicts.apart(conflicts, sel)) {
          restore(keep);
        }
      }
    }
    for (int i = 0; i < plan.cores().size(); i++) {
      if (sel.coreHeight()[i] >= 1) {
        sel.coreHeight()[i] = k;
      }
    }
    if (plan.liftExtendable() && plan.needsLift(k)) {
      sel = withLift(k);
    }
    if (plan.needsFireFightingLift(k)) {
      sel = withRiser();
    }
    if (!Repair.withinLoads(plan, sel)) {
      restore(before);
      return false;
    }
    List<Candidate> order = new ArrayList<>(row);
    // nearest to a stair first; the stairs do not change while sorting, so each distance is taken once
    java.util.Map<Integer, List<Integer>> points = new java.util.HashMap<>();
    int[] dist = new int[plan.candidates().size()];
    for (Candidate d : order) {
      dist[d.index()] = nearest(d, points.computeIfAbsent(d.wing(), w -> stairPoints(w, k)));
    }
    order.sort(Comparator.comparingInt((Candidate d) -> dist[d.index()]).thenComparingInt(Candidate::index));
    int added = 0;
    for (Candidate d : order) {
      if (d.topStorey() < k || sel.columnHeight()[d.index()] != k - 1 || stairDistance(d, k) == Integer.MAX_VALUE) {
        continue;
      }
      Selection keep = sel.copy();
      set(d, k);
      galleryTo(d, k);
      if (Repair.withinLoads(plan, sel) && CrossWingConflicts.apart(conflicts, sel)) {
        added++;
      } else {
        restore(keep);
      }
    }
    if (added == 0) {
      restore(before);
      return false;
    }
    return true;
  }

  /** Walking distance from {@code d}'s door to the nearest stair on storey {@code k} of its wing, mm. */
  private int stairDistance(Candidate d, int k) {
    return nearest(d, stairPoints(d.wing(), k));
  }

  /** Walking distance from {@code d}'s door to the nearest of {@code stairs} within the route limit, mm. */
  private int nearest(Candidate d, List<Integer> stairs) {
    int best = Integer.MAX_VALUE;
    for (int s : stairs) {
      int dist = Math.abs(s - d.accessSMm());
      if (dist <= plan.code().maxSingleRouteWalkMm()) {
        best = Math.min(best, dist);
      }
    }
    return best;
  }

  private List<Integer> stairPoints(int wing, int k) {
    List<Integer> out = new ArrayList<>();
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.STAIR && c.wing() == wing && sel.columnHeight()[c.index()] >= k) {
        out.add(c.accessSMm());
      }
    }
    for (int i = 0; i < plan.cores().size(); i++) {
      if (plan.cores().get(i).wing() == wing && sel.coreHeight()[i] >= k) {
        out.add(plan.cores().get(i).accessSMm());
      }
    }
    return out;
  }

  /** Lays gallery on storey {@code k} from {@code d}'s door to its nearest stair. */
  private void galleryTo(Candidate d, int k) {
    int dist = stairDistance(d, k);
    int target = d.accessSMm();
    for (int s : stairPoints(d.wing(), k)) {
      if (Math.abs(s - d.accessSMm()) == dist) {
        target = s;
        break;
      }
    }
    layGallery(d.wing(), Math.min(target, d.accessSMm()), Math.max(target, d.accessSMm()), k);
  }

  /** Lays gallery on storey {@code k} of wing {@code wing} from {@code lo} to {@code hi} along it. */
  private void layGallery(int wing, int lo, int hi, int k) {
    for (GallerySlot g : plan.galleries()) {
      if (g.wing() == wing && g.s1Mm() >= lo && g.s0Mm() <= hi && sel.galleryHeight()[g.index()] < k
          && (k == 1 || sel.galleryHeight()[g.index()] == k - 1)) {
        sel.galleryHeight()[g.index()] = k;
        for (int core : g.requiredCores()) {
          for (int i = 0; i < plan.cores().size(); i++) {
            if (plan.cores().get(i).core() == core) {
              sel.coreHeight()[i] = Math.max(sel.coreHeight()[i], k);
            }
          }
        }
        for (int o : g.removableObstacles()) {
          sel.removed()[o] = true;
        }
      }
    }
  }

  private void set(Candidate c, int h) {
    sel.columnHeight()[c.index()] = h;
    if (!c.aligned()) {
      for (int b : c.bays()) {
        sel.transfer()[b] = true;
      }
    }
    for (int o : c.removableObstacles()) {
      sel.removed()[o] = true;
    }
  }

  private Selection withLift(int k) {
    return new Selection(sel.columnHeight(), sel.galleryHeight(), sel.transfer(), sel.coreHeight(), k, sel.removed(),
        sel.dryRiser());
  }

  private Selection withRiser() {
    return new Selection(sel.columnHeight(), sel.galleryHeight(), sel.transfer(), sel.coreHeight(),
        sel.liftExtension(), sel.removed(), true);
  }

  private void restore(Selection before) {
    System.arraycopy(before.columnHeight(), 0, sel.columnHeight(), 0, before.columnHeight().length);
    System.arraycopy(before.galleryHeight(), 0, sel.galleryHeight(), 0, before.galleryHeight().length);
    System.arraycopy(before.transfer(), 0, sel.transfer(), 0, before.transfer().length);
    System.arraycopy(before.coreHeight(), 0, sel.coreHeight(), 0, before.coreHeight().length);
    System.arraycopy(before.removed(), 0, sel.removed(), 0, before.removed().length);
    sel = new Selection(sel.columnHeight(), sel.galleryHeight(), sel.transfer(), sel.coreHeight(),
        before.liftExtension(), sel.removed(), before.dryRiser());
  }
}
