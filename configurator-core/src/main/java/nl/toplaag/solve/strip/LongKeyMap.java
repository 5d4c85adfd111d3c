package nl.toplaag.solve.strip;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to values, by open addressing: a lookup reads one array of keys instead
 * of a chain of entry, key and array objects, and allocates nothing. For the wall table's cache of moves between
 * bays ({@link WallBound}), looked up several times for every entry block computed. Not thread-safe.
 *
 * @param <V> the values
 */
final class LongKeyMap<V> {

  private static final long FREE = -1;
  /** Fibonacci hashing: the key times 2^64 over the golden ratio, its high bits the slot. */
  private static final long SPREAD = 0x9E3779B97F4A7C15L;

  private long[] keys;
  private Object[] values;
  private int size;
  private int shift;

  /** An empty map. */
  LongKeyMap() {
    allocate(64);
  }

  /** The value of {@code key}, or {@code null}. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    for (int i = slot(key); ; i = (i + 1) & (keys.length - 1)) {
      long k = keys[i];
      if (k == key) {
        return (V) values[i];
      }
      if (k == FREE) {
        return null;
      }
    }
  }

  /** Maps {@code key} (at least 0) to {@code value} (not null), which it must not hold yet. */
  void put(long key, V value) {
    if (key < 0 || value == null) {
      throw new IllegalArgumentException("a key at least 0 and a value, not " + key + " and " + value);
    }
    if (2 * (size + 1) > keys.length) {
      long[] oldKeys = keys;
      Object[] oldValues = values;
      allocate(2 * keys.length);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != FREE) {
          insert(oldKeys[i], oldValues[i]);
        }
      }
    }
    insert(key, value);
    size++;
  }

  /** The keys mapped. */
  int size() {
    return size;
  }

  private void insert(long key, Object value) {
    int i = slot(key);
    while (keys[i] != FREE) {
      i = (i + 1) & (keys.length - 1);
    }
    keys[i] = key;
    values[i] = value;
  }

  private int slot(long key) {
    return (int) ((key * SPREAD) >>> shift);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    Arrays.fill(keys, FREE);
    values = new Object[capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }
}
