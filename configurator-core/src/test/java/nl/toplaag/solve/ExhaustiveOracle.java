package nl.toplaag.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.strip.StripPrices;

/**
 * An independent oracle for a plan's best layout: it ranks every {@link Selection} of a {@link Plan} by the objective's
 * prices and asks only the {@link LayoutChecker} which are valid, never the solvers' model (their access chains, load
 * rows or strip states). The best valid selection is the optimum the configurator must claim where it says OPTIMAL.
 *
 * <p><b>The selections.</b> Every column's height from 0 to the plan's storeys (no two columns of one wing whose
 * rectangles overlap more than {@value #OVERLAP_MM} mm along the wing both standing: the checker rejects that), every
 * gallery slot's and core site's height from 0 to the storeys, the transfer layer in or out of every bay, the lift
 * extension from 0 to the storeys where the lift is extendable, every removable obstacle removed or kept (a fixed one
 * kept: removing it is a violation) and the dry riser in or out. A selection's value splits exactly into its columns'
 * part (with the pitched roof and the dry riser, which depend on the highest dwelling storey) and the rest's, so the
 * selections are visited best first by merging the two sorted lists, and the search stops below the first valid one.
 *
 * <p><b>What the checker's answers rule out.</b> A check's violations are used only where the checker's own rules make
 * them hold for other selections too (read in {@code nl.toplaag.check}), so no valid selection is skipped: a module's
 * overlap, dwelling composition, stacking, fire resistance, height or containment concerns the columns alone, and
 * rules out every selection with those columns; a dwelling that reaches no stair (access) stays so with fewer gallery
 * storeys and core extensions, a module without support with less transfer layer, and a load over a reserve with
 * more of anything. Each column set is first checked with every gallery, core, lift extension, removal and bay of
 * transfer layer it can have, so that columns no stair serves cost one check. {@link #bruteForce} checks every
 * selection instead, to confirm on tiny plans that these rules skip nothing.
 */
final class ExhaustiveOracle {

  /** Two columns of a wing whose s-ranges overlap more than this cannot both stand, mm (the checker allows 2). */
  static final int OVERLAP_MM = 3;

  /** The most selections either list may hold; a plan beyond this is too large for an exhaustive oracle. */
  static final int MOST_CHOICES = 400_000;

  /**
   * The most work of a search, in selections visited and failures learned compared with them; a plan that needs more
   * is too large for the oracle (since 7 Dec 2026: an L-shaped roof of the fuzz, within the choices, ran for over 15
   * minutes comparing rest sets with what its column sets had learned). A count, not a clock, so that the same roof is
   * compared or skipped on any machine.
   */
  static final long MOST_WORK = 400_000_000L;

  /**
   * What the oracle found.
   *
   * @param bestValue the value of the best valid selections under the prices
   * @param bestDwellings their dwellings
   * @param best the valid selections of that value (all of them: ties included)
   * @param selections the number of selections of the plan: column sets times the rest
   * @param columnSets column sets (with the dry riser) without overlaps
   * @param restSets choices of galleries, transfer layer, cores, lift and removals
   * @param checks layouts checked by the checker
   * @param ruledOut selections ruled out unchecked by an earlier check's violations (for a column set ruled out
   *     whole, the rest of its row, reached or not)
   * @param valid valid selections found (with {@link #bruteForce}: all of them; else the best and their ties)
   * @param millis the search's wall time, ms
   */
  record Outcome(long bestValue, int bestDwellings, List<Selection> best, long selections, int columnSets,
      int restSets, int checks, long ruledOut, int valid, long millis) {}

  private final Plan plan;
  private final Catalog catalog;
  private final int maxStoreys;
  private final StripPrices prices;
  private final List<ColumnSet> columns = new ArrayList<>();
  private final List<RestSet> rest = new ArrayList<>();
  /** The index of the rest set with everything ({@link #most()}) and of the one with nothing. */
  private final int most;
  private final int least;
  private int checks;

