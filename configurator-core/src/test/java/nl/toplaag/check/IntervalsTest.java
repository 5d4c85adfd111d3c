package nl.toplaag.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The checker's figures beside the limits they break never read as the limit itself. */
class IntervalsTest {

  /** A QA pass: "total extra load 2897.9 kN exceeds the foundation reserve 2897.9 kN" of 2897.946 kN. */
  @Test
  void aLoadJustOverItsLimitIsWrittenApartFromIt() {
    assertEquals("%.1f", Intervals.apart(2_910.4, 2_897.9, 1));
    assertEquals("%.3f", Intervals.apart(2_897.946, 2_897.9, 1));
    assertEquals("%.4f", Intervals.apart(4.37438, 4.373, 2));
    assertEquals("%.6f", Intervals.apart(1.0000001, 1.0, 2), "at most six decimals");
    assertEquals("%.2f", Intervals.apart(4.0, 4.0, 2));
  }
}
