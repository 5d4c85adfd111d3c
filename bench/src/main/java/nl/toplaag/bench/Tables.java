package nl.toplaag.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Markdown tables over measurements: configurations, subsets, sweeps and the per-instance list. */
final class Tables {

  private Tables() {}

  private static final String CONFIG_HEADER = "| configuration | n | first layout median / p95 (s) |"
      + " proof median / p95 (s) | proven <= 0.1 / 1 / limit | dwellings (sum) |"
      + " vs greedy: mean / max gain (dwellings), below |"
      + " open gap to solver bound median / max | gap to relaxation bound median | checker violations |"
      + " peak heap / RSS max (MB) |\n|---|---|---|---|---|---|---|---|---|---|---|\n";

  /**
   * The comparison of configurations: the default CP-SAT and the greedy on every instance, then, when a "before"
   * variant ran on a subset, both CP-SAT variants on that subset.
   */
  static String configurations(List<Measurement> main, List<Measurement> before, long limitMs, int workers) {
    StringBuilder sb = new StringBuilder(CONFIG_HEADER);
    sb.append(cpRow(main, limitMs, workers));
    sb.append(greedyRow(main, limitMs));
    if (!before.isEmpty()) {
      java.util.Set<String> names = new java.util.HashSet<>();
      before.forEach(m -> names.add(m.instance().name()));
      List<Measurement> same = main.stream().filter(m -> names.contains(m.instance().name())).toList();
      sb.append(cpRow(same, limitMs, workers)).append(cpRow(before, limitMs, workers));
    }
    return sb.toString();
  }

  private static String cpRow(List<Measurement> ms, long limitMs, int workers) {
    double[] first = Stats.of(ms, Measurement::firstMs);
    double[] proof = Stats.proofTimes(ms);
    List<Measurement> open = ms.stream().filter(m -> !m.proven()).toList();
    int sum = ms.stream().mapToInt(Measurement::dwellings).sum();
    double meanGain = ms.stream().mapToInt(m -> m.dwellings() - m.greedyDwellings()).average().orElse(0);
    int maxGain = ms.stream().mapToInt(m -> m.dwellings() - m.greedyDwellings()).max().orElse(0);
    long below = ms.stream().filter(m -> m.dwellings() < m.greedyDwellings()).count();
    return String.format(Locale.ROOT, "| %s, %d worker%s | %d | %s / %s | %s / %s | %s / %s / %s | %d | +%.1f / +%d,"
        + " %d below | %s | %s | %s | %.0f / %.0f |%n", ms.isEmpty() ? "CP-SAT" : ms.get(0).config(), workers,
        workers == 1 ? "" : "s", ms.size(),
        Stats.sec(Stats.median(first), limitMs), Stats.sec(Stats.percentile(first, 95), limitMs),
        Stats.sec(Stats.median(proof), limitMs), Stats.sec(Stats.percentile(proof, 95), limitMs),
        Stats.pct(Stats.provenWithin(ms, 100)), Stats.pct(Stats.provenWithin(ms, 1000)),
        Stats.pct(Stats.provenWithin(ms, limitMs)), sum, meanGain, maxGain, below,
        open.isEmpty() ? "none open" : Stats.pct(Stats.median(Stats.of(open, Measurement::cpGap))) + " / "
            + Stats.pct(Stats.percentile(Stats.of(open, Measurement::cpGap), 100)),
        Stats.pct(Stats.median(Stats.of(ms, Measurement::relaxationGap))),
        violations(ms, true), Stats.percentile(Stats.of(ms, Measurement::peakHeapMb), 100),
        Stats.percentile(Stats.of(ms, Measurement::peakRssMb), 100));
  }

  private static String greedyRow(List<Measurement> ms, long limitMs) {
    double[] g = Stats.of(ms, Measurement::greedyMs);
    double gGap = Stats.median(Stats.of(ms, m -> Math.max(0, m.cpBound() - m.greedyDwellings())
        / (double) Math.max(1, m.greedyDwellings())));
    double gRel = Stats.median(Stats.of(ms, m -> Math.max(0, m.relaxationBound() - m.greedyDwellings())
        / (double) Math.max(1, m.greedyDwellings())));
    return String.format(Locale.ROOT, "| greedy baseline (incl. planning) | %d | %s / %s | never proves | – | %d | – |"
        + " %s (all instances) | %s | %s | – |%n", ms.size(), Stats.sec(Stats.median(g), limitMs),
        Stats.sec(Stats.percentile(g, 95), limitMs), ms.stream().mapToInt(Measurement::greedyDwellings).sum(),
        Stats.pct(gGap), Stats.pct(gRel), violations(ms, false));
  }

