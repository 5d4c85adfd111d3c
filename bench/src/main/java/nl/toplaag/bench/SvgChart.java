package nl.toplaag.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal hand-written SVG chart: polylines with point markers, or grouped bars, on linear or log-10 axes,
 * with ticks, axis titles and a legend. No library; deterministic text output.
 */
final class SvgChart {

  /** A named series of points {@code (x, y)}; {@code dashed} draws a reference series. */
  record Series(String name, List<double[]> points, boolean dashed) {}

  private static final String[] COLOURS = {"#1f6fb4", "#d9541e", "#3a9a3a", "#8a4fbf", "#b8860b", "#555555"};
  private static final int W = 640;
  private static final int H = 380;
  private static final int LEFT = 70;
  private static final int RIGHT = 170;
  private static final int TOP = 40;
  private static final int BOTTOM = 55;

  private final String title;
  private final String xTitle;
  private final String yTitle;
  private final boolean logX;
  private final boolean logY;
  private final List<Series> series = new ArrayList<>();
  private double x0 = Double.NaN;
  private double x1;
  private double y0 = Double.NaN;
  private double y1;

  SvgChart(String title, String xTitle, String yTitle, boolean logX, boolean logY) {
    this.title = title;
    this.xTitle = xTitle;
    this.yTitle = yTitle;
    this.logX = logX;
    this.logY = logY;
  }

  SvgChart add(Series s) {
    series.add(s);
    return this;
  }

  /** Fixes the axis ranges (data units). */
  SvgChart range(double xMin, double xMax, double yMin, double yMax) {
    x0 = xMin;
    x1 = xMax;
    y0 = yMin;
    y1 = yMax;
    return this;
  }

  private double tx(double x) {
    return logX ? Math.log10(x) : x;
  }

  private double ty(double y) {
    return logY ? Math.log10(y) : y;
  }

  private void autoRange() {
    if (!Double.isNaN(x0)) {
      return;
    }
    x0 = Double.MAX_VALUE;
    x1 = -Double.MAX_VALUE;
    y0 = logY ? Double.MAX_VALUE : 0;
    y1 = -Double.MAX_VALUE;
    for (Series s : series) {
      for (double[] p : s.points()) {
        x0 = Math.min(x0, p[0]);
        x1 = Math.max(x1, p[0]);
        y0 = Math.min(y0, p[1]);
        y1 = Math.max(y1, p[1]);
      }
    }
    if (x1 <= x0) {
      x1 = x0 + 1;
    }
    if (y1 <= y0) {
      y1 = y0 + 1;
    }
    if (logY) {
      y0 = Math.pow(10, Math.floor(Math.log10(Math.max(y0, 1e-3))));
      y1 = Math.pow(10, Math.ceil(Math.log10(y1)));
    } else {
      y1 = niceCeil(y1);
    }
  }

