package nl.toplaag.solve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.toplaag.layout.Layout;

/**
 * The answer to a {@link ConfigurationRequest}. Never {@code null}, never thrown: an infeasible or invalid request
 * gives a result with that status and an explanation.
 *
 * @param status how the solve ended
 * @param productLineId the product line of the best layout (or of the last line tried when none fits: then there is
 *     no best line, {@link #bestLine})
 * @param layouts distinct layouts, best first, each of one product line: {@code productLineId}, but the layout at the
 *     other end of the trade-off may be another line's ({@link LayoutProof}); empty when the status has none
 * @param layoutProofs what is proven about each of {@code layouts}, in the same order
 * @param layoutObjectives the objective each of {@code layouts} is the best (or the best other, or the best found) by,
 *     in the same order: the request's, but for the best layout by its counterpart ({@link Objective#counterpart})
 * @param dwellings dwellings in the best layout
 * @param dwellingBound proven upper bound on the number of dwellings (equal to {@code dwellings} when optimal)
 * @param objectiveValue objective value of the best layout (internal scale, larger is better), in the scale of the
 *     plan it was found on: its levels' weights depend on the plan (ObjectivePrices#levels), so the values of two
 *     results compare only where both come from the same plan; compare layouts by the objective's levels (dwellings,
 *     then usable area or cost) instead (a QA pass read a 9-dwelling layout's value above a proven 10-dwelling one's)
 * @param objectiveBound best bound on the objective (internal scale), in the scale of {@code objectiveValue}
 * @param explanation why the result is what it is, in plain words, each line of it naming its product line: the best
 *     line's first, then the other lines' (why no dwelling fits them, or what is not proven); never empty when no
 *     dwelling fits
 * @param rulesChecked the rules every layout was built to satisfy, in words: the best line's, then those that read
 *     otherwise for a layout of another line, said of it, and last each layout's product line
 * @param perLine the best result per product line tried, when several lines were compared
 * @param stats solve statistics
 */
public record ConfigurationResult(
    SolveStatus status,
    String productLineId,
    List<Layout> layouts,
    List<LayoutProof> layoutProofs,
    List<Objective> layoutObjectives,
    int dwellings,
    int dwellingBound,
    long objectiveValue,
    long objectiveBound,
    List<String> explanation,
    List<String> rulesChecked,
    List<LineOutcome> perLine,
    SolveStats stats) {

  public ConfigurationResult {
    Objects.requireNonNull(status, "status");
    layouts = List.copyOf(layouts);
    layoutProofs = List.copyOf(layoutProofs);
    if (layoutProofs.size() != layouts.size()) {
      throw new IllegalArgumentException(layoutProofs.size() + " proofs for " + layouts.size() + " layouts");
    }
    layoutObjectives = List.copyOf(layoutObjectives);
    if (layoutObjectives.size() != layouts.size()) {
      throw new IllegalArgumentException(layoutObjectives.size() + " objectives for " + layouts.size() + " layouts");
    }
    explanation = List.copyOf(explanation);
    rulesChecked = List.copyOf(rulesChecked);
    perLine = List.copyOf(perLine);
  }

  /** The best layout, if any. */
  public Optional<Layout> best() {
    return layouts.stream().findFirst();
  }

  /**
   * The best product line: that of the best layout where it holds dwellings; empty where no line takes a dwelling,
   * since none is then better than another ({@link #explanation} says why each takes none; {@link #productLineId} is
   * still the line the configurator tried last, whose empty layout {@link #layouts} holds).
   */
  public Optional<String> bestLine() {
    return dwellings > 0 ? Optional.of(productLineId) : Optional.empty();
  }

  /** Relative dwelling gap {@code (bound - found) / max(found, 1)}; 0 when proven. */
  public double dwellingGap() {
    return dwellingBound <= dwellings ? 0.0 : (dwellingBound - dwellings) / (double) Math.max(dwellings, 1);
  }

  /**
   * The outcome for one product line.
   *
   * @param productLineId the line
   * @param status its solve status
   * @param dwellings dwellings in its best layout
   * @param dwellingBound its proven dwelling bound
   * @param costEur cost of its best layout, euros
   * @param usableAreaM2 usable area of its best layout's dwellings, m²: with as many dwellings, the default objective
   *     takes the line with the most
   * @param wallMs its solve time, ms (where its gallery may stand either way, both places', one after the other)
   * @param carbonKg embodied carbon of its best layout as the carbon objective ranks it (modules, galleries, transfer
   *     layer, core and lift extensions; no transport), kg CO2-eq
   * @param nonCircularMassKg module mass of its best layout that is not circular, as the circularity objective ranks
   *     it ({@link nl.toplaag.circularity.CircularityAssessor#nonCircularMassKg}), kg
   */
  public record LineOutcome(String productLineId, SolveStatus status, int dwellings, int dwellingBound,
      long costEur, double usableAreaM2, long wallMs, double carbonKg, double nonCircularMassKg) {}
}
