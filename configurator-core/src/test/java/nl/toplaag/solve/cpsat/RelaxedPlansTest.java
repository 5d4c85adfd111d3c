package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.RuleGroup;
import nl.toplaag.solve.SolveStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanations' relaxed solves: the strip programme on a plan without the load or lift rules
 * ({@link RelaxedPlans}) counts what CP-SAT counts with the same rule groups off, so an explanation says the same
 * whichever of them proved it.
 */
class RelaxedPlansTest {

  @BeforeAll
  static void natives() {
    CpSatConfigurator.loadNatives();
  }

  /**
   * 36 m slabs of the test line at 9.6 m, two storeys, where the rules dropped bind: the upper storey needs a lift,
   * which the building lacks, so a lift module takes a bay; weak walls carry few boxes; a small foundation reserve
   * carries few more.
   */
  static Stream<Arguments> cases() {
    var weakWalls = Fixtures.slab(36.0, 12, 9.6, "");
    var strongWalls = Fixtures.slab(36.0, 500, 9.6, "");
    var smallReserve = Fixtures.slab(36.0, 500, 9.6, "\"loadReserve\": {\"foundationReserveKn\": 1200},");
    return Stream.of(
        Arguments.of("weak walls", weakWalls, EnumSet.of(RuleGroup.LOADS)),
        Arguments.of("weak walls", weakWalls, EnumSet.of(RuleGroup.LOADS, RuleGroup.LIFT)),
        Arguments.of("strong walls", strongWalls, EnumSet.of(RuleGroup.LIFT)),
        Arguments.of("small reserve", smallReserve, EnumSet.of(RuleGroup.LOADS)));
  }

  @ParameterizedTest(name = "{0} without {2}")
  @MethodSource("cases")
  void theProgrammeCountsWhatCpSatCountsWithTheSameRulesOff(String name, nl.toplaag.building.Building b,
      Set<RuleGroup> off) {
    ConfigurationRequest req = Fixtures.request(b, 2);
    Plan plan = PlanBuilder.build(b, Fixtures.line(), req.code(), 2);
    CpSatConfigurator.Relaxed byProgramme = CpSatConfigurator.dwellingsWithout(plan, req, off, 10_000);
    assertTrue(byProgramme.proven(), "the programme proves the count without " + off);
    CpSatModel m = new CpSatModel(plan, Objective.COST_PER_DWELLING, req.moduleScores(), off, true);
    CpSatConfigurator.Solve s = CpSatConfigurator.solve(m, req.settings(), 30_000, System.nanoTime(),
        CpSatOptions.defaults());
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(Evaluation.of(plan, s.selection()).dwellings(), byProgramme.dwellings(), "without " + off);
    // the rules dropped bind here: with them, fewer dwellings fit
    CpSatConfigurator.Relaxed all = CpSatConfigurator.dwellingsWithout(plan, req, Set.of(), 10_000);
    assertTrue(all.proven());
    assertTrue(all.dwellings() < byProgramme.dwellings(), all.dwellings() + " with every rule, "
        + byProgramme.dwellings() + " without " + off);
  }
}