  private static double niceCeil(double v) {
    double m = Math.pow(10, Math.floor(Math.log10(v)));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      if (f * m >= v) {
        return f * m;
      }
    }
    return 10 * m;
  }

  private double px(double x) {
    return LEFT + (tx(x) - tx(x0)) / (tx(x1) - tx(x0)) * (W - LEFT - RIGHT);
  }

  private double py(double y) {
    double v = Math.max(ty(y0), Math.min(ty(y1), ty(Math.max(y, logY ? y0 : -Double.MAX_VALUE))));
    return H - BOTTOM - (v - ty(y0)) / (ty(y1) - ty(y0)) * (H - TOP - BOTTOM);
  }

  /** The chart as polylines. */
  String lines() {
    autoRange();
    StringBuilder sb = frame();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String c = COLOURS[i % COLOURS.length];
      StringBuilder pts = new StringBuilder();
      for (double[] p : s.points()) {
        pts.append(fmt(px(p[0]))).append(',').append(fmt(py(p[1]))).append(' ');
      }
      sb.append(String.format(Locale.ROOT,
          "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n",
          c, s.dashed() ? " stroke-dasharray=\"6,4\"" : "", pts.toString().trim()));
      for (double[] p : s.points().size() > 12 ? List.<double[]>of() : s.points()) {
        sb.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>%n", fmt(px(p[0])),
            fmt(py(p[1])), c));
      }
      legend(sb, i, s.name(), c, s.dashed());
    }
    return sb.append("</svg>\n").toString();
  }

  /** The chart as grouped bars: every series has a value per category index {@code x = 0, 1, ...}. */
  String bars(List<String> categories) {
    x0 = -0.5;
    x1 = categories.size() - 0.5;
    double keepY0 = y0;
    y0 = Double.NaN;
    autoRangeY();
    if (!Double.isNaN(keepY0)) {
      y0 = keepY0;
    }
    StringBuilder sb = frameY();
    double slot = (W - LEFT - RIGHT) / (double) categories.size();
    double bw = slot * 0.8 / Math.max(1, series.size());
    for (int k = 0; k < categories.size(); k++) {
      sb.append(String.format(Locale.ROOT,
          "<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n",
          fmt(LEFT + slot * (k + 0.5)), H - BOTTOM + 16, esc(categories.get(k))));
    }
    for (int i = 0; i < series.size(); i++) {
      String c = COLOURS[i % COLOURS.length];
      for (double[] p : series.get(i).points()) {
        double x = LEFT + slot * (p[0] + 0.1) + bw * i;
        double top = py(p[1]);
        sb.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>%n",
            fmt(x), fmt(top), fmt(bw - 1), fmt(H - BOTTOM - top), c));
      }
      legend(sb, i, series.get(i).name(), c, false);
    }
    sb.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>%n",
        fmt((LEFT + W - RIGHT) / 2.0), H - 12, esc(xTitle)));
    return sb.append("</svg>\n").toString();
  }

  private void autoRangeY() {
    double lo = logY ? Double.MAX_VALUE : 0;
    double hi = -Double.MAX_VALUE;
    for (Series s : series) {
      for (double[] p : s.points()) {
        lo = Math.min(lo, p[1]);
        hi = Math.max(hi, p[1]);
      }
    }
    hi = hi <= lo ? lo + 1 : hi;
    y0 = logY ? Math.pow(10, Math.floor(Math.log10(Math.max(lo, 1e-3)))) : lo;
    y1 = logY ? Math.pow(10, Math.ceil(Math.log10(hi))) : niceCeil(hi);
  }

  private StringBuilder header() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n", W, H, W, H));
    sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
        LEFT, esc(title)));
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT,
        H - BOTTOM, W - RIGHT, H - BOTTOM));
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT,
        TOP, LEFT, H - BOTTOM));
    sb.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%s\" font-size=\"12\" text-anchor=\"middle\""
        + " transform=\"rotate(-90 16 %s)\">%s</text>%n", fmt((TOP + H - BOTTOM) / 2.0),
        fmt((TOP + H - BOTTOM) / 2.0), esc(yTitle)));
    return sb;
  }

  private StringBuilder frameY() {
    StringBuilder sb = header();
    for (double v : ticks(y0, y1, logY)) {
      double y = py(v);
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"#dddddd\"/>%n",
          LEFT, fmt(y), W - RIGHT, fmt(y)));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%s\" font-size=\"11\" text-anchor=\"end\">%s</text>%n",
          LEFT - 5, fmt(y + 4), Stats.plain(v)));
    }
    return sb;
  }

  private StringBuilder frame() {
    StringBuilder sb = frameY();
    for (double v : ticks(x0, x1, logX)) {
      double x = px(v);
      sb.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#dddddd\"/>%n",
          fmt(x), TOP, fmt(x), H - BOTTOM));
      sb.append(String.format(Locale.ROOT,
          "<text x=\"%s\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>%n",
          fmt(x), H - BOTTOM + 16, Stats.plain(v)));
    }
    sb.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>%n",
        fmt((LEFT + W - RIGHT) / 2.0), H - 12, esc(xTitle)));
    return sb;
  }

  private static List<Double> ticks(double lo, double hi, boolean log) {
    List<Double> out = new ArrayList<>();
    if (log) {
      for (double v = Math.pow(10, Math.floor(Math.log10(lo))); v <= hi * 1.0001; v *= 10) {
        if (v >= lo * 0.9999) {
          out.add(v);
        }
      }
      return out;
    }
    double step = niceCeil((hi - lo) / 5);
    for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
      out.add(Math.abs(v) < 1e-12 ? 0 : v);
    }
    return out;
  }

  private static void legend(StringBuilder sb, int i, String name, String c, boolean dashed) {
    int y = TOP + 10 + 18 * i;
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
        + " stroke-width=\"3\"%s/>%n", W - RIGHT + 12, y, W - RIGHT + 32, y, c,
        dashed ? " stroke-dasharray=\"6,4\"" : ""));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", W - RIGHT + 38,
        y + 4, esc(name)));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
