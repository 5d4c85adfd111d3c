package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineBudgetTest {

  @Test
  void theFirstPlanHasTheWholeLimitAndTheNextWhatItLeft() {
    LineBudget early = new LineBudget(3_000, 2);
    assertEquals(3_000, early.nextMs(), "the first plan: the whole limit, as a line of one plan");
    early.spend(200); // it proved its layout early
    assertEquals(2_800, early.nextMs());
  }

  @Test
  void plansAfterOneThatSpentTheLimitGetAnEvenShare() {
    LineBudget four = new LineBudget(10_000, 4);
    long sum = 0;
    for (int i = 0; i < 4; i++) {
      long ms = four.nextMs();
      sum += ms;
      four.spend(ms); // each plan ran to its limit
    }
    assertEquals(17_500, sum, "under twice the limit, where each plan with the whole limit spent four times it");
    assertEquals(0, four.leftMs());
  }

  @Test
  void aPlanGetsAtLeastTheLeast() {
    LineBudget b = new LineBudget(1_000, 16);
    b.spend(1_500); // a plan may overrun its limit a little (CP-SAT's last step)
    assertEquals(0, b.leftMs());
    assertEquals(LineBudget.LEAST_MS, b.nextMs());
    assertEquals(50, new LineBudget(50, 2).nextMs(), "never more than the limit asked for");
    assertThrows(IllegalArgumentException.class, () -> new LineBudget(1_000, 0));
  }
}