  private static String violations(List<Measurement> ms, boolean cp) {
    long checked = ms.stream().filter(m -> (cp ? m.cpViolations() : m.greedyViolations()) >= 0).count();
    if (checked == 0) {
      return "not checked";
    }
    int v = ms.stream().mapToInt(m -> Math.max(0, cp ? m.cpViolations() : m.greedyViolations())).sum();
    return v + " (" + checked + " checked)";
  }

  /** One row per subset, as in the prototype's §5.2. */
  static String subsets(List<Measurement> ms, long limitMs) {
    List<Object[]> groups = new ArrayList<>();
    groups.add(new Object[] {"all", (Predicate<Measurement>) m -> true});
    groups.add(new Object[] {"L <= 40 m", (Predicate<Measurement>) m -> Targets.length(m) <= 40});
    groups.add(new Object[] {"L 40-100 m", (Predicate<Measurement>) m -> Targets.length(m) > 40
        && Targets.length(m) <= 100});
    groups.add(new Object[] {"L > 100 m", (Predicate<Measurement>) m -> Targets.length(m) > 100});
    for (int s = 1; s <= 3; s++) {
      int n = s;
      groups.add(new Object[] {"S = " + s, (Predicate<Measurement>) m -> m.instance().storeys() == n});
    }
    groups.add(new Object[] {"L <= 40 m or S = 1", (Predicate<Measurement>) m -> Targets.length(m) <= 40
        || m.instance().storeys() == 1});
    for (String l : List.of("tight", "medium", "ample")) {
      groups.add(new Object[] {"loads " + l, (Predicate<Measurement>) m -> m.instance().tag("loads").equals(l)});
    }
    groups.add(new Object[] {"L-shaped (two wings)", (Predicate<Measurement>) m -> m.instance().tag("shape")
        .equals("L")});
    for (String l : Suites.SWEEP_LINES) {
      groups.add(new Object[] {"line " + l, (Predicate<Measurement>) m -> m.instance().tag("line").equals(l)});
    }
    groups.add(new Object[] {"candidates <= 100", (Predicate<Measurement>) m -> m.candidates() <= 100});
    groups.add(new Object[] {"candidates 101-600", (Predicate<Measurement>) m -> m.candidates() > 100
        && m.candidates() <= 600});
    groups.add(new Object[] {"candidates > 600", (Predicate<Measurement>) m -> m.candidates() > 600});
    StringBuilder sb = new StringBuilder("| subset | n | proof median / p95 (s) | proven <= 0.1 / 1 / limit |"
        + " first layout median / p95 (s) | open gap median | CP-SAT / greedy dwellings |\n"
        + "|---|---|---|---|---|---|---|\n");
    for (Object[] g : groups) {
      @SuppressWarnings("unchecked")
      Predicate<Measurement> p = (Predicate<Measurement>) g[1];
      List<Measurement> sub = ms.stream().filter(p).toList();
      if (sub.isEmpty()) {
        continue;
      }
      double[] proof = Stats.proofTimes(sub);
      double[] first = Stats.of(sub, Measurement::firstMs);
      List<Measurement> open = sub.stream().filter(m -> !m.proven()).toList();
      sb.append(String.format(Locale.ROOT, "| %s | %d | %s / %s | %s / %s / %s | %s / %s | %s | %d / %d |%n", g[0],
          sub.size(), Stats.sec(Stats.median(proof), limitMs), Stats.sec(Stats.percentile(proof, 95), limitMs),
          Stats.pct(Stats.provenWithin(sub, 100)), Stats.pct(Stats.provenWithin(sub, 1000)),
          Stats.pct(Stats.provenWithin(sub, limitMs)), Stats.sec(Stats.median(first), limitMs),
          Stats.sec(Stats.percentile(first, 95), limitMs),
          open.isEmpty() ? "–" : Stats.pct(Stats.median(Stats.of(open, Measurement::cpGap))),
          sub.stream().mapToInt(Measurement::dwellings).sum(),
          sub.stream().mapToInt(Measurement::greedyDwellings).sum()));
    }
    return sb.toString();
  }

