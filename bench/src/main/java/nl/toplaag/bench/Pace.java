package nl.toplaag.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the pace probe ({@link PaceProbe}) measured in one benchmark run: the same fixed solver work timed right after
 * the warm-up, before the roofs, and again after the main set. It is for comparing times across runs: a run whose
 * probe took 1.5 times as long ran on a machine 1.5 times slower. It runs the code of its own run, so it does not
 * compare code; the same-moment comparison {@code scripts/ab.sh} does.
 *
 * @param work the probe's work in words ({@link PaceProbe#work()}); two runs' paces compare only for equal work
 * @param outcomes the distinct results of the probe's runs in words, in order of first appearance: exactly one where
 *     the work was fixed
 * @param beforeMs the wall time of each probe run after the warm-up, before the roofs, in run order, ms
 * @param afterMs the wall time of each probe run after the main set, in run order, ms
 */
record Pace(String work, List<String> outcomes, List<Long> beforeMs, List<Long> afterMs) {

  /** What the pace is for, in one sentence, as the report says it. */
  static final String PURPOSE = "It is for comparing times across runs: a run whose probe took 1.5x as long ran on a"
      + " machine 1.5x slower; the same-moment comparison `scripts/ab.sh` is the way to compare code.";

  Pace {
    if (work == null || work.isBlank()) {
      throw new IllegalArgumentException("work must not be blank but was \"" + work + "\"");
    }
    outcomes = List.copyOf(outcomes);
    beforeMs = List.copyOf(beforeMs);
    afterMs = List.copyOf(afterMs);
    if (outcomes.isEmpty() || beforeMs.isEmpty() || afterMs.isEmpty()) {
      throw new IllegalArgumentException("a pace needs outcomes and times before and after but had " + outcomes.size()
          + " outcomes, " + beforeMs.size() + " times before and " + afterMs.size() + " after");
    }
    for (long ms : beforeMs) {
      requireTime(ms);
    }
    for (long ms : afterMs) {
      requireTime(ms);
    }
  }

  /** The pace of a run from its two probes of {@code work}. */
  static Pace of(String work, PaceProbe.Sample before, PaceProbe.Sample after) {
    List<String> distinct = new ArrayList<>();
    for (List<String> os : List.of(before.outcomes(), after.outcomes())) {
      for (String o : os) {
        if (!distinct.contains(o)) {
          distinct.add(o);
        }
      }
    }
    return new Pace(work, distinct, before.wallMs(), after.wallMs());
  }

  /** Whether every probe run gave the same result, as fixed work does. */
  boolean fixed() {
    return outcomes.size() == 1;
  }

  /** The fastest probe run before the roofs, ms. */
  long fastestBeforeMs() {
    return Collections.min(beforeMs);
  }

  /** The fastest probe run after the main set, ms. */
  long fastestAfterMs() {
    return Collections.min(afterMs);
  }

  /** Both probes in words: fastest run and range, ms. */
  String summary() {
    return "before the roofs: " + spread(beforeMs) + "; after: " + spread(afterMs);
  }

  /** The report's "Machine and run" cell: both probes, their result and what the pace is for. */
  String tableCell() {
    String result = fixed() ? "every run " + outcomes.get(0)
        : "**the runs' results differed** (" + String.join("; ", outcomes) + "), so the work was not fixed and the"
            + " times are not the machine's pace alone";
    String runs = beforeMs.size() == afterMs.size()
        ? beforeMs.size() + (beforeMs.size() == 1 ? " run each" : " runs each")
        : beforeMs.size() + " and " + afterMs.size() + " runs";
    return summary() + "; " + runs + ", " + result + ". " + PURPOSE;
  }

  /**
   * The comparison section's paragraph on the pace of this run against {@code earlier}'s, read from
   * {@code earlierName}: both paces and their ratios (this run's fastest over the earlier run's, before the roofs and
   * after), or why they do not compare.
   */
  String comparedWith(Pace earlier, String earlierName) {
    StringBuilder sb = new StringBuilder("**Pace** (fixed work, `PaceProbe`): this run, ").append(summary())
        .append("; the earlier run (").append(earlierName).append("), ").append(earlier.summary()).append(". ");
    if (!earlier.work().equals(work)) {
      return sb.append("The earlier probe did other work (").append(earlier.work()).append("; this run's: ")
          .append(work).append("), so the two paces do not compare.\n").toString();
    }
    sb.append(String.format(Locale.ROOT, "This run / earlier: %.2f before the roofs, %.2f after (above 1, this"
        + " run's machine was slower by that factor; its times are expected that much longer with the same code).",
        fastestBeforeMs() / (double) Math.max(1, earlier.fastestBeforeMs()),
        fastestAfterMs() / (double) Math.max(1, earlier.fastestAfterMs())));
    if (!earlier.outcomes().equals(outcomes)) {
      sb.append(" The probe's result differs (earlier: ").append(String.join("; ", earlier.outcomes()))
          .append("; this run: ").append(String.join("; ", outcomes)).append("): the code did other work, so the")
          .append(" ratio mixes the machine's pace with the code's.");
    }
    return sb.append(" To compare code, use `scripts/ab.sh`.\n").toString();
  }

  /** The comparison section's paragraph where the earlier run's pace is unknown, {@code why}. */
  String earlierUnknown(String why) {
    return "**Pace** (fixed work, `PaceProbe`): this run, " + summary() + "; the earlier run's pace is unknown ("
        + why + "), so the times below may differ by the machine's pace alone (up to 1.5-2x between days). To"
        + " compare code, use `scripts/ab.sh`.\n";
  }

  private static String spread(List<Long> ms) {
    return String.format(Locale.ROOT, "fastest %d ms (%d-%d ms)", Collections.min(ms), Collections.min(ms),
        Collections.max(ms));
  }

  private static void requireTime(long ms) {
    if (ms < 0) {
      throw new IllegalArgumentException("a probe's time must be >= 0 ms but was " + ms);
    }
  }
}
