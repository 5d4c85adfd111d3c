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
}
