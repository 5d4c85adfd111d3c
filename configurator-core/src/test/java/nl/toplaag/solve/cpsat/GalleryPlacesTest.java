package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * A 10 m deep slab and the two-box line (9.6 m and 7.2 m boxes, a 1.5 m gallery): the gallery and the 9.6 m box do
 * not both fit (11.1 m), so the row rule cantilevers the gallery, at EUR 1,000 a metre; behind a gallery on the roof
 * the 7.2 m box fits (8.7 m). Which place is better depends on the objective, and the configurator solves both.
 */
class GalleryPlacesTest {

  private static final ProductLine LINE = Fixtures.twoBoxLine();

  private static Building slab10() {
    return slab10(3.6, "{\"areaLoadKnPerM2\": 100}");
  }

  /** The slab with a wall every {@code pitchM} and the load reserve {@code reserve} (JSON). */
  private static Building slab10(double pitchM, String reserve) {
    return slab10(28.8, pitchM, reserve);
  }

  /** The same, {@code lengthM} long. */
  private static Building slab10(double lengthM, double pitchM, String reserve) {
    String json = String.format(Locale.ROOT, """
        {"id": "slab10", "roofOutline": [[0,0],[%1$s,0],[%1$s,10],[0,10],[0,0]],
         "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [%2$s], "capacityKnPerM": 500}]},
         "loadReserve": %3$s,
         "zoning": {"maxAddedStoreys": 3}}
        """, lengthM, pitchM, reserve);
    return Fixtures.building(json);
  }

  private static ConfigurationRequest request(Objective objective) {
    return ConfigurationRequest.of(slab10(), Fixtures.catalog(LINE), 1).withObjective(objective)
        .withSettings(new SolverSettings(10_000, 1, 1, 3));
  }

  /** Configures, and re-checks every layout with the independent checker. */
  private static ConfigurationResult configure(ConfigurationRequest r) {
    ConfigurationResult res = new CpSatConfigurator().configure(r);
    for (Layout l : res.layouts()) {
      List<Violation> v = LayoutChecker.check(r.building(), r.catalog(), r.code(), l, r.maxStoreys());
      assertTrue(v.isEmpty(), () -> "independent check: " + v);
    }
    return res;
  }

  private static boolean cantilevered(Layout l) {
    assertFalse(l.galleries().isEmpty());
    return l.galleries().stream().allMatch(GallerySegment::cantilevered);
  }

  private static List<String> dwellingModules(Layout l) {
    return l.modules(ModuleKind.DWELLING).stream().map(Placement::moduleTypeId).distinct().sorted().toList();
  }

  /** Line {@link #LINE}'s plan for {@code req} with second rows on {@code rows}, above {@code before} (null: none). */
  private static CpSatConfigurator.LineResult solvePlan(ConfigurationRequest req, Set<Integer> rows,
      CpSatConfigurator.LineResult before) {
    return CpSatConfigurator.solvePlan(req, LINE, CpSatOptions.defaults(), rows, before);
  }

  @Test
  void aWingHasASecondRowWhereAShallowerModuleFitsBehindAGalleryOnTheRoof() {
    assertEquals(List.of(0), PlanBuilder.secondRows(slab10(), LINE));
    assertEquals(List.of(), PlanBuilder.secondRows(slab10(), Fixtures.line()), "no 9.6 m box fits behind it");
    // 12 m: the gallery on the roof by rule, with the 9.6 m band; the second row has the 7.2 m band
    assertEquals(List.of(0), PlanBuilder.secondRows(Fixtures.slab(28.8, 500, 8.6, ""), LINE));
    assertEquals(List.of(), PlanBuilder.secondRows(Fixtures.slab(28.8, 500, 8.6, ""), Fixtures.line()),
        "one depth of box: one row");
  }

