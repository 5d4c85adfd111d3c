package nl.toplaag.solve.strip;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Labels sorted by value, highest first, as a group of the strip programme keeps them ({@link LabelGroup}), with each
 * label's value and the three load sums its dominance test reads first ({@link Label#dominates}) in arrays of their
 * own. The search for a label's place and most failed dominance tests then read no label: the labels lie scattered in
 * memory, and on g1013 (an 80 m slab, three storeys) the search for a label's place alone took a quarter of the scan's
 * samples when it read them.
 */
final class SortedLabels implements Iterable<Label> {
  private Label[] labels = new Label[4];
  private long[] values = new long[4];
  /**
   * Per label, its {@link Label#foundationDom}, {@link Label#bayDom} and {@link Label#wallsDomSum}; null once
   * {@link #dropSums}.
   */
  private long[] foundations = new long[4];
  private long[] bays = new long[4];
  private long[] walls = new long[4];
  private int size;

  /** The labels held. */
  int size() {
    return size;
  }

  /** The label at index {@code k}. */
  Label get(int k) {
    return labels[k];
  }

  /** The first index whose label is worth less than {@code v}. */
  int firstBelow(long v) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] >= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Keeps the labels and values alone from here on: the group's list of all its labels, once its dominance tests read
   * its classes' ({@link LabelGroup}), where inserting a label moved five arrays instead of one or two (on g1013 that
   * took 7 % of the scan's samples). {@link #dominates} and {@link #dominatedBy} may not be called after.
   */
  void dropSums() {
    foundations = null;
    bays = null;
    walls = null;
  }

  /** Whether the label at {@code k} dominates {@code l} ({@link Label#dominates}). */
  boolean dominates(int k, Label l) {
    return values[k] >= l.value && foundations[k] <= l.foundationDom && bays[k] <= l.bayDom
        && walls[k] <= l.wallsDomSum && Label.dominates(labels[k], l);
  }

  /** Whether {@code l} dominates the label at {@code k} ({@link Label#dominates}). */
  boolean dominatedBy(int k, Label l) {
    return values[k] <= l.value && foundations[k] >= l.foundationDom && bays[k] >= l.bayDom
        && walls[k] >= l.wallsDomSum && Label.dominates(l, labels[k]);
  }

  /** Inserts {@code l} after the labels worth at least as much. */
  void insert(Label l) {
    int at = firstBelow(l.value);
    if (size == labels.length) {
      int n = size * 2;
      labels = Arrays.copyOf(labels, n);
      values = Arrays.copyOf(values, n);
      if (walls != null) {
        foundations = Arrays.copyOf(foundations, n);
        bays = Arrays.copyOf(bays, n);
        walls = Arrays.copyOf(walls, n);
      }
    }
    int tail = size - at;
    System.arraycopy(labels, at, labels, at + 1, tail);
    System.arraycopy(values, at, values, at + 1, tail);
    if (walls != null) {
      System.arraycopy(foundations, at, foundations, at + 1, tail);
      System.arraycopy(bays, at, bays, at + 1, tail);
      System.arraycopy(walls, at, walls, at + 1, tail);
    }
    put(at, l);
    size++;
  }

  /** Drops the labels from index {@code from} on that are marked {@link Label#dominated}, keeping the others in order. */
  void dropMarked(int from) {
    int w = from;
    for (int k = from; k < size; k++) {
      if (!labels[k].dominated) {
        move(k, w++);
      }
    }
    shrink(w);
  }

  /**
   * Drops from index {@code from} on the labels {@code l} dominates, each marked {@link Label#dominated}; true where
   * any.
   */
  boolean dropDominatedBy(int from, Label l) {
    int w = from;
    for (int k = from; k < size; k++) {
      if (!dominatedBy(k, l)) {
        move(k, w++);
      } else {
        labels[k].dominated = true;
      }
    }
    boolean any = w < size;
    shrink(w);
    return any;
  }

  /** Drops the label at {@code k}. */
  Label remove(int k) {
    Label l = labels[k];
    int tail = size - k - 1;
    System.arraycopy(labels, k + 1, labels, k, tail);
    System.arraycopy(values, k + 1, values, k, tail);
    if (walls != null) {
      System.arraycopy(foundations, k + 1, foundations, k, tail);
      System.arraycopy(bays, k + 1, bays, k, tail);
      System.arraycopy(walls, k + 1, walls, k, tail);
    }
    labels[--size] = null;
    return l;
  }

  /** Drops {@code l} (the same object) where held; true where it was. */
  boolean remove(Label l) {
    for (int k = 0; k < size; k++) {
      if (labels[k] == l) {
        remove(k);
        return true;
      }
    }
    return false;
  }

  @Override
  public Iterator<Label> iterator() {
    return new Iterator<>() {
      private int k;

      @Override
      public boolean hasNext() {
        return k < size;
      }

      @Override
      public Label next() {
        if (k >= size) {
          throw new NoSuchElementException();
        }
        return labels[k++];
      }
    };
  }

  private void put(int k, Label l) {
    labels[k] = l;
    values[k] = l.value;
    if (walls != null) {
      foundations[k] = l.foundationDom;
      bays[k] = l.bayDom;
      walls[k] = l.wallsDomSum;
    }
  }

  private void move(int from, int to) {
    if (from != to) {
      labels[to] = labels[from];
      values[to] = values[from];
      if (walls != null) {
        foundations[to] = foundations[from];
        bays[to] = bays[from];
        walls[to] = walls[from];
      }
    }
  }

  /** Drops the labels from index {@code n} on. */
  private void shrink(int n) {
    Arrays.fill(labels, n, size, null);
    size = n;
  }
}
