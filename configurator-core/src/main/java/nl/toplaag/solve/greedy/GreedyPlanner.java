package nl.toplaag.solve.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.LiftSite;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;

/**
 * The layout a planner would draw by hand, as a baseline and as the solver's first hint. Fill each wing from the
 * start with a dwelling at every free place (positions on the walls first; then the widest, the lightest or the
 * narrowest dwelling: all three preferences are tried and the best result kept). Serve the doors with existing
 * cores, then with stair modules that replace dwellings (interval cover: the furthest slot that still reaches the
 * first unserved door). Where a storey needs a lift that the existing one cannot give, give every wing with
 * dwellings its own lift modules in the same way, within the 90 m walk to the lift: one in the middle of the wing
 * where it reaches every door, else by interval cover. Then raise storey by storey: stairs and lifts first, then
 * dwelling by dwelling, nearest a stair first, each with the gallery from its door to that stair and, on a storey that
 * needs a lift module, to the nearest lift of its wing (a dwelling with none in reach stays down), kept only while
 * every load limit holds and nothing overlaps where two wings meet. Finally drop what fails access: a dwelling stays
 * only where it reaches a stair and, where its storey needs one, a lift along the gallery.
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

  /**
   * A stair or lift module and the dwelling whose slot it takes in the row.
   *
   * @param module the stair or lift candidate
   * @param slot the dwelling candidate it replaces
   */
  private record Replacement(Candidate module, Candidate slot) {}

  /**
   * What an interval cover did.
   *
   * @param placed the modules that took dwelling slots
   * @param unreached the dwellings whose doors no module could reach (given up)
   */
  private record Cover(List<Candidate> placed, List<Candidate> unreached) {}

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
    return solve(plan, CrossWingConflicts.of(plan));
  }

  /**
   * The greedy selection on {@code plan}, whose cross-wing conflicts ({@link CrossWingConflicts#of}) are
   * {@code conflicts}: for a caller that needs them too.
   */
  public static Selection solve(Plan plan, List<int[]> conflicts) {
    if (plan.storeys() == 0 || plan.candidates().isEmpty()) {
      return Selection.empty(plan);
    }
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
    sel = Repair.dropUnserved(plan, sel);
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

  /**
   * Extends the cores that some door needs and turns dwellings into stair modules until every door has a stair or
   * core of its wing within the single-route walk; gives up the dwellings that no stair can reach. A stair or core
   * counts only where a gallery slot covers its access point, since no gallery could lead a door to it otherwise.
   */
  private List<Candidate> placeStairs(List<Candidate> row) {
    int walkMm = plan.code().maxSingleRouteWalkMm();
    List<AccessPoint> points = new ArrayList<>();
    for (CoreSite cs : plan.cores()) {
      AccessPoint core = new AccessPoint(cs.wing(), cs.accessSMm(), cs.approachMm());
      if (atGallery(cs.accessBay(), cs.accessSMm()) && row.stream().anyMatch(c -> core.reaches(c, walkMm))) {
        sel.coreHeight()[plan.cores().indexOf(cs)] = 1;
        points.add(core);
      }
    }
    Cover cover = cover(row, points, ModuleKind.STAIR, walkMm, c -> true,
        st -> atGallery(st.accessBay(), st.accessSMm()));
    row.removeAll(cover.unreached());
    return cover.placed();
  }

  /**
   * Turns dwellings into lift modules, per wing, where a storey needs a lift that the existing one cannot give to every
   * door: none on a wing whose doors all reach the existing lift where the building gives its shaft; else in the middle
   * of a wing where one lift reaches all its doors within the walk to the lift (the fewest gallery metres), elsewhere
   * by interval cover. A lift is fire-fighting when any storey needs one, and its door meets a
   * gallery slot. Only the doors of dwellings that may reach the lowest such storey count.
   */
  private List<Candidate> placeLift(List<Candidate> row) {
    int from = 0;
    boolean ff = false;
    for (int k = plan.storeys(); k >= 1; k--) {
      if (plan.needsLift(k) && !plan.liftExtensionServes(k)) {
        from = k;
      }
      ff |= plan.needsFireFightingLift(k);
    }
    if (from == 0) {
      return List.of();
    }
    int lowest = from;
    boolean fireFighting = ff;
    int walkMm = plan.code().maxWalkToLiftMm();
    Predicate<Candidate> door = c -> c.kind() == ModuleKind.DWELLING && c.topStorey() >= lowest;
    Predicate<Candidate> fits = l -> (!fireFighting || l.module().fireFightingLift())
        && atGallery(l.accessBay(), l.accessSMm());
    // the existing lift, where the building gives its shaft and it qualifies for every storey that needs a lift (with
    // the walk on to its shaft where that stands beyond the wing's end)
    List<AccessPoint> existing = new ArrayList<>();
    for (LiftSite site : plan.liftSites()) {
      if (plan.liftExtensionQualifies(plan.storeys()) && atGallery(site.accessBay(), site.accessSMm())) {
        existing.add(new AccessPoint(site.wing(), site.accessSMm(), site.approachMm()));
      }
    }
    List<Candidate> lifts = new ArrayList<>();
    for (int wing : row.stream().filter(door).map(Candidate::wing).distinct().toList()) {
      boolean reached = row.stream().filter(c -> c.wing() == wing && door.test(c))
          .allMatch(c -> existing.stream().anyMatch(a -> a.reaches(c, walkMm)));
      if (!reached) {
        middleLift(row, wing, door, walkMm, fits).ifPresent(r -> {
          row.set(row.indexOf(r.slot()), r.module());
          lifts.add(r.module());
        });
      }
    }
    List<AccessPoint> points = new ArrayList<>(existing);
    lifts.forEach(l -> points.add(new AccessPoint(l.wing(), l.accessSMm())));
    lifts.addAll(cover(row, points, ModuleKind.LIFT, walkMm, door, fits).placed());
    return lifts;
  }

  /** Whether a gallery slot of bay {@code bay} covers point {@code sMm}: a stair, core or lift there serves doors. */
  private boolean atGallery(int bay, int sMm) {
    return plan.gallerySlotAt(bay, sMm).isPresent();
  }

  /**
   * The lift slot of {@code wing} nearest the middle of the doors that {@code door} selects, among those that reach
   * the first and the last of them within {@code walkMm}; none when no single lift reaches them all.
   */
  private Optional<Replacement> middleLift(List<Candidate> row, int wing, Predicate<Candidate> door, int walkMm,
      Predicate<Candidate> fits) {
    IntSummaryStatistics doors = row.stream().filter(c -> c.wing() == wing && door.test(c))
        .mapToInt(Candidate::accessSMm).summaryStatistics();
    int middleMm = (doors.getMin() + doors.getMax()) / 2;
    return bestInSlot(row, wing, ModuleKind.LIFT, l -> fits.test(l)
        && Math.abs(l.accessSMm() - doors.getMin()) <= walkMm && Math.abs(l.accessSMm() - doors.getMax()) <= walkMm,
        l -> Math.abs(l.accessSMm() - middleMm), List.of());
  }

  /**
   * Interval cover along each wing of the row: while some door that {@code door} selects has no point of
   * {@code points} and no module placed so far of its wing within {@code walkMm}, the first such door takes the
   * module of {@code kind} that {@code fits}, reaches it and lies furthest along the wing, in place of the dwelling
   * whose slot holds it. A door that no such module reaches is given up (it takes no module either).
   */
  private Cover cover(List<Candidate> row, List<AccessPoint> points, ModuleKind kind, int walkMm,
      Predicate<Candidate> door, Predicate<Candidate> fits) {
    List<AccessPoint> served = new ArrayList<>(points);
    List<Candidate> placed = new ArrayList<>();
    List<Candidate> unreached = new ArrayList<>();
    while (true) {
      Candidate first = row.stream().filter(c -> c.kind() == ModuleKind.DWELLING && door.test(c)
          && !unreached.contains(c) && served.stream().noneMatch(a -> a.reaches(c, walkMm))).findFirst()
          .orElse(null);
      if (first == null) {
        return new Cover(placed, unreached);
      }
      Optional<Replacement> best = bestInSlot(row, first.wing(), kind,
          m -> fits.test(m) && Math.abs(m.accessSMm() - first.accessSMm()) <= walkMm, m -> -m.sMm(), unreached);
      if (best.isEmpty()) {
        unreached.add(first);
        continue;
      }
      Replacement r = best.get();
      row.set(row.indexOf(r.slot()), r.module());
      placed.add(r.module());
      served.add(new AccessPoint(r.module().wing(), r.module().accessSMm()));
    }
  }

  /**
   * The module of {@code kind} on {@code wing} that {@code ok} accepts and that fits inside the slot of a dwelling
   * of the row (other than {@code excluded}), with the lowest {@code cost}; the first found on ties.
   */
  private Optional<Replacement> bestInSlot(List<Candidate> row, int wing, ModuleKind kind, Predicate<Candidate> ok,
      ToIntFunction<Candidate> cost, List<Candidate> excluded) {
    // the modules ok takes, once, not once for each slot: a 1000 m row has hundreds of slots and over 10,000
    // candidates (QA57: 12 s of the greedy layout's 2 plans went to testing them slot by slot)
    List<Candidate> takes = plan.candidates().stream().filter(m -> m.kind() == kind && m.wing() == wing && ok.test(m))
        .toList();
    Replacement best = null;
    int bestCost = Integer.MAX_VALUE;
    for (Candidate slot : row) {
      if (takes.isEmpty() || slot.wing() != wing || slot.kind() != ModuleKind.DWELLING || excluded.contains(slot)) {
        continue;
      }
      for (Candidate m : takes) {
        if (m.sMm() >= slot.sMm() && m.sMm() + m.widthMm() <= slot.sMm() + slot.widthMm()
            && cost.applyAsInt(m) < bestCost) {
          best = new Replacement(m, slot);
          bestCost = cost.applyAsInt(m);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Raises storey {@code k}: the vertical columns first (each only where it overlaps nothing of another wing), then
   * dwelling by dwelling, nearest to a stair first, each with the gallery from its door to that stair and, where the
   * storey needs a lift module, to the nearest lift of its wing within the walk to the lift (without one it stays
   * down), kept only while every load limit holds and nothing overlaps.
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
    if (plan.needsLift(k) && plan.liftExtensionQualifies(k)) {
      sel = withLift(k); // not onto a storey it does not serve (a fire-fighting storey, a lift that is none)
    }
    if (plan.needsFireFightingLift(k)) {
      sel = withRiser();
    }
    if (!Repair.withinLoads(plan, sel)) {
      restore(before);
      return false;
    }
    boolean liftInReach = Repair.needsLiftInReach(plan, sel, k);
    List<Candidate> order = new ArrayList<>(row);
    // nearest to a stair first; the stairs do not change while sorting, so each distance is taken once; a gallery
    // laid on the way may extend a core, so each dwelling lists its wing's stairs again; the lifts stand already
    Map<Integer, List<AccessPoint>> stairs = new HashMap<>();
    Map<Integer, List<AccessPoint>> lifts = new HashMap<>();
    int[] dist = new int[plan.candidates().size()];
    for (Candidate d : order) {
      dist[d.index()] = distance(d, stairs.computeIfAbsent(d.wing(), w -> stairPoints(w, k)), stairWalkMm());
    }
    order.sort(Comparator.comparingInt((Candidate d) -> dist[d.index()]).thenComparingInt(Candidate::index));
    int added = 0;
    for (Candidate d : order) {
      List<AccessPoint> stairsOfWing = stairPoints(d.wing(), k);
      List<AccessPoint> liftsOfWing = liftInReach ? lifts.computeIfAbsent(d.wing(), w -> liftPoints(w, k)) : List.of();
      if (d.topStorey() < k || sel.columnHeight()[d.index()] != k - 1
          || nearest(d, stairsOfWing, stairWalkMm()).isEmpty()
          || (liftInReach && nearest(d, liftsOfWing, liftWalkMm()).isEmpty())) {
        continue;
      }
      Selection keep = sel.copy();
      set(d, k);
      galleryTo(d, stairsOfWing, stairWalkMm(), k);
      galleryTo(d, liftsOfWing, liftWalkMm(), k);
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

  /** The longest walk from a door along the gallery to a stair, mm. */
  private int stairWalkMm() {
    return plan.code().maxSingleRouteWalkMm();
  }

  /** The longest walk from a door along the gallery to a lift, mm. */
  private int liftWalkMm() {
    return plan.code().maxWalkToLiftMm();
  }

  /**
   * Of {@code points}, the one nearest {@code d}'s door by the walk ({@link AccessPoint#walkMm}) and within
   * {@code walkMm} of it (the first on ties).
   */
  private static Optional<AccessPoint> nearest(Candidate d, List<AccessPoint> points, int walkMm) {
    return points.stream().filter(a -> a.walkMm(d.accessSMm()) <= walkMm)
        .reduce((a, b) -> b.walkMm(d.accessSMm()) < a.walkMm(d.accessSMm()) ? b : a);
  }

  /**
   * Walking distance from {@code d}'s door to the nearest of {@code points} within {@code walkMm}, mm;
   * {@link Integer#MAX_VALUE} when none lies within it.
   */
  private static int distance(Candidate d, List<AccessPoint> points, int walkMm) {
    return nearest(d, points, walkMm).map(a -> a.walkMm(d.accessSMm())).orElse(Integer.MAX_VALUE);
  }

  /**
   * Access points of the stairs and cores of {@code wing} that reach storey {@code k}, a core's with the walk on to it
   * (beside the wing's gable, or across the roof).
   */
  private List<AccessPoint> stairPoints(int wing, int k) {
    List<AccessPoint> out = new ArrayList<>();
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.STAIR && c.wing() == wing && sel.columnHeight()[c.index()] >= k) {
        out.add(new AccessPoint(wing, c.accessSMm()));
      }
    }
    for (int i = 0; i < plan.cores().size(); i++) {
      if (plan.cores().get(i).wing() == wing && sel.coreHeight()[i] >= k) {
        CoreSite cs = plan.cores().get(i);
        out.add(new AccessPoint(wing, cs.accessSMm(), cs.approachMm()));
      }
    }
    return out;
  }

  /** The doors of the lifts of {@code wing} that serve storey {@code k} ({@link Repair#liftDoorsOn}). */
  private List<AccessPoint> liftPoints(int wing, int k) {
    return Repair.liftDoorsOn(plan, sel, wing, k);
  }

  /** Lays gallery on storey {@code k} from {@code d}'s door to the nearest of {@code points} within {@code walkMm}. */
  private void galleryTo(Candidate d, List<AccessPoint> points, int walkMm, int k) {
    nearest(d, points, walkMm).ifPresent(a -> layGallery(d.wing(), Math.min(a.sMm(), d.accessSMm()),
        Math.max(a.sMm(), d.accessSMm()), k));
  }

  /**
   * Lays gallery on storey {@code k} of wing {@code wing} from {@code lo} to {@code hi} along it. A gallery slot is a
   * column, so a slot lower than {@code k - 1} is laid on the storeys below too: the way from a door to its lift may
   * cross slots that the storeys below, which needed no lift, left open.
   */
  private void layGallery(int wing, int lo, int hi, int k) {
    for (GallerySlot g : plan.galleries()) {
      if (g.wing() == wing && g.s1Mm() >= lo && g.s0Mm() <= hi && sel.galleryHeight()[g.index()] < k) {
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
    for (int b : c.transferBays()) {
      sel.transfer()[b] = true;
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
