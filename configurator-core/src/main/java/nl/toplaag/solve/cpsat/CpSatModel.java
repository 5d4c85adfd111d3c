package nl.toplaag.solve.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.LoadShare;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.RuleGroup;
import nl.toplaag.solve.strip.StripPrices;

/**
 * The CP-SAT model of one {@link Plan}: one Boolean per (candidate, storey) with upper storeys stacked on lower
 * ones, clique at-most-one constraints for the row on storey 1, a transfer-layer literal per bay, linear load rows
 * per wall, bay and foundation, Boolean reach chains for stair access, and the lift rules. Loads are integers in
 * 0.01 kN, rounded up for elements and down for capacities, so an accepted layout is within every real capacity.
 */
final class CpSatModel {

  final Plan plan;
  final CpModel model = new CpModel();
  final Objectives objective;
  /** x[c][k-1]: candidate c stands on storey k; null above its top storey. */
  final BoolVar[][] x;
  final BoolVar[][] g;
  final BoolVar[] transfer;
  final BoolVar[][] core;
  final BoolVar[] lift;
  final BoolVar[] removed;
  final BoolVar[] used;
  final BoolVar riser;
  private final int storeys;
  private final Set<RuleGroup> relaxed;
  /** The plan's cross-wing conflicts ({@link CrossWingConflicts}), shared with the models and programme after it. */
  final List<int[]> conflicts;
  private int reachVars;
  /** Per candidate, per storey: it or a twin stands there ({@link #standing}); null until a layout is forbidden. */
  private Literal[][] standing;

  CpSatModel(Plan plan, Objective objective, Map<String, Double> scores, Set<RuleGroup> relaxed) {
    this(plan, objective, scores, relaxed, false);
  }

  /**
   * Builds the model; with {@code countOnly} the objective is the dwelling count alone (phase 1 of the
   * lexicographic solve).
   */
  CpSatModel(Plan plan, Objective objective, Map<String, Double> scores, Set<RuleGroup> relaxed,
      boolean countOnly) {
    this(plan, objective, scores, relaxed, countOnly, CrossWingConflicts.of(plan));
  }

  /** As above, with the plan's cross-wing {@code conflicts} already known (they take a geometric pass). */
  CpSatModel(Plan plan, Objective objective, Map<String, Double> scores, Set<RuleGroup> relaxed,
      boolean countOnly, List<int[]> conflicts) {
    CpSatConfigurator.loadNatives(); // OR-Tools' model objects call into them: where no model is built, never loaded
    this.plan = plan;
    this.relaxed = relaxed;
    this.conflicts = conflicts;
    this.storeys = plan.storeys();
    int nc = plan.candidates().size();
    x = new BoolVar[nc][];
    for (Candidate c : plan.candidates()) {
      int top = Math.min(c.topStorey(), storeys);
      x[c.index()] = new BoolVar[top];
      for (int k = 0; k < top; k++) {
        x[c.index()][k] = model.newBoolVar("x" + c.index() + "_" + (k + 1));
      }
    }
    g = stacked(plan.galleries().size(), "g");
    core = stacked(plan.cores().size(), "e");
    transfer = new BoolVar[plan.bays().size()];
    lift = plan.liftExtendable() ? stacked(1, "lift")[0] : new BoolVar[0];
    removed = new BoolVar[plan.building().obstacles().size()];
    used = new BoolVar[storeys];
    for (int k = 0; k < storeys; k++) {
      used[k] = model.newBoolVar("used" + (k + 1));
    }
    riser = model.newBoolVar("riser");
    addStacking();
    addRow();
    addTwinsOnlyWhereNeeded();
    addLiftsAtTheGallery();
    addTransferAndObstacles();
    if (!relaxed.contains(RuleGroup.LOADS)) {
      addLoads();
    }
    if (!relaxed.contains(RuleGroup.ACCESS)) {
      addAccess();
    }
    addLift();
    this.objective = new Objectives(this, objective, scores, countOnly);
    this.objective.post();
  }

