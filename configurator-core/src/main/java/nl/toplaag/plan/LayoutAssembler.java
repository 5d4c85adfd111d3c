package nl.toplaag.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.building.Wing;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.layout.TransferArea;

/** Turns a {@link Selection} on a {@link Plan} into a {@link Layout} with stable ids and plan rectangles. */
public final class LayoutAssembler {

  private LayoutAssembler() {}

  /** The layout of {@code s}. */
  public static Layout assemble(Plan plan, Selection s) {
    Evaluation ev = Evaluation.of(plan, s);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : plan.candidates()) {
      if (s.columnHeight()[c.index()] > 0) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::wing).thenComparingInt(Candidate::sMm));
    List<Placement> modules = new ArrayList<>();
    for (int k = 1; k <= plan.storeys(); k++) {
      int dwelling = 0;
      for (Candidate c : chosen) {
        if (s.columnHeight()[c.index()] < k) {
          continue;
        }
        String base = "S" + k + "-W" + c.wing();
        String did = c.dwelling() != null ? base + "-D" + (++dwelling) : "";
        for (int m = 0; m < c.boxes(); m++) {
          int sm = c.sMm() + m * c.module().widthMm();
          String id = c.dwelling() != null ? did + "-M" + (m + 1) : base + "-" + c.kind().name().charAt(0) + "@" + sm;
          modules.add(new Placement(id, c.module().id(), c.kind(), k, did,
              c.dwelling() == null ? "" : c.dwelling().id(),
              c.wing(), sm, c.tMm(), c.module().widthMm(), c.module().depthMm(), plan.floorLevelMm(k),
              c.module().heightMm(), plan.building().wings().get(c.wing()).directionDeg(), c.offWalls(m),
              rect(plan, c.wing(), sm, c.tMm(), c.module().widthMm(), c.module().depthMm())));
        }
      }
    }
    List<GallerySegment> galleries = new ArrayList<>();
    int gd = plan.line().gallery().depthMm();
    for (int k = 1; k <= plan.storeys(); k++) {
      for (GallerySlot g : plan.galleries()) {
        if (s.galleryHeight()[g.index()] >= k) {
          WingRow row = plan.rows().get(g.wing());
          galleries.add(new GallerySegment(plan.line().gallery().id(), k, g.wing(), g.s0Mm(), g.s1Mm(),
              g.cantilevered(), rect(plan, g.wing(), g.s0Mm(), row.galleryT0Mm(), g.s1Mm() - g.s0Mm(), gd)));
        }
      }
    }
    List<TransferArea> transfer = new ArrayList<>();
    for (Bay b : plan.bays()) {
      if (s.transfer()[b.index()]) {
        WingRow row = plan.rows().get(b.wing());
        transfer.add(new TransferArea(b.wing(), b.s0Mm(), b.s1Mm(),
            rect(plan, b.wing(), b.s0Mm(), row.moduleT0Mm(), b.lengthMm(), row.rowDepthMm())));
      }
    }
    int[] cores = new int[plan.building().stairCores().size()];
    for (int i = 0; i < plan.cores().size(); i++) {
      cores[plan.cores().get(i).core()] = s.coreHeight()[i];
    }
    List<Integer> removed = new ArrayList<>();
    for (int o = 0; o < s.removed().length; o++) {
      if (s.removed()[o]) {
        removed.add(o);
      }
    }
    Map<Integer, double[]> perLine = new TreeMap<>();
    for (Wall w : plan.walls()) {
      double[] v = perLine.computeIfAbsent(w.bearingLine(), i -> new double[2]);
      v[0] += ev.wallLoadKn().get(w.index());
      v[1] += w.capacityKn();
    }
    List<LineLoad> loads = new ArrayList<>();
    perLine.forEach((i, v) -> loads.add(new LineLoad(i, v[0], v[1])));
    int storeys = 0;
    for (Placement p : modules) {
      storeys = Math.max(storeys, p.storey());
    }
    return new Layout(plan.building().id(), List.of(plan.line().id()), storeys, modules, galleries, transfer,
        java.util.Arrays.stream(cores).boxed().toList(), s.liftExtension(), removed, s.dryRiser(), loads,
        ev.foundationKn(), ev.costEur());
  }

  private static PlanRect rect(Plan plan, int wing, double s, double t, double len, double depth) {
    Wing w = plan.building().wings().get(wing);
    return new PlanRect(w.planX(s, t), w.planY(s, t), w.ux(), w.uy(), len, depth);
  }
}
