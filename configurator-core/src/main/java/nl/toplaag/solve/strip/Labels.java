package nl.toplaag.solve.strip;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Labels of a group of the strip programme ({@link StripDp.Group}) sorted by value, highest first, with each label's
 * value kept beside it: the search for a value ({@link #firstBelow}), made for every label stored, reads a flat array
 * instead of a label from memory at each of its steps. The labels' values do not change once they are stored.
 */
final class Labels implements Iterable<StripDp.Label> {

  private StripDp.Label[] items = new StripDp.Label[4];
  private long[] values = new long[4];
  private int size;

  int size() {
    return size;
  }

  StripDp.Label get(int k) {
    return items[k];
  }

  /** Puts {@code l} at index {@code k} (below {@link #size}) in place of the label there. */
  void set(int k, StripDp.Label l) {
    items[k] = l;
    values[k] = l.value;
  }

  /** Inserts {@code l} at index {@code k}, the labels from there on one further. */
  void add(int k, StripDp.Label l) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    System.arraycopy(items, k, items, k + 1, size - k);
    System.arraycopy(values, k, values, k + 1, size - k);
    items[k] = l;
    values[k] = l.value;
    size++;
  }

  /** Removes the label at index {@code k} and returns it. */
  StripDp.Label remove(int k) {
    StripDp.Label l = items[k];
    System.arraycopy(items, k + 1, items, k, size - k - 1);
    System.arraycopy(values, k + 1, values, k, size - k - 1);
    items[--size] = null;
    return l;
  }

  /** Removes label {@code l} (the same object); false where it is not here. */
  boolean remove(StripDp.Label l) {
    for (int k = 0; k < size; k++) {
      if (items[k] == l) {
        remove(k);
        return true;
      }
    }
    return false;
  }

  /** Drops the labels from index {@code n} on. */
  void shrink(int n) {
    Arrays.fill(items, n, size, null);
    size = n;
  }

  /** The first index whose label's value is below {@code v}. */
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

  @Override
  public Iterator<StripDp.Label> iterator() {
    return new Iterator<>() {
      private int k;

      @Override
      public boolean hasNext() {
        return k < size;
      }

      @Override
      public StripDp.Label next() {
        if (k >= size) {
          throw new NoSuchElementException();
        }
        return items[k++];
      }
    };
  }
}
