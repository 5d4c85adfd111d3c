package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.bom.Texts;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.StairCore;
import nl.toplaag.geom.Geometries;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.ModuleKind;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Polygon;

/**
 * Plan geometry: row geometry, plan rectangles against the wing frame, containment in the roof less setbacks,
 * overlaps, obstacles, stair cores and the existing lift's shaft. Modules and galleries are checked by the rectangle
 * their wing frame gives ({@code sMm, tMm, width, depth}); the maker's plan rectangles must agree with that
 * within 2 mm.
 */
final class GeometryRules {

  /** Largest distance between a maker's plan rectangle and the one its wing frame gives, mm. */
  static final double RECT_TOL_MM = 2.0;
  /**
   * Half the thickness of the sliver of roof a cantilevered gallery may lie over, mm: a facade measured from 3D BAG
   * data drifts by up to some 20 mm from the wing's straight edge (a QA pass: 0-19 mm on a 1949 Delft block), where an
   * entrance pier juts out 320 mm. The planner's {@code PlanBuilder.CANTILEVER_OVER_ROOF_TOL_MM} is the same.
   */
  static final double CANTILEVER_OVER_ROOF_TOL_MM = 25.0;

  private GeometryRules() {}

  static void check(CheckContext c, List<Violation> out) {
    rowAndRects(c, out);
    containment(c, out);
    galleriesWithinTheirWings(c, out);
    overlaps(c, out);
    transferOverlaps(c, out);
    obstacles(c, out);
  }

