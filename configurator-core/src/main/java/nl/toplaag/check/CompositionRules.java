package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;

/**
 * Product lines, module types and dwelling grouping ({@link RuleId#PRODUCT_LINE}, {@link RuleId#DWELLING}), and
 * the reasons an element cannot be checked further (unknown wing or storey).
 */
final class CompositionRules {

  /**
   * The shortest gallery segment, mm: a gallery is laid a bay at a time, and a bay is at least this long
   * (docs/model.md, "Bays", {@link LoadRules#MIN_BAY_MM}); a shorter segment lies on a sliver of roof beyond a gable
   * wall read a millimetre short of the wing's end.
   */
  static final int MIN_GALLERY_SEGMENT_MM = LoadRules.MIN_BAY_MM;

  /**
   * The shortest transfer area along its wing, mm: the transfer layer is laid a bay at a time, and a bay is at least
   * this long ({@link LoadRules#MIN_BAY_MM}); a shorter area lies on a sliver of roof beyond a wall (until 3 Dec 2026
   * the planner laid 1 mm areas beyond gable walls read a millimetre short of a wing's end, and result files written
   * then still hold them).
   */
  static final int MIN_TRANSFER_AREA_MM = LoadRules.MIN_BAY_MM;

  private CompositionRules() {}

  static void check(CheckContext c, List<Violation> out) {
    lines(c, out);
    modules(c, out);
    galleriesAndTransfer(c, out);
    dwellings(c, out);
  }

  private static void lines(CheckContext c, List<Violation> out) {
    if (c.layout.productLineIds().isEmpty() && !c.layout.modules().isEmpty()) {
      out.add(new Violation(RuleId.PRODUCT_LINE, "the layout names no product line", "layout"));
    }
    List<String> named = c.layout.productLineIds().stream().distinct().toList();
    if (named.size() > 1) { // a QA pass: an LSF layout with an HSB box of its size passed, naming both lines
      out.add(new Violation(RuleId.PRODUCT_LINE, "the layout names " + named.size() + " product lines ("
          + String.join(", ", named) + "); a layout is of one product line (docs/model.md)", "layout"));
    }
    for (String id : c.layout.productLineIds()) {
      if (c.catalog.line(id).isEmpty()) {
        out.add(new Violation(RuleId.PRODUCT_LINE, "product line \"" + id + "\" is not in the catalogue", "layout"));
      }
    }
  }

  private static void modules(CheckContext c, List<Violation> out) {
    int nw = c.building.wings().size();
    for (Placement p : c.layout.modules()) {
      if (p.wing() < 0 || p.wing() >= nw) {
        out.add(new Violation(RuleId.PLAN_RECT, "wing " + p.wing() + " does not exist (the building has " + nw
            + ")", p.id()));
      }
      if (p.storey() < 1) {
        out.add(new Violation(RuleId.STOREY_COUNT, "storey " + p.storey() + " is not an added storey (1 or more)",
            p.id()));
      }
      ModuleType t = c.types.get(p.moduleTypeId());
      if (t == null) {
        out.add(new Violation(RuleId.PRODUCT_LINE, notInLines(c, p.moduleTypeId()), p.id()));
        continue;
      }
      if (t.kind() != p.kind()) {
        out.add(new Violation(RuleId.PRODUCT_LINE, "placed as " + p.kind() + " but module type " + t.id() + " is a "
            + t.kind(), p.id()));
      }
      if (t.kind() == ModuleKind.GALLERY) {
        out.add(new Violation(RuleId.PRODUCT_LINE, "gallery module " + t.id() + " placed as a module; galleries"
            + " are gallery segments", p.id()));
      }
      if (p.widthMm() != t.widthMm() || p.depthMm() != t.depthMm() || p.heightMm() != t.heightMm()) {
        out.add(new Violation(RuleId.PRODUCT_LINE, String.format(java.util.Locale.ROOT,
            "placed as %d x %d x %d mm but module type %s is %d x %d x %d mm", p.widthMm(), p.depthMm(),
            p.heightMm(), t.id(), t.widthMm(), t.depthMm(), t.heightMm()), p.id()));
      }
    }
  }

  private static String notInLines(CheckContext c, String moduleId) {
    return c.lineOfModule(moduleId).map(l -> "module type " + moduleId + " belongs to product line \"" + l.id()
        + "\", which is not one of the layout's lines " + c.layout.productLineIds())
        .orElse("module type " + moduleId + " is not in the catalogue");
  }

