package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/** The target rows on hand-computed measurements. */
class TargetsTest {

  private static final Instance ROOF = InstanceGenerator.generated(1000, 0);

  @Test
  void theGainRowShowsTheMedianTheBoundsAllowSoAnUnreachableTargetIsSeenAsSuch() {
    // greedy 10 on each; found 11, 11, 12 (gains 10, 10, 20 %); bounds 11, 13, 12 (10, 30, 20 %): no layout could
    // give a median gain above 20 %, and the run's is 10 %
    List<Measurement> ms = List.of(run(11, 11, SolveStatus.OPTIMAL), run(11, 13, SolveStatus.FEASIBLE),
        run(12, 12, SolveStatus.OPTIMAL));
    Targets.Row gain = row(Targets.evaluate(ms, 10_000), "gain over greedy");
    assertEquals("+10 % / +13 % (bounds: at most +20 % median)", gain.value());
    assertFalse(gain.met());
  }

  @Test
  void layoutsThatRelyOnTheExistingLiftAreCountedAndNamedWithoutATarget() {
    List<Measurement> ms = List.of(run(11, 11, SolveStatus.OPTIMAL, 0), run(12, 12, SolveStatus.OPTIMAL, 1));
    Targets.Row lift = row(Targets.evaluate(ms, 10_000), "layouts that rely on the existing lift's unchecked reach");
    assertEquals("1 of 2 (" + ROOF.name() + ")", lift.value());
    assertEquals("– (not an issue target)", lift.target());
    assertTrue(lift.met(), "no target to miss");
    assertEquals("0 of 1", Targets.reliesOnTheExistingLift(ms.subList(0, 1)).value());
  }

  private static Measurement run(int dwellings, int bound, SolveStatus status) {
    return run(dwellings, bound, status, 0);
  }

  /** A measurement of {@link #ROOF} whose best layout's check has {@code notes} notes. */
  private static Measurement run(int dwellings, int bound, SolveStatus status, int notes) {
    return new Measurement(ROOF, "test", status, dwellings, bound, bound, 10, 1, 100, 1, 1, 100, 0, "cp-sat", 0, 0,
        List.of(), 100, 100, "", 100, notes);
  }

  private static Targets.Row row(List<Targets.Row> rows, String measure) {
    return rows.stream().filter(r -> r.measure().startsWith(measure)).findFirst().orElseThrow();
  }
}