  private ExhaustiveOracle(Plan plan, Catalog catalog, int maxStoreys, StripPrices prices) {
    this.plan = plan;
    this.catalog = catalog;
    this.maxStoreys = maxStoreys;
    this.prices = prices;
    columnSets(0, new int[plan.candidates().size()]);
    restSets();
    columns.sort(Comparator.comparingLong(ColumnSet::value).reversed());
    rest.sort(Comparator.comparingLong(RestSet::value).reversed());
    most = most();
    least = least();
  }

  /**
   * The best valid selections of {@code plan} under {@code prices}, checked against {@code catalog} for a request of
   * {@code maxStoreys}, visited best first.
   */
  static Outcome search(Plan plan, Catalog catalog, int maxStoreys, StripPrices prices) {
    return new ExhaustiveOracle(plan, catalog, maxStoreys, prices).bestFirst();
  }

  /** As {@link #search}, but checking every selection of the plan, nothing ruled out. */
  static Outcome bruteForce(Plan plan, Catalog catalog, int maxStoreys, StripPrices prices) {
    return new ExhaustiveOracle(plan, catalog, maxStoreys, prices).everything();
  }

  /**
   * Whether {@code s} is one of the selections the oracle visits: its heights within the plan's storeys, no two
   * overlapping columns, no fixed obstacle removed, no lift extension where the lift cannot be extended.
   */
  static boolean visits(Plan plan, Selection s) {
    int h = plan.storeys();
    for (Candidate c : plan.candidates()) {
      if (s.columnHeight()[c.index()] > h) {
        return false;
      }
      for (Candidate d : plan.candidates()) {
        if (c.index() < d.index() && s.columnHeight()[c.index()] > 0 && s.columnHeight()[d.index()] > 0
            && overlap(c, d)) {
          return false;
        }
      }
    }
    boolean heights = Arrays.stream(s.galleryHeight()).allMatch(x -> x <= h)
        && Arrays.stream(s.coreHeight()).allMatch(x -> x <= h);
    boolean lift = s.liftExtension() == 0 || liftPresent(plan) && s.liftExtension() <= h;
    boolean removals = true;
    for (int o = 0; o < s.removed().length; o++) {
      removals &= !s.removed()[o] || plan.building().obstacles().get(o).removable();
    }
    return heights && lift && removals;
  }

  /** Column heights (per candidate) and the dry riser, with their part of the value. */
  private record ColumnSet(int[] height, boolean dryRiser, long value) {}

  /** Gallery, transfer, core, lift and removal choices, with their part of the value. */
  private record RestSet(int[] gallery, boolean[] transfer, int[] core, int lift, boolean[] removed, long value) {}

  private void columnSets(int c, int[] height) {
    if (c == height.length) {
      for (boolean riser : new boolean[] {false, true}) {
        columns.add(new ColumnSet(height.clone(), riser, columnValue(height, riser)));
        limit(columns.size());
      }
      return;
    }
    Candidate cand = plan.candidates().get(c);
    // a twin (the same modules reached from the bay after a wall) gives the same layout as its first: the checker
    // reads the layout alone
    int top = cand.isTwin() ? 0 : Math.min(plan.storeys(), prices.column()[c].length);
    for (int h = 0; h <= top; h++) {
      if (h > 0 && clashes(cand, height)) {
        break;
      }
      height[c] = h;
      columnSets(c + 1, height);
    }
    height[c] = 0;
  }

