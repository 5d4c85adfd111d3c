package nl.toplaag.solve.strip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.LoadShare;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;

/**
 * An exact dynamic programme over the row of a one-wing roof, for the rules of docs/model.md as the CP-SAT model
 * states them and the same objective ({@link StripPrices}).
 *
 * <p>The scan visits the positions where a candidate starts or ends, a bay starts or a stair core has its access
 * point, left to right. From each position it either steps to the next one or places one candidate as a column of
 * height 1 … its top storey and jumps to the column's end. On entering a bay it chooses how many storeys of gallery
 * the bay gets; a non-aligned column lays the transfer layer in the bays it covers; an existing core's extension is
 * chosen where it first matters; a removable obstacle is removed when something first needs its place.
 *
 * <p>A label holds the value so far and what the rest of the scan can still be held to: the loads on the open
 * walls (at most the two walls of the current bay; every load is checked when added), the current bay's load, the
 * foundation load, per storey the stair access ({@code pending} door, nothing, or the last reachable stair), the
 * gallery height and transfer layer of the current bay, the highest storey holding dwellings, the highest lift
 * modules, the core extensions decided and the obstacles removed. All are monotone, so a label that is at least as
 * good in every one of them dominates; only undominated labels are kept per position. Labels whose value plus an
 * upper bound on the rest (packing, and the remaining wall and foundation capacity over the lightest dwelling)
 * cannot beat the incumbent are dropped. The search is exact when it ends within its label budget, a count of
 * labels made, so the outcome does not depend on the machine.
 */
public final class StripDp {

  /** The outcome of a run. */
  public record Result(Selection selection, long value, boolean exact, long labels) {}

  private static final int PENDING_MAX = 1 << 27;
  private static final int EMPTY = 1 << 27;
  private static final int SERVED = 1 << 28;
  private static final int UNDECIDED = -1;

  private final Plan plan;
  private final StripPrices prices;
  private final int storeys;
  private final int walkMm;
  private final List<Bay> bays;
  private final int nb;
  private final int[] slotOfBay;
  private final int[][] wallsOfBay;
  private final long[] wallCap;
  private final long[] futureWallCap;
  private final long[] bayCap;
  private final long foundationCap;
  private final int[] pts;
  /** Index of each wing's first position; the last entry is the number of positions. */
  private final int[] wingStart;
  private final int[] bayOfPoint;
  private final List<List<Candidate>> startsAt = new ArrayList<>();
  private final int[] endPoint;
  private final int[] accessBayPos;
  private final Units[] colUnits;
  private final Units[] slotUnits;
  private final Units[] transferUnits;
  private final boolean[] accessOk;
  private final int[][] slotCores;
  private final int[] coreBay;
  private final boolean[] coreOk;
  private final long coreUnits;
  private final long liftUnits;
  private final long[] packBound;
  /** Per position, the most foundation load everything from there on can add (for dominance). */
  private final long[] restLoad;
  /** The heaviest column load per millimetre of width and storey, in units. */
  private final double maxUnitsPerMm;
  private final long minDwellingTotal;
  private final long minDwellingWall;
  private final long maxDwellingPrice;
  private final boolean loadBoundValid;

  /** Per candidate: the earlier-wing elements it conflicts with (bits), and its own bit if it blocks later ones. */
  private final long[] candConflicts;
  private final long[] candBit;
  private final long[] slotConflicts;
  private final long[] slotBit;
  /** The last position where a later wing's element can still conflict with an earlier wing's. */
  private final int lastConflictPoint;

  private final List<Map<Long, List<Label>>> fronts = new ArrayList<>();
  private long made;
  private long budget;
  private long bestValue;
  private Label best;
  private int bestLiftExt;
  private boolean bestRiser;

  /** Loads of one element per storey in integer units: per wall rank and per bay position, and in total. */
  private record Units(int[] walls, long[] wallUnits, int[] bays, long[] bayUnits, long total) {}

  /** A state of the scan at one position. */
  private static final class Label {
    Label parent;
    int cand = -1;
    int height;
    int[] galleries;
    int[] coresSet;
    long value;
    long foundation;
    /** The foundation load where it can still bind, else 0 (for dominance). */
    long foundationDom;
    long bayLoad;
    long[] walls;
    /** Open wall loads (and the bay load) where they can still bind, else 0 (for dominance). */
    long[] wallsDom;
    long bayDom;
    int[] access;
    int gh;
    boolean transfer;
    int used;
    int lift;
    int ffLift;
    int[] coreH;
    long removed;
    /** Elements of earlier wings placed that conflict with some later element (bits). */
    long blocked;
    // working state while a step is expanded
    int bay;
    long[] wallWork;
    long[] bayWork;
    int[] galleryWork;
    int[] coreWork;

