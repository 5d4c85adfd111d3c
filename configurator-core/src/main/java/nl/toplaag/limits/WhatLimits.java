package nl.toplaag.limits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.RuleId;
import nl.toplaag.check.Violation;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Configurator;
import nl.toplaag.solve.Objective;

/**
 * What limits a product line's dwelling count on a building: each limit the building or the line's modules have
 * ({@link Limit#presentIn}) lifted alone, then the load limits together where it has two or more, the line's own
 * limits with the load limits where it has both and more limits besides ({@link LimitEffect#lineWithLoads}), then
 * every limit together where that is more than the loads (limits may bind only together: a height limit and the
 * loads, where the loads stop the storeys below the height limit and the height limit the storeys the loads would
 * allow); each time the line solved again for the most dwellings, with one layout and its own time limit, and the
 * layout found checked by the independent checker, both on the building with the limits lifted (it must pass) and on
 * the building and line as they are (what it breaks there is what that layout needs: a stronger bearing line, a
 * larger reserve, a higher zoning limit, modules that resist fire longer or stack higher; another layout with as many
 * dwellings may need less).
 */
public final class WhatLimits {

  /**
   * Solves that bracket the least value of one figure a gain needs ({@link LeastNeed}): the first a little above what
   * the layout found needs, the others each halving the bracket. The layout found with the figure lifted is the best
   * by the objective, not the lightest, so what it needs may be far above the least (a QA pass: 5,868 kN given where a
   * layout of as many dwellings needing 5,349 kN exists).
   */
  public static final int LEAST_NEED_SOLVES = 5;

  /** The order of the needs: the rules of the lifted limits, the one-figure ones first. */
  private static final List<RuleId> NEEDS_ORDER = List.of(RuleId.FOUNDATION_LOAD, RuleId.STOREY_COUNT,
      RuleId.HEIGHT_LIMIT, RuleId.LINE_LOAD, RuleId.AREA_LOAD);

  private WhatLimits() {}

  /** Where a need of rule {@code rule} stands among the needs ({@link #NEEDS_ORDER}; other rules last). */
  private static int needsRank(RuleId rule) {
    int i = NEEDS_ORDER.indexOf(rule);
    return i < 0 ? NEEDS_ORDER.size() : i;
  }

  /**
   * The effect of lifting each limit of {@code req}'s building on line {@code lineId}, whose best layout there is
   * {@code base} (null where none), each solve within {@code limitMs}: the load limits one at a time, then together,
   * then the stair cores on the walls, the zoning, the line's fire resistance, its stacking, its gallery's balustrade
   * and its lift car, then the line's own limits with the load limits, then every limit together.
   */
  public static List<LimitEffect> of(Configurator configurator, ConfigurationRequest req, String lineId, Layout base,
      long limitMs) {
    return of(configurator, req, lineId, base, Integer.MAX_VALUE, limitMs);
  }

  /**
   * {@link #of(Configurator, ConfigurationRequest, String, Layout, long)}, where the line's count as it is is proven
   * to be at most {@code baseBound} ({@code Integer.MAX_VALUE}: not known): a gain beyond it proves the building's
   * own value of a figure too little ({@link LeastNeed}).
   */
  public static List<LimitEffect> of(Configurator configurator, ConfigurationRequest req, String lineId, Layout base,
      int baseBound, long limitMs) {
    Building b = req.building();
    ProductLine line = req.catalog().line(lineId)
        .orElseThrow(() -> new IllegalArgumentException("no line " + lineId + " in the catalogue"));
    List<Limit> present = new ArrayList<>();
    for (Limit l : Limit.values()) {
      if (l.presentIn(b, line, req.code(), req.maxStoreys())) {
        present.add(l);
      }
    }
    List<List<Limit>> scenarios = new ArrayList<>();
    present.stream().filter(Limit.LOADS::contains).forEach(l -> scenarios.add(List.of(l)));
    if (present.stream().filter(Limit.LOADS::contains).count() >= 2) {
      scenarios.add(present.stream().filter(Limit.LOADS::contains).toList());
    }
    for (Limit l : List.of(Limit.STAIR_CORES, Limit.ZONING, Limit.FIRE_RESISTANCE, Limit.STACKING, Limit.BALUSTRADE,
        Limit.LIFT_CAR, Limit.GALLERY_DEPTH)) {
      if (present.contains(l)) {
        scenarios.add(List.of(l));
      }
    }
    // the line's own limits with the loads (a manufacturer's question: what a fire-rated line gives with the loads
    // lifted too, which every limit together does not say where it lifts the zoning plan as well); where nothing
    // else is a limit, they are every limit, lifted once as that
    List<Limit> lineWithLoads = present.stream().filter(l -> l.ofLine() || Limit.LOADS.contains(l)).toList();
    boolean lineWithLoadsToo = LimitEffect.lineWithLoads(lineWithLoads) && lineWithLoads.size() < present.size();
    if (lineWithLoadsToo) {
      scenarios.add(lineWithLoads);
    }
    if (present.size() >= 2 && !Limit.LOADS.containsAll(present)) {
      scenarios.add(List.copyOf(present));
    }
    List<LimitEffect> out = new ArrayList<>();
    for (List<Limit> lifted : scenarios) {
      LimitEffect e = effect(configurator, req, lineId, base, baseBound, limitMs, lifted);
      out.add(asManyAs(lineWithLoadsToo && lifted.equals(lineWithLoads) ? e.asLineWithLoads() : e, out));
    }
    return out;
  }