  /** One table per sweep. */
  static String sweep(Suites.Sweep sw, long limitMs) {
    StringBuilder sb = new StringBuilder("| " + sw.xTitle() + " | runs | wall median / max (s) | proven |"
        + " first layout median (s) | plan, greedy and models median (ms) | candidates median |"
        + " CP-SAT variables median (0: no model built) |"
        + " dwellings (CP-SAT / greedy / bound) | peak heap max (MB) |\n" + "|---".repeat(10) + "|\n");
    for (Suites.Point p : sw.points()) {
      List<Measurement> r = p.runs();
      sb.append(String.format(Locale.ROOT,
          "| %s | %d | %s / %s | %d of %d | %s | %.0f | %.0f | %.0f | %d / %d / %d | %.0f |%n",
          p.label(), r.size(), Stats.sec(Stats.median(Stats.of(r, Measurement::wallMs)), limitMs),
          Stats.sec(Stats.percentile(Stats.of(r, Measurement::wallMs), 100), limitMs),
          r.stream().filter(Measurement::proven).count(), r.size(),
          Stats.sec(Stats.median(Stats.of(r, Measurement::firstMs)), limitMs),
          Stats.median(Stats.of(r, Measurement::buildMs)), Stats.median(Stats.of(r, Measurement::candidates)),
          Stats.median(Stats.of(r, Measurement::variables)), r.stream().mapToInt(Measurement::dwellings).sum(),
          r.stream().mapToInt(Measurement::greedyDwellings).sum(), r.stream().mapToInt(Measurement::cpBound).sum(),
          r.stream().mapToDouble(Measurement::peakHeapMb).max().orElse(0)));
    }
    return sb.toString();
  }

  /** Every instance, one row. */
  static String perInstance(List<Measurement> ms, long limitMs) {
    StringBuilder sb = new StringBuilder("| instance | L (m) | pitch | S | roof (m) | loads | line | cores / lift |"
        + " cands | vars | greedy | CP-SAT | solver bound | relax. bound | status | first (s) | wall (s) |"
        + " heap / RSS (MB) | violations |\n" + "|---".repeat(19) + "|\n");
    for (Measurement m : ms) {
      Instance i = m.instance();
      sb.append(String.format(Locale.ROOT,
          "| %s | %s | %s | %d | %s | %s | %s | %s / %s | %d | %d | %d | %d | %d | %d |"
          + " %s | %s | %s | %.0f / %.0f | %s |%n", i.name(), i.tag("lengthM"), i.tag("pitch"), i.storeys(),
          i.tag("roofLevelM"), i.tag("loads"), i.lineIds().isEmpty() ? "all" : String.join("+", i.lineIds()),
          i.tag("cores"), i.tag("lift"),
          m.candidates(), m.variables(), m.greedyDwellings(), m.dwellings(), m.cpBound(), m.relaxationBound(),
          m.error().isEmpty() ? m.status().name() : "ERROR", Stats.sec(m.firstMs(), limitMs),
          Stats.sec(m.wallMs(), limitMs), m.peakHeapMb(), m.peakRssMb(),
          m.cpViolations() < 0 ? "–" : m.cpViolations() + " / " + m.greedyViolations()));
    }
    return sb.toString();
  }

  /**
   * The window search on one worker: the same instances without it ({@code off}) and with it ({@code on}), one
   * row each, and the sums.
   */
  static String windowSearch(List<Measurement> off, List<Measurement> on, long limitMs) {
    StringBuilder sb = new StringBuilder("| instance | greedy | without: dwellings (status) | with: dwellings (status)"
        + " | solver bound with | wall without / with (s) |\n|---|---|---|---|---|---|\n");
    int more = 0;
    int fewer = 0;
    for (int i = 0; i < off.size(); i++) {
      Measurement a = off.get(i);
      Measurement b = on.get(i);
      more += b.dwellings() > a.dwellings() ? 1 : 0;
      fewer += b.dwellings() < a.dwellings() ? 1 : 0;
      sb.append(String.format(Locale.ROOT, "| %s | %d | %d (%s) | %d (%s) | %d | %s / %s |%n", a.instance().name(),
          a.greedyDwellings(), a.dwellings(), a.status(), b.dwellings(), b.status(), b.cpBound(),
          Stats.sec(a.wallMs(), limitMs), Stats.sec(b.wallMs(), limitMs)));
    }
    sb.append(String.format(Locale.ROOT, "| **sum** | %d | %d | %d | %d | |%n",
        off.stream().mapToInt(Measurement::greedyDwellings).sum(), off.stream().mapToInt(Measurement::dwellings).sum(),
        on.stream().mapToInt(Measurement::dwellings).sum(), on.stream().mapToInt(Measurement::cpBound).sum()));
    sb.append(String.format(Locale.ROOT, "%nWith the window search %d of %d instances have more dwellings, %d fewer.%n",
        more, off.size(), fewer));
    return sb.toString();
  }
}
