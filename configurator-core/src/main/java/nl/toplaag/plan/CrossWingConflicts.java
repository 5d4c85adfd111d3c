package nl.toplaag.plan;

import java.util.ArrayList;
import java.util.List;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Pairs of elements of different wings whose plan rectangles overlap (where two wings meet). A pair holds a
 * candidate index, or {@code -1 - slot} for a gallery slot. Only storey 1 is compared: upper storeys stand on it.
 * Used by the CP-SAT model and the strip programme alike.
 */
public final class CrossWingConflicts {

  private CrossWingConflicts() {}

  /** The overlapping pairs of {@code plan}, each ordered as found (candidates first, then gallery slots). */
  public static List<int[]> of(Plan plan) {
    if (plan.building().wings().size() < 2) {
      return List.of();
    }
    List<int[]> ids = new ArrayList<>();
    List<Polygon> rects = new ArrayList<>();
    List<Integer> wings = new ArrayList<>();
    for (Candidate c : plan.candidates()) {
      ids.add(new int[] {c.index()});
      rects.add(rect(plan, c.wing(), c.sMm(), c.tMm(), c.widthMm(), c.module().depthMm()));
      wings.add(c.wing());
    }
    int gd = plan.line().gallery().depthMm();
    for (GallerySlot s : plan.galleries()) {
      ids.add(new int[] {-1 - s.index()});
      rects.add(rect(plan, s.wing(), s.s0Mm(), plan.rows().get(s.wing()).galleryT0Mm(), s.s1Mm() - s.s0Mm(), gd));
      wings.add(s.wing());
    }
    STRtree index = new STRtree();
    for (int k = 0; k < rects.size(); k++) {
      index.insert(rects.get(k).getEnvelopeInternal(), k);
    }
    List<int[]> out = new ArrayList<>();
    for (int a = 0; a < rects.size(); a++) {
      Polygon pa = rects.get(a);
      List<Integer> near = new ArrayList<>();
      for (Object o : index.query(pa.getEnvelopeInternal())) {
        int b = (Integer) o;
        if (b > a && !wings.get(a).equals(wings.get(b)) && (ids.get(a)[0] >= 0 || ids.get(b)[0] >= 0)) {
          near.add(b);
        }
      }
      java.util.Collections.sort(near); // the pairs in the order of a scan over all of them
      for (int b : near) {
        Polygon pb = rects.get(b);
        if (pa.intersects(pb) && Geometries.intersection(pa, pb).getArea() > 1.0) {
          out.add(new int[] {ids.get(a)[0], ids.get(b)[0]});
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code s} places no pair of {@code conflicts} (from {@link #of}) both: a column of any height or a gallery
   * slot on any storey.
   */
  public static boolean apart(List<int[]> conflicts, Selection s) {
    for (int[] pair : conflicts) {
      if (placed(pair[0], s) && placed(pair[1], s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean placed(int element, Selection s) {
    return element >= 0 ? s.columnHeight()[element] > 0 : s.galleryHeight()[-1 - element] > 0;
  }

  private static Polygon rect(Plan plan, int wing, double s, double t, double len, double depth) {
    Wing w = plan.building().wings().get(wing);
    return Geometries.rectangle(w.planX(s, t), w.planY(s, t), w.ux(), w.uy(), len, depth);
  }
}
