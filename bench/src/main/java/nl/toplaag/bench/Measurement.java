package nl.toplaag.bench;

import java.util.List;
import nl.toplaag.solve.SolveStatus;

/**
 * What one instance gave under one configuration. Times in ms, memory in MB.
 *
 * @param instance the instance
 * @param config the configuration label (for example {@code "CP-SAT defaults"})
 * @param status CP-SAT configurator status
 * @param dwellings dwellings of the configurator's best layout
 * @param cpBound the configurator's proven dwelling bound ({@code ConfigurationResult.dwellingBound()})
 * @param relaxationBound the simple relaxation bound ({@code nl.toplaag.plan.DwellingBound}), maximum over
 *     the lines tried
 * @param greedyDwellings dwellings of the greedy baseline (best line)
 * @param greedyMs time of the greedy baseline including planning, all lines, ms
 * @param wallMs wall time of {@code configure}, measured around the call; the median of
 *     {@link InstanceRunner#RUNS} runs where the first proved the optimum and the suite repeats (the main set: every
 *     proof in the full run, those within {@link InstanceRunner#REPEAT_BELOW_MS} in the quick run), ms
 * @param firstMs time to the first layout as the configurator reports it ({@code stats().firstSolutionMs()}), ms
 * @param buildMs model build time ({@code stats().modelBuildMs()}), ms
 * @param candidates placement candidates of the best line
 * @param variables Boolean variables of the best line's model
 * @param method which method gave the best layout ({@code cp-sat} or {@code greedy})
 * @param cpViolations checker violations of the configurator's best layout; -1 when not checked
 * @param greedyViolations checker violations of the greedy layout; -1 when not checked
 * @param violationSamples the first violation messages, prefixed with the method
 * @param peakHeapMb peak Java heap during the instance (upper bound), MB
 * @param peakRssMb peak resident set during the instance (process-wide when it cannot be reset), MB
 * @param error an exception message when the run failed, or the runs of a repeated instance differ, else empty
 * @param firstRunMs wall time of the first run of {@code configure} alone, ms
 * @param cpCheckNotes how many notes the check made of the configurator's best layout beyond its rules: that the
 *     extended existing lift is taken to serve every dwelling of the storeys needing a lift, its reach along the
 *     gallery unchecked since its position is not in the building model (the CSV column keeps its name,
 *     {@code cpCheckNotes}, so older results still compare)
 */
public record Measurement(Instance instance, String config, SolveStatus status, int dwellings, int cpBound,
    int relaxationBound,
    int greedyDwellings, long greedyMs, long wallMs, long firstMs, long buildMs, int candidates, int variables,
    String method, int cpViolations, int greedyViolations, List<String> violationSamples, double peakHeapMb,
    double peakRssMb, String error, long firstRunMs, int cpCheckNotes) {

  public Measurement {
    violationSamples = List.copyOf(violationSamples);
    error = error == null ? "" : error;
  }

  /** Whether the configurator proved its layout optimal. */
  public boolean proven() {
    return status == SolveStatus.OPTIMAL;
  }

  /** Time to proof in ms, or {@link Long#MAX_VALUE} when not proven. */
  public long proofMs() {
    return proven() ? wallMs : Long.MAX_VALUE;
  }

  /** Time to proof in the first run alone, ms, or {@link Long#MAX_VALUE} when not proven. */
  public long firstRunProofMs() {
    return proven() ? firstRunMs : Long.MAX_VALUE;
  }

  /** Relative gap to the configurator's bound, {@code (bound - found) / max(found, 1)}. */
  public double cpGap() {
    return Math.max(0, cpBound - dwellings) / (double) Math.max(1, dwellings);
  }

  /** Relative gap to the relaxation bound. */
  public double relaxationGap() {
    return Math.max(0, relaxationBound - dwellings) / (double) Math.max(1, dwellings);
  }
}
