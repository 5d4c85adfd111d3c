package nl.toplaag.solve.strip;

import java.util.ArrayList;
import java.util.List;

/**
 * The undominated labels of one position and group of the strip programme's scan ({@link StripDp}), sorted by value,
 * highest first, and among labels worth as much in the order stored: the order the scan expands them in. From
 * {@value #CLASSES_FROM} labels on, they are also kept apart by the class of their discrete fields (gallery height,
 * transfer layer, highest storey with dwellings, highest lift modules), each class in the same order: a label
 * dominates another only where these fields allow it ({@link #canDominate}), so the dominance test reads only the
 * classes that may. On the scans after the count of
 * g1002 and g1031, about half the labels it read before failed on one of these fields.
 */
final class LabelGroup {
  /**
   * Labels a group holds before it keeps them by class too: in smaller groups (the beams' above all) looking the
   * classes up cost more than the labels it saved reading (g1015, whose labels are mostly its beams', 1.12-1.15 times
   * as long with classes in every group).
   */
  static final int CLASSES_FROM = 64;
  final List<Label> all = new ArrayList<>();
  /** Per class, its fields: gallery height, transfer layer (0, 1), highest storey used, lift, fire-fighting lift. */
  private List<int[]> classes;
  private List<List<Label>> byClass;

  /**
   * Stores {@code l}, unless a label of the group dominates it, and drops the labels it dominates; {@code above}
   * and {@code from} are the index of the first label of {@link #all} worth less than {@code l} and of the first
   * worth at most as much. False where {@code l} is dominated.
   */
  boolean store(Label l, int above, int from) {
    // the labels worth at least as much are read from the least valuable up: one that dominates l is more often
    // close to it in value, since the more valuable mostly carry more load (g1031's test 0.31 -> 0.26 s)
    if (byClass == null) {
      for (int k = above - 1; k >= 0; k--) {
        if (Label.dominates(all.get(k), l)) {
          return false;
        }
      }
      keepUndominated(all, from, l);
      all.add(firstBelow(all, l.value), l);
      if (all.size() >= CLASSES_FROM) {
        classes = new ArrayList<>();
        byClass = new ArrayList<>();
        for (Label o : all) {
          byClass.get(classOf(o)).add(o); // in the group's order
        }
      }
      return true;
    }
    int c = classOf(l);
    for (int q = 0; q < byClass.size(); q++) {
      if (canDominate(q, c)) {
        List<Label> labels = byClass.get(q);
        for (int k = firstBelow(labels, l.value) - 1; k >= 0; k--) {
          if (Label.dominates(labels.get(k), l)) {
            return false;
          }
        }
      }
    }
    boolean removed = false;
    for (int q = 0; q < byClass.size(); q++) {
      if (canDominate(c, q)) {
        List<Label> labels = byClass.get(q);
        removed |= keepUndominated(labels, firstBelow(labels, l.value + 1), l);
      }
    }
    if (removed) { // only labels worth at most as much as l were
      int w = from;
      for (int k = from; k < all.size(); k++) {
        Label o = all.get(k);
        if (!o.dominated) {
          all.set(w++, o);
        }
      }
      shrink(all, w);
    }
    all.add(firstBelow(all, l.value), l);
    List<Label> labels = byClass.get(c);
    labels.add(firstBelow(labels, l.value), l);
    return true;
  }

  /**
   * Drops from {@code labels}, from index {@code from} on, those {@code l} dominates, marked so; true where any.
   */
  private static boolean keepUndominated(List<Label> labels, int from, Label l) {
    int w = from;
    for (int k = from; k < labels.size(); k++) {
      Label o = labels.get(k);
      if (!Label.dominates(l, o)) {
        labels.set(w++, o);
      } else {
        o.dominated = true;
      }
    }
    boolean any = w < labels.size();
    shrink(labels, w);
    return any;
  }

  /** Drops the labels of {@code labels} from index {@code size} on. */
  private static void shrink(List<Label> labels, int size) {
    while (labels.size() > size) {
      labels.remove(labels.size() - 1);
    }
  }

  /** The index of the class of {@code l}, added where the group has none yet. */
  private int classOf(Label l) {
    for (int c = 0; c < classes.size(); c++) {
      int[] f = classes.get(c);
      if (f[0] == l.gh && f[1] == (l.transfer ? 1 : 0) && f[2] == l.used && f[3] == l.lift && f[4] == l.ffLift) {
        return c;
      }
    }
    classes.add(new int[] {l.gh, l.transfer ? 1 : 0, l.used, l.lift, l.ffLift});
    byClass.add(new ArrayList<>());
    return classes.size() - 1;
  }

  /** Whether a label of class {@code a} may dominate one of class {@code b} ({@link Label#dominates}). */
  private boolean canDominate(int a, int b) {
    int[] x = classes.get(a);
    int[] y = classes.get(b);
    return x[0] >= y[0] && x[1] >= y[1] && x[2] <= y[2] && x[3] >= y[3] && x[4] >= y[4];
  }

  /** Drops the label at {@code k} of {@link #all} (a beam's least promising). */
  void remove(int k) {
    Label l = all.remove(k);
    for (int q = 0; byClass != null && q < byClass.size(); q++) {
      if (byClass.get(q).remove(l)) {
        return;
      }
    }
  }

  /** The first index in {@code group} (sorted by value, highest first) whose value is below {@code v}. */
  static int firstBelow(List<Label> group, long v) {
    int lo = 0;
    int hi = group.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (group.get(mid).value >= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
