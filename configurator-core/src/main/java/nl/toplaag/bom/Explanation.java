package nl.toplaag.bom;

import java.util.Objects;

/**
 * One line of "where a total comes from": which catalogue or building fields and which counts give a number,
 * for example {@code cost: 24 x lsf-box x 56,300 EUR (catalogue lsf-volumetric/lsf-box.costEur) = 1,351,200 EUR}.
 *
 * @param total the total it contributes to: {@code cost}, {@code additional-cost}, {@code carbon},
 *     {@code transport-carbon}, {@code mass}, {@code parking}, {@code usable-area}, {@code trucks},
 *     {@code heaviest-lift}, or {@code cost-check} (the layout's stated cost against the bill's)
 * @param text the explanation in words and numbers
 */
public record Explanation(String total, String text) {
  public Explanation {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return total + ": " + text;
  }
}