    Label copy() {
      Label l = new Label();
      l.parent = parent;
      l.cand = cand;
      l.height = height;
      l.value = value;
      l.foundation = foundation;
      l.access = access.clone();
      l.gh = gh;
      l.transfer = transfer;
      l.used = used;
      l.lift = lift;
      l.ffLift = ffLift;
      l.coreH = coreH.clone();
      l.removed = removed;
      l.blocked = blocked;
      l.bay = bay;
      l.wallWork = wallWork.clone();
      l.bayWork = bayWork.clone();
      l.galleryWork = galleryWork == null ? null : galleryWork.clone();
      l.coreWork = coreWork == null ? null : coreWork.clone();
      return l;
    }
  }

  /**
   * Whether the programme covers {@code plan} with its cross-wing {@code conflicts}: a few storeys, cores and
   * obstacles, and at most 64 elements of earlier wings that conflict with later ones.
   */
  public static boolean applicable(Plan plan, List<int[]> conflicts) {
    return plan.storeys() >= 1 && plan.storeys() <= 6 && plan.cores().size() <= 8
        && plan.building().obstacles().size() <= 60 && !plan.bays().isEmpty() && !plan.walls().isEmpty()
        && earlierConflicting(plan, conflicts).size() <= 64;
  }

  /** The elements ({@code -1 - slot} for gallery slots) of earlier wings that conflict with a later wing's. */
  private static List<Integer> earlierConflicting(Plan plan, List<int[]> conflicts) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int[] p : conflicts) {
      out.add(wingOf(plan, p[0]) < wingOf(plan, p[1]) ? p[0] : p[1]);
    }
    return new ArrayList<>(out);
  }

  private static int wingOf(Plan plan, int element) {
    return element >= 0 ? plan.candidates().get(element).wing() : plan.galleries().get(-1 - element).wing();
  }

  private StripDp(Plan plan, StripPrices prices, List<int[]> conflicts) {
    this.plan = plan;
    this.prices = prices;
    this.storeys = plan.storeys();
    this.walkMm = plan.code().maxSingleRouteWalkMm();
    this.bays = plan.bays().stream().sorted((a, b) -> a.wing() != b.wing() ? Integer.compare(a.wing(), b.wing())
        : Integer.compare(a.s0Mm(), b.s0Mm())).toList();
    this.nb = bays.size();
    int[] bayPos = new int[plan.bays().size()];
    for (int i = 0; i < nb; i++) {
      bayPos[bays.get(i).index()] = i;
    }
    List<Integer> wallOrder = plan.walls().stream().sorted((a, b) -> a.wing() != b.wing()
        ? Integer.compare(a.wing(), b.wing()) : Integer.compare(a.sMm(), b.sMm())).map(w -> w.index()).toList();
    int[] wallRank = new int[plan.walls().size()];
    wallCap = new long[wallOrder.size()];
    for (int r = 0; r < wallOrder.size(); r++) {
      wallRank[wallOrder.get(r)] = r;
      wallCap[r] = LoadShare.unitsDown(plan.walls().get(wallOrder.get(r)).capacityKn());
    }
    slotOfBay = new int[nb];
    Arrays.fill(slotOfBay, -1);
    for (GallerySlot s : plan.galleries()) {
      slotOfBay[bayPos[s.bay()]] = s.index();
    }
    wallsOfBay = new int[nb][];
    futureWallCap = new long[nb];
    bayCap = new long[nb];
    double area = plan.building().loadReserve().areaLoadKnPerM2();
    for (int b = 0; b < nb; b++) {
      Bay bay = bays.get(b);
      wallsOfBay[b] = java.util.stream.IntStream.of(bay.leftWall(), bay.rightWall()).filter(w -> w >= 0)
          .map(w -> wallRank[w]).distinct().sorted().toArray();
      int maxRank = wallsOfBay[b].length == 0 ? -1 : wallsOfBay[b][wallsOfBay[b].length - 1];
      long f = 0;
      for (int r = maxRank + 1; r < wallCap.length; r++) {
        f += wallCap[r];
      }
      futureWallCap[b] = f;
      bayCap[b] = Double.isFinite(area) ? LoadShare.unitsDown(area * bay.areaM2()) : Long.MAX_VALUE;
    }
    double reserve = plan.building().loadReserve().foundationReserveKn();
    foundationCap = Double.isFinite(reserve) ? LoadShare.unitsDown(reserve) : Long.MAX_VALUE;
    coreUnits = LoadShare.unitsUp(Plan.perStoreyLoadKn(plan.line().stairCoreExtension().massKgPerStorey()));
    liftUnits = LoadShare.unitsUp(Plan.perStoreyLoadKn(plan.line().liftExtension().massKgPerStorey()));

    // positions wing by wing; a wing's last position (its end) enters the next wing's first bay
    int wings = bays.get(nb - 1).wing() + 1;
    List<Integer> all = new ArrayList<>();
    List<Integer> bayAt = new ArrayList<>();
    wingStart = new int[wings + 1];
    for (int w = 0; w < wings; w++) {
      final int wing = w;
      TreeSet<Integer> points = new TreeSet<>();
      List<Bay> wb = bays.stream().filter(b -> b.wing() == wing).toList();
      wb.forEach(b -> {
        points.add(b.s0Mm());
        points.add(b.s1Mm());
      });
      plan.candidates().stream().filter(c -> c.wing() == wing).forEach(c -> {
        points.add(c.sMm());
        points.add(c.sMm() + c.widthMm());
      });
      plan.cores().stream().filter(cs -> cs.wing() == wing).forEach(cs -> points.add(cs.accessSMm()));
      wingStart[w] = all.size();
      int first = bays.indexOf(wb.get(0));
      for (int p : points) {
        int b = first;
        while (b < first + wb.size() && p >= bays.get(b).s1Mm()) {
          b++;
        }
        all.add(p);
        bayAt.add(b);
      }
    }
    wingStart[wings] = all.size();
    pts = all.stream().mapToInt(Integer::intValue).toArray();
    bayOfPoint = bayAt.stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < pts.length; i++) {
      startsAt.add(new ArrayList<>());
    }
    int nc = plan.candidates().size();
    endPoint = new int[nc];
    accessBayPos = new int[nc];
    colUnits = new Units[nc];
    accessOk = new boolean[nc];
    for (Candidate c : plan.candidates()) {
      colUnits[c.index()] = units(c.loads(), wallRank, bayPos);
      endPoint[c.index()] = point(c.wing(), c.sMm() + c.widthMm());
      accessBayPos[c.index()] = bayPos[c.accessBay()];
      accessOk[c.index()] = covered(c.accessBay(), c.accessSMm());
      boolean possible = Math.min(c.topStorey(), storeys) >= 1 && prices.column()[c.index()].length >= 1
          && (c.kind() != ModuleKind.DWELLING || accessOk[c.index()]);
      if (possible) {
        startsAt.get(point(c.wing(), c.sMm())).add(c);
      }
    }
    slotUnits = new Units[plan.galleries().size()];
    slotCores = new int[plan.galleries().size()][];
    for (GallerySlot s : plan.galleries()) {
      slotUnits[s.index()] = units(s.loads(), wallRank, bayPos);
      slotCores[s.index()] = s.requiredCores().stream().mapToInt(this::siteOf).toArray();
    }
    transferUnits = new Units[plan.bays().size()];
    for (int b = 0; b < transferUnits.length; b++) {
      transferUnits[b] = units(plan.transferLoads().get(b), wallRank, bayPos);
    }
    coreBay = new int[plan.cores().size()];
    coreOk = new boolean[plan.cores().size()];
    for (int i = 0; i < coreBay.length; i++) {
      CoreSite cs = plan.cores().get(i);
      coreBay[i] = bayPos[cs.accessBay()];
      coreOk[i] = covered(cs.accessBay(), cs.accessSMm());
    }
    candConflicts = new long[nc];
    candBit = new long[nc];
    slotConflicts = new long[plan.galleries().size()];
    slotBit = new long[plan.galleries().size()];
    List<Integer> earlier = earlierConflicting(plan, conflicts);
    int last = -1;
    for (int[] pair : conflicts) {
      boolean firstEarlier = wingOf(plan, pair[0]) < wingOf(plan, pair[1]);
      int early = firstEarlier ? pair[0] : pair[1];
      int late = firstEarlier ? pair[1] : pair[0];
      long bit = 1L << earlier.indexOf(early);
      if (early >= 0) {
        candBit[early] = bit;
      } else {
        slotBit[-1 - early] = bit;
      }
      if (late >= 0) {
        candConflicts[late] |= bit;
        last = Math.max(last, endPoint[late]);
      } else {
        GallerySlot g = plan.galleries().get(-1 - late);
        slotConflicts[-1 - late] |= bit;
        last = Math.max(last, point(g.wing(), bays.get(bayPos[g.bay()]).s1Mm()));
      }
    }
    lastConflictPoint = last;
    packBound = packBound();
    restLoad = restLoad();
    maxUnitsPerMm = plan.candidates().stream()
        .mapToDouble(c -> colUnits[c.index()].total() / (double) Math.max(1, c.widthMm())).max().orElse(0);
    long minTotal = Long.MAX_VALUE;
    long minWall = Long.MAX_VALUE;
    long maxPrice = 0;
    boolean valid = true;
    for (Candidate c : plan.candidates()) {
      long[] p = prices.column()[c.index()];
      if (c.kind() == ModuleKind.DWELLING) {
        Units u = colUnits[c.index()];
        minTotal = Math.min(minTotal, u.total());
        minWall = Math.min(minWall, Arrays.stream(u.wallUnits()).sum());
        for (long v : p) {
          maxPrice = Math.max(maxPrice, v);
        }
      } else {
        for (long v : p) {
          valid &= v <= 0;
        }
      }
    }
    minDwellingTotal = minTotal;
    minDwellingWall = minWall;
    maxDwellingPrice = maxPrice;
    loadBoundValid = valid && minTotal > 0;
  }

  /**
   * Solves {@code plan} under {@code prices}, starting from {@code incumbent} (a layout that meets every rule, or
   * {@code null}), making at most {@code labelBudget} labels.
   */
  public static Result solve(Plan plan, StripPrices prices, List<int[]> conflicts, Selection incumbent,
      long labelBudget) {
    if (!applicable(plan, conflicts)) {
      throw new IllegalArgumentException("the strip programme does not cover this plan");
    }
    return new StripDp(plan, prices, conflicts).run(incumbent, labelBudget);
  }

  private Result run(Selection incumbent, long labelBudget) {
    this.budget = labelBudget;
    bestValue = incumbent == null ? Long.MIN_VALUE : prices.value(plan, incumbent);
    for (int i = 0; i < pts.length; i++) {
      fronts.add(new HashMap<>());
    }
    Label root = new Label();
    root.access = new int[storeys];
    Arrays.fill(root.access, EMPTY);
    root.coreH = new int[plan.cores().size()];
    Arrays.fill(root.coreH, UNDECIDED);
    root.bay = -1;
    root.wallWork = new long[wallCap.length];
    root.bayWork = new long[nb];
    List<int[]> events = new ArrayList<>();
    events.add(new int[] {ENTER, 0});
    step(root, events, 0, 0);
    for (int i = 0; i < pts.length - 1; i++) {
      Map<Long, List<Label>> front = fronts.get(i);
      if (Boolean.getBoolean("toplaag.log")) {
        System.err.printf("point %d s=%d bay %d groups %d labels %d made %d%n", i, pts[i], bayOfPoint[i], front.size(),
            front.values().stream().mapToInt(List::size).sum(), made);
      }
      for (List<Label> group : front.values()) {
        for (Label l : group) {
          expand(l, i);
          if (made > budget) {
            return new Result(incumbent, prices.value(plan, incumbent == null ? Selection.empty(plan) : incumbent),
                false, made);
          }
        }
      }
      fronts.set(i, null);
    }
    if (best == null) {
      Selection s = incumbent == null ? Selection.empty(plan) : incumbent;
      return new Result(s, prices.value(plan, s), true, made);
    }
    return new Result(rebuild(best), bestValue, true, made);
  }

  private static final int ENTER = 0;
  private static final int ACCESS = 1;
  private static final int CORE = 2;

  private void expand(Label from, int i) {
    move(from, i, i + 1, null, 0);
    for (Candidate c : startsAt.get(i)) {
      int top = prices.column()[c.index()].length;
      for (int h = 1; h <= top; h++) {
        move(from, i, endPoint[c.index()], c, h);
      }
    }
  }

  /** Moves from position {@code i} to {@code j}, placing {@code c} with height {@code h} when given. */
  private void move(Label from, int i, int j, Candidate c, int h) {
    Label cur = work(from);
    cur.parent = from;
    cur.cand = c == null ? -1 : c.index();
    cur.height = h;
    if (c != null && !place(cur, c, h)) {
      return;
    }
    List<int[]> events = new ArrayList<>(2);
    int bi = bayOfPoint[i];
    int bj = bayOfPoint[j];
    for (int b = bi; b <= Math.min(bj, nb); b++) {
      if (b > bi) {
        events.add(new int[] {ENTER, b});
      }
      List<int[]> inBay = new ArrayList<>(1);
      if (c != null && accessBayPos[c.index()] == b && c.kind() != ModuleKind.LIFT) {
        inBay.add(new int[] {ACCESS, c.index(), c.accessSMm()});
      }
      for (int k = 0; k < coreBay.length; k++) {
        int a = plan.cores().get(k).accessSMm();
        if (coreBay[k] == b && plan.cores().get(k).wing() == bays.get(bi).wing() && a > pts[i] && a <= pts[j]) {
          inBay.add(new int[] {CORE, k, a});
        }
      }
      inBay.sort((x, y) -> Integer.compare(x[2], y[2]));
      events.addAll(inBay);
    }
    step(cur, events, 0, j);
  }

  /** A working copy of {@code l} with its open loads unpacked. */
  private Label work(Label l) {
    Label w = new Label();
    w.value = l.value;
    w.foundation = l.foundation;
    w.access = l.access.clone();
    w.gh = l.gh;
    w.transfer = l.transfer;
    w.used = l.used;
    w.lift = l.lift;
    w.ffLift = l.ffLift;
    w.coreH = l.coreH.clone();
    w.removed = l.removed;
    w.blocked = l.blocked;
    w.bay = l.bay;
    w.wallWork = new long[wallCap.length];
    w.bayWork = new long[nb];
    int[] open = wallsOfBay[w.bay];
    for (int k = 0; k < open.length; k++) {
      w.wallWork[open[k]] = l.walls[k];
    }
    w.bayWork[w.bay] = l.bayLoad;
    return w;
  }

  /** Adds column {@code c} of height {@code h}: price, loads, lifts, removals and the transfer layer here. */
  private boolean place(Label cur, Candidate c, int h) {
    if ((cur.blocked & candConflicts[c.index()]) != 0) {
      return false;
    }
    cur.blocked |= candBit[c.index()];
    for (int k = 0; k < h; k++) {
      cur.value += prices.column()[c.index()][k];
    }
    if (!load(cur, colUnits[c.index()], h)) {
      return false;
    }
    switch (c.kind()) {
      case DWELLING -> cur.used = Math.max(cur.used, h);
      case LIFT -> {
        cur.lift = Math.max(cur.lift, h);
        if (c.module().fireFightingLift()) {
          cur.ffLift = Math.max(cur.ffLift, h);
        }
      }
      default -> { }
    }
    for (int o : c.removableObstacles()) {
      remove(cur, o);
    }
    if (!c.aligned() && c.bays().contains(bays.get(cur.bay).index()) && !cur.transfer) {
      return layTransfer(cur);
    }
    return true;
  }

  private boolean layTransfer(Label cur) {
    int bayIndex = bays.get(cur.bay).index();
    cur.transfer = true;
    cur.value += prices.transfer()[bayIndex];
    return load(cur, transferUnits[bayIndex], 1);
  }

  private void remove(Label cur, int o) {
    if ((cur.removed & (1L << o)) == 0) {
      cur.removed |= 1L << o;
      cur.value += prices.removal()[o];
    }
  }

  /** Adds {@code times} storeys of {@code u}; false when a wall, bay or the foundation is overloaded. */
  private boolean load(Label cur, Units u, int times) {
    for (int k = 0; k < u.walls().length; k++) {
      int r = u.walls()[k];
      cur.wallWork[r] += u.wallUnits()[k] * times;
      if (cur.wallWork[r] > wallCap[r]) {
        return false;
      }
    }
    for (int k = 0; k < u.bays().length; k++) {
      int b = u.bays()[k];
      cur.bayWork[b] += u.bayUnits()[k] * times;
      if (cur.bayWork[b] > bayCap[b]) {
        return false;
      }
    }
    cur.foundation += u.total() * times;
    return cur.foundation <= foundationCap;
  }

  /** Processes {@code events} from {@code e} on, branching where a choice is made; then stores the label at j. */
  private void step(Label cur, List<int[]> events, int e, int j) {
    if (e == events.size()) {
      arrive(cur, j);
      return;
    }
    int[] ev = events.get(e);
    switch (ev[0]) {
      case ENTER -> enter(cur, ev[1], events, e, j);
      case ACCESS -> {
        Candidate c = plan.candidates().get(ev[1]);
        if (access(cur, c.kind() == ModuleKind.STAIR, c.accessSMm(), cur.height, accessOk[c.index()])) {
          step(cur, events, e + 1, j);
        }
      }
      default -> {
        int site = ev[1];
        if (cur.coreH[site] != UNDECIDED) {
          if (access(cur, true, plan.cores().get(site).accessSMm(), cur.coreH[site], coreOk[site])) {
            step(cur, events, e + 1, j);
          }
          return;
        }
        for (int h = 0; h <= storeys; h++) {
          Label n = cur.copy();
          if (extendCore(n, site, h)
              && access(n, true, plan.cores().get(site).accessSMm(), h, coreOk[site])) {
            step(n, events, e + 1, j);
          }
        }
      }
    }
  }

  private boolean extendCore(Label cur, int site, int h) {
    cur.coreH[site] = h;
    for (int k = 0; k < h; k++) {
      cur.value += prices.core()[site][k];
    }
    cur.foundation += coreUnits * h;
    int[] w = cur.coreWork == null ? new int[0] : cur.coreWork;
    cur.coreWork = Arrays.copyOf(w, w.length + 2);
    cur.coreWork[w.length] = site;
    cur.coreWork[w.length + 1] = h;
    return cur.foundation <= foundationCap;
  }

  /**
   * A door ({@code site} false) or a stair ({@code site} true) at {@code s} on storeys 1 … {@code h}. A door
   * needs the gallery on its storey; a stair serves only where the gallery reaches it.
   */
  private boolean access(Label cur, boolean site, int s, int h, boolean ok) {
    if (!site) {
      if (h > cur.gh) {
        return false;
      }
      for (int k = 0; k < h; k++) {
        int a = cur.access[k];
        if (a >= SERVED && s - (a - SERVED) <= walkMm) {
          continue;
        }
        if (a < PENDING_MAX) {
          continue;
        }
        cur.access[k] = s;
      }
      return true;
    }
    if (!ok) {
      return true;
    }
    for (int k = 0; k < Math.min(h, cur.gh); k++) {
      int a = cur.access[k];
      if (a < PENDING_MAX && s - a > walkMm) {
        return false;
      }
      cur.access[k] = SERVED + s;
    }
    return true;
  }

  /** Enters bay {@code b} (or the end of the wing when {@code b == nb}). */
  private void enter(Label cur, int b, List<int[]> events, int e, int j) {
    int lo = 0;
    for (int k = 0; k < storeys; k++) {
      if (cur.access[k] < PENDING_MAX) {
        lo = k + 1;
      }
    }
    if (b == nb) {
      if (lo == 0) {
        finish(cur);
      }
      return;
    }
    if (cur.bay < 0 || bays.get(cur.bay).wing() != bays.get(b).wing()) {
      if (lo > 0) {
        return; // a door of the wing just ended has no stair
      }
      Arrays.fill(cur.access, EMPTY);
    }
    cur.bay = b;
    cur.transfer = false;
    int slot = slotOfBay[b];
    Candidate c = cur.cand >= 0 ? plan.candidates().get(cur.cand) : null;
    boolean needTransfer = c != null && !c.aligned() && c.bays().contains(bays.get(b).index());
    if (slot < 0) {
      if (lo > 0) {
        return;
      }
      Label n = cur.copy();
      n.gh = 0;
      Arrays.fill(n.access, EMPTY);
      if (!needTransfer || layTransfer(n)) {
        step(n, events, e + 1, j);
      }
      return;
    }
    int hi = storeys;
    for (int site : slotCores[slot]) {
      if (cur.coreH[site] != UNDECIDED) {
        hi = Math.min(hi, cur.coreH[site]);
      }
    }
    for (int gh = lo; gh <= hi; gh++) {
      if (gh > 0 && (cur.blocked & slotConflicts[slot]) != 0) {
        break;
      }
      Label n = cur.copy();
      if (gh > 0) {
        n.blocked |= slotBit[slot];
      }
      n.gh = gh;
      for (int k = gh; k < storeys; k++) {
        n.access[k] = EMPTY;
      }
      for (int k = 0; k < gh; k++) {
        n.value += prices.gallery()[slot][k];
      }
      if (!load(n, slotUnits[slot], gh) || (needTransfer && !layTransfer(n))) {
        continue;
      }
      if (gh > 0) {
        for (int o : plan.galleries().get(slot).removableObstacles()) {
          remove(n, o);
        }
      }
      int[] g = n.galleryWork == null ? new int[0] : n.galleryWork;
      n.galleryWork = Arrays.copyOf(g, g.length + 2);
      n.galleryWork[g.length] = slot;
      n.galleryWork[g.length + 1] = gh;
      decideCores(n, slotCores[slot], 0, gh, events, e, j);
    }
  }

  /** Decides the still open extensions of the cores a gallery of height {@code gh} crosses (at least gh). */
  private void decideCores(Label cur, int[] sites, int k, int gh, List<int[]> events, int e, int j) {
    if (k == sites.length) {
      step(cur, events, e + 1, j);
      return;
    }
    int site = sites[k];
    if (cur.coreH[site] != UNDECIDED) {
      decideCores(cur, sites, k + 1, gh, events, e, j);
      return;
    }
    for (int h = gh; h <= storeys; h++) {
      Label n = cur.copy();
      if (extendCore(n, site, h)) {
        decideCores(n, sites, k + 1, gh, events, e, j);
      }
    }
  }

  /** The end of the wing: lift, dry riser and pitched roof; keeps the best complete layout. */
  private void finish(Label cur) {
    int ext = 0;
    boolean riser = false;
    for (int k = 1; k <= cur.used; k++) {
      boolean ff = plan.needsFireFightingLift(k);
      riser |= ff;
      if (!plan.needsLift(k) || (ff ? cur.ffLift >= k : cur.lift >= k)) {
        continue;
      }
      if (!plan.liftExtendable() || (ff && !plan.building().lift().fireFighting())) {
        return;
      }
      ext = k;
    }
    long found = cur.foundation + liftUnits * ext;
    if (found > foundationCap) {
      return;
    }
    long v = cur.value;
    for (int k = 0; k < ext; k++) {
      v += prices.liftExtension()[k];
    }
    if (cur.used > 0) {
      v += prices.firstStorey();
    }
    for (int k = 0; riser && k < cur.used; k++) {
      v += prices.riser()[k];
    }
    made++;
    if (v > bestValue) {
      Label fin = freeze(cur, cur.bay);
      bestValue = v;
      best = fin;
      bestLiftExt = ext;
      bestRiser = riser;
    }
  }

  /** Stores the working label at position {@code j} unless dominated or bounded out. */
  private void arrive(Label cur, int j) {
    int b = bayOfPoint[j];
    if (b >= nb) {
      return; // finish() ran on entering the end
    }
    Label l = freeze(cur, b);
    if (j > lastConflictPoint) {
      l.blocked = 0;
    }
    long ub = packBound[j];
    if (loadBoundValid) {
      long resWall = futureWallCap[b];
      for (int k = 0; k < l.walls.length; k++) {
        resWall += wallCap[wallsOfBay[b][k]] - l.walls[k];
      }
      long d = minDwellingWall > 0 ? resWall / minDwellingWall : Long.MAX_VALUE;
      if (foundationCap != Long.MAX_VALUE) {
        d = Math.min(d, (foundationCap - l.foundation) / minDwellingTotal);
      }
      if (d < Long.MAX_VALUE / Math.max(1, maxDwellingPrice)) {
        ub = Math.min(ub, d * maxDwellingPrice);
      }
    }
    if (bestValue != Long.MIN_VALUE && l.value + ub <= bestValue) {
      return;
    }
    made++;
    l.foundationDom = l.foundation + restLoad[j] <= foundationCap ? 0 : l.foundation;
    l.wallsDom = new long[l.walls.length];
    for (int k = 0; k < l.walls.length; k++) {
      int r = wallsOfBay[b][k];
      l.wallsDom[k] = l.walls[k] + wallRest(r, pts[j], b) <= wallCap[r] ? 0 : l.walls[k];
    }
    l.bayDom = bayCap[b] == Long.MAX_VALUE ? 0 : l.bayLoad;
    long key = 0;
    for (int k = 0; k < l.coreH.length; k++) {
      key = key * 2 + (l.coreH[k] == UNDECIDED ? 0 : 1);
    }
    List<Label> group = fronts.get(j).computeIfAbsent(key, x -> new ArrayList<>());
    made += group.size() / 16; // the dominance checks are the work; counted so the budget bounds time
    for (int k = 0; k < group.size(); k++) {
      if (dominates(group.get(k), l)) {
        return;
      }
    }
    int w = 0;
    for (int k = 0; k < group.size(); k++) {
      Label o = group.get(k);
      if (!dominates(l, o)) {
        group.set(w++, o);
      }
    }
    while (group.size() > w) {
      group.remove(group.size() - 1);
    }
    group.add(l);
  }

  /** A stored label from the working state, in bay {@code b}. */
  private Label freeze(Label cur, int b) {
    Label l = new Label();
    l.parent = cur.parent;
    l.cand = cur.cand;
    l.height = cur.height;
    l.galleries = cur.galleryWork;
    l.coresSet = cur.coreWork;
    l.value = cur.value;
    l.foundation = cur.foundation;
    l.access = cur.access;
    l.gh = cur.gh;
    l.transfer = cur.transfer;
    l.used = cur.used;
    l.lift = cur.lift;
    l.ffLift = cur.ffLift;
    l.coreH = cur.coreH;
    l.removed = cur.removed;
    l.blocked = cur.blocked;
    l.bay = b;
    if (b < nb) {
      int[] open = wallsOfBay[b];
      l.walls = new long[open.length];
      for (int k = 0; k < open.length; k++) {
        l.walls[k] = cur.wallWork[open[k]];
      }
      l.bayLoad = cur.bayWork[b];
    }
    return l;
  }

  private static boolean dominates(Label a, Label b) {
    if (a.value < b.value || a.foundationDom > b.foundationDom || a.bayDom > b.bayDom || a.gh < b.gh
        || (b.transfer && !a.transfer) || a.used > b.used || a.lift < b.lift || a.ffLift < b.ffLift
        || (b.removed & ~a.removed) != 0 || (a.blocked & ~b.blocked) != 0) {
      return false;
    }
    for (int k = 0; k < a.walls.length; k++) {
      if (a.wallsDom[k] > b.wallsDom[k]) {
        return false;
      }
    }
    for (int k = 0; k < a.access.length; k++) {
      if (a.access[k] < b.access[k]) {
        return false;
      }
    }
    for (int k = 0; k < a.coreH.length; k++) {
      if (a.coreH[k] < b.coreH[k]) {
        return false;
      }
    }
    return true;
  }

  /** The layout a final label stands for, read back along its parents. */
  private Selection rebuild(Label fin) {
    Selection s = Selection.empty(plan);
    int[] cols = s.columnHeight();
    int[] gal = s.galleryHeight();
    int[] coreH = s.coreHeight();
    boolean[] tr = s.transfer();
    boolean[] rem = s.removed();
    for (Label l = fin; l != null; l = l.parent) {
      if (l.cand >= 0) {
        Candidate c = plan.candidates().get(l.cand);
        cols[l.cand] = l.height;
        if (!c.aligned()) {
          c.bays().forEach(b -> tr[b] = true);
        }
        c.removableObstacles().forEach(o -> rem[o] = true);
      }
      for (int k = 0; l.galleries != null && k < l.galleries.length; k += 2) {
        gal[l.galleries[k]] = l.galleries[k + 1];
        if (l.galleries[k + 1] > 0) {
          plan.galleries().get(l.galleries[k]).removableObstacles().forEach(o -> rem[o] = true);
        }
      }
      for (int k = 0; l.coresSet != null && k < l.coresSet.length; k += 2) {
        coreH[l.coresSet[k]] = l.coresSet[k + 1];
      }
    }
    return new Selection(cols, gal, tr, coreH, bestLiftExt, rem, bestRiser);
  }

  /**
   * Upper bound on the load wall {@code r} can still receive from position {@code s} in bay {@code b} on: the
   * heaviest column per millimetre over what is left of its bays, on every storey, plus their galleries (bays not
   * yet entered) and transfer layer.
   */
  private long wallRest(int r, int s, int b) {
    long add = 0;
    for (int x = b; x < nb && x <= b + 1; x++) {
      Bay bay = bays.get(x);
      if (java.util.stream.IntStream.of(wallsOfBay[x]).noneMatch(w -> w == r)) {
        continue;
      }
      long len = Math.max(0, bay.s1Mm() - Math.max(s, bay.s0Mm()));
      // + a unit per started metre and column for rounding each element's part up
      add += ((long) Math.ceil(len * maxUnitsPerMm) + len / 1000 + 2) * storeys + transferUnits[bay.index()].total();
      if (x > b && slotOfBay[x] >= 0) {
        add += slotUnits[slotOfBay[x]].total() * storeys;
      }
    }
    return add;
  }

  /** Upper bound on the foundation load that everything from each position on can add. */
  private long[] restLoad() {
    long[] out = new long[pts.length];
    long[] perBay = new long[nb + 1];
    for (int b = nb - 1; b >= 0; b--) {
      Bay bay = bays.get(b);
      long add = transferUnits[bay.index()].total();
      if (slotOfBay[b] >= 0) {
        add += slotUnits[slotOfBay[b]].total() * storeys;
      }
      perBay[b] = perBay[b + 1] + add;
    }
    long fixed = (coreUnits * plan.cores().size() + liftUnits) * storeys;
    long[] columns = new long[pts.length];
    for (int i = pts.length - 2; i >= 0; i--) {
      long b = columns[i + 1];
      for (Candidate c : startsAt.get(i)) {
        b = Math.max(b, colUnits[c.index()].total() * prices.column()[c.index()].length
            + columns[endPoint[c.index()]]);
      }
      columns[i] = b;
    }
    for (int i = 0; i < pts.length; i++) {
      out[i] = columns[i] + perBay[Math.min(bayOfPoint[i], nb)] + fixed;
    }
    return out;
  }

  /** Upper bound on the value the columns from each position on can add: the best packing of column prices. */
  private long[] packBound() {
    long[] ub = new long[pts.length];
    for (int i = pts.length - 2; i >= 0; i--) {
      long b = ub[i + 1];
      for (Candidate c : startsAt.get(i)) {
        long sum = 0;
        long top = 0;
        for (long v : prices.column()[c.index()]) {
          sum += v;
          top = Math.max(top, sum);
        }
        b = Math.max(b, top + ub[endPoint[c.index()]]);
      }
      ub[i] = b;
    }
    return ub;
  }

  /** The index of position {@code s} of wing {@code wing}. */
  private int point(int wing, int s) {
    int k = Arrays.binarySearch(pts, wingStart[wing], wingStart[wing + 1], s);
    if (k < 0) {
      throw new IllegalStateException("no position " + s + " in wing " + wing);
    }
    return k;
  }

  private boolean covered(int bayIndex, int s) {
    for (GallerySlot g : plan.galleries()) {
      if (g.bay() == bayIndex) {
        return s >= g.s0Mm() && s <= g.s1Mm();
      }
    }
    return false;
  }

  private int siteOf(int buildingCore) {
    for (int i = 0; i < plan.cores().size(); i++) {
      if (plan.cores().get(i).core() == buildingCore) {
        return i;
      }
    }
    throw new IllegalStateException("no site for core " + buildingCore);
  }

  private static Units units(LoadShare l, int[] wallRank, int[] bayPos) {
    int[] w = new int[l.wallKn().size()];
    long[] wu = new long[w.length];
    int k = 0;
    for (Map.Entry<Integer, Double> e : l.wallKn().entrySet()) {
      w[k] = wallRank[e.getKey()];
      wu[k++] = LoadShare.unitsUp(e.getValue());
    }
    int[] b = new int[l.bayKn().size()];
    long[] bu = new long[b.length];
    k = 0;
    for (Map.Entry<Integer, Double> e : l.bayKn().entrySet()) {
      b[k] = bayPos[e.getKey()];
      bu[k++] = LoadShare.unitsUp(e.getValue());
    }
    return new Units(w, wu, b, bu, LoadShare.unitsUp(l.totalKn()));
  }
}
