package nl.toplaag.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toplaag.bom.BomCategory;
import nl.toplaag.bom.Texts;
import nl.toplaag.bom.DwellingCount;
import nl.toplaag.building.Building;
import nl.toplaag.building.StairCore;
import nl.toplaag.check.BayLoad;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.Violation;
import nl.toplaag.io.ScreeningNotes;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.plan.UsableRoof;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.Solved;

/** The readable summary {@code toplaag configure} prints. */
final class Summary {

  private Summary() {}

  /**
   * The existing lift: none, present, or extendable, and whether the building gives its shaft (then its walk to each
   * dwelling is checked; else it is taken to serve every dwelling, as the check's note says).
   */
  static String liftText(Building b) {
    if (!b.lift().present()) {
      return "none";
    }
    return (b.lift().extendable() ? "extendable" : "present")
        + (b.lift().positioned() ? ", shaft given" : ", position not given");
  }

  /**
   * A note per wing whose rectangle reaches past the roof outline, with how far and where along the wing: the plan
   * keeps every module and gallery on the roof within the outline, so the wing is not used there.
   */
  static String overhangNote(Building b) {
    StringBuilder s = new StringBuilder();
    List<UsableRoof.Overhang> all = UsableRoof.overhangs(b);
    for (int w = 0; w < b.wings().size(); w++) {
      int wing = w;
      List<String> parts = all.stream().filter(o -> o.wing() == wing).map(o -> String.format(Locale.ROOT,
          "by up to %.0f mm between %.2f and %.2f m along it", o.depthMm(), o.s0Mm() / 1000.0, o.s1Mm() / 1000.0))
          .toList();
      if (!parts.isEmpty()) {
        s.append(String.format(Locale.ROOT, "  note: wing %d reaches past the roof outline %s: no module or gallery"
            + " on the roof crosses the outline (by more than %.0f mm), so none stands on the wing there; where the"
            + " outline steps in there (as an imported footprint may), that is right; where the roof goes on, draw the"
            + " wing inside the outline%n", w, String.join("; ", parts), UsableRoof.TOLERANCE_MM));
      }
    }
    return s.toString();
  }

  /** What a proof on {@code grid} covers beyond the default, as the summary and the batch say it ("" on the default). */
  static String gridWords(PositionGrid grid) {
    return grid == PositionGrid.FROM_BOTH_ENDS ? ", on the grid from both ends of each wing" : "";
  }

