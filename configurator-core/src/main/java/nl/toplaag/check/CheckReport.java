package nl.toplaag.check;

import java.util.List;
import nl.toplaag.layout.LineLoad;

/**
 * The outcome of {@link LayoutChecker#report}: the violations and the loads the checker recomputed on its own.
 *
 * @param violations broken rules, grouped by rule family in {@link RuleId} order; empty when the layout is valid
 * @param recomputedLoads per building bearing line that crosses a wing at right angles, the recomputed extra load
 *     (extended stair cores on the roof included) and its capacity (kN/m x length inside the wing), kN, sorted by
 *     bearing-line index
 * @param foundationLoadKn the recomputed total extra load on the foundation, extensions included, kN
 * @param highestBay the bay with the largest recomputed load per m², or null when nothing stands on a bay
 * @param notes what the checker takes on trust where the model gives it nothing to check, or doubts in the input
 *     ({@link CheckNote.Topic}: the existing lift's reach unchecked, a foundation reserve perhaps in N, a loaded wall
 *     under part of its wing's depth); no violation
 */
public record CheckReport(List<Violation> violations, List<LineLoad> recomputedLoads, double foundationLoadKn,
    BayLoad highestBay, List<CheckNote> notes) {
  public CheckReport {
    violations = List.copyOf(violations);
    recomputedLoads = List.copyOf(recomputedLoads);
    notes = List.copyOf(notes);
  }

  /** The largest recomputed bay load per m² of bay, kN/m² (0 when nothing is loaded). */
  public double maxAreaLoadKnPerM2() {
    return highestBay == null ? 0 : highestBay.knPerM2();
  }

  /** Whether no rule is broken. */
  public boolean valid() {
    return violations.isEmpty();
  }
}
