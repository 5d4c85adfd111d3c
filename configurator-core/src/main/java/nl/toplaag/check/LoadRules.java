package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.bom.Texts;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Recomputes the extra loads of a layout and checks them: per bearing line against its capacity, per bay against
 * the area-load reserve, in total against the foundation reserve, and against the maker's own numbers.
 *
 * <p>Element loads (kN): a module {@code massKg · 9.81 / 1000 + imposedLoadKnPerM2 · width · depth}; a gallery
 * segment its module's load × {@code length / widthMm}; a transfer area {@code massKgPerM2 · 9.81 / 1000 · area}.
 * An element over {@code [a, b]} of a wing gives each bay it overlaps the share {@code overlap / (b - a)} of its
 * load, to the bay's two lines by the lever rule (simply supported); a share outside the end lines goes to the nearest
 * end line as a cantilever continuous with the span behind it ({@code (l + d) / l}, the uplift on the line at that
 * span's other end left out), or wholly where no line lies at least 1 m behind it (docs/model.md, "Spreading").
 * Lines less than {@value #MIN_BAY_MM} mm apart (to the millimetre) stand at one place, and so does a line that close
 * to the wing's end with that end: a bay runs between places, from the last line of one to the first of the next,
 * and a share on a place (between its lines, or between the end and its line) goes wholly to the line of the place
 * where the bay after it starts (for the wing's last place, the bay before it ends) and counts in no bay's area load:
 * it stands on the walls, not on a floor spanning between them. An extended stair core ({@code massKgPerStorey · 9.81 /
 * 1000 + imposedLoadKnPerM2 · outline area} per storey) standing on a wing's roof (its centre within the wing's
 * rectangle) loads the lines as a module over its outline's s-range would, and no bay's area (the stairwell's walls
 * carry it); one beside the roof or on a structure of its own ({@code ownStructure}), and the lift extension (its
 * shaft its own structure), load the foundation only (docs/model.md, "Stair cores on the walls").
 */
final class LoadRules {

  /** Largest accepted difference between the maker's loads and the recomputed ones, kN. */
  static final double REPORT_TOL_KN = 0.5;

  /**
   * A foundation reserve above this, per m² of roof, kN/m², is noted as possibly in N: it is more than a post-war
   * block of flats weighs in all (8-12 kN/m² a floor, domain.md §2.4, unverified: about 120 kN/m² for ten storeys),
   * where a reserve of 0.5-50 kN/m² typed in N would read 500-50,000.
   */
  static final double FOUNDATION_RESERVE_NOTE_KN_PER_M2 = 500;

  /**
   * The shortest bay of a wing, mm: lines (and a line and the wing's end) closer than this stand at one place, with no
   * bay between them (docs/model.md, "Bays"). The checker's own constant, the planner's being the same.
   */
  static final int MIN_BAY_MM = 10;

  /**
   * The least span behind a wing's outermost line that a cantilever past it is continuous with, mm: lines closer
   * behind it are passed for the next (docs/model.md, "Spreading").
   */
  static final int MIN_BACK_SPAN_MM = 1000;

  /**
   * How much shorter than its wing's depth a bearing line may run and still count as under the whole depth, mm: the
   * millimetre grid of a drawn line's ends and a facade drawn a little inside the outline, not a wall under part of
   * the row ({@link #partialWalls}).
   */
  static final int PARTIAL_WALL_MM = 100;

  /** The recomputed loads. */
  record Loads(List<LineLoad> lineLoads, double foundationKn, BayLoad highestBay) {}

  private LoadRules() {}

  /**
   * Checks the loads of the layout against the building's reserves ({@code out}), and notes a foundation reserve that
   * may be in the wrong unit ({@code notes}: {@link #FOUNDATION_RESERVE_NOTE_KN_PER_M2}) and loaded walls under part of
   * their wing's depth ({@link #partialWalls}).
   */
  static Loads check(CheckContext c, List<Violation> out, List<CheckNote> notes) {
    int nb = c.building.bearingLines().size();
    double[] lineKn = new double[nb];
    double total = 0;
    BayLoad highest = null;
    for (int w = 0; w < c.building.wings().size(); w++) {
      List<WingLine> wl = c.wingLines.get(w);
      List<Bay> bays = bays(wl, c.wing(w).lengthMm());
      double[] bayKn = new double[bays.size()];
      for (double[] e : elements(c, w)) {
        total += e[2];
        if (wl.isEmpty()) {
          out.add(new Violation(RuleId.LINE_LOAD, String.format(Locale.ROOT, "%.1f kN stands on wing %d, which has"
              + " no bearing line across it", e[2], w), "wing " + w));
          continue;
        }
        spread(e[0], e[1], e[2], bays, lineKn, bayKn);
      }
      double depthM = c.wing(w).depthMm() / 1000.0;
      int k = 0; // the bays between two lines, counted along the wing
      for (int i = 0; i < bays.size(); i++) {
        Bay y = bays.get(i);
        if (y.left() == null && y.right() == null) {
          continue; // a wing without lines: its load is reported above
        }
        // an end bay, from the wing's end to its outermost line, is limited by its area too, as the planner limits it
        // (a QA pass: the checker skipped them; with the reserve lowered, only the inner bays were reported)
        boolean end = y.left() == null || y.right() == null;
        double s0 = y.left() == null ? 0 : y.left().sMm();
        double s1 = y.right() == null ? c.wing(w).lengthMm() : y.right().sMm();
        String id = end ? "wing " + w + (y.left() == null ? " start" : " end") + " bay" : "wing " + w + " bay " + k++;
        double lenM = (s1 - s0) / 1000.0;
        if (lenM <= 0) {
          continue;
        }
        double q = bayKn[i] / (lenM * depthM);
        BayLoad here = new BayLoad(w, y.left() == null ? -1 : y.left().index(),
            y.right() == null ? -1 : y.right().index(), bayKn[i], lenM * depthM);
        if (bayKn[i] > 0 && (highest == null || q > highest.knPerM2())) {
          highest = here;
        }
        double limit = c.building.loadReserve().areaLoadKnPerM2();
        if (q > limit + 1e-9) {
          String f = Texts.apart(q, limit, 2);
          out.add(new Violation(RuleId.AREA_LOAD, String.format(Locale.ROOT, "%s (s = %s to %s) carries %.1f kN on"
              + " %.2f m² = " + f + " kN/m², reserve " + f + " kN/m²", here.words(), m(s0), m(s1), bayKn[i],
              lenM * depthM, q, limit), id));
        }
      }
    }
    total += extensionsKn(c);
    double[] coresKn = coresOnWalls(c);
    for (int i = 0; i < nb; i++) {
      lineKn[i] += coresKn[i];
    }
    List<LineLoad> loads = lineLoads(c, lineKn, coresKn, out);
    double reserve = c.building.loadReserve().foundationReserveKn();
    if (total > reserve + 1e-9) {
      String f = Texts.apart(total, reserve, 1);
      out.add(new Violation(RuleId.FOUNDATION_LOAD, String.format(Locale.ROOT, "total extra load " + f + " kN exceeds"
          + " the foundation reserve " + f + " kN", total, reserve), "foundation"));
    }
    double perM2 = reserve / c.building.roofAreaM2();
    if (Double.isFinite(reserve) && perM2 > FOUNDATION_RESERVE_NOTE_KN_PER_M2) {
      notes.add(new CheckNote(CheckNote.Topic.FOUNDATION_RESERVE_UNIT, String.format(Locale.ROOT, "the foundation"
          + " reserve, %,.0f kN (%,.0f kN per m² of roof), is taken as given, though it is more than a block of flats"
          + " weighs: is it in N, a thousand times too large? Leave foundationReserveKn out where the foundation does"
          + " not limit", reserve, perM2)));
    }
    partialWalls(c, lineKn, notes);
    honesty(c, loads, total, out);
    return new Loads(loads, total, highest);
  }

  /**
   * Notes each loaded bearing line that runs under less of a wing's depth than the whole, by more than
   * {@value #PARTIAL_WALL_MM} mm: the rule gives it its lever-rule share of each neighbouring bay's load over the whole
   * depth, as a full wall, so the lines beside it carry less here than they would (docs/model.md, "What the loads leave
   * out").
   */
  private static void partialWalls(CheckContext c, double[] lineKn, List<CheckNote> notes) {
    for (int w = 0; w < c.wingLines.size(); w++) {
      double depthM = c.wing(w).depthMm() / 1000.0;
      for (WingLine l : c.wingLines.get(w)) {
        if (lineKn[l.index()] > 0 && l.lengthInsideM() < depthM - PARTIAL_WALL_MM / 1000.0) {
          notes.add(new CheckNote(CheckNote.Topic.PARTIAL_WALL, String.format(Locale.ROOT, "bearing line %d runs"
              + " under %.2f m of wing %d's %.2f m depth, and takes the loads of a wall under all of it: the lines"
              + " beside it carry more than their loads here say (docs/model.md, \"What the loads leave out\");"
              + " draw only walls that run under the whole module row", l.index(), l.lengthInsideM(), w, depthM)));
        }
      }
    }
  }

  /** The elements of wing {@code w} as {@code [a, b, loadKn]}. */
  private static List<double[]> elements(CheckContext c, int w) {
    List<double[]> out = new ArrayList<>();
    for (Placement p : c.placements) {
      if (p.wing() == w) {
        out.add(new double[] {p.sMm(), p.sMm() + p.widthMm(), moduleKn(c.type(p))});
      }
    }
    for (GallerySegment g : c.galleries) {
      if (g.wing() == w) {
        ModuleType t = c.type(g);
        out.add(new double[] {g.sStartMm(), g.sEndMm(), moduleKn(t) * g.lengthMm() / t.widthMm()});
      }
    }
    double perM2 = c.lines.stream().mapToDouble(l -> l.transferLayer().massKgPerM2()).max().orElse(0);
    for (TransferArea t : c.layout.transferAreas()) {
      if (t.wing() == w && t.sEndMm() > t.sStartMm()) {
        out.add(new double[] {t.sStartMm(), t.sEndMm(), perM2 * CheckContext.G / 1000 * t.areaM2()});
      }
    }
    return out;
  }

  static double moduleKn(ModuleType t) {
    return t.massKg() * CheckContext.G / 1000 + t.imposedLoadKnPerM2() * t.widthMm() / 1000.0 * t.depthMm() / 1000.0;
  }

  /**
   * A bay of a wing, as loads are spread onto it: the stretch between two consecutive places of its lines
   * ({@link #bays}), its part carried as a bay from {@code spanS0Mm} to {@code spanS1Mm} between lines {@code left} and
   * {@code right} ({@code null} at the wing's end: an end bay, carried by its one line), and what else of the wing it
   * takes in, from {@code s0Mm} to {@code spanS0Mm} and from {@code spanS1Mm} to {@code s1Mm}: a place beside it, or
   * beyond the wing's ends, carried wholly by the line beside it.
   */
  record Bay(WingLine left, WingLine right, double s0Mm, double spanS0Mm, double spanS1Mm, double s1Mm) {}

  /**
   * The bays of a wing {@code lengthMm} long with lines {@code wl} (sorted by s): its start, its lines and its end form
   * places of runs each less than {@value #MIN_BAY_MM} mm (to the millimetre) from the one before it, and a bay runs
   * between consecutive places, from the last line of the one to the first line of the next; it takes in the place
   * before it (the first bay also all before the wing's start) and the last bay also the place after it and all beyond
   * the wing's end. Where every line and both ends stand at one place, one bay carried by its first line alone.
   */
  static List<Bay> bays(List<WingLine> wl, int lengthMm) {
    List<List<WingLine>> lines = new ArrayList<>(); // per place, its lines
    List<Double> starts = new ArrayList<>(); // per place, where it starts
    List<WingLine> at = new ArrayList<>();
    double from = 0;
    long last = 0;
    for (WingLine l : wl) {
      if (Math.round(l.sMm()) - last >= MIN_BAY_MM) {
        lines.add(at);
        starts.add(from);
        at = new ArrayList<>();
        from = l.sMm();
      }
      at.add(l);
      last = Math.round(l.sMm());
    }
    if (lengthMm - last >= MIN_BAY_MM) {
      lines.add(at);
      starts.add(from);
      at = new ArrayList<>();
      from = lengthMm;
    }
    lines.add(at);
    starts.add(from);
    List<Bay> out = new ArrayList<>();
    double inf = Double.POSITIVE_INFINITY;
    if (lines.size() == 1) {
      out.add(wl.isEmpty() ? new Bay(null, null, -inf, -inf, inf, inf)
          : new Bay(wl.get(0), null, -inf, -inf, inf, inf));
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<WingLine> p = lines.get(i);
      List<WingLine> q = lines.get(i + 1);
      WingLine left = p.isEmpty() ? null : p.get(p.size() - 1);
      WingLine right = q.isEmpty() ? null : q.get(0);
      double s0 = i == 0 ? -inf : starts.get(i);
      double s1 = i + 2 == lines.size() ? inf : starts.get(i + 1);
      out.add(new Bay(left, right, s0, left == null ? s0 : left.sMm(), right == null ? s1 : right.sMm(), s1));
    }
    return out;
  }

  /**
   * Spreads {@code kn} over {@code [a, b]} onto the lines and the bays of a wing ({@link #bays}): a bay's share of its
   * span to {@code bayKn} and to its lines by the lever rule (each line the part by how near the share's centre lies),
   * an end bay's to its one line, as a cantilever continuous with the span behind that line where there is one
   * ({@code (l + d) / l}, {@code l} that span, {@link #backSpanMm}, {@code d} how far past the line the share's centre
   * lies; the uplift on the line at the span's other end is not counted); its share beyond its span wholly to the line
   * beside it.
   */
  static void spread(double a, double b, double kn, List<Bay> bays, double[] lineKn, double[] bayKn) {
    if (b <= a) {
      return;
    }
    double perMm = kn / (b - a);
    for (int i = 0; i < bays.size(); i++) {
      Bay y = bays.get(i);
      WingLine before = y.left() != null ? y.left() : y.right();
      WingLine after = y.right() != null ? y.right() : y.left();
      if (before == null) {
        continue;
      }
      double p = Math.max(a, y.spanS0Mm());
      double q = Math.min(b, y.spanS1Mm());
      if (q > p) {
        double part = perMm * (q - p);
        double centre = (p + q) / 2;
        bayKn[i] += part;
        if (before != after) {
          double toAfter = (centre - before.sMm()) / (after.sMm() - before.sMm());
          lineKn[before.index()] += part * (1 - toAfter);
          lineKn[after.index()] += part * toAfter;
        } else {
          double span = backSpanMm(bays, i);
          lineKn[before.index()] += span > 0 ? part * (span + Math.abs(centre - before.sMm())) / span : part;
        }
      }
      lineKn[before.index()] += perMm * overlapMm(a, b, y.s0Mm(), y.spanS0Mm());
      lineKn[after.index()] += perMm * overlapMm(a, b, y.spanS1Mm(), y.s1Mm());
    }
  }

  /**
   * The span behind the line of end bay {@code i} of {@code bays} ({@link #bays}), that a cantilever past it is
   * continuous with: from that line to the nearest line of the wing at least {@value #MIN_BACK_SPAN_MM} mm further
   * in, mm; 0 where there is none (or the bay is no end bay).
   */
  private static double backSpanMm(List<Bay> bays, int i) {
    Bay end = bays.get(i);
    boolean atEnd = end.right() == null; // past the wing's last line, else before its first
    WingLine line = atEnd ? end.left() : end.right();
    if (line == null) {
      return 0;
    }
    for (int j = atEnd ? i - 1 : i + 1; j >= 0 && j < bays.size(); j += atEnd ? -1 : 1) {
      WingLine other = atEnd ? bays.get(j).left() : bays.get(j).right();
      if (other != null && Math.abs(line.sMm() - other.sMm()) >= MIN_BACK_SPAN_MM) {
        return Math.abs(line.sMm() - other.sMm());
      }
    }
    return 0;
  }

  /** How far {@code [a, b]} and {@code [c, d]} overlap along a wing, mm; 0 where they do not. */
  private static double overlapMm(double a, double b, double c, double d) {
    return Math.max(0, Math.min(b, d) - Math.max(a, c));
  }

  /**
   * Per bearing line, the load of the extended stair cores on it, kN: each core's load ({@link #coreKn}) shared over
   * the bays its outline spans along the wing whose rectangle holds its centre, as a module's load is, none where no
   * wing holds it (a tower beside the roof, on its own walls) or where the building file says it stands on a structure
   * of its own ({@code ownStructure}). A structural engineer's hand check (QA51) put the core on
   * the walls flanking the stairwell, where the model had loaded the foundation only.
   */
  private static double[] coresOnWalls(CheckContext c) {
    double[] kn = new double[c.building.bearingLines().size()];
    List<Integer> cores = c.layout.extendedStairCores();
    for (int i = 0; i < Math.min(cores.size(), c.building.stairCores().size()); i++) {
      if (cores.get(i) > 0 && !c.building.stairCores().get(i).ownStructure()) {
        onWalls(c, c.building.stairCores().get(i).footprint(), coreKn(c, i), kn);
      }
    }
    return kn;
  }

  /**
   * Shares {@code kn} over the bays that {@code outline} spans along the first wing whose rectangle holds its centre,
   * into {@code lineKn}; nothing where no wing holds it (it stands beside the roof, on its own walls).
   */
  private static void onWalls(CheckContext c, Polygon outline, double kn, double[] lineKn) {
    Coordinate centre = outline.getCentroid().getCoordinate();
    for (int w = 0; w < c.building.wings().size(); w++) {
      Wing wing = c.wing(w);
      double s = wing.localS(centre.x, centre.y);
      double t = wing.localT(centre.x, centre.y);
      if (s < 0 || s > wing.lengthMm() || t < 0 || t > wing.depthMm() || c.wingLines.get(w).isEmpty()) {
        continue;
      }
      double a = Double.POSITIVE_INFINITY;
      double b = Double.NEGATIVE_INFINITY;
      for (Coordinate p : outline.getExteriorRing().getCoordinates()) {
        a = Math.min(a, wing.localS(p.x, p.y));
        b = Math.max(b, wing.localS(p.x, p.y));
      }
      a = Math.max(0, a);
      b = Math.min(wing.lengthMm(), b);
      List<Bay> bays = bays(c.wingLines.get(w), wing.lengthMm());
      spread(a, b, kn, bays, lineKn, new double[bays.size()]);
      return;
    }
  }

  /**
   * The extension of stair core {@code i} in the layout, kN: its storeys (0 where not extended) times one storey over
   * its outline ({@link PerStoreyItem#loadKnPerStorey}, mass and imposed load; outline mm² to m²), the layout's lines'
   * largest.
   */
  private static double coreKn(CheckContext c, int i) {
    double areaM2 = c.building.stairCores().get(i).footprint().getArea() / 1_000_000;
    return Math.max(0, c.layout.extendedStairCores().get(i))
        * c.lines.stream().mapToDouble(l -> l.stairCoreExtension().loadKnPerStorey(areaM2)).max().orElse(0);
  }

  private static double extensionsKn(CheckContext c) {
    // a lift shaft's storeys carry no imposed load: its outline does not count
    double kn = Math.max(0, c.layout.liftExtensionStoreys())
        * c.lines.stream().mapToDouble(l -> l.liftExtension().loadKnPerStorey(0)).max().orElse(0);
    List<Integer> cores = c.layout.extendedStairCores();
    for (int i = 0; i < Math.min(cores.size(), c.building.stairCores().size()); i++) {
      kn += coreKn(c, i);
    }
    return kn;
  }

  private static List<LineLoad> lineLoads(CheckContext c, double[] lineKn, double[] coresKn, List<Violation> out) {
    Map<Integer, double[]> cap = new TreeMap<>();
    for (List<WingLine> wl : c.wingLines) {
      for (WingLine l : wl) {
        double[] v = cap.computeIfAbsent(l.index(), k -> new double[2]);
        v[0] += l.capacityKn();
        v[1] += l.lengthInsideM();
      }
    }
    List<LineLoad> loads = new ArrayList<>();
    for (Map.Entry<Integer, double[]> e : cap.entrySet()) {
      int i = e.getKey();
      double capKn = e.getValue()[0];
      loads.add(new LineLoad(i, lineKn[i], capKn));
      if (lineKn[i] > capKn + 1e-9) {
        BearingLine line = c.building.bearingLines().get(i);
        String f = Texts.apart(lineKn[i], capKn, 2);
        out.add(new Violation(RuleId.LINE_LOAD, String.format(Locale.ROOT, "bearing line %d (%s) carries " + f
            + " kN%s, capacity " + f + " kN (%.1f kN/m x %.2f m)", i, where(line, c.building), lineKn[i], coresKn[i] > 0
            ? String.format(Locale.ROOT, " (%.2f kN of it extended stair cores)", coresKn[i]) : "", capKn,
            line.capacityKnPerM(), e.getValue()[1]), "bearing line " + i));
      }
    }
    return loads;
  }

  private static void honesty(CheckContext c, List<LineLoad> loads, double total, List<Violation> out) {
    Map<Integer, Double> reported = new TreeMap<>();
    for (LineLoad l : c.layout.lineLoads()) {
      reported.merge(l.bearingLine(), l.loadKn(), Double::sum);
    }
    Map<Integer, Double> mine = new TreeMap<>();
    loads.forEach(l -> mine.put(l.bearingLine(), l.loadKn()));
    java.util.Set<Integer> all = new java.util.TreeSet<>(reported.keySet());
    all.addAll(mine.keySet());
    for (int i : all) {
      double r = reported.getOrDefault(i, 0.0);
      double x = mine.getOrDefault(i, 0.0);
      if (Math.abs(r - x) > REPORT_TOL_KN) {
        out.add(new Violation(RuleId.LOAD_REPORT, String.format(Locale.ROOT, "the layout reports %.2f kN on bearing"
            + " line %d, the checker computes %.2f kN", r, i, x), "bearing line " + i));
      }
    }
    for (LineLoad l : c.layout.lineLoads()) {
      LineLoad x = loads.stream().filter(m -> m.bearingLine() == l.bearingLine()).findFirst().orElse(null);
      if (x != null && Math.abs(l.capacityKn() - x.capacityKn()) > REPORT_TOL_KN) {
        out.add(new Violation(RuleId.LOAD_REPORT, String.format(Locale.ROOT, "the layout reports a capacity of %.2f"
            + " kN for bearing line %d, the checker computes %.2f kN", l.capacityKn(), l.bearingLine(),
            x.capacityKn()), "bearing line " + l.bearingLine()));
      }
    }
    if (Math.abs(c.layout.foundationLoadKn() - total) > REPORT_TOL_KN) {
      out.add(new Violation(RuleId.LOAD_REPORT, String.format(Locale.ROOT, "the layout reports %.2f kN on the"
          + " foundation, the checker computes %.2f kN", c.layout.foundationLoadKn(), total), "foundation"));
    }
  }

  /**
   * Where bearing line {@code l} of {@code b} runs, in the building file's coordinates, m ("155000.0, 463000.0 to
   * 155000.0, 463012.0 m"): its number counts the lines of every wing, those of wall grids too, so it alone does not
   * find the wall.
   */
  static String where(BearingLine l, Building b) {
    Coordinate from = l.line().getCoordinateN(0);
    Coordinate to = l.line().getCoordinateN(l.line().getNumPoints() - 1);
    return String.format(Locale.ROOT, "%.1f, %.1f to %.1f, %.1f m", from.x / 1000 + b.originXM(),
        from.y / 1000 + b.originYM(), to.x / 1000 + b.originXM(), to.y / 1000 + b.originYM());
  }
}