  /**
   * {@code e} (limits lifted together) with the fewest limits of an effect before it ({@code before}) lifted among its
   * own that gives as many dwellings as {@code e} holds at most, both proven, where one does
   * ({@link LimitEffect#asManyAs}): then the limits together add nothing to those, whatever the layout found together
   * needs.
   */
  static LimitEffect asManyAs(LimitEffect e, List<LimitEffect> before) {
    if (e.lifted().size() < 2 || !e.checked() || !e.proven() || e.gain() <= 0) {
      return e;
    }
    return before.stream().filter(b -> e.lifted().containsAll(b.lifted()) && b.checked() && b.proven()
        && !b.fitsAsItIs() && b.dwellings() == e.dwellings())
        .min(Comparator.comparingInt(b -> b.lifted().size()))
        .map(b -> e.withAsManyAs(b.lifted())).orElse(e);
  }

  private static LimitEffect effect(Configurator configurator, ConfigurationRequest req, String lineId, Layout base,
      int baseBound, long limitMs, List<Limit> lifted) {
    Building as = req.building();
    Building without = as;
    Catalog lineLifted = req.catalog();
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    for (Limit l : lifted) {
      without = l.liftedIn(without, req.maxStoreys());
      lineLifted = l.liftedIn(lineLifted, lineId, as, req.code(), req.maxStoreys());
      rules.addAll(l.rules());
    }
    ConfigurationRequest again = new ConfigurationRequest(without, lineLifted, List.of(lineId),
        req.maxStoreys(), Objective.MOST_DWELLINGS, req.code(),
        req.settings().withTimeLimitMs(limitMs).withAlternatives(1), req.moduleScores(), req.smallestDwellingM2());
    ConfigurationResult r = configurator.configure(again);
    int baseDwellings = base == null ? 0 : base.dwellingCount();
    Layout found = r.best().orElse(null);
    if (found == null || found.dwellingCount() <= baseDwellings) {
      // the layout on the building as it is stands there too: no gain found
      return new LimitEffect(lifted, baseDwellings, baseDwellings, Math.max(baseDwellings, r.dwellingBound()),
          List.of(), List.of());
    }
    List<String> failures = new ArrayList<>();
    for (Violation v : LayoutChecker.check(without, lineLifted, req.code(), found, req.maxStoreys())) {
      failures.add(v.toString());
    }
    List<String> needs = new ArrayList<>();
    CheckReport onAs = LayoutChecker.report(as, req.catalog(), req.code(), found, req.maxStoreys());
    List<Violation> asItIs = new ArrayList<>(onAs.violations());
    // the foundation first (one figure for the whole building, else hidden behind many bays' in the summary), then
    // the lines, the bays, the height and the storeys; the checker's order within each
    asItIs.sort(Comparator.comparingInt(v -> needsRank(v.rule())));
    for (Violation v : asItIs) {
      if (v.rule() == RuleId.LOAD_REPORT
          && (lifted.contains(Limit.BEARING_LINES) || lifted.contains(Limit.STAIR_CORES))) {
        // the layout states its lines' lifted capacities, or its lines' loads with the cores off them; its loads
        // passed that rule on the lifted building
        continue;
      }
      if (rules.contains(v.rule())) {
        needs.add(v.message());
      } else if (lifted.stream().noneMatch(l -> l.moved().contains(v.rule()))) {
        // (what a lifted figure moved, a deeper gallery, reads another layout here: it passed on the lifted line)
        failures.add("on the building as it is, " + v);
      }
    }
    LimitEffect e = new LimitEffect(lifted, baseDwellings, found.dwellingCount(), r.dwellingBound(), once(needs),
        failures);
    if (lifted.size() == 1 && lifted.get(0).oneFigure() && e.checked() && !needs.isEmpty()) {
      Limit l = lifted.get(0);
      e = e.withLeastNeed(leastNeed(configurator, again, l, as, found, l.neededBy(onAs), l.figureIn(as),
          baseBound < found.dwellingCount()));
    }
    return e;
  }

