package nl.toplaag.bench;

import java.util.ArrayList;
import java.util.List;

/** The report's SVG charts. */
final class Charts {

  private Charts() {}

  /** Share proven optimal against time (log axis), with the prototype's three points. */
  static String proofShare(List<Measurement> ms, List<Measurement> before, long limitMs) {
    SvgChart c = new SvgChart("Share of instances proven optimal", "time to proof, s (log)", "proven, %", true,
        false).range(0.01, Math.max(10, limitMs / 1000.0), 0, 100);
    c.add(new SvgChart.Series("this run (" + ms.size() + ")", steps(ms, limitMs), false));
    if (!before.isEmpty()) {
      c.add(new SvgChart.Series("CP-SAT alone, before (" + before.size() + ")", steps(before, limitMs), false));
    }
    List<double[]> proto = List.of(new double[] {0.1, 25}, new double[] {1, 40}, new double[] {10, 45});
    List<double[]> target = List.of(new double[] {1, 90}, new double[] {10, 90});
    return c.add(new SvgChart.Series("prototype F1 (60)", proto, true))
        .add(new SvgChart.Series("target 90 % at 1 s", target, true)).lines();
  }

  private static List<double[]> steps(List<Measurement> ms, long limitMs) {
    double[] t = Stats.proofTimes(ms);
    java.util.Arrays.sort(t);
    List<double[]> pts = new ArrayList<>();
    double lo = 0.01;
    pts.add(new double[] {lo, 0});
    for (int i = 0; i < t.length && Double.isFinite(t[i]); i++) {
      double s = Math.max(lo, t[i] / 1000.0);
      pts.add(new double[] {s, 100.0 * i / t.length});
      pts.add(new double[] {s, 100.0 * (i + 1) / t.length});
    }
    pts.add(new double[] {Math.max(10, limitMs / 1000.0), pts.get(pts.size() - 1)[1]});
    return pts;
  }

  /** Median wall time and first layout against roof length. */
  static String length(Suites.Sweep sw) {
    List<double[]> wall = new ArrayList<>();
    List<double[]> first = new ArrayList<>();
    List<double[]> build = new ArrayList<>();
    for (Suites.Point p : sw.points()) {
      wall.add(new double[] {p.x(), Math.max(0.001, Stats.median(Stats.of(p.runs(), Measurement::wallMs)) / 1000)});
      first.add(new double[] {p.x(), Math.max(0.001, Stats.median(Stats.of(p.runs(), Measurement::firstMs)) / 1000)});
      build.add(new double[] {p.x(), Math.max(0.001, Stats.median(Stats.of(p.runs(), Measurement::buildMs)) / 1000)});
    }
    return new SvgChart("Time against " + sw.name(), sw.xTitle(), "seconds (log)", false, true)
        .add(new SvgChart.Series("wall (median)", wall, false))
        .add(new SvgChart.Series("first layout (median)", first, false))
        .add(new SvgChart.Series("model build (median)", build, false)).lines();
  }

  /** Bars of median wall time and first layout per sweep point. */
  static String bars(Suites.Sweep sw) {
    List<double[]> wall = new ArrayList<>();
    List<double[]> first = new ArrayList<>();
    List<String> cats = new ArrayList<>();
    for (int i = 0; i < sw.points().size(); i++) {
      Suites.Point p = sw.points().get(i);
      cats.add(p.label());
      wall.add(new double[] {i, Stats.median(Stats.of(p.runs(), Measurement::wallMs)) / 1000});
      first.add(new double[] {i, Stats.median(Stats.of(p.runs(), Measurement::firstMs)) / 1000});
    }
    return new SvgChart("Time against " + sw.name(), sw.xTitle(), "seconds (median)", false, false)
        .add(new SvgChart.Series("wall", wall, false))
        .add(new SvgChart.Series("first layout", first, false)).bars(cats);
  }
}