  private BoolVar[][] stacked(int n, String name) {
    BoolVar[][] v = new BoolVar[n][storeys];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < storeys; k++) {
        v[i][k] = model.newBoolVar(name + i + "_" + (k + 1));
      }
    }
    return v;
  }

  /** Number of Boolean variables. */
  int variables() {
    return model.model().getVariablesCount();
  }

  /** Number of reach-chain variables (for statistics). */
  int reachVariables() {
    return reachVars;
  }

  private void addStacking() {
    for (BoolVar[][] group : List.of(x, g, core)) {
      for (BoolVar[] col : group) {
        chain(col);
      }
    }
    chain(lift);
    for (int k = 1; k < storeys; k++) {
      model.addImplication(used[k], used[k - 1]);
    }
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING) {
        for (int k = 0; k < x[c.index()].length; k++) {
          model.addImplication(x[c.index()][k], used[k]);
        }
      }
    }
  }

  private void chain(BoolVar[] col) {
    for (int k = 1; k < col.length; k++) {
      model.addImplication(col[k], col[k - 1]);
    }
  }

  /**
   * A twin ({@link Candidate#twinOf}: the column reached from the bay after a wall) stands only where its first could
   * not: on its top storey the gallery of the first's bay, which reaches the door from before the wall, is absent.
   * Where that gallery stands there, it stands on every storey below too (galleries stack), and the first, the same
   * modules with the same door, is reached wherever the twin is: the same layout, which the search then meets once.
   */
  private void addTwinsOnlyWhereNeeded() {
    for (Candidate t : plan.candidates()) {
      if (!t.isTwin()) {
        continue;
      }
      Candidate first = plan.candidates().get(t.twinOf());
      BoolVar[] before = g[plan.gallerySlotAt(first.accessBay(), first.accessSMm()).orElseThrow().index()];
      BoolVar[] col = x[t.index()];
      for (int k = 0; k < col.length; k++) {
        List<Literal> notTopWithGalleryBefore = new ArrayList<>(List.of(col[k].not(), before[k].not()));
        if (k + 1 < col.length) {
          notTopWithGalleryBefore.add(col[k + 1]);
        }
        model.addBoolOr(notTopWithGalleryBefore);
      }
    }
  }

  /**
   * A lift module stands at the gallery on every storey it reaches: the gallery slot of its bay that covers its door
   * (the centre of its front) is laid there; where none covers it, it is not placed.
   */
  private void addLiftsAtTheGallery() {
    for (Candidate c : plan.candidates()) {
      if (c.kind() != ModuleKind.LIFT) {
        continue;
      }
      GallerySlot slot = plan.gallerySlotAt(c.accessBay(), c.accessSMm()).orElse(null);
      for (int k = 0; k < x[c.index()].length; k++) {
        if (slot == null) {
          model.addEquality(x[c.index()][k], 0);
        } else {
          model.addImplication(x[c.index()][k], g[slot.index()][k]);
        }
      }
    }
  }

  /** Storey-1 no-overlap along each wing (clique at every candidate start) and across wings (pairwise). */
  private void addRow() {
    Map<Integer, List<Candidate>> byWing = new TreeMap<>();
    for (Candidate c : plan.candidates()) {
      if (x[c.index()].length > 0) {
        byWing.computeIfAbsent(c.wing(), w -> new ArrayList<>()).add(c);
      }
    }
    for (List<Candidate> cs : byWing.values()) {
      cs.sort(java.util.Comparator.comparingInt(Candidate::sMm));
      java.util.TreeSet<Integer> points = new java.util.TreeSet<>();
      cs.forEach(c -> points.add(c.sMm()));
      int widest = cs.stream().mapToInt(Candidate::widthMm).max().orElse(0);
      int from = 0; // candidates before it end before the point
      // at each start point, one column at most among those covering it (a new clique at every point: the column
      // starting there is in none before)
      for (int p : points) {
        while (cs.get(from).sMm() + widest <= p) {
          from++;
        }
        List<Literal> clique = new ArrayList<>();
        for (int k = from; k < cs.size() && cs.get(k).sMm() <= p; k++) {
          Candidate c = cs.get(k);
          if (c.sMm() + c.widthMm() > p) {
            clique.add(x[c.index()][0]);
          }
        }
        if (clique.size() > 1) {
          model.addAtMostOne(clique);
        }
      }
    }
    for (int[] pair : conflicts) {
      Literal a = pair[0] >= 0 ? first(x[pair[0]]) : g[-pair[0] - 1][0];
      Literal b = pair[1] >= 0 ? first(x[pair[1]]) : g[-pair[1] - 1][0];
      if (a != null && b != null) {
        model.addBoolOr(new Literal[] {a.not(), b.not()});
      }
    }
  }

  private static Literal first(BoolVar[] col) {
    return col.length == 0 ? null : col[0];
  }

  private void addTransferAndObstacles() {
    for (Candidate c : plan.candidates()) {
      if (x[c.index()].length == 0) {
        continue;
      }
      for (int b : c.transferBays()) {
        model.addImplication(x[c.index()][0], transferVar(b));
      }
      for (int o : c.removableObstacles()) {
        model.addImplication(x[c.index()][0], removedVar(o));
      }
    }
    for (GallerySlot s : plan.galleries()) {
      for (int o : s.removableObstacles()) {
        model.addImplication(g[s.index()][0], removedVar(o));
      }
      for (int coreIndex : s.requiredCores()) {
        int site = siteOf(coreIndex);
        for (int k = 0; k < storeys; k++) {
          model.addImplication(g[s.index()][k], core[site][k]);
        }
      }
    }
  }

  private int siteOf(int buildingCore) {
    for (int i = 0; i < plan.cores().size(); i++) {
      if (plan.cores().get(i).core() == buildingCore) {
        return i;
      }
    }
    throw new IllegalStateException("no site for core " + buildingCore);
  }

  BoolVar transferVar(int bay) {
    if (transfer[bay] == null) {
      transfer[bay] = model.newBoolVar("t" + bay);
    }
    return transfer[bay];
  }

  BoolVar removedVar(int o) {
    if (removed[o] == null) {
      removed[o] = model.newBoolVar("rem" + o);
    }
    return removed[o];
  }

  private static long loadUnits(double kn) {
    return LoadShare.unitsUp(kn);
  }

  private void addLoads() {
    int nw = plan.walls().size();
    int nb = plan.bays().size();
    LinearExprBuilder[] wall = new LinearExprBuilder[nw];
    LinearExprBuilder[] bay = new LinearExprBuilder[nb];
    LinearExprBuilder foundation = com.google.ortools.sat.LinearExpr.newBuilder();
    IntFunction<LinearExprBuilder> wallRow = i -> wall[i] == null ? (wall[i] = com.google.ortools.sat.LinearExpr
        .newBuilder()) : wall[i];
    IntFunction<LinearExprBuilder> bayRow = i -> bay[i] == null ? (bay[i] = com.google.ortools.sat.LinearExpr
        .newBuilder()) : bay[i];
    for (Candidate c : plan.candidates()) {
      for (BoolVar v : x[c.index()]) {
        addLoad(v, c.loads(), wallRow, bayRow, foundation);
      }
    }
    for (GallerySlot s : plan.galleries()) {
      for (BoolVar v : g[s.index()]) {
        addLoad(v, s.loads(), wallRow, bayRow, foundation);
      }
    }
    for (int b = 0; b < nb; b++) {
      if (transfer[b] != null) {
        addLoad(transfer[b], plan.transferLoads().get(b), wallRow, bayRow, foundation);
      }
    }
    for (int i = 0; i < core.length; i++) {
      for (BoolVar v : core[i]) {
        addLoad(v, plan.cores().get(i).loads(), wallRow, bayRow, foundation);
      }
    }
    long liftUnits = loadUnits(plan.liftLoadKnPerStorey());
    for (BoolVar v : lift) {
      foundation.addTerm(v, liftUnits);
    }
    for (int i = 0; i < nw; i++) {
      if (wall[i] != null) {
        model.addLessOrEqual(wall[i], LoadShare.unitsDown(plan.walls().get(i).capacityKn()));
      }
    }
    double areaLimit = plan.building().loadReserve().areaLoadKnPerM2();
    if (Double.isFinite(areaLimit)) {
      for (Bay b : plan.bays()) {
        if (bay[b.index()] != null) {
          model.addLessOrEqual(bay[b.index()], LoadShare.unitsDown(areaLimit * b.areaM2()));
        }
      }
    }
    double reserve = plan.building().loadReserve().foundationReserveKn();
    if (Double.isFinite(reserve)) {
      model.addLessOrEqual(foundation, LoadShare.unitsDown(reserve));
    }
  }

  private static void addLoad(BoolVar v, LoadShare l, IntFunction<LinearExprBuilder> wallRow,
      IntFunction<LinearExprBuilder> bayRow, LinearExprBuilder foundation) {
    l.wallKn().forEach((w, kn) -> wallRow.apply(w).addTerm(v, loadUnits(kn)));
    l.bayKn().forEach((b, kn) -> bayRow.apply(b).addTerm(v, loadUnits(kn)));
    foundation.addTerm(v, loadUnits(l.totalKn()));
  }

  private void addAccess() {
    reachVars = new AccessChains(this, AccessChains.Target.STAIR).post();
  }

  /**
   * The lift rules: every dwelling on a storey that needs a lift reaches one ({@link AccessChains}, target LIFT), and
   * above 20 m the dry riser. That a storey holding dwellings has some lift is implied by the reach; it is stated too,
   * one clause per storey, as a cut.
   */
  private void addLift() {
    if (relaxed.contains(RuleGroup.LIFT)) {
      return;
    }
    reachVars += new AccessChains(this, AccessChains.Target.LIFT).post();
    for (int k = 1; k <= storeys; k++) {
      if (!plan.needsLift(k)) {
        continue;
      }
      boolean ff = plan.needsFireFightingLift(k);
      List<Literal> sources = new ArrayList<>();
      if (plan.liftExtensionQualifies(k)) {
        sources.add(lift[k - 1]);
      }
      for (Candidate c : plan.candidates()) {
        if (c.kind() == ModuleKind.LIFT && x[c.index()].length >= k && (!ff || c.module().fireFightingLift())) {
          sources.add(x[c.index()][k - 1]);
        }
      }
      sources.add(used[k - 1].not());
      model.addBoolOr(sources);
      if (ff) {
        model.addImplication(used[k - 1], riser);
      }
    }
  }

  /** Requires at least {@code n} dwellings (phase 2 of the lexicographic solve). */
  void requireDwellings(int n) {
    LinearExprBuilder sum = com.google.ortools.sat.LinearExpr.newBuilder();
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING) {
        for (BoolVar v : x[c.index()]) {
          sum.add(v);
        }
      }
    }
    model.addGreaterOrEqual(sum, n);
  }

  /** Adds {@code s} as a solution hint. */
  void hint(Selection s) {
    hint(model, s);
  }

  /** Adds {@code s} as a solution hint to {@code target}, this model or a copy of it ({@link CpModel#getClone}). */
  void hint(CpModel target, Selection s) {
    for (Candidate c : plan.candidates()) {
      BoolVar[] col = x[c.index()];
      for (int k = 0; k < col.length; k++) {
        target.addHint(col[k], s.columnHeight()[c.index()] > k);
      }
    }
    for (int i = 0; i < g.length; i++) {
      for (int k = 0; k < storeys; k++) {
        target.addHint(g[i][k], s.galleryHeight()[i] > k);
      }
    }
    for (int i = 0; i < core.length; i++) {
      for (int k = 0; k < storeys; k++) {
        target.addHint(core[i][k], s.coreHeight()[i] > k);
      }
    }
    for (int k = 0; k < lift.length; k++) {
      target.addHint(lift[k], s.liftExtension() > k);
    }
    for (int b = 0; b < transfer.length; b++) {
      if (transfer[b] != null) {
        target.addHint(transfer[b], s.transfer()[b]);
      }
    }
  }

  /**
   * Forbids the column heights of {@code s} by where the columns stand ({@link Selection#placedHeights}: a twin reached
   * from the other side of a wall is the same column), so the next solve finds a distinct layout.
   */
  void forbid(Selection s) {
    int[] placed = s.placedHeights(plan);
    Literal[][] at = standing();
    List<Literal> diff = new ArrayList<>();
    for (Candidate c : plan.candidates()) {
      for (int k = 0; !c.isTwin() && k < at[c.index()].length; k++) {
        diff.add(placed[c.index()] > k ? at[c.index()][k].not() : at[c.index()][k]);
      }
    }
    if (!diff.isEmpty()) {
      model.addBoolOr(diff);
    }
  }

  /**
   * Per candidate, per storey, whether it or one of its twins stands there ({@link #forbid}): its own variables where
   * it has none, else new ones equal to their disjunction; made once, on the first layout forbidden.
   */
  private Literal[][] standing() {
    if (standing != null) {
      return standing;
    }
    standing = new Literal[x.length][];
    Map<Integer, List<Literal[]>> columns = new TreeMap<>();
    for (Candidate c : plan.candidates()) {
      standing[c.index()] = x[c.index()];
      columns.computeIfAbsent(c.twinOf(), f -> new ArrayList<>()).add(x[c.index()]);
    }
    columns.forEach((first, cols) -> {
      if (cols.size() > 1) {
        Literal[] any = new Literal[x[first].length];
        for (int k = 0; k < any.length; k++) {
          BoolVar or = model.newBoolVar("placed" + first + "_" + (k + 1));
          List<Literal> atK = new ArrayList<>();
          for (Literal[] col : cols) {
            atK.add(col[k]);
          }
          model.addBoolOr(atK).onlyEnforceIf(or);
          atK.forEach(lit -> model.addImplication(lit, or));
          any[k] = or;
        }
        standing[first] = any;
      }
    });
    return standing;
  }

  /** Reads the selection from a solution, given a Boolean reader. */
  Selection extract(java.util.function.Predicate<Literal> value) {
    Selection s = Selection.empty(plan);
    for (Candidate c : plan.candidates()) {
      s.columnHeight()[c.index()] = height(x[c.index()], value);
    }
    for (int i = 0; i < g.length; i++) {
      s.galleryHeight()[i] = height(g[i], value);
    }
    for (int i = 0; i < core.length; i++) {
      s.coreHeight()[i] = height(core[i], value);
    }
    for (int b = 0; b < transfer.length; b++) {
      s.transfer()[b] = transfer[b] != null && value.test(transfer[b]);
    }
    for (int o = 0; o < removed.length; o++) {
      s.removed()[o] = removed[o] != null && value.test(removed[o]);
    }
    return new Selection(s.columnHeight(), s.galleryHeight(), s.transfer(), s.coreHeight(), height(lift, value),
        s.removed(), value.test(riser));
  }

  private static int height(BoolVar[] col, java.util.function.Predicate<Literal> value) {
    int h = 0;
    while (h < col.length && value.test(col[h])) {
      h++;
    }
    return h;
  }

  /** The posted objective as prices per decision, for the strip programme ({@link StripPrices}). */
  StripPrices prices() {
    return objective.prices().prices();
  }

  /** Core sites as given by the plan. */
  List<CoreSite> cores() {
    return plan.cores();
  }
}
