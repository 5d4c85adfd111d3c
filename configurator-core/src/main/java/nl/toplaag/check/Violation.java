package nl.toplaag.check;

import java.util.Objects;

/**
 * One broken rule of a layout.
 *
 * @param rule the rule family
 * @param message what is wrong, in plain words with the numbers (metres, kN, minutes)
 * @param elementId the placement id, or a short name of the element ({@code "gallery 2"}, {@code "bearing line 3"},
 *     {@code "storey 4"}, {@code "layout"})
 */
public record Violation(RuleId rule, String message, String elementId) {
  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    elementId = elementId == null ? "" : elementId;
  }

  @Override
  public String toString() {
    return rule + " [" + elementId + "]: " + message;
  }
}