  /** Whether {@code cand} overlaps a column already standing in {@code height}. */
  private boolean clashes(Candidate cand, int[] height) {
    for (int d = 0; d < cand.index(); d++) {
      if (height[d] > 0 && overlap(cand, plan.candidates().get(d))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two candidates of one wing overlap along it by more than {@link #OVERLAP_MM} (they share the band). */
  private static boolean overlap(Candidate a, Candidate b) {
    int along = Math.min(a.sMm() + a.widthMm(), b.sMm() + b.widthMm()) - Math.max(a.sMm(), b.sMm());
    int across = Math.min(a.tMm() + a.module().depthMm(), b.tMm() + b.module().depthMm()) - Math.max(a.tMm(), b.tMm());
    return a.wing() == b.wing() && along > OVERLAP_MM && across > OVERLAP_MM;
  }

  private long columnValue(int[] height, boolean riser) {
    long v = 0;
    int used = 0;
    for (Candidate c : plan.candidates()) {
      for (int k = 0; k < height[c.index()]; k++) {
        v += prices.column()[c.index()][k];
      }
      if (c.dwelling() != null) {
        used = Math.max(used, height[c.index()]);
      }
    }
    v += used > 0 ? prices.firstStorey() : 0;
    for (int k = 0; riser && k < used; k++) {
      v += prices.riser()[k];
    }
    return v;
  }

  private void restSets() {
    int storeys = plan.storeys();
    int ng = plan.galleries().size();
    int nb = plan.bays().size();
    int nc = plan.cores().size();
    List<Integer> removable = new ArrayList<>();
    for (int o = 0; o < plan.building().obstacles().size(); o++) {
      if (plan.building().obstacles().get(o).removable()) {
        removable.add(o);
      }
    }
    int lifts = liftPresent(plan) ? storeys : 0;
    // one mixed-radix counter over gallery heights, core heights, the lift, transfer bays and removals
    int[] radix = new int[ng + nc + 1 + nb + removable.size()];
    Arrays.fill(radix, 0, ng + nc, storeys + 1);
    radix[ng + nc] = lifts + 1;
    Arrays.fill(radix, ng + nc + 1, radix.length, 2);
    int[] digit = new int[radix.length];
    do {
      int[] gallery = Arrays.copyOfRange(digit, 0, ng);
      int[] core = Arrays.copyOfRange(digit, ng, ng + nc);
      boolean[] transfer = new boolean[nb];
      for (int b = 0; b < nb; b++) {
        transfer[b] = digit[ng + nc + 1 + b] == 1;
      }
      boolean[] removed = new boolean[plan.building().obstacles().size()];
      for (int i = 0; i < removable.size(); i++) {
        removed[removable.get(i)] = digit[ng + nc + 1 + nb + i] == 1;
      }
      RestSet r = new RestSet(gallery, transfer, core, digit[ng + nc], removed, 0);
      rest.add(new RestSet(gallery, transfer, core, r.lift(), removed, restValue(r)));
      limit(rest.size());
    } while (next(digit, radix));
  }

  private static boolean next(int[] digit, int[] radix) {
    for (int i = 0; i < digit.length; i++) {
      if (++digit[i] < radix[i]) {
        return true;
      }
      digit[i] = 0;
    }
    return false;
  }

  /**
   * Whether the building has a lift that can be extended, whatever the plan makes of it: the landing in front of its
   * door on the new gallery (art. 4.23) and its being a fire-fighting lift are left to the checker, as every other
   * rule ({@code Plan.liftExtendable} asks the landing too; since 7 Dec 2026).
   */
  private static boolean liftPresent(Plan plan) {
    return plan.building().lift().present() && plan.building().lift().extendable();
  }

  private static void limit(int size) {
    if (size > MOST_CHOICES) {
      throw new IllegalStateException("more than " + MOST_CHOICES + " choices: make the roof smaller");
    }
  }

  private long restValue(RestSet r) {
    long v = 0;
    for (int i = 0; i < r.gallery().length; i++) {
      for (int k = 0; k < r.gallery()[i]; k++) {
        v += prices.gallery()[i][k];
      }
    }
    for (int b = 0; b < r.transfer().length; b++) {
      v += r.transfer()[b] ? prices.transfer()[b] : 0;
    }
    for (int i = 0; i < r.core().length; i++) {
      for (int k = 0; k < r.core()[i]; k++) {
        v += prices.core()[i][k];
      }
    }
    for (int k = 0; k < r.lift(); k++) {
      v += prices.liftExtension()[k];
    }
    for (int o = 0; o < r.removed().length; o++) {
      v += r.removed()[o] ? prices.removal()[o] : 0;
    }
    return v;
  }

  private Selection selection(ColumnSet c, RestSet r) {
    Selection s = new Selection(c.height().clone(), r.gallery().clone(), r.transfer().clone(), r.core().clone(),
        r.lift(), r.removed().clone(), c.dryRiser());
    long value = prices.value(plan, s);
    if (value != c.value() + r.value()) {
      throw new IllegalStateException("the oracle's split of the value is wrong: " + value + " != " + c.value()
          + " + " + r.value());
    }
    return s;
  }

  /** A selection's layout and the checker's violations of it. */
  private record Checked(Layout layout, List<Violation> violations) {}

  private Checked check(Selection s) {
    checks++;
    Layout l = LayoutAssembler.assemble(plan, s);
    return new Checked(l, LayoutChecker.check(plan.building(), catalog, plan.code(), l, maxStoreys));
  }

  private Outcome everything() {
    long t0 = System.nanoTime();
    Found found = new Found();
    int valid = 0;
    for (ColumnSet c : columns) {
      for (RestSet r : rest) {
        Selection s = selection(c, r);
        if (check(s).violations().isEmpty()) {
          valid++;
          found.offer(c.value() + r.value(), s);
        }
      }
    }
    return outcome(found, 0, valid, t0);
  }

  /** The best valid selections so far. */
  private static final class Found {
    long value = Long.MIN_VALUE;
    List<Selection> best = new ArrayList<>();

    void offer(long v, Selection s) {
      if (v > value) {
        value = v;
        best = new ArrayList<>();
      }
      if (v == value) {
        best.add(s);
      }
    }
  }

  private Outcome outcome(Found found, long ruledOut, int valid, long t0) {
    int dwellings = Evaluation.of(plan, found.best.get(0)).dwellings();
    return new Outcome(found.value, dwellings, List.copyOf(found.best), (long) columns.size() * rest.size(),
        columns.size(), rest.size(), checks, ruledOut, valid, (System.nanoTime() - t0) / 1_000_000);
  }

  private Outcome bestFirst() {
    long t0 = System.nanoTime();
    Learned[] learned = new Learned[columns.size()];
    PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(b[0], a[0]));
    for (int i = 0; i < columns.size(); i++) {
      queue.add(new long[] {columns.get(i).value() + rest.get(0).value(), i, 0});
    }
    Found found = new Found();
    long ruledOut = 0;
    int valid = 0;
    long work = 0;
    while (!queue.isEmpty()) {
      long[] top = queue.poll();
      if (top[0] < found.value) {
        break;
      }
      int i = (int) top[1];
      int j = (int) top[2];
      work += 1 + (learned[i] == null ? 0 : learned[i].size());
      if (work > MOST_WORK) {
        throw new IllegalStateException(String.format(java.util.Locale.ROOT, "more than %,d steps of work: make the"
            + " roof smaller", MOST_WORK));
      }
      ColumnSet c = columns.get(i);
      if (learned[i] == null) {
        learned[i] = new Learned();
        learn(learned[i], most, check(selection(c, rest.get(most))));
      }
      if (learned[i].columnsFail) {
        ruledOut += rest.size() - j;
        continue;
      }
      if (j + 1 < rest.size()) {
        queue.add(new long[] {c.value() + rest.get(j + 1).value(), i, j + 1});
      }
      RestSet r = rest.get(j);
      if (learned[i].rulesOut(r)) {
        ruledOut++;
        continue;
      }
      Selection s = selection(c, r);
      Checked checked = check(s);
      if (checked.violations().isEmpty()) {
        valid++;
        found.offer(top[0], s);
      } else {
        learn(learned[i], j, checked);
      }
    }
    return outcome(found, ruledOut, valid, t0);
  }

  /** The index of the rest set with every gallery and core to the top, the lift, all transfer, all removals. */
  private int most() {
    int most = 0;
    for (int j = 0; j < rest.size(); j++) {
      most = size(rest.get(j)) > size(rest.get(most)) ? j : most;
    }
    return most;
  }

  /** The index of the rest set with nothing. */
  private int least() {
    int least = 0;
    for (int j = 0; j < rest.size(); j++) {
      least = size(rest.get(j)) < size(rest.get(least)) ? j : least;
    }
    return least;
  }

  /** Gallery storeys, core storeys, lift storeys, transfer bays and removals of {@code r}, counted together. */
  private static int size(RestSet r) {
    int n = Arrays.stream(r.gallery()).sum() + Arrays.stream(r.core()).sum() + r.lift();
    for (boolean b : r.transfer()) {
      n += b ? 1 : 0;
    }
    for (boolean b : r.removed()) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /**
   * What the checks of one column set rule out: the column set itself, or the rest sets below an access failure
   * (fewer gallery storeys and core extensions), below a support failure (less transfer layer) or above a load
   * failure (more of everything that loads).
   */
  private static final class Learned {
    boolean columnsFail;
    final List<RestSet> access = new ArrayList<>();
    final List<RestSet> support = new ArrayList<>();
    final List<RestSet> load = new ArrayList<>();

    /** The failures learned, each compared with a rest set by {@link #rulesOut}. */
    int size() {
      return access.size() + support.size() + load.size();
    }

    boolean rulesOut(RestSet r) {
      return access.stream().anyMatch(a -> atMost(r.gallery(), a.gallery()) && atMost(r.core(), a.core()))
          || support.stream().anyMatch(a -> atMost(r.transfer(), a.transfer()))
          || load.stream().anyMatch(a -> atMost(a.gallery(), r.gallery()) && atMost(a.core(), r.core())
              && atMost(a.transfer(), r.transfer()) && a.lift() <= r.lift());
    }

    /**
     * Whether what is learned rules out every rest set: an access failure with {@code most} galleries and cores, a
     * support failure with all of the transfer layer, a load failure with {@code least}, nothing beside the columns.
     */
    boolean rulesOutAll(RestSet most, RestSet least) {
      return access.stream().anyMatch(a -> atMost(most.gallery(), a.gallery()) && atMost(most.core(), a.core()))
          || support.stream().anyMatch(a -> atMost(most.transfer(), a.transfer()))
          || load.stream().anyMatch(a -> atMost(a.gallery(), least.gallery()) && atMost(a.core(), least.core())
              && atMost(a.transfer(), least.transfer()) && a.lift() <= least.lift());
    }
  }

  private static boolean atMost(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] > b[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean atMost(boolean[] a, boolean[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] && !b[i]) {
        return false;
      }
    }
    return true;
  }

  /** Adds what the violations of the check of column set and rest set {@code j} rule out to {@code learned}. */
  private void learn(Learned learned, int j, Checked checked) {
    Set<String> modules = new HashSet<>();
    Set<String> dwellings = new HashSet<>();
    for (Placement p : checked.layout().modules()) {
      modules.add(p.id());
      dwellings.add(p.dwellingId());
    }
    RestSet r = rest.get(j);
    for (Violation v : checked.violations()) {
      boolean module = modules.contains(v.elementId());
      switch (v.rule()) {
        case OVERLAP, DWELLING, STACKING, FIRE_RESISTANCE, HEIGHT_LIMIT, CONTAINMENT -> learned.columnsFail |= module;
        case ACCESS -> {
          if (dwellings.contains(v.elementId())) {
            learned.access.add(r);
          }
        }
        case SUPPORT -> {
          if (module) {
            learned.support.add(r);
          }
        }
        case LINE_LOAD, AREA_LOAD, FOUNDATION_LOAD -> learned.load.add(r);
        default -> { }
      }
    }
    learned.columnsFail |= learned.rulesOutAll(rest.get(most), rest.get(least));
  }
}
