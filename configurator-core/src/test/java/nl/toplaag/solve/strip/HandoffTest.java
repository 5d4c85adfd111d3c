package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of a scan's labels to a storing thread: it stores them in the order they were made, decides at each
 * mark as the scan on one thread would, and stops at the first mark that stops the run however far the expanding
 * thread has run ahead.
 */
class HandoffTest {

  /** A store that records what it reads, slowly, and stops the run at mark {@code stopAt} (a count of marks read). */
  private static final class Recording implements Handoff.Store {
    final List<String> read = new ArrayList<>();
    final int stopAt;
    int marks;

    Recording(int stopAt) {
      this.stopAt = stopAt;
    }

    @Override
    public void arrival(Label l, int j, long key) {
      long until = System.nanoTime() + 20_000; // slower than the writer: it runs ahead
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      read.add("label " + l.value + " at " + j + " in " + key);
    }

    @Override
    public boolean stopsAt(int i, long made, boolean forced) {
      read.add("mark " + i + " made " + made + (forced ? " forced" : ""));
      return forced || marks++ == stopAt;
    }
  }

  private static Label label(long value) {
    Label l = new Label();
    l.value = value;
    return l;
  }

  @Test
  void storesInOrderAndStopsAtTheFirstMarkThatStopsTheRunThoughTheWriterRanAhead() {
    Recording store = new Recording(3);
    Handoff h = new Handoff(store);
    boolean seenStop = false;
    int written = 0;
    for (int k = 0; k < 10_000 && !seenStop; k++) { // position 7, two arrivals per label
      h.arrival(label(2 * k), 9, 1);
      h.arrival(label(2 * k + 1), 12, 0);
      seenStop = h.mark(7, 100 + k, false);
      written++;
    }
    assertTrue(seenStop || h.drain());
    assertTrue(written > 4, "the writer ran ahead: " + written); // it saw the stop only after mark 3
    assertEquals(3, h.stopMark());
    assertEquals(103, h.stopMade());
    h.close();
    List<String> expected = new ArrayList<>();
    for (int k = 0; k <= 3; k++) {
      expected.add("label " + 2 * k + " at 9 in 1");
      expected.add("label " + (2 * k + 1) + " at 12 in 0");
      expected.add("mark 7 made " + (100 + k));
    }
    assertEquals(expected, store.read); // nothing after the stopping mark was stored
  }

  @Test
  void aForcedMarkStopsTheRunThereAndDrainWaitsForIt() {
    Recording store = new Recording(Integer.MAX_VALUE);
    Handoff h = new Handoff(store);
    h.mark(2, 10, false);
    h.arrival(label(5), 4, 0);
    h.mark(2, 11, true);
    assertTrue(h.drain());
    assertEquals(1, h.stopMark());
    assertEquals(11, h.stopMade());
    h.close();
    assertEquals(List.of("mark 2 made 10", "label 5 at 4 in 0", "mark 2 made 11 forced"), store.read);
  }

  @Test
  void drainWaitsUntilAllIsStoredAndCloseEndsTheThread() {
    Recording store = new Recording(Integer.MAX_VALUE);
    Handoff h = new Handoff(store);
    for (int k = 0; k < 50; k++) {
      h.arrival(label(k), 3, 0);
      h.mark(1, k, false);
    }
    assertFalse(h.drain()); // all read, no stop
    assertEquals(100, store.read.size());
    h.close();
  }

  @Test
  void aFailureOfTheStoreReachesTheWriter() {
    Handoff h = new Handoff(new Handoff.Store() {
      @Override
      public void arrival(Label l, int j, long key) {
        throw new IllegalStateException("store failed");
      }

      @Override
      public boolean stopsAt(int i, long made, boolean forced) {
        return false;
      }
    });
    h.arrival(label(1), 2, 0);
    IllegalStateException e = assertThrows(IllegalStateException.class, h::drain);
    assertEquals("store failed", e.getMessage());
    assertThrows(IllegalStateException.class, h::close);
  }
}