  static String text(Building b, ConfigurationRequest req, ConfigurationResult r, List<CheckReport> checks,
      Reports.Report report, boolean explain) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Toplaag: %s (%s)%n", b.name(), b.id()));
    // the roof level as exact as the floors and top below it (a QA pass: "at 12.65 m", then "top 12.651 m")
    s.append(String.format(Locale.ROOT, "  roof %.0f m2 at %s, %s, %s roof; lift: %s%n", b.roofAreaM2(),
        Texts.metres(b.roofLevelMm()), Texts.count(b.existingStoreys(), "storey"),
        b.roofType().name().toLowerCase(Locale.ROOT), liftText(b)));
    s.append(overhangNote(b));
    s.append(String.format(Locale.ROOT, "Solve: %s%s in %.2f s (first layout after %.2f s; %d candidates, %s,"
        + " %d worker(s), seed %d, method %s)%n", r.status(), r.status().name().equals("OPTIMAL")
        ? " (proven over its candidate positions" + gridWords(req.settings().grid()) + ": README, \"What a proof"
            + " covers\")"
        : r.dwellingBound() <= r.dwellings() ? " (dwelling count proven, the rest not)"
        : String.format(Locale.ROOT, ", dwelling gap %.1f %%%s", 100 * r.dwellingGap(), openLines(r)),
        r.stats().wallMs() / 1000.0, r.stats().firstSolutionMs() / 1000.0, r.stats().candidates(),
        r.stats().variables() > 0 ? r.stats().variables() + " CP-SAT variables" : "no CP-SAT model built",
        r.stats().workers(), r.stats().seed(), r.stats().method()));
    for (ConfigurationResult.LineOutcome o : r.perLine()) {
      s.append(String.format(Locale.ROOT, "  line %-8s %-9s %3d dwellings (bound %d), %.1f m2 usable, %s%s, %.2f s%n",
          o.productLineId(), o.status(), o.dwellings(), o.dwellingBound(), o.usableAreaM2(), euros(o.costEur()),
          rankedBy(o, req.objective()), o.wallMs() / 1000.0));
    }
    s.append(overrun(r, req.settings().timeLimitMs()));
    if (r.best().isEmpty()) {
      s.append("No layout.\n");
    } else {
      Layout l = r.best().get();
      // the storeys asked above the zoning plan's: said here, not only under the rules checked (a docs walkthrough:
      // --storeys 3 gave 2 with no word on the line that says so)
      int zoning = b.zoning().maxAddedStoreys();
      String asked = req.maxStoreys() > zoning ? String.format(Locale.ROOT, " (%d asked for: the building file's"
          + " zoning allows %d)", req.maxStoreys(), zoning) : "";
      s.append(r.bestLine().map(line -> String.format(Locale.ROOT, "Best: line %s, %d dwelling%s on %d added"
          + " storey(s)%s, objective %s%n", line, l.dwellingCount(), l.dwellingCount() == 1 ? "" : "s", l.storeys(),
          asked, req.objective().cliName()))
          .orElse("Best: no line, 0 dwellings: no product line takes a dwelling (why each takes none: under Why)\n"));
      appendDwellings(s, report);
      appendModules(s, b, l);
      appendHeight(s, b, l);
      appendLoads(s, b, req.catalog(), l, checks.isEmpty() ? null : checks.get(0), report);
      appendLayouts(s, b, req, r, report);
    }
    s.append("Rules checked:\n");
    r.rulesChecked().forEach(x -> s.append("  - ").append(x).append('\n'));
    s.append(NOT_CHECKED);
    for (int i = 0; i < checks.size(); i++) {
      List<Violation> v = checks.get(i).violations();
      // a review: a run without dwellings read "layout 1 ... passed", as if something had been placed and checked
      boolean empty = i < r.layouts().size() && r.layouts().get(i).modules().isEmpty()
          && r.layouts().get(i).galleries().isEmpty();
      s.append(String.format(Locale.ROOT, "Independent check of layout %d (JTS geometry, JGraphT access, loads"
          + " recomputed): %s%n", i + 1, !v.isEmpty() ? v.size() + " VIOLATION(S)"
          : empty ? "passed, with nothing added to check (an empty layout)" : "passed"));
      v.forEach(x -> s.append("  ! ").append(x.rule()).append(": ").append(x.message()).append('\n'));
      checks.get(i).notes().forEach(x -> s.append("  note: ").append(x.text()).append('\n'));
    }
    if (!r.explanation().isEmpty()) {
      s.append("Why:\n");
      r.explanation().forEach(x -> s.append("  - ").append(x).append('\n'));
    }
    s.append(Reports.summary(report, explain));
    ScreeningNotes.of(req, r).forEach(x -> s.append(x).append('\n'));
    return s.toString();
  }

  /**
   * The lines whose bound keeps the most dwellings of all lines open, where a result is not proven: " (line
   * clt-volumetric: 3 found, at most 17)", every line whose bound is above the dwellings found; nothing where none
   * is. So a gap that another line's bound makes is not read as the best line's (QA49: the best line was proven at
   * 11, another's bound of 17 made the gap).
   */
  static String openLines(ConfigurationResult r) {
    List<ConfigurationResult.LineOutcome> lines = r.perLine().stream()
        .filter(o -> o.dwellingBound() > r.dwellings()).toList();
    List<String> open = lines.stream().map(o -> String.format(Locale.ROOT, "line %s: %d found, at most %d",
        o.productLineId(), o.dwellings(), o.dwellingBound())).toList();
    // the gap is against the best line's count: said where no open line is the best (a QA pass read "gap 33.3 %
    // (line clt-volumetric: 15 found, at most 24)" as a sum that did not add up; the best, LSF, held 18)
    String best = lines.stream().anyMatch(o -> o.productLineId().equals(r.productLineId())) ? ""
        : String.format(Locale.ROOT, "%d found on line %s; ", r.dwellings(), r.productLineId());
    return open.isEmpty() ? "" : " (" + best + String.join("; ", open) + ")";
  }

  /**
   * The best layout's dwellings by type, the largest first: "dwellings: 14 x 35.6 m2 (clt-1x-3900x10200), 12 x 24.8 m2
   * (clt-1x-3900x7200)", from its bill of materials; nothing without dwellings.
   */
  private static void appendDwellings(StringBuilder s, Reports.Report report) {
    if (report == null) {
      return;
    }
    Map<String, double[]> byType = new TreeMap<>(); // count and usable area together, m2
    for (DwellingCount c : report.bom().dwellingCounts()) {
      double[] t = byType.computeIfAbsent(c.dwellingTypeId(), k -> new double[2]);
      t[0] += c.count();
      t[1] += c.usableAreaM2();
    }
    List<String> words = byType.entrySet().stream()
        .sorted((a, z) -> Double.compare(z.getValue()[1] / z.getValue()[0], a.getValue()[1] / a.getValue()[0]))
        .map(e -> String.format(Locale.ROOT, "%d x %.1f m2 (%s)", (int) e.getValue()[0],
            e.getValue()[1] / e.getValue()[0], e.getKey())).toList();
    if (!words.isEmpty()) {
      s.append("  dwellings: ").append(String.join(", ", words)).append('\n');
    }
  }

  /**
   * The best layout's modules per type and storey, then its galleries, transfer layer, extended stair cores, the
   * existing lift's extension (where building {@code b} has a lift: "lift extended 0 storey(s)" read as though it had,
   * a QA pass), dry riser and cost.
   */
  private static void appendModules(StringBuilder s, Building b, Layout l) {
    Map<String, Integer> byType = new TreeMap<>();
    for (Placement p : l.modules()) {
      byType.merge(p.moduleTypeId() + " (storey " + p.storey() + ")", 1, Integer::sum);
    }
    s.append("  modules: ").append(byType.isEmpty() ? "none" : String.join("; ", byType.entrySet().stream()
        .map(e -> e.getValue() + " x " + e.getKey()).toList())).append('\n');
    int gal = l.galleries().stream().mapToInt(GallerySegment::lengthMm).sum();
    double tl = l.transferAreas().stream().mapToDouble(TransferArea::areaM2).sum();
    StringBuilder cores = new StringBuilder();
    for (int i = 0; i < l.extendedStairCores().size(); i++) {
      if (l.extendedStairCores().get(i) > 0) {
        cores.append(cores.length() == 0 ? "" : ", ").append("core ").append(i).append(" by ")
            .append(l.extendedStairCores().get(i)).append(" storey(s)");
      }
    }
    String lift = b.lift().present() ? String.format(Locale.ROOT, "; lift extended %d storey(s)",
        l.liftExtensionStoreys()) : "";
    s.append(String.format(Locale.ROOT, "  gallery %.1f m%s; transfer layer %.1f m2; stair cores extended: %s%s; dry"
        + " riser %s; cost %s%n", gal / 1000.0, galleryPlace(l), tl, cores.length() == 0 ? "none" : cores, lift,
        l.dryRiser() ? "yes" : "no", euros(l.costEur())));
  }

  /**
   * Where the layout's galleries stand, where any is cantilevered: " (cantilevered)", or, where galleries of other
   * wings stand on the roof, " (cantilevered on wing 1; on the roof on wing 0)"; else nothing (on the roof).
   */
  static String galleryPlace(Layout l) {
    List<SortedSet<Integer>> w = galleryWings(l);
    if (w.get(1).isEmpty()) {
      return "";
    }
    return w.get(0).isEmpty() ? " (cantilevered)" : " (cantilevered on " + wings(w.get(1)) + "; on the roof on "
        + wings(w.get(0)) + ")";
  }

  /**
   * Where the layout's galleries stand, in one word for a table: "roof", "cantilevered", "mixed" (some wings each
   * way), or "" without galleries.
   */
  static String galleryWhere(Layout l) {
    List<SortedSet<Integer>> w = galleryWings(l);
    return w.get(1).isEmpty() ? (w.get(0).isEmpty() ? "" : "roof") : w.get(0).isEmpty() ? "cantilevered" : "mixed";
  }

  /** The wings whose galleries stand on the roof, and those whose galleries are cantilevered. */
  private static List<SortedSet<Integer>> galleryWings(Layout l) {
    SortedSet<Integer> onRoof = new TreeSet<>();
    SortedSet<Integer> hanging = new TreeSet<>();
    for (GallerySegment g : l.galleries()) {
      (g.cantilevered() ? hanging : onRoof).add(g.wing());
    }
    return List.of(onRoof, hanging);
  }

  private static String wings(SortedSet<Integer> ws) {
    return (ws.size() == 1 ? "wing " : "wings ") + String.join(", ", ws.stream().map(String::valueOf).toList());
  }

  /**
   * With alternatives, one line per layout: dwellings, cost, usable area, how it differs from layout 1 (module types
   * added or dropped, and how many of its modules stand elsewhere or are of another type), and what is proven about it
   * (by which criterion, where that is not layout 1's: the cheapest layout, or the one with the most usable area).
   */
  private static void appendLayouts(StringBuilder s, Building b, ConfigurationRequest req, ConfigurationResult r,
      Reports.Report report) {
    if (r.layouts().size() < 2) {
      return;
    }
    s.append("Layouts (in the result file, the best first):\n");
    Layout first = r.layouts().get(0);
    Solved shown = Solved.of(r);
    for (int i = 0; i < r.layouts().size(); i++) {
      Layout l = r.layouts().get(i);
      // the best layout's bill of materials is the report's
      double areaM2 = i == 0 && report != null ? report.bom().totals().usableAreaM2()
          : Reports.usableAreaM2(b, req.catalog(), l);
      s.append(String.format(Locale.ROOT, "  %d: %d dwellings, %s, usable area %.1f m2%s; %s%n", i + 1,
          l.dwellingCount(), euros(l.costEur()), areaM2, i == 0 ? "" : "; against layout 1: " + difference(first, l),
          shown.words(i)));
    }
  }

  /**
   * How {@code l} differs from {@code first}: the module types it has more or fewer of (or "the same module types"),
   * how many of its modules are not in {@code first} at the same place (wing, storey, position along and across), and
   * of those how many are one of {@code first}'s shifted along its wing ({@link Shifts}); and where its gallery stands
   * if not where {@code first}'s does. An alternative that only shifts modules by a few hundred millimetres says so.
   */
  private static String difference(Layout first, Layout l) {
    Map<String, Integer> mix = new TreeMap<>();
    first.modules().forEach(p -> mix.merge(p.moduleTypeId(), -1, Integer::sum));
    l.modules().forEach(p -> mix.merge(p.moduleTypeId(), 1, Integer::sum));
    StringBuilder d = new StringBuilder();
    mix.forEach((type, n) -> {
      if (n != 0) {
        d.append(String.format(Locale.ROOT, "%s%+d x %s", d.length() == 0 ? "" : ", ", n, type));
      }
    });
    // what is left of first's modules by place once l's are taken from it: l's modules not found there moved
    Map<String, Integer> left = new TreeMap<>();
    first.modules().forEach(p -> left.merge(place(p), 1, Integer::sum));
    List<Placement> moved = new ArrayList<>();
    for (Placement p : l.modules()) {
      if (left.merge(place(p), -1, Integer::sum) < 0) {
        moved.add(p);
      }
    }
    Shifts shifts = Shifts.of(first, left, moved);
    String moves;
    if (shifts.count() > 0 && shifts.count() == moved.size() && d.length() == 0) {
      moves = String.format(Locale.ROOT, "the same modules, %d of its %d shifted along the wing by %s",
          shifts.count(), l.modules().size(), shifts.by());
    } else {
      moves = String.format(Locale.ROOT, "%s, %d of its %d placed otherwise%s",
          d.length() == 0 ? "the same module types" : d, moved.size(), l.modules().size(), shifts.count() == 0 ? ""
              : String.format(Locale.ROOT, " (%d of them shifted along the wing by %s)", shifts.count(), shifts.by()));
    }
    // where its galleries stand otherwise than layout 1's, wing by wing
    List<SortedSet<Integer>> mine = galleryWings(l);
    List<SortedSet<Integer>> theirs = galleryWings(first);
    SortedSet<Integer> toRoof = new TreeSet<>(mine.get(0));
    toRoof.retainAll(theirs.get(1));
    SortedSet<Integer> toHang = new TreeSet<>(mine.get(1));
    toHang.retainAll(theirs.get(0));
    // another line's layout (the best by the other end of the trade-off may be another line's): named first
    String line = Texts.otherLines(first, l);
    line = line.isEmpty() ? "" : line + ", ";
    return line + moves + (toRoof.isEmpty() ? "" : ", the gallery on the roof on " + wings(toRoof))
        + (toHang.isEmpty() ? "" : ", the gallery cantilevered on " + wings(toHang));
  }

  /**
   * Of the modules a layout has {@code moved} from where layout 1 has them, those that are one of layout 1's shifted
   * along its wing by less than its width: the same type, wing, storey and position across, paired in order with the
   * nearest such module of layout 1 left over; a shift of a module's width or more is another slot, not a nudge.
   *
   * @param count how many
   * @param leastMm the least shift, mm
   * @param mostMm the most, mm
   */
  private record Shifts(int count, int leastMm, int mostMm) {

    /** The shifts of {@code moved} from {@code first}'s modules {@code left} over at their places (count by place). */
    static Shifts of(Layout first, Map<String, Integer> left, List<Placement> moved) {
      Map<String, List<Integer>> behind = new TreeMap<>(); // first's modules left over, along the wing by row
      Map<String, Integer> toTake = new TreeMap<>(left);
      for (Placement p : first.modules()) {
        if (toTake.merge(place(p), -1, Integer::sum) >= 0) {
          behind.computeIfAbsent(row(p), k -> new ArrayList<>()).add(p.sMm());
        }
      }
      int count = 0;
      int leastMm = Integer.MAX_VALUE;
      int mostMm = 0;
      for (Placement p : moved) {
        List<Integer> from = behind.getOrDefault(row(p), List.of());
        Integer nearest = from.stream().min(Comparator.comparingInt(s -> Math.abs(s - p.sMm()))).orElse(null);
        if (nearest != null && Math.abs(nearest - p.sMm()) < p.widthMm()) {
          from.remove(nearest);
          count++;
          leastMm = Math.min(leastMm, Math.abs(nearest - p.sMm()));
          mostMm = Math.max(mostMm, Math.abs(nearest - p.sMm()));
        }
      }
      return new Shifts(count, leastMm, mostMm);
    }

    /** The shift in words: "200 mm", or "200 to 600 mm". */
    String by() {
      return leastMm == mostMm ? mostMm + " mm" : leastMm + " to " + mostMm + " mm";
    }
  }

  /** Where a module stands: wing, storey, position along and across, and its type. */
  private static String place(Placement p) {
    return row(p) + "/" + p.sMm();
  }

  /** A module's row: its type, wing, storey and position across the wing; shifting it along the wing keeps it. */
  private static String row(Placement p) {
    return p.wing() + "/" + p.storey() + "/" + p.tMm() + "/" + p.moduleTypeId();
  }

  private static void appendHeight(StringBuilder s, Building b, Layout l) {
    int top = b.roofLevelMm(); // nothing added: the roof
    StringBuilder floors = new StringBuilder();
    for (Placement p : l.modules()) {
      top = Math.max(top, p.floorLevelMm() + p.heightMm());
    }
    l.modules().stream().map(p -> p.storey() + "@" + Texts.metresFigure(p.floorLevelMm()))
        .distinct().sorted().forEach(x -> floors.append(' ').append(x));
    int lim = b.zoning().maxHeightAboveGroundMm();
    s.append(String.format(Locale.ROOT, "  height: top %s above ground (limit %s); floors (storey@m):%s%n",
        Texts.metres(top), lim == Integer.MAX_VALUE ? "none" : Texts.metres(lim),
        floors.length() == 0 ? " none" : floors));
  }

  /** The weight of the bill's lines of {@code category}, kN; 0 without a bill. */
  private static double extensionKn(Reports.Report report, BomCategory category) {
    return report == null ? 0 : report.bom().lines().stream().filter(x -> x.category() == category)
        .mapToDouble(x -> x.massKg().orElse(0)).sum() * 9.81 / 1000;
  }

  /**
   * Per stair core of {@code b}, the load of its extension in {@code l}, kN: its storeys times one storey of the
   * layout's line's {@code stairCoreExtension}, mass and imposed load over the core's outline
   * ({@link PerStoreyItem#loadKnPerStorey}); all 0 where none of the layout's lines is in {@code catalog}.
   */
  private static double[] coreLoadsKn(Building b, Catalog catalog, Layout l) {
    double[] kn = new double[b.stairCores().size()];
    PerStoreyItem ext = l.productLineIds().stream().flatMap(id -> catalog.line(id).stream()).findFirst()
        .map(ProductLine::stairCoreExtension).orElse(null);
    List<Integer> h = l.extendedStairCores();
    for (int i = 0; ext != null && i < Math.min(h.size(), kn.length); i++) {
      // mm² to m²
      kn[i] = Math.max(0, h.get(i)) * ext.loadKnPerStorey(b.stairCores().get(i).footprint().getArea() / 1e6);
    }
    return kn;
  }

  /**
   * What of the foundation load the extended stair cores are ({@code coreKn} per core) and where they stand: a core on
   * a wing's roof on the bearing lines either side of it ({@link StairCore#standsOnWalls}), a stair tower beside the
   * roof on its own walls, and a core the building file puts on a structure of its own on that, on no bearing line
   * (docs/model.md, "Stair cores on the walls"); "" where no core is extended.
   */
  private static String cores(Building b, double[] coreKn) {
    double onWalls = 0;
    double towers = 0;
    double own = 0;
    for (int i = 0; i < coreKn.length; i++) {
      StairCore c = b.stairCores().get(i);
      if (c.standsOnWalls(b.wings())) {
        onWalls += coreKn[i];
      } else if (c.onRoof(b.wings())) {
        own += coreKn[i];
      } else {
        towers += coreKn[i];
      }
    }
    double all = onWalls + towers + own;
    if (all <= 0) {
      return "";
    }
    if (towers + own == 0) {
      return String.format(Locale.ROOT, "; %.0f kN of it extended stair cores, on the bearing lines under and"
          + " beside those on the roof", all);
    }
    String apart = own == 0 ? "stair towers beside the roof, on their own walls (on no bearing line)"
        : towers == 0 ? "cores on a structure of their own, as the building file says (on no bearing line)"
        : "stair towers beside the roof and cores on a structure of their own (on no bearing line)";
    if (onWalls == 0) {
      return String.format(Locale.ROOT, "; %.0f kN of it extended %s", all, apart);
    }
    return String.format(Locale.ROOT, "; %.0f kN of it extended stair cores: %.0f kN on the roof, on the bearing lines"
        + " under and beside them, %.0f kN %s", all, onWalls, towers + own, apart);
  }

  /**
   * What no rule looks at, said after the rules checked: an architect's QA pass read the list as complete, where
   * daylight and the rest are absent; a QA pass at the code's thresholds (7 Dec 2026) found the space for a future lift
   * (art. 4.27(5), domain.md §3.2), which below 12.5 m would take a module's place on every storey, and the zoning
   * plan's setbacks, which a gallery in front of a facade passes over (docs/model.md, "Geometry of the row"); a review
   * (7 Dec 2026) found two more that decide the storeys or their cores and that the rules do not look at: the lift
   * rule's second criterion, more than 3,500 m2 of usable area above 1.5 m (art. 4.24(1)(b); the building model holds
   * no usable area of the existing floors), and the stairwell's escape-route levels by its height (art. 2.104(4),
   * 2.105(2), 2.107(6); domain.md §3.3).
   */
  static final String NOT_CHECKED = "  not checked (for the architect and the engineer): daylight and view,"
      + " ventilation, sound insulation, energy performance (BENG), the dwellings' floor plans and outdoor space,"
      + " overshadowing of neighbours, cranes and installations, wind and stability; the space kept on every storey"
      + " for a future lift where no lift is needed (BB2012 art. 4.27(5)); the lift rule's second criterion, more"
      + " than 3,500 m2 of usable area above 1.5 m with the existing floors (art. 4.24(1)(b)); what an extended"
      + " stairwell's height asks of its escape route (the single-stair exception's limits, a safety escape route"
      + " above 12.5 m, a lobby above 20 m: art. 2.104(4), 2.105(2), 2.107(6)); stair widths (art. 2.107); whether the"
      + " zoning plan allows a gallery in front of a facade, past the roof edges' setbacks\n";

  /** A limit used this much or more is named as near it ({@link #nearLimits}). */
  static final double NEAR_LIMIT = 0.95;

  /**
   * Whether {@code share} of a limit is near it as the summary shows it: at least {@link #NEAR_LIMIT} once rounded to
   * whole per cent, as the use per line is printed (a review: line 1 at 94.75 %, shown "1:95%", was left out of "near
   * their limits ... (95-99 %)").
   */
  static boolean near(double share) {
    return Double.isFinite(share) && Math.round(100 * share) >= Math.round(100 * NEAR_LIMIT);
  }

  /**
   * The line naming the limits the layout uses {@link #NEAR_LIMIT} or more of ({@link #near}), with a pointer to
   * {@code --what-limits}; "" where none. An architect's QA pass: the count of a line was held by a foundation reserve
   * 99 % used, which the loads showed but nothing tied to the count.
   *
   * @param foundation the share of the foundation reserve used (NaN: no reserve given)
   * @param lines the bearing lines' loads: every one so used is named (a review found "5:96%" among the uses and only
   *     line 6 named)
   * @param area the highest share of a bay's area-load reserve used (NaN: none given)
   */
  static String nearLimits(double foundation, List<LineLoad> lines, double area) {
    List<String> near = new ArrayList<>();
    if (near(foundation)) {
      near.add(String.format(Locale.ROOT, "the foundation reserve (%s %%)", percent(foundation)));
    }
    List<LineLoad> used = lines.stream().filter(x -> near(x.utilisation())).toList();
    if (!used.isEmpty()) {
      String least = percent(used.stream().mapToDouble(LineLoad::utilisation).min().getAsDouble());
      String most = percent(used.stream().mapToDouble(LineLoad::utilisation).max().getAsDouble());
      near.add(String.format(Locale.ROOT, "bearing line%s %s (%s %%)", used.size() == 1 ? "" : "s",
          String.join(", ", used.stream().map(x -> Integer.toString(x.bearingLine())).toList()),
          least.equals(most) ? most : least + "-" + most));
    }
    if (near(area)) {
      near.add(String.format(Locale.ROOT, "the area-load reserve (%s %%)", percent(area)));
    }
    return near.isEmpty() ? "" : "  near their limits: " + String.join(", ", near) + "; they may hold the count"
        + " (--what-limits says what lifting each would add)\n";
  }

  private static void appendLoads(StringBuilder s, Building b, Catalog catalog, Layout l, CheckReport check,
      Reports.Report report) {
    double foundationShare = Double.NaN;
    double areaShare = Double.NaN;
    BayLoad bay = check == null ? null : check.highestBay();
    LineLoad worst = mostUsed(l.lineLoads());
    double reserve = b.loadReserve().foundationReserveKn();
    // docs/model.md, "Stair cores on the walls": say what of the total the extensions are, and where they stand
    double liftKn = extensionKn(report, BomCategory.LIFT_EXTENSION);
    s.append(String.format(Locale.ROOT, "  loads: foundation %.0f kN%s%s%s%n", l.foundationLoadKn(),
        !Double.isFinite(reserve) ? " (no foundation limit given)" : reserve > 0 ? String.format(Locale.ROOT,
            " of %.0f kN (%.0f %%)", reserve, 100 * l.foundationLoadKn() / reserve)
            : " of 0 kN (the building file's reserve)", // not "NaN %" (a QA pass)
        cores(b, coreLoadsKn(b, catalog, l)), liftKn > 0 ? String.format(Locale.ROOT, "; %.0f kN the lift's"
                + " extension, on its own shaft (on no bearing line)", liftKn) : ""));
    if (Double.isFinite(reserve) && reserve > 0) {
      foundationShare = l.foundationLoadKn() / reserve;
    }
    if (worst != null) {
      double perM = worst.bearingLine() < b.bearingLines().size()
          ? b.bearingLines().get(worst.bearingLine()).capacityKnPerM() : 0;
      s.append(String.format(Locale.ROOT, "  bearing lines: highest use %s %% (line %d: %.1f of %.1f kN%s)%n",
          percent(worst.utilisation()), worst.bearingLine(), worst.loadKn(), worst.capacityKn(), perM > 0
              ? String.format(Locale.ROOT, ", %.1f kN/m x %.2f m", perM, worst.capacityKn() / perM) : ""));
      s.append("  use per line:");
      for (LineLoad x : l.lineLoads()) {
        s.append(String.format(Locale.ROOT, " %d:%.0f%%", x.bearingLine(), 100 * x.utilisation()));
      }
      s.append('\n');
    }
    if (bay != null) {
      double limit = b.loadReserve().areaLoadKnPerM2();
      s.append(String.format(Locale.ROOT, "  area load: highest %.2f kN/m2%s (wing %d, %s: %.1f kN on %.2f m2)%n",
          bay.knPerM2(), !Double.isFinite(limit) ? " (no area limit given)" : limit > 0
              ? String.format(Locale.ROOT, " of %.2f kN/m2 (%s %%)", limit, percent(bay.knPerM2() / limit))
              : " of 0 kN/m2 (the building file's reserve)", bay.wing(), bay.words(), bay.loadKn(), bay.areaM2()));
      if (Double.isFinite(limit) && limit > 0) {
        areaShare = bay.knPerM2() / limit;
      }
    }
    s.append(nearLimits(foundationShare, l.lineLoads(), areaShare));
  }

  /** The line load of {@code loads} with the highest use of its capacity, the first of equals; null where none. */
  private static LineLoad mostUsed(List<LineLoad> loads) {
    LineLoad worst = null;
    for (LineLoad x : loads) {
      if (worst == null || x.utilisation() > worst.utilisation()) {
        worst = x;
      }
    }
    return worst;
  }

  /** A share as a percentage, to a tenth where whole numbers would round a share just under 1 up to 100. */
  private static String percent(double share) {
    return String.format(Locale.ROOT, share < 1 && share >= 0.995 ? "%.1f" : "%.0f", 100 * share);
  }

  static String euros(long eur) {
    return eur >= 1_000_000 ? String.format(Locale.ROOT, "EUR %.2f M", eur / 1e6)
        : String.format(Locale.ROOT, "EUR %,d", eur);
  }

  /**
   * Where a line took more than twice the time limit ({@code limitMs}), why, in a line: the limit is a work budget of
   * each line's searches, and each plan's set-up, CP-SAT's models and, in a one-shot run, the compiler come on top (a
   * QA pass: 12 s on a 2 s limit read as the limit not working); else empty.
   */
  static String overrun(ConfigurationResult r, long limitMs) {
    long longest = r.perLine().stream().mapToLong(ConfigurationResult.LineOutcome::wallMs).max()
        .orElse(r.stats().wallMs());
    if (longest <= 2 * limitMs) {
      return "";
    }
    return String.format(Locale.ROOT, "  time: a line took %.1f s on its %.1f s limit: the limit is a work budget of"
        + " the searches; each plan's set-up, CP-SAT's models and, in a one-shot run, the JVM compiling the search come"
        + " on top (README, \"Limits\")%n", longest / 1000.0, limitMs / 1000.0);
  }

  /**
   * What the carbon and circularity objectives rank a line's layout by, where one of them is asked, so that the
   * lines' rows show it beside their cost (a QA pass: under --objective carbon the rows gave the cost alone, and the
   * line taken was not the cheapest): ", 45.4 t CO2e" or ", non-circular module mass 32.5 t"; else empty.
   */
  static String rankedBy(ConfigurationResult.LineOutcome o, Objective objective) {
    return switch (objective) {
      case CARBON -> String.format(Locale.ROOT, ", %.1f t CO2e", o.carbonKg() / 1000.0);
      case CIRCULARITY -> String.format(Locale.ROOT, ", non-circular module mass %.1f t",
          o.nonCircularMassKg() / 1000.0);
      default -> "";
    };
  }
}
