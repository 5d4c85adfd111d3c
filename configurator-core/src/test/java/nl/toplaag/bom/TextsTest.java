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
}