  /**
   * The least value of figure {@code l} that {@code dwellings} need on {@code as}, bracketed by up to
   * {@link #LEAST_NEED_SOLVES} solves of {@code again} (the request with the limit lifted): the first with the figure
   * at {@code need}, what {@code found} (the checked layout found with the limit lifted) needs, and what the solvers
   * may add to that by rounding ({@link Limit#roundingMargin}), the others halfway between a bottom (at first the building's own value
   * {@code low}, proven too little where {@code lowProven}) and a top (at first the first's value). A layout found
   * there with as many, checked there, makes that value one that suffices and lowers the top to what that layout
   * needs; fewer proven the most make it one too little; anything else (fewer found, not proven) raises the bottom of
   * the search alone, but for the first value, which the layout found shows to suffice in the checker's terms: it
   * stays the top, and where no solve finds as many, what that layout needs is the bracket's top
   * ({@link LeastNeed#byLayout}). Otherwise both ends are values a solve was given, so both are in the solvers' own
   * terms (which round each load up and the reserve down to 0.01 kN: configured with the checker's exact need, a QA
   * pass got one dwelling fewer): configured with the one that suffices, the same solve finds as many, and no value
   * proven too little lies above it. Null where no solve settled either end.
   */
  private static LeastNeed leastNeed(Configurator configurator, ConfigurationRequest again, Limit l, Building as,
      Layout found, double need, double low, boolean lowProven) {
    int dwellings = found.dwellingCount();
    double first = l.up(need + l.roundingMargin(found));
    double top = first;
    double bottom = low;
    double suffices = Double.NaN;
    double tooLittle = lowProven ? low : Double.NaN;
    int solves = 0;
    // where the first solve finds fewer in its time without proving fewer the most, the layout found still shows that
    // the first value suffices (it passed the checker there): the top stays, and the solves left halve the bracket
    // below it (before 7 Dec 2026 the bracket ended there, with no end settled)
    boolean topByLayout = false;
    while (solves < LEAST_NEED_SOLVES && top - bottom > 1e-6 * Math.max(1, top)) {
      double mid = solves == 0 ? first : bottom + (top - bottom) / 2;
      Building at = l.withFigure(as, mid);
      ConfigurationResult r = configurator.configure(again.withBuilding(at));
      solves++;
      Layout there = r.best().orElse(null);
      // one check on the building given: its loads do not depend on the reserve, so they are what the layout needs
      CheckReport checked = there == null || there.dwellingCount() < dwellings ? null
          : LayoutChecker.report(at, again.catalog(), again.code(), there, again.maxStoreys());
      if (checked != null && checked.valid()) {
        suffices = mid; // each below the one before: the top only falls
        top = Math.min(mid, l.neededBy(checked));
        topByLayout = false;
      } else if (solves == 1 && r.dwellingBound() >= dwellings) {
        topByLayout = true;
      } else {
        bottom = mid;
        if (r.dwellingBound() < dwellings) {
          tooLittle = mid;
        }
      }
    }
    boolean byLayout = Double.isNaN(suffices) && topByLayout && !(tooLittle >= need);
    if (byLayout) {
      suffices = need; // the checker's need of the layout found, which it passed with the limit lifted
    }
    if (Double.isNaN(suffices) && Double.isNaN(tooLittle) || tooLittle >= suffices) {
      return null; // nothing settled, or solves that disagree (none has been seen): no bracket to give
    }
    return new LeastNeed(dwellings, suffices, tooLittle, solves, low, byLayout);
  }

  /**
   * {@code words} with each repeated once, in the order first met, with how often where more than once ("(8 times)"):
   * the checker words a height limit alike for every module above it.
   */
  static List<String> once(List<String> words) {
    Map<String, Integer> times = new LinkedHashMap<>();
    words.forEach(w -> times.merge(w, 1, Integer::sum));
    return times.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey()
        : e.getKey() + " (" + e.getValue() + " times)").toList();
  }
}
