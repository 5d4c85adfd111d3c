package nl.toplaag.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts in words, shared by the bill of materials, the checker, the CLI and the viewer. */
class TextsTest {

  /** QA passes and a review: "1 storeys" in the summary, the bill of materials and the viewer's layout list. */
  @Test
  void oneIsSingular() {
    assertEquals("1 storey", Texts.count(1, "storey"));
    assertEquals("5 storeys", Texts.count(5, "storey"));
    assertEquals("0 storeys", Texts.count(0, "storey"));
    assertEquals("1 existing storey", Texts.count(1, "existing storey"));
  }

  /**
   * A height beside a code threshold never reads as the threshold (a QA pass: "storey 1 at 7.00 m needs 90 min" of a
   * floor at 7.001 m, where the rule reads "up to 7.0 m"): to the millimetre where it is not a whole centimetre.
   */
  @Test
  void aHeightJustPastAThresholdIsShownToTheMillimetre() {
    assertEquals("7.001 m", Texts.metres(7_001));
    assertEquals("12.499 m", Texts.metres(12_499));
    assertEquals("12.60 m", Texts.metres(12_600));
    assertEquals("7.00 m", Texts.metres(7_000));
    assertEquals("0.00 m", Texts.metres(-0.2));
    assertEquals("1.049", Texts.metresFigure(1_049));
  }

  /** A QA pass: "total extra load 2897.9 kN exceeds the foundation reserve 2897.9 kN" of 2897.946 kN. */
  @Test
  void aLoadJustOverItsLimitIsWrittenApartFromIt() {
    assertEquals("%.1f", Texts.apart(2_910.4, 2_897.9, 1));
    assertEquals("%.3f", Texts.apart(2_897.946, 2_897.9, 1));
    assertEquals("%.4f", Texts.apart(4.37438, 4.373, 2));
    assertEquals("%.6f", Texts.apart(1.0000001, 1.0, 2), "at most six decimals");
    assertEquals("%.2f", Texts.apart(4.0, 4.0, 2));
  }
}