  @Test
  void aWingMayHaveBothAShallowerRowOnTheRoofAndACantileveredOneAndEachIsAPlanOfItsOwn() {
    // a QA pass: on a rear obstacle 1.5 m deep (with a tight foundation there), the cantilevered row replaced the
    // shallower one on the roof, whose lighter transfer band held a dwelling more (9 "proven" where 10 fit): now each
    // is a plan of its own
    Building rear = Fixtures.slab(28.8, 500, 8.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100}, \"obstacles\":"
        + " [{\"outline\": [[0,10.5],[28.8,10.5],[28.8,12],[0,12],[0,10.5]], \"description\": \"plant\", \"heightM\": 2.5}],");
    List<Integer> open = PlanBuilder.secondRows(rear, LINE);
    assertEquals(List.of(0, PlanBuilder.cantileveredRow(0)), open);
    // solved last to first: the shallower row, the rule's, then the cantilevered one, which mostly stops at its floor
    assertEquals(List.of(Set.of(PlanBuilder.cantileveredRow(0)), Set.of(), Set.of(0)), GalleryPlaces.choices(open));
    assertFalse(GalleryPlaces.cut(open));
    // five wings with two second rows each are 243 choices: the cantilevered rows, the rule's, the shallower ones
    List<Integer> many = new java.util.ArrayList<>();
    for (int w = 0; w < 5; w++) {
      many.add(w);
      many.add(PlanBuilder.cantileveredRow(w));
    }
    assertTrue(GalleryPlaces.cut(many));
    assertEquals(List.of(Set.of(-1, -2, -3, -4, -5), Set.of(), Set.of(0, 1, 2, 3, 4)), GalleryPlaces.choices(many));
    assertEquals(16, GalleryPlaces.choices(List.of(0, 1, 2, 3)).size());
  }

  @Test
  void aWingWithoutWallsHasNoSecondRowAndTheExplanationSaysWhyItHoldsNothing() {
    // a newcomer's QA pass: an L whose file gave wing 0's walls alone; wing 1's second row doubled the plans with the
    // same rows, and the explanation said each other place twice, one "with  instead", and nothing of wing 1
    Building l = Fixtures.building("""
        {"id": "my-L", "roofOutline": [[0,0],[40,0],[40,30],[30,30],[30,10],[0,10],[0,0]], "roofLevelM": 8.6,
         "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 40, "depthM": 10},
                   {"origin": [40, 10], "directionDeg": 90, "lengthM": 20, "depthM": 10}],
         "structure": {"wallGrids": [{"wing": 0, "pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"maxAddedStoreys": 1}}
        """);
    assertEquals(List.of(0), PlanBuilder.secondRows(l, LINE));
    ConfigurationResult r = configure(ConfigurationRequest.of(l, Fixtures.catalog(LINE), 1)
        .withSettings(new SolverSettings(10_000, 1, 1, 1)));
    assertTrue(r.dwellings() > 0);
    assertTrue(r.explanation().contains("line " + LINE.id() + ": wing 1 has no bearing line across it, so nothing can"
        + " stand on it"), String.join("\n", r.explanation()));
    List<String> instead = r.explanation().stream().filter(x -> x.contains(" instead: ")).toList();
    assertEquals(1, instead.size(), String.join("\n", r.explanation()));
    assertFalse(instead.get(0).contains("with  instead"), instead.get(0));
  }

  @Test
  void anAlternativeWithFewerDwellingsGivesWayToTheOtherPlacesWithAsMany() {
    // the kept place's second layout holds fewer dwellings (as the planner's does where its plan found no other with
    // as many): merged, a layout of the other place with as many is shown in its stead, not proven the next best (a QA
    // pass with the exhaustive oracle saw the planner's 2 dwellings after three layouts of 3, where the other gallery
    // place held more of 3)
    ConfigurationRequest req = request(Objective.COST_PER_DWELLING);
    CpSatConfigurator.LineResult onRoof = solvePlan(req, Set.of(0), null);
    CpSatConfigurator.LineResult byRule = solvePlan(req, Set.of(), null);
    assertTrue(onRoof.layouts.size() >= 2 && byRule.layouts.size() >= 2, onRoof.layouts + " " + byRule.layouts);
    Selection none = Selection.empty(onRoof.plan);
    onRoof.layouts.set(1, LayoutAssembler.assemble(onRoof.plan, none));
    onRoof.selections.set(1, none);
    onRoof.proofs.set(1, LayoutProof.GREEDY);
    CpSatConfigurator.LineResult merged = GalleryPlaces.better(onRoof, byRule, req);
    assertSame(onRoof, merged);
    int most = merged.layouts.get(0).dwellingCount();
    for (int k = 1; k < merged.layouts.size(); k++) {
      assertEquals(most, merged.layouts.get(k).dwellingCount(), merged.layouts.get(k).toString());
      assertTrue(merged.proofs.get(k) != LayoutProof.GREEDY, merged.proofs.toString());
    }
    assertTrue(merged.plans.stream().filter(p -> p == byRule.plan).count() >= 2, "the other place's layouts: "
        + merged.plans.stream().map(p -> p == byRule.plan).toList());
  }

  @Test
  void theCheapestLayoutHasTheGalleryOnTheRoof() {
    ConfigurationRequest req = request(Objective.COST_PER_DWELLING);
    CpSatConfigurator.LineResult byRule = solvePlan(req, Set.of(), null);
    CpSatConfigurator.LineResult onRoof = solvePlan(req, Set.of(0), null);
    assertTrue(cantilevered(byRule.layouts.get(0)));
    assertEquals(byRule.eval.dwellings(), onRoof.eval.dwellings(), "one box a bay either way");
    assertTrue(onRoof.eval.costEur() < byRule.eval.costEur(), onRoof.eval + " against " + byRule.eval);

    ConfigurationResult res = configure(req);
    assertEquals(SolveStatus.OPTIMAL, res.status(), res.explanation().toString());
    Layout best = res.best().orElseThrow();
    assertFalse(cantilevered(best));
    assertEquals(List.of("S72"), dwellingModules(best));
    assertEquals(onRoof.eval.costEur(), best.costEur());
    assertEquals(LayoutProof.OPTIMAL, res.layoutProofs().get(0));
    assertTrue(res.explanation().stream().anyMatch(s -> s.startsWith("line test2: with the gallery cantilevered in"
        + " front of the facade on wing 0 instead: the best layout holds " + byRule.eval.dwellings() + " dwellings")
        && s.contains(String.format(Locale.ROOT, "EUR %,d (proven the best there by dwellings, then lowest cost)",
            byRule.eval.costEur()))
        && s.endsWith("ranks higher by dwellings, then lowest cost")), res.explanation().toString());
  }

  @Test
  void theMostUsableAreaHasTheGalleryCantileveredAndTheDeepBoxes() {
    ConfigurationResult res = configure(request(Objective.MOST_DWELLINGS));
    assertEquals(SolveStatus.OPTIMAL, res.status(), res.explanation().toString());
    Layout best = res.best().orElseThrow();
    assertTrue(cantilevered(best));
    assertEquals(List.of("D36"), dwellingModules(best));
    assertTrue(res.explanation().stream().anyMatch(s -> s.startsWith("line test2: with the gallery on the roof on"
        + " wing 0 instead")), res.explanation().toString());
    // the cheapest layout, shown as the other end of the trade-off, is the cheaper place's: the S72 boxes behind the
    // gallery on the roof, proven the cheapest of both places
    int k = res.layoutObjectives().indexOf(Objective.COST_PER_DWELLING);
    assertTrue(k > 0, res.layoutObjectives().toString());
    Layout cheapest = res.layouts().get(k);
    assertFalse(cantilevered(cheapest));
    assertEquals(List.of("S72"), dwellingModules(cheapest));
    assertEquals(LayoutProof.OPTIMAL, res.layoutProofs().get(k));
    assertEquals(configure(request(Objective.COST_PER_DWELLING)).best().orElseThrow().costEur(), cheapest.costEur());
    assertEquals(3, res.layouts().size());
  }

  @Test
  void aCantileveredGalleryDoesNotPassThroughAPierInFrontOfTheFacade() {
    // the roof outline juts 0.32 m out in front of the facade for 0.85 m (an entrance pier, as on a 1949 Delft block
    // of the 3D BAG): the wing, given, is the slab's 10 m; a cantilevered gallery in front of it may not lie over the
    // pier (the checker's rule). Before, the planner offered that bay's gallery anyway: the solver proved layouts
    // optimal that the independent check rejected (a QA pass, 2 Dec 2026)
    String json = """
        {"id": "slab10-pier", "roofOutline": [[0,0],[14,0],[14,-0.32],[14.85,-0.32],[14.85,0],[28.8,0],[28.8,10],
           [0,10],[0,0]],
         "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": 28.8, "depthM": 10}],
         "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         "zoning": {"maxAddedStoreys": 3}}
        """;
    Building pier = Fixtures.building(json);
    ConfigurationResult res = configure(ConfigurationRequest.of(pier, Fixtures.catalog(LINE), 1)
        .withSettings(new SolverSettings(10_000, 1, 1, 3)));
    assertTrue(res.dwellings() > 0, res.explanation().toString());
    for (Layout l : res.layouts()) {
      for (GallerySegment g : l.galleries()) {
        assertFalse(g.cantilevered() && g.sStartMm() < 14_850 && g.sEndMm() > 14_000, g.toString());
      }
    }
    // a facade drifting 19 mm out over a bay, as measured outlines do, is no pier: the gallery passes it
    Building drift = Fixtures.building(json.replace("-0.32", "-0.019").replace("slab10-pier", "slab10-drift"));
    ConfigurationResult over = configure(ConfigurationRequest.of(drift, Fixtures.catalog(LINE), 1)
        .withSettings(new SolverSettings(10_000, 1, 1, 1)));
    assertTrue(over.best().orElseThrow().galleries().stream()
        .anyMatch(g -> g.cantilevered() && g.sStartMm() < 14_850 && g.sEndMm() > 14_000), over.explanation()
        .toString());
  }

  @Test
  void whereTheRoofHoldsMoreDwellingsTheRulesSearchStopsAtItsBound() {
    // a wall every 5 m: every box stands on the transfer layer, laid as deep as the band, 9.6 m behind the
    // cantilevered gallery and 7.2 m behind the one on the roof; under a foundation reserve of 850 kN the lighter band
    // leaves room for a ninth dwelling on two storeys
    ConfigurationRequest req = ConfigurationRequest.of(slab10(5.0, "{\"areaLoadKnPerM2\": 100,"
        + " \"foundationReserveKn\": 850}"), Fixtures.catalog(LINE), 2)
        .withSettings(new SolverSettings(10_000, 1, 1, 3));
    CpSatConfigurator.LineResult onRoof = solvePlan(req, Set.of(0), null);
    CpSatConfigurator.LineResult byRule = solvePlan(req, Set.of(), null);
    assertEquals(9, onRoof.eval.dwellings());
    assertEquals(SolveStatus.OPTIMAL, onRoof.status);
    assertEquals(8, byRule.eval.dwellings());
    assertEquals(SolveStatus.OPTIMAL, byRule.status);
    // with the roof's 9 as its floor, the rule's search stops at a bound below it: valid, and not a proof of its layout
    CpSatConfigurator.LineResult stopped = solvePlan(req, Set.of(), onRoof);
    assertEquals(SolveStatus.FEASIBLE, stopped.status);
    assertTrue(stopped.dwellingBound >= 8 && stopped.dwellingBound < 9, "bound " + stopped.dwellingBound);
    assertTrue(stopped.belowFloor, "every layout of it has fewer dwellings than the floor's");
    assertEquals(List.of(LayoutProof.FOUND), stopped.proofs);

    ConfigurationResult res = configure(req);
    assertEquals(SolveStatus.OPTIMAL, res.status(), res.explanation().toString());
    assertEquals(9, res.dwellings());
    assertFalse(cantilevered(res.best().orElseThrow()));
    assertTrue(res.layoutProofs().stream().allMatch(LayoutProof::proven), res.layoutProofs().toString());
    assertTrue(res.explanation().stream().anyMatch(s -> s.startsWith("line test2: with the gallery cantilevered in"
        + " front of the facade on wing 0 instead: the best layout found holds 8 dwellings") && s.contains(
        "(at most 8 fit there)")), res.explanation().toString());
  }

  @Test
  void withOneLayoutAskedForAPlanThatCannotRankAsHighStopsAndTheProofStands() {
    // 57.6 m, a wall every 5 m (every box on the transfer layer), 850 kN of foundation reserve: 8 dwellings either way,
    // the ones behind the gallery on the roof cheaper; too many layouts for the beams to search them all
    ConfigurationRequest one = ConfigurationRequest.of(slab10(57.6, 5.0, "{\"areaLoadKnPerM2\": 100,"
        + " \"foundationReserveKn\": 850}"), Fixtures.catalog(LINE), 1).withObjective(Objective.COST_PER_DWELLING)
        .withSettings(new SolverSettings(10_000, 1, 1, 1));
    CpSatConfigurator.LineResult onRoof = solvePlan(one, Set.of(0), null);
    CpSatConfigurator.LineResult byRule = solvePlan(one, Set.of(), null);
    assertEquals(SolveStatus.OPTIMAL, byRule.status);
    assertEquals(8, onRoof.eval.dwellings());
    assertEquals(8, byRule.eval.dwellings());
    assertTrue(byRule.eval.costEur() > onRoof.eval.costEur());
    // above the roof's layout, the rule's search stops: as many dwellings, none of its layouts as cheap
    CpSatConfigurator.LineResult stopped = solvePlan(one, Set.of(), onRoof);
    assertTrue(stopped.belowFloor);
    assertEquals(SolveStatus.FEASIBLE, stopped.status);
    assertEquals(List.of(LayoutProof.FOUND), stopped.proofs);
    assertEquals(onRoof.eval.dwellings(), stopped.dwellingBound);
    // above a layout as good as its own, it finds its own: a tie goes to the plan solved later
    CpSatConfigurator.LineResult tie = solvePlan(one, Set.of(), byRule);
    assertFalse(tie.belowFloor);
    assertEquals(SolveStatus.OPTIMAL, tie.status);
    assertEquals(byRule.eval.costEur(), tie.eval.costEur());
    // with alternatives, the count alone is the floor: the rule's plan is solved, for its alternatives
    CpSatConfigurator.LineResult solved = solvePlan(one.withSettings(new SolverSettings(10_000, 1, 1, 3)), Set.of(),
        onRoof);
    assertFalse(solved.belowFloor);
    assertEquals(SolveStatus.OPTIMAL, solved.status);

    ConfigurationResult res = configure(one);
    assertEquals(SolveStatus.OPTIMAL, res.status(), res.explanation().toString());
    assertEquals(List.of(LayoutProof.OPTIMAL), res.layoutProofs());
    assertEquals(onRoof.eval.costEur(), res.best().orElseThrow().costEur());
    assertTrue(res.explanation().stream().anyMatch(e -> e.startsWith("line test2: with the gallery cantilevered in"
        + " front of the facade on wing 0 instead: no layout ranks as high as the line's own (proven; searched no"
        + " further; at most " + onRoof.eval.dwellings() + " dwellings fit there); the line's own layout ranks higher"
        + " by dwellings, then lowest cost")), res.explanation().toString());
  }

  @Test
  void onADeepWingTheShallowerRowHoldsMoreWhereTheLoadBinds() {
    // 12 m deep: the gallery on the roof by rule, with the 9.6 m band; walls every 5 m put every box on the transfer
    // layer, and under 850 kN of foundation reserve the 7.2 m band of the second row leaves room for a ninth dwelling
    Building slab12 = Fixtures.slab(28.8, 5.0, 500, 8.6, "\"loadReserve\": {\"areaLoadKnPerM2\": 100,"
        + " \"foundationReserveKn\": 850},", "{\"maxAddedStoreys\": 3}");
    ConfigurationRequest req = ConfigurationRequest.of(slab12, Fixtures.catalog(LINE), 2)
        .withSettings(new SolverSettings(10_000, 1, 1, 3));
    ConfigurationResult res = configure(req);
    assertEquals(SolveStatus.OPTIMAL, res.status(), res.explanation().toString());
    assertEquals(9, res.dwellings());
    Layout best = res.best().orElseThrow();
    assertFalse(cantilevered(best));
    assertEquals(List.of("S72"), dwellingModules(best));
    assertTrue(best.transferAreas().stream().allMatch(t -> t.footprint().depthMm() == 7200), "the 7.2 m band");
    assertTrue(res.explanation().stream().anyMatch(e -> e.startsWith("line test2: with the row on wing 0 9.60 m deep"
        + " instead: the best layout found holds 8 dwellings") && e.contains("(at most 8 fit there)")),
        res.explanation().toString());
  }

  @Test
  void eachNextPlanSetUpWhileOneIsSolvedGivesTheSameResults() {
    // with two workers, the next plan's set-up (plan, greedy layout, the programme's tables) runs on a thread of its
    // own while one is solved; the plans then must be solved as from their own set-ups, each with its own
    for (Objective objective : List.of(Objective.MOST_DWELLINGS, Objective.COST_PER_DWELLING)) {
      // one layout: with two workers CP-SAT's alternatives need not be the same from run to run
      ConfigurationRequest req = ConfigurationRequest.of(slab10(), Fixtures.catalog(LINE), 1).withObjective(objective)
          .withSettings(new SolverSettings(10_000, 2, 1, 1));
      PlanSetUps setUpAhead = new PlanSetUps(LINE, CpSatOptions.defaults(), true);
      CpSatConfigurator.LineResult ahead = GalleryPlaces.solve(List.of(0), setUpAhead, req);
      PlanSetUps setUpInTurn = new PlanSetUps(LINE, CpSatOptions.defaults(), false);
      CpSatConfigurator.LineResult inTurn = GalleryPlaces.solve(List.of(0), setUpInTurn, req);
      assertEquals(1, setUpAhead.solvedAhead(), "the second plan, set up while the first was solved");
      assertEquals(0, setUpInTurn.solvedAhead());
      assertEquals(SolveStatus.OPTIMAL, ahead.status, ahead.explanation.toString());
      assertEquals(inTurn.plan.rows(), ahead.plan.rows(), objective.toString());
      assertEquals(inTurn.layouts, ahead.layouts, objective.toString());
      assertEquals(inTurn.proofs, ahead.proofs, objective.toString());
      assertEquals(inTurn.explanation, ahead.explanation, objective.toString());
    }
  }

  @Test
  void pastFourOpenWingsOnlyTheTwoExtremesAreSearchedAndNothingIsClaimedProven() {
    ConfigurationRequest req = request(Objective.MOST_DWELLINGS);
    CpSatConfigurator.LineResult r = solvePlan(req, Set.of(), null);
    assertEquals(SolveStatus.OPTIMAL, r.status);
    List<Set<Integer>> asked = new java.util.ArrayList<>();
    List<Long> limits = new java.util.ArrayList<>();
    CpSatConfigurator.LineResult kept = GalleryPlaces.solve(List.of(0, 1, 2, 3, 4), (each, limitMs, wings, floor) -> {
      assertEquals(10_000, each.settings().timeLimitMs(), "the request as asked: its explanations name that limit");
      asked.add(wings);
      limits.add(limitMs);
      return r;
    }, req);
    assertEquals(List.of(Set.of(0, 1, 2, 3, 4), Set.of()), asked, "all on the roof first, then the rule's");
    assertEquals(List.of(10_000L, Math.max(5_000, 10_000 - r.workMs)), limits,
        "the first plan: the whole limit; the next: what it left, at least an even share");
    assertEquals(SolveStatus.FEASIBLE, kept.status);
    assertTrue(kept.proofs.stream().noneMatch(LayoutProof::proven), kept.proofs.toString());
    assertTrue(kept.explanation.stream().anyMatch(e -> e.startsWith("line test2: the galleries of wings 0, 1, 2, 3, 4"
        + " may each stand on the roof or be cantilevered; only all of them alike were searched")),
        kept.explanation.toString());
  }

  @Test
  void twoPlansMergedAreBelowTheFloorOnlyWhereBothAre() {
    // three plans' results, as if of one line: the best (proven), one stopped at its floor, one open whose bound is
    // above the best's dwellings; merged in the order of GalleryPlaces#solve, the open one's bound must withdraw the
    // proof, though the plan it is merged with first is below its floor (the merge kept that plan's flag, and with it
    // the proof; seen in the code on 2 Dec 2026, no benchmark roof known to hit it)
    CpSatConfigurator.LineResult best = solvePlan(request(Objective.MOST_DWELLINGS), Set.of(), null);
    CpSatConfigurator.LineResult stopped = solvePlan(request(21.6), Set.of(), null);
    CpSatConfigurator.LineResult open = solvePlan(request(14.4), Set.of(), null);
    int most = best.eval.dwellings();
    assertEquals(LayoutProof.OPTIMAL, best.proofs.get(0));
    assertTrue(open.eval.dwellings() < stopped.eval.dwellings() && stopped.eval.dwellings() < most);
    for (CpSatConfigurator.LineResult r : List.of(stopped, open)) {
      r.status = SolveStatus.FEASIBLE;
      r.proofs.replaceAll(p -> p.proven() ? LayoutProof.FOUND : p);
      r.firstProvenByCounterpart = false;
    }
    stopped.belowFloor = true;
    stopped.dwellingBound = most;
    open.dwellingBound = most + 1;
    CpSatConfigurator.LineResult losers = GalleryPlaces.better(open, stopped, request(Objective.MOST_DWELLINGS));
    assertEquals(stopped, losers);
    assertFalse(losers.belowFloor, "the open plan is not below a floor");
    CpSatConfigurator.LineResult kept = GalleryPlaces.better(losers, best, request(Objective.MOST_DWELLINGS));
    assertEquals(best, kept);
    assertEquals(SolveStatus.FEASIBLE, kept.status);
    assertTrue(kept.proofs.stream().noneMatch(LayoutProof::proven), kept.proofs.toString());
    assertEquals(most + 1, kept.dwellingBound);
  }

  @Test
  void aPlanBelowAFloorAboveTheKeptLayoutDoesNotSettleIt() {
    // the request of all storeys of a line that straddles the lift threshold: its first plan's floor is the result of
    // the storeys below (here the 28.8 m slab's), which ranks above everything of that request; a plan beaten below
    // that floor may still hold more dwellings than another plan's layout proven without a floor (a review, 2 Dec
    // 2026: that layout's proof stood, and the explanation called it "proven the best there")
    CpSatConfigurator.LineResult low = solvePlan(request(Objective.MOST_DWELLINGS), Set.of(), null);
    CpSatConfigurator.LineResult unfloored = solvePlan(request(21.6), Set.of(), null);
    CpSatConfigurator.LineResult beaten = solvePlan(request(14.4), Set.of(), null);
    assertEquals(LayoutProof.OPTIMAL, unfloored.proofs.get(0));
    assertTrue(beaten.eval.dwellings() < unfloored.eval.dwellings()
        && unfloored.eval.dwellings() < low.eval.dwellings());
    beaten.status = SolveStatus.FEASIBLE;
    beaten.proofs.replaceAll(p -> p.proven() ? LayoutProof.FOUND : p);
    beaten.firstProvenByCounterpart = false;
    beaten.belowFloor = true;
    beaten.floor = low;
    beaten.dwellingBound = low.eval.dwellings() - 1; // below the floor's, not below the unfloored plan's
    CpSatConfigurator.LineResult kept = GalleryPlaces.better(beaten, unfloored, request(Objective.MOST_DWELLINGS));
    assertEquals(unfloored, kept);
    assertEquals(SolveStatus.FEASIBLE, kept.status);
    assertTrue(kept.proofs.stream().noneMatch(LayoutProof::proven), kept.proofs.toString());
    assertEquals(low.eval.dwellings() - 1, kept.dwellingBound);
    // below a floor that the kept layout reaches, the same plan settles it
    beaten.floor = unfloored;
    unfloored.status = SolveStatus.OPTIMAL;
    unfloored.proofs.set(0, LayoutProof.OPTIMAL);
    assertEquals(SolveStatus.OPTIMAL, GalleryPlaces.better(beaten, unfloored, request(Objective.MOST_DWELLINGS))
        .status);
  }

  /** {@link #request} on the slab {@code lengthM} long. */
  private static ConfigurationRequest request(double lengthM) {
    return ConfigurationRequest.of(slab10(lengthM, 3.6, "{\"areaLoadKnPerM2\": 100}"), Fixtures.catalog(LINE), 1)
        .withSettings(new SolverSettings(10_000, 1, 1, 3));
  }

  @Test
  void aProofStandsOnlyWhereTheOtherPlaceCannotBeatIt() {
    ConfigurationRequest req = request(Objective.MOST_DWELLINGS);
    CpSatConfigurator.LineResult byRule = solvePlan(req, Set.of(), null);
    CpSatConfigurator.LineResult onRoof = solvePlan(req, Set.of(0), null);
    assertEquals(LayoutProof.OPTIMAL, byRule.proofs.get(0));
    // as if the search with the gallery on the roof had stopped early, a dwelling more still possible there
    onRoof.status = SolveStatus.FEASIBLE;
    onRoof.proofs.replaceAll(p -> p.proven() ? LayoutProof.FOUND : p);
    onRoof.firstProvenByCounterpart = false;
    onRoof.dwellingBound = onRoof.eval.dwellings() + 1;
    CpSatConfigurator.LineResult kept = GalleryPlaces.solve(List.of(0),
        (each, limitMs, wings, floor) -> wings.isEmpty() ? byRule : onRoof, req);
    assertEquals(byRule, kept);
    assertEquals(SolveStatus.FEASIBLE, kept.status);
    assertTrue(kept.proofs.stream().noneMatch(LayoutProof::proven), kept.proofs.toString());
    assertEquals(onRoof.eval.dwellings() + 1, kept.dwellingBound);
    assertEquals(Long.MAX_VALUE, kept.objectiveBound, "no bound on the line's objective: the other plan is open");
    int most = onRoof.eval.dwellings() + 1;
    assertTrue(kept.explanation.stream().anyMatch(s -> s.contains("(not proven; at most " + most + " fit there)")),
        kept.explanation.toString());
    // what is open is said for the line as a whole, no longer by the kept plan alone
    assertTrue(kept.explanation.contains("line test2: not proven optimal within the time limit (10.0 s): "
        + byRule.eval.dwellings() + " dwellings found, at most " + most + " possible (gap 14 %)"),
        kept.explanation.toString());
  }

  @Test
  void onlyThePlanKeptIsExplainedWhereNoneHoldsADwelling() {
    // an 80 kN foundation reserve takes no box on either plan; each explanation solves up to seven relaxed models, and
    // an L of 86 m and 54 m arms whose CLT line held none on its eight plans spent 16 of its 31 s on a 1 s limit
    // explaining the seven plans it dropped
    ConfigurationRequest req = ConfigurationRequest.of(slab10(3.6, "{\"areaLoadKnPerM2\": 100,"
        + " \"foundationReserveKn\": 80}"), Fixtures.catalog(LINE), 1)
        .withSettings(new SolverSettings(10_000, 1, 1, 3));
    List<CpSatConfigurator.LineResult> solved = new java.util.ArrayList<>();
    PlanSetUps plans = new PlanSetUps(LINE, CpSatOptions.defaults(), false);
    CpSatConfigurator.LineResult kept = GalleryPlaces.solve(List.of(0), (each, limitMs, rows, floor) -> {
      CpSatConfigurator.LineResult r = plans.solve(each, limitMs, rows, floor);
      solved.add(r);
      return r;
    }, req);
    String reserve = "the loads rules block: without them";
    assertEquals(2, solved.size());
    for (CpSatConfigurator.LineResult r : solved) {
      assertEquals(0, r.eval.dwellings());
      assertSame(req, r.unexplained, "not explained while the line's plans are solved");
      assertTrue(r.explanation.stream().noneMatch(e -> e.contains(reserve)), r.explanation.toString());
    }
    CpSatConfigurator.LineResult other = solved.get(solved.get(0) == kept ? 1 : 0);
    assertSame(kept, CpSatConfigurator.explained(kept));
    assertEquals(null, kept.unexplained);
    assertSame(req, other.unexplained, "the plan dropped is never explained");
    // the words where they were before the plans were explained once: first why none fits, then the other place
    List<String> why = kept.explanation;
    int words = first(why, reserve);
    int instead = first(why, " instead: no dwelling fits");
    assertTrue(words < instead, why.toString());
    assertEquals(why, CpSatConfigurator.explained(kept).explanation, "explained once");
    assertEquals(why, CpSatConfigurator.solveLine(req, LINE, CpSatOptions.defaults()).explanation);
    ConfigurationResult res = configure(req);
    assertEquals(1, res.explanation().stream().filter(e -> e.contains(reserve)).count(), res.explanation().toString());
  }

  /** The index of the first of {@code lines} that contains {@code text}; fails where none does. */
  private static int first(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line with \"" + text + "\" in " + lines);
  }
}
