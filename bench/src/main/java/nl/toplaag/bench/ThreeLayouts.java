package nl.toplaag.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Solved;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;

/**
 * Buildings as {@code configure} runs them by default: three layouts, the best and two alternatives, where the rest of
 * the benchmark asks for one. Each is configured once for one layout and once for three, one after the other; every
 * layout of the second is checked, and those whose modules repeat an earlier one's are counted.
 */
final class ThreeLayouts {

  /** Layouts {@code configure} asks for by default. */
  static final int LAYOUTS = 3;

  /**
   * One building.
   *
   * @param building the instance name
   * @param oneMs wall time of {@code configure} for one layout, ms
   * @param threeMs wall time of {@code configure} for {@value #LAYOUTS} layouts, ms
   * @param dwellings the dwellings of each layout returned, the best first
   * @param violations checker violations over all the layouts returned; -1 where not checked
   * @param repeated layouts whose modules are those of an earlier layout
   * @param proofs what is proven about each layout returned, the best first, in a few words
   *     ({@link Solved#shortWords})
   */
  record Row(String building, long oneMs, long threeMs, List<Integer> dwellings, int violations, int repeated,
      List<String> proofs) {}

  private ThreeLayouts() {}

  /** Configures {@code buildings} with {@code settings} for one layout and for three, checking with {@code check}. */
  static List<Row> run(Catalog catalog, LayoutCheck check, List<Instance> buildings, SolverSettings settings,
      PrintStream log) {
    CpSatConfigurator configurator = new CpSatConfigurator();
    List<Row> rows = new ArrayList<>();
    for (Instance inst : buildings) {
      ConfigurationRequest req = ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
          .withProductLines(inst.lineIds());
      long t0 = System.nanoTime();
      configurator.configure(req.withSettings(settings.withAlternatives(1)));
      long oneMs = (System.nanoTime() - t0) / 1_000_000;
      long t1 = System.nanoTime();
      ConfigurationResult r = configurator.configure(req.withSettings(settings.withAlternatives(LAYOUTS)));
      long threeMs = (System.nanoTime() - t1) / 1_000_000;
      List<Integer> dwellings = new ArrayList<>();
      int violations = 0;
      int repeated = 0;
      List<Set<Placement>> seen = new ArrayList<>();
      for (Layout l : r.layouts()) {
        dwellings.add(l.dwellingCount());
        List<String> v = check.violations(inst.building(), catalog, l, inst.storeys());
        violations = v == null || violations < 0 ? -1 : violations + v.size();
        Set<Placement> modules = new HashSet<>(l.modules());
        repeated += seen.contains(modules) ? 1 : 0;
        seen.add(modules);
      }
      Solved shown = Solved.of(r);
      List<String> proofs = new ArrayList<>();
      for (int i = 0; i < r.layouts().size(); i++) {
        proofs.add(shown.shortWords(i));
      }
      Row row = new Row(inst.name(), oneMs, threeMs, dwellings, violations, repeated, proofs);
      rows.add(row);
      log.printf(Locale.ROOT, "  layouts  %-44s %7d ms for one, %7d ms for %d: %s%n", inst.name(), oneMs, threeMs,
          LAYOUTS, dwellings);
    }
    return rows;
  }

  /** The rows as a Markdown table. */
  static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder("| building | one layout, s | three layouts, s | dwellings of the layouts"
        + " | proven | checker violations | modules repeated |\n|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %s | %d |%n", r.building(),
          r.oneMs() / 1000.0, r.threeMs() / 1000.0, r.dwellings().toString().replaceAll("[\\[\\]]", ""),
          String.join("; ", r.proofs()),
          r.violations() < 0 ? "–" : Integer.toString(r.violations()), r.repeated()));
    }
    return sb.toString();
  }
}