  private static void galleriesAndTransfer(CheckContext c, List<Violation> out) {
    int nw = c.building.wings().size();
    List<GallerySegment> gs = c.layout.galleries();
    for (int i = 0; i < gs.size(); i++) {
      GallerySegment g = gs.get(i);
      String id = "gallery " + i;
      ModuleType t = c.types.get(g.moduleTypeId());
      if (t == null) {
        out.add(new Violation(RuleId.PRODUCT_LINE, notInLines(c, g.moduleTypeId()), id));
      } else if (t.kind() != ModuleKind.GALLERY) {
        out.add(new Violation(RuleId.PRODUCT_LINE, "module type " + t.id() + " is a " + t.kind()
            + ", not a gallery", id));
      }
      if (g.wing() < 0 || g.wing() >= nw) {
        out.add(new Violation(RuleId.PLAN_RECT, "wing " + g.wing() + " does not exist", id));
      }
      if (g.storey() < 1) {
        out.add(new Violation(RuleId.STOREY_COUNT, "storey " + g.storey() + " is not an added storey", id));
      }
      if (g.sEndMm() <= g.sStartMm()) {
        out.add(new Violation(RuleId.ACCESS, "gallery segment from s = " + m(g.sStartMm()) + " to " + m(g.sEndMm())
            + " is not an interval of positive length", id));
      } else if (g.lengthMm() < MIN_GALLERY_SEGMENT_MM) {
        out.add(new Violation(RuleId.ACCESS, String.format(Locale.ROOT, "gallery segment from s = %.3f m to %.3f m"
            + " is %d mm long, shorter than the %d mm of the shortest bay: a sliver of roof beyond a wall, no"
            + " walkway", g.sStartMm() / 1000.0, g.sEndMm() / 1000.0, g.lengthMm(), MIN_GALLERY_SEGMENT_MM), id));
      }
    }
    List<TransferArea> ts = c.layout.transferAreas();
    for (int i = 0; i < ts.size(); i++) {
      TransferArea t = ts.get(i);
      if (t.wing() < 0 || t.wing() >= nw || t.sEndMm() <= t.sStartMm()) {
        out.add(new Violation(RuleId.PLAN_RECT, "transfer area on wing " + t.wing() + " from s = "
            + m(t.sStartMm()) + " to " + m(t.sEndMm()) + " is not a stretch of an existing wing", "transfer " + i));
      } else if (t.sEndMm() - t.sStartMm() < MIN_TRANSFER_AREA_MM) {
        out.add(new Violation(RuleId.SUPPORT, String.format(Locale.ROOT, "transfer area from s = %.3f m to %.3f m"
            + " is %d mm long, shorter than the %d mm of the shortest bay: a sliver of roof beyond a wall, no transfer"
            + " bay", t.sStartMm() / 1000.0, t.sEndMm() / 1000.0, t.sEndMm() - t.sStartMm(), MIN_TRANSFER_AREA_MM),
            "transfer " + i));
      }
    }
  }

  private static void dwellings(CheckContext c, List<Violation> out) {
    Map<String, List<Placement>> byId = new TreeMap<>();
    for (Placement p : c.placements) {
      if (c.type(p).kind() != ModuleKind.DWELLING) {
        continue;
      }
      if (p.dwellingId().isEmpty()) {
        out.add(new Violation(RuleId.DWELLING, "dwelling module without a dwelling id", p.id()));
        continue;
      }
      byId.computeIfAbsent(p.dwellingId(), k -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<String, List<Placement>> e : byId.entrySet()) {
      dwelling(c, e.getKey(), e.getValue(), out);
    }
  }

  private static void dwelling(CheckContext c, String id, List<Placement> ps, List<Violation> out) {
    Placement first = ps.get(0);
    DwellingType dt = c.dwellingTypes.get(first.dwellingTypeId());
    if (dt == null) {
      out.add(new Violation(RuleId.DWELLING, "dwelling " + id + " has type \"" + first.dwellingTypeId()
          + "\", which is not in the layout's product lines", first.id()));
      return;
    }
    for (Placement p : ps) {
      if (!p.dwellingTypeId().equals(dt.id()) || !p.moduleTypeId().equals(dt.moduleTypeId())) {
        out.add(new Violation(RuleId.DWELLING, "module " + p.moduleTypeId() + " of dwelling type "
            + p.dwellingTypeId() + " does not fit dwelling " + id + " of type " + dt.id() + " (made of "
            + dt.moduleTypeId() + ")", p.id()));
      }
      if (p.storey() != first.storey() || p.wing() != first.wing()) {
        out.add(new Violation(RuleId.DWELLING, "dwelling " + id + " spreads over storeys or wings (storey "
            + p.storey() + " wing " + p.wing() + " vs storey " + first.storey() + " wing " + first.wing() + ")",
            p.id()));
        return;
      }
    }
    if (ps.size() != dt.moduleCount()) {
      out.add(new Violation(RuleId.DWELLING, "dwelling " + id + " has " + ps.size() + " modules; type " + dt.id()
          + " has " + dt.moduleCount(), first.id()));
    }
    List<Placement> sorted = new ArrayList<>(ps);
    sorted.sort(Comparator.comparingInt(Placement::sMm));
    for (int i = 1; i < sorted.size(); i++) {
      Placement a = sorted.get(i - 1);
      Placement b = sorted.get(i);
      if (Math.abs(b.sMm() - (a.sMm() + a.widthMm())) > 2 || b.tMm() != a.tMm()) {
        out.add(new Violation(RuleId.DWELLING, "modules of dwelling " + id + " are not side by side: one ends at s = "
            + m(a.sMm() + a.widthMm()) + ", the next starts at s = " + m(b.sMm()), b.id()));
      }
    }
  }
}