  /**
   * Reports gallery segments reaching past their wing's ends by more than 1 mm: a gallery runs along its wing's facade,
   * laid a bay at a time, and the bays run from one end of the wing to the other (docs/model.md, "Bays"); beyond them
   * a cantilevered gallery is a walkway in the air whose weight the gable wall takes (a QA pass: one 15 m past the
   * gable passed, as nothing but the roof outline bounded a cantilevered gallery).
   */
  private static void galleriesWithinTheirWings(CheckContext c, List<Violation> out) {
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      if (!c.galleries.contains(g)) {
        continue;
      }
      int length = c.building.wings().get(g.wing()).lengthMm();
      if (g.sStartMm() < -CheckContext.TOL_MM || g.sEndMm() > length + CheckContext.TOL_MM) {
        out.add(new Violation(RuleId.CONTAINMENT, (c.galleryOnRoof(g.wing()) ? "gallery" : "cantilevered gallery")
            + " on storey " + g.storey() + " runs from s " + m(g.sStartMm()) + " to " + m(g.sEndMm()) + ", past"
            + " wing " + g.wing() + "'s ends at " + m(0) + " and " + m(length) + ": a gallery runs along its wing",
            "gallery " + i));
      }
    }
  }

  /**
   * Reports transfer areas of one wing overlapping along it by more than 1 mm: the layer would be laid, loaded and
   * priced twice there (a QA pass: an area given twice passed wherever the loads did not bind).
   */
  private static void transferOverlaps(CheckContext c, List<Violation> out) {
    List<TransferArea> ts = c.layout.transferAreas();
    for (int i = 0; i < ts.size(); i++) {
      for (int j = i + 1; j < ts.size(); j++) {
        TransferArea a = ts.get(i);
        TransferArea b = ts.get(j);
        double o = Intervals.overlapMm(a.sStartMm(), a.sEndMm(), b.sStartMm(), b.sEndMm());
        if (a.wing() == b.wing() && o > CheckContext.TOL_MM) {
          out.add(new Violation(RuleId.OVERLAP, "transfer areas " + i + " and " + j + " of wing " + a.wing()
              + " overlap by " + m(o) + " along it (s " + m(a.sStartMm()) + "-" + m(a.sEndMm()) + " and "
              + m(b.sStartMm()) + "-" + m(b.sEndMm()) + "): the layer would be laid twice there",
              "transfer area " + i));
        }
      }
    }
  }

  /** How far a module's rotation may differ from its wing's direction, degrees (the file's rounding). */
  static final double ROTATION_TOL_DEG = 0.01;

  private static void rowAndRects(CheckContext c, List<Violation> out) {
    for (Placement p : c.placements) {
      int t0 = c.moduleT0Mm(p.wing());
      int end = c.wing(p.wing()).depthMm() - c.rearSetbackMm[p.wing()];
      if (p.tMm() != t0) {
        out.add(new Violation(RuleId.ROW_GEOMETRY, rowText(c, p.wing()) + ", so modules stand at t = " + m(t0)
            + " to " + m(t0 + p.depthMm()) + ", but this one starts at t = " + m(p.tMm()), p.id()));
      } else if (t0 + p.depthMm() > end + CheckContext.TOL_MM) {
        out.add(new Violation(RuleId.ROW_GEOMETRY, rowText(c, p.wing()) + ", so modules stand from t = " + m(t0)
            + ", and this " + m(p.depthMm()) + " deep one reaches t = " + m(t0 + p.depthMm()) + ", past the wing's"
            + " depth less its rear setback (" + m(end) + ")", p.id()));
      }
      rectMatches(c.rect(p), p.footprint(), p.id(), out);
      // its rotation is its wing's direction, as its rectangle is the wing's (a QA pass: 45 degrees, edited by hand,
      // passed without a word)
      double off = Math.abs(Math.IEEEremainder(p.rotationDeg() - c.wing(p.wing()).directionDeg(), 360));
      if (off > ROTATION_TOL_DEG) {
        out.add(new Violation(RuleId.PLAN_RECT, String.format(java.util.Locale.ROOT, "rotation %.2f degrees, but the"
            + " modules of wing %d run along it, at %.2f degrees", p.rotationDeg(), p.wing(),
            c.wing(p.wing()).directionDeg()), p.id()));
      }
    }
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      if (!c.galleries.contains(g)) {
        continue;
      }
      boolean onRoof = c.galleryOnRoof(g.wing());
      if (g.cantilevered() == onRoof) {
        out.add(new Violation(RuleId.ROW_GEOMETRY, rowText(c, g.wing()) + ", but this gallery segment is "
            + (g.cantilevered() ? "cantilevered" : "on the roof"), "gallery " + i));
      }
      rectMatches(c.rect(g), g.footprint(), "gallery " + i, out);
    }
    // a transfer area's rectangle is its range along the wing, over the band: its load and cost are by the rectangle's
    // area (a QA pass: a rectangle 1 mm long passed, and the foundation load fell by 400-480 kN)
    for (int i = 0; i < c.layout.transferAreas().size(); i++) {
      TransferArea t = c.layout.transferAreas().get(i);
      if (t.wing() >= 0 && t.wing() < c.building.wings().size()) {
        rectMatches(c.rect(t.wing(), t.sStartMm(), c.moduleT0Mm(t.wing()), t.sEndMm() - t.sStartMm(),
            t.footprint().depthMm()), t.footprint(), "transfer " + i, out);
      }
    }
    transferBands(c, out);
  }

  /**
   * The transfer layer covers the row's band on each wing: every transfer area of the wing as deep as one of the
   * line's dwelling modules that fits behind the gallery where it stands, all of them alike, and no dwelling module of
   * the wing deeper (docs/model.md, "Transfer areas": the planner lays the deepest that fits, or, on a wing's second
   * row, a shallower one).
   */
  private static void transferBands(CheckContext c, List<Violation> out) {
    Map<Integer, Double> band = new TreeMap<>();
    for (int i = 0; i < c.layout.transferAreas().size(); i++) {
      TransferArea t = c.layout.transferAreas().get(i);
      int w = t.wing();
      if (w < 0 || w >= c.building.wings().size()) {
        continue;
      }
      double d = t.footprint().depthMm();
      Double first = band.putIfAbsent(w, d);
      int room = c.usableDepthMm(w) - (c.galleryOnRoof(w) ? c.galleryDepthMm() : 0);
      boolean aModule = c.types.values().stream().anyMatch(m -> m.kind() == ModuleKind.DWELLING
          && Math.abs(m.depthMm() - d) <= RECT_TOL_MM && m.depthMm() <= room);
      if (first != null && Math.abs(first - d) > RECT_TOL_MM) {
        out.add(new Violation(RuleId.ROW_GEOMETRY, "transfer area on wing " + w + " is " + m(d) + " deep, but the"
            + " wing's first is " + m(first) + ": the band has one depth", "transfer " + i));
      } else if (!aModule) {
        out.add(new Violation(RuleId.ROW_GEOMETRY, "transfer area on wing " + w + " is " + m(d) + " deep: not the"
            + " depth of a dwelling module that fits behind the gallery where it stands (" + m(room) + " of room)",
            "transfer " + i));
      }
    }
    for (Placement p : c.placements) {
      Double d = band.get(p.wing());
      if (d != null && c.type(p).kind() == ModuleKind.DWELLING && p.depthMm() > d + RECT_TOL_MM) {
        out.add(new Violation(RuleId.ROW_GEOMETRY, "this " + m(p.depthMm()) + " deep module is deeper than the"
            + " transfer band of its wing (" + m(d) + ")", p.id()));
      }
    }
  }

  private static String rowText(CheckContext c, int w) {
    int g = c.galleryDepthMm();
    int d = c.deepestDwellingMm();
    int u = c.usableDepthMm(w);
    String depth = "usable depth " + m(u) + " (depth " + m(c.wing(w).depthMm()) + " less setbacks "
        + m(c.frontSetbackMm[w]) + " front, " + m(c.rearSetbackMm[w]) + " rear)";
    if (c.galleryPlaceOpen(w)) {
      String why = c.galleryOnRoofByRule(w) ? " = " + m(g + d) + " <= " + depth + ", so the gallery fits on the roof"
          + " and may be cantilevered" : " > " + depth + ", but gallery + " + m(c.shallowestDwellingMm())
          + " module fits, so the gallery may stand either way";
      return "wing " + w + ": gallery " + m(g) + " + deepest module " + m(d) + why + "; this layout has it "
          + (c.galleryOnRoof(w) ? "on the roof" : "cantilevered") + " (its first gallery segment on the wing, or"
          + " else its first module there)";
    }
    return "wing " + w + ": gallery " + m(g) + " + deepest module " + m(d) + " = " + m(g + d)
        + (c.galleryOnRoof(w) ? " <= " : " > ") + depth + ", so the gallery is "
        + (c.galleryOnRoof(w) ? "on the roof" : "cantilevered");
  }

  private static void rectMatches(Polygon expected, PlanRect given, String id, List<Violation> out) {
    Polygon actual = given.polygon();
    double d = DiscreteHausdorffDistance.distance(expected, actual);
    if (d > RECT_TOL_MM) {
      out.add(new Violation(RuleId.PLAN_RECT, String.format(java.util.Locale.ROOT, "plan rectangle lies %.0f mm"
          + " from the rectangle its wing position gives (limit %.0f mm)", d, RECT_TOL_MM), id));
    }
  }

  /**
   * Every module, and every gallery on the roof, within the roof outline and out of its setbacks ({@link RoofBounds},
   * by predicates alone); every cantilevered gallery off the roof, but for a sliver along the facade.
   */
  private static void containment(CheckContext c, List<Violation> out) {
    for (Placement p : c.placements) {
      outside(c, c.rect(p), "module", p.id(), out);
    }
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      if (!c.galleries.contains(g)) {
        continue;
      }
      Polygon r = c.rect(g);
      if (c.galleryOnRoof(g.wing())) {
        outside(c, r, "gallery on the roof", "gallery " + i, out);
      } else if (CheckContext.overlapsBeyond(r, c.building.roofOutline(), CANTILEVER_OVER_ROOF_TOL_MM)) {
        out.add(new Violation(RuleId.CONTAINMENT, String.format(java.util.Locale.ROOT, "the cantilevered gallery"
            + " lies %.3f m² over the roof", Geometries.intersection(r, c.building.roofOutline()).getArea() / 1e6),
            "gallery " + i));
      }
    }
  }

  /**
   * Reports {@code r}, the rectangle of the {@code what} {@code id}, where it breaks the roof's bounds: how much of it
   * lies outside the roof less setbacks (an overlay, for the message only) and where.
   */
  private static void outside(CheckContext c, Polygon r, String what, String id, List<Violation> out) {
    List<String> breaches = c.roofBounds.breaches(r);
    if (!breaches.isEmpty()) {
      double m2 = Geometries.difference(r, c.usableRoof).getArea() / 1e6;
      String area = m2 < 0.0005 ? "less than 0.001 m²" : String.format(java.util.Locale.ROOT, "%.3f m²", m2);
      out.add(new Violation(RuleId.CONTAINMENT, area + " of the " + what + " lies outside the roof outline less"
          + " setbacks (" + String.join("; ", breaches) + ")", id));
    }
  }

  private static void overlaps(CheckContext c, List<Violation> out) {
    Map<Integer, List<Placement>> byStorey = new TreeMap<>();
    for (Placement p : c.placements) {
      byStorey.computeIfAbsent(p.storey(), k -> new ArrayList<>()).add(p);
    }
    for (List<Placement> ps : byStorey.values()) {
      List<Polygon> rs = ps.stream().map(c::rect).toList();
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          if (CheckContext.overlaps(rs.get(i), rs.get(j))) {
            out.add(new Violation(RuleId.OVERLAP, String.format(java.util.Locale.ROOT, "overlaps %s on storey %d by"
                + " %.3f m²", ps.get(j).id(), ps.get(i).storey(),
                Geometries.intersection(rs.get(i), rs.get(j)).getArea() / 1e6), ps.get(i).id()));
          }
        }
      }
    }
    List<GallerySegment> gs = c.layout.galleries();
    for (int i = 0; i < gs.size(); i++) {
      for (int j = i + 1; j < gs.size(); j++) {
        GallerySegment a = gs.get(i);
        GallerySegment b = gs.get(j);
        double o = Intervals.overlapMm(a.sStartMm(), a.sEndMm(), b.sStartMm(), b.sEndMm());
        if (c.galleries.contains(a) && c.galleries.contains(b) && a.storey() == b.storey() && a.wing() == b.wing()
            && o > CheckContext.TOL_MM) {
          out.add(new Violation(RuleId.OVERLAP, "gallery segments " + i + " and " + j + " on storey " + a.storey()
              + " wing " + a.wing() + " overlap by " + m(o) + " (s " + m(a.sStartMm()) + "-" + m(a.sEndMm()) + " and "
              + m(b.sStartMm()) + "-" + m(b.sEndMm()) + ")", "gallery " + i));
        }
      }
    }
    galleriesOverOtherWings(c, out);
  }

  /**
   * Reports galleries overlapping a module of another wing on their storey: where two wings meet (an L's corner), one
   * wing's gallery may not run through the other's modules (its own row's geometry keeps it off its own). The plan
   * keeps such a gallery slot and candidate apart on every storey ({@code CrossWingConflicts}).
   */
  private static void galleriesOverOtherWings(CheckContext c, List<Violation> out) {
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      if (!c.galleries.contains(g)) {
        continue;
      }
      Polygon r = c.rect(g);
      for (Placement p : c.placements) {
        if (p.storey() == g.storey() && p.wing() != g.wing() && CheckContext.overlaps(r, c.rect(p))) {
          out.add(new Violation(RuleId.OVERLAP, String.format(java.util.Locale.ROOT, "the gallery of wing %d on storey"
              + " %d overlaps %s of wing %d by %.3f m²", g.wing(), g.storey(), p.id(), p.wing(),
              Geometries.intersection(r, c.rect(p)).getArea() / 1e6), "gallery " + i));
        }
      }
    }
  }

  private static void obstacles(CheckContext c, List<Violation> out) {
    List<RoofObstacle> obs = c.building.obstacles();
    for (int idx : c.layout.removedObstacles()) {
      if (idx < 0 || idx >= obs.size()) {
        out.add(new Violation(RuleId.OBSTACLE, "removed obstacle " + idx + " does not exist", "layout"));
      } else if (!obs.get(idx).removable()) {
        out.add(new Violation(RuleId.OBSTACLE, "obstacle " + idx + " (" + obs.get(idx).description()
            + ") is removed but is not removable", "obstacle " + idx));
      }
    }
    for (int i = 0; i < obs.size(); i++) {
      if (!obs.get(i).removable() || !c.layout.removedObstacles().contains(i)) {
        blocked(c, obs.get(i).footprint(), "obstacle " + i + " (" + obs.get(i).description() + ")", true, 1, out);
      }
    }
    List<StairCore> cores = c.building.stairCores();
    for (int i = 0; i < cores.size(); i++) {
      int ext = c.coreExtension(i);
      if (ext <= 0) {
        blocked(c, cores.get(i).footprint(), "stair core " + i + " (not extended)", true, 1, out);
      } else {
        blocked(c, cores.get(i).footprint(), "stair core " + i + " (extended by " + ext + " storeys)", false, ext,
            out);
      }
      galleriesAbove(c, cores.get(i).footprint(), i, Math.max(0, ext), out);
    }
    liftShaft(c, out);
  }

  /**
   * The existing lift's shaft, where the building gives it: no module stands on it on any storey (below the extension
   * the shaft itself, above it its head and overrun), and an on-roof gallery may pass it only where the lift is
   * extended to storey 1, as a gallery passes an extended stair core (docs/model.md, "Geometry of the row").
   */
  private static void liftShaft(CheckContext c, List<Violation> out) {
    if (!c.building.lift().positioned()) {
      return;
    }
    boolean extended = c.existingLiftReaches(1);
    String what = "the existing lift's shaft (" + (extended
        ? "extended by " + Texts.count(c.layout.liftExtensionStoreys(), "storey") : "not extended") + ")";
    blocked(c, c.building.lift().footprint(), what, !extended, Integer.MAX_VALUE, out);
  }

  /**
   * Reports galleries above storey {@code ext} that cross {@code area}, the outline of stair core {@code core} extended
   * {@code ext} storeys: a gallery crossing a core, on the roof or cantilevered in front of the facade, passes through
   * the core's extension on its storey, so the core must be extended at least as high as the gallery (docs/model.md,
   * "Geometry of the row"); a gallery above the extension would stand on the core's new roof, which no load rule
   * carries. An on-roof gallery of storey 1 over a core not extended at all is {@link #blocked}'s to report.
   */
  private static void galleriesAbove(CheckContext c, Polygon area, int core, int ext, List<Violation> out) {
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      if (!c.galleries.contains(g)) { // a wing that does not exist, say: reported as such, not checked here
        continue;
      }
      boolean reported = ext == 0 && g.storey() == 1 && c.galleryOnRoof(g.wing());
      if (g.storey() > ext && !reported && CheckContext.overlaps(c.rect(g), area)) {
        out.add(new Violation(RuleId.OBSTACLE, (c.galleryOnRoof(g.wing()) ? "gallery" : "cantilevered gallery")
            + " on storey " + g.storey() + " crosses stair core " + core + ", "
            + (ext == 0 ? "not extended" : "extended to storey " + ext + " only") + ": a gallery crossing a core"
            + " needs the core extended as high as the gallery", "gallery " + i));
      }
    }
  }

  /** Reports modules on storeys 1..upTo (and on-roof galleries on storey 1 when asked) overlapping {@code area}. */
  private static void blocked(CheckContext c, Polygon area, String what, boolean galleriesToo, int upTo,
      List<Violation> out) {
    for (Placement p : c.placements) {
      if (p.storey() <= upTo && CheckContext.overlaps(c.rect(p), area)) {
        out.add(new Violation(RuleId.OBSTACLE, "overlaps " + what + " on storey " + p.storey(), p.id()));
      }
    }
    if (!galleriesToo) {
      return;
    }
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      if (c.galleries.contains(g) && g.storey() == 1 && c.galleryOnRoof(g.wing())
          && CheckContext.overlaps(c.rect(g), area)) {
        out.add(new Violation(RuleId.OBSTACLE, "gallery on the roof overlaps " + what, "gallery " + i));
      }
    }
  }
}
