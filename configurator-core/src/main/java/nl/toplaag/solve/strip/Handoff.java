package nl.toplaag.solve.strip;

import java.util.concurrent.locks.LockSupport;

/**
 * The labels of an exact scan handed from the thread that expands them to a second one that stores them
 * ({@link StripDp#storeAside}): a ring of arrivals (a frozen label, its position and group) and marks (one after each
 * label expanded, with the labels made so far), written by the expanding thread and read in order by the storing one.
 * At each mark the storing thread decides, as the scan on one thread would after that label, whether the run stops
 * there, so the run stops after the same label with the same work counted. The expanding thread runs ahead of it
 * within one position and waits for it ({@link #drain}) before it expands the next, whose labels the storing thread
 * has then all stored.
 */
final class Handoff {

  /** What the storing thread does with an arrival, and whether the run stops at a mark. */
  interface Store {
    /** Stores frozen label {@code l} at position {@code j} in its group {@code key}, unless dominated. */
    void arrival(Label l, int j, long key);

    /**
     * Whether the run stops after a label expanded at position {@code i}, with {@code made} labels made by the
     * expanding thread so far; {@code forced}: the expanding thread stopped there (its wall table full, or the clock).
     */
    boolean stopsAt(int i, long made, boolean forced);
  }

  /** Items in the ring: a few milliseconds of the expanding thread's work. */
  private static final int SIZE = 1 << 12;
  private static final int MASK = SIZE - 1;
  /**
   * Busy waits (some 20-50 µs) before a thread that waits for the other parks for {@link #PARK_NANOS} at a time: the
   * expanding thread waits for the storing one at the end of every position, and a storing thread woken from a park
   * would hold it up each time.
   */
  private static final int SPINS = 1 << 14;
  private static final long PARK_NANOS = 10_000;

  private final Store store;
  private final Thread thread;
  /**
   * Per item: the label of an arrival (null: a mark), its position (a forced mark's: -1 - position), and its group or
   * the labels made.
   */
  private final Label[] labels = new Label[SIZE];
  private final int[] positions = new int[SIZE];
  private final long[] values = new long[SIZE];
  /** Items written by the expanding thread, and read (stored, or decided on) by the storing thread. */
  private volatile long written;
  private volatile long read;
  /** Marks written, and the items read as the expanding thread last looked ({@link #read} is read when needed). */
  private long marks;
  private long readSeen;
  /** The items written, as the expanding thread counts them ({@link #written} publishes them). */
  private long writes;
  /** Set by the storing thread where it stops at a mark, or fails. */
  private volatile boolean stopped;
  private volatile boolean closed;
  /** The mark the run stops at (its index among the marks) and the labels made then, valid once stopped. */
  private long stopMark = -1;
  private long stopMade;
  private volatile Throwable failure;

  /** Starts the storing thread for {@code store}. */
  Handoff(Store store) {
    this.store = store;
    this.thread = new Thread(this::storeAll, "toplaag-strip-store");
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands over frozen label {@code l}, arriving at position {@code j} in group {@code key}. */
  void arrival(Label l, int j, long key) {
    put(l, j, key);
  }

  /**
   * Marks the end of a label's expansion at position {@code i}, {@code made} labels made so far; {@code forced}: the
   * run stops here at the latest. True where the storing thread has stopped (here or at an earlier mark).
   */
  boolean mark(int i, long made, boolean forced) {
    put(null, forced ? -1 - i : i, made);
    marks++;
    return stopped;
  }

  /** The marks written so far: the index the next label's mark will have. */
  long marks() {
    return marks;
  }

  /** Waits until the storing thread has read all that was written, or stopped; true where it stopped at a mark. */
  boolean drain() {
    for (int idle = 0; read != writes && !stopped; idle++) {
      pause(idle);
    }
    rethrow();
    return stopped;
  }

  /** The mark the run stopped at, by its index among the marks, once {@link #drain} or {@link #mark} said so. */
  long stopMark() {
    return stopMark;
  }

  /** The labels the expanding thread had made at the mark the run stopped at. */
  long stopMade() {
    return stopMade;
  }

  /** Ends the storing thread once it has read all that was written (or stopped) and waits for it. */
  void close() {
    closed = true;
    LockSupport.unpark(thread);
    Threads.joinUninterruptibly(thread);
    rethrow();
  }

  private void put(Label l, int position, long value) {
    long w = writes;
    for (int idle = 0; w - readSeen >= SIZE; idle++) {
      if (stopped) {
        return; // read no more: the run ends at the stop
      }
      if (idle > 0) {
        pause(idle);
      }
      readSeen = read;
    }
    int k = (int) (w & MASK);
    labels[k] = l;
    positions[k] = position;
    values[k] = value;
    writes = w + 1;
    written = w + 1;
  }

  /** The storing thread: reads items in order until a mark stops the run, or it is closed with nothing left. */
  private void storeAll() {
    try {
      long r = read;
      long mark = 0;
      for (int idle = 0;; idle++) {
        long w = written;
        if (r == w) {
          if (closed && r == written) {
            return;
          }
          pause(idle);
          continue;
        }
        idle = 0;
        for (; r < w; r++) {
          int k = (int) (r & MASK);
          Label l = labels[k];
          if (l != null) {
            labels[k] = null;
            store.arrival(l, positions[k], values[k]);
          } else {
            int p = positions[k];
            if (store.stopsAt(p < 0 ? -1 - p : p, values[k], p < 0)) {
              stopMark = mark;
              stopMade = values[k];
              // stopped before read: a drain that sees all read must see the stop too (the other way round, it could
              // see read == written, stopped still false, and say the run goes on: HandoffTest, once in CI)
              stopped = true;
              read = r + 1;
              return;
            }
            mark++;
          }
        }
        read = r;
      }
    } catch (Throwable t) {
      failure = t;
      stopped = true;
    }
  }

  private void rethrow() {
    Threads.rethrow(failure);
  }

  private static void pause(int idle) {
    if (idle < SPINS) {
      Thread.onSpinWait();
    } else {
      LockSupport.parkNanos(PARK_NANOS);
    }
  }
}
