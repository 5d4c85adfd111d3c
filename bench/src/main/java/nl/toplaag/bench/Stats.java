package nl.toplaag.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Small statistics over measurements: nearest-rank percentiles, shares, and formatting of censored times. */
final class Stats {

  private Stats() {}

  /** The nearest-rank {@code p}-th percentile (0 < p <= 100) of {@code values}; NaN when empty. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }

  /** The median (nearest rank, lower middle). */
  static double median(double[] values) {
    return percentile(values, 50);
  }

  /** The values of {@code f} over {@code ms}. */
  static double[] of(List<Measurement> ms, ToDoubleFunction<Measurement> f) {
    return ms.stream().mapToDouble(f).toArray();
  }

  /** Share of {@code ms} proven within {@code limitMs}. */
  static double provenWithin(List<Measurement> ms, long limitMs) {
    return provenWithin(ms, limitMs, Measurement::proofMs);
  }

  /**
   * Share of {@code ms} whose {@code proofMs} (an instance's time to proof, {@link Long#MAX_VALUE} where unproven) is
   * within {@code limitMs}.
   */
  static double provenWithin(List<Measurement> ms, long limitMs, ToLongFunction<Measurement> proofMs) {
    return ms.isEmpty() ? Double.NaN
        : ms.stream().filter(m -> proofMs.applyAsLong(m) <= limitMs).count() / (double) ms.size();
  }

  /** Seconds with 3 significant digits; infinite values print as {@code > limit}. */
  static String sec(double ms, double limitMs) {
    if (Double.isNaN(ms)) {
      return "–";
    }
    if (Double.isInfinite(ms) || ms == Long.MAX_VALUE) {
      return String.format(Locale.ROOT, "> %s", plain(limitMs / 1000.0));
    }
    double s = ms / 1000.0;
    return s < 0.1 ? String.format(Locale.ROOT, "%.3f", s) : s < 10 ? String.format(Locale.ROOT, "%.2f", s)
        : String.format(Locale.ROOT, "%.1f", s);
  }

  /** A share as a whole percentage. */
  static String pct(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }

  /** A number without trailing zeros. */
  static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v)
        .replaceAll("0+$", "");
  }

  /** One decimal. */
  static String f1(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Proof times in ms with unproven instances as +infinity. */
  static double[] proofTimes(List<Measurement> ms) {
    return ms.stream().mapToDouble(m -> m.proven() ? m.wallMs() : Double.POSITIVE_INFINITY).toArray();
  }
}
