package nl.toplaag.solve.strip;

/** What the programme's helper threads (the storing thread, the wall table's) need of {@link Thread}. */
final class Threads {

  private Threads() {}

  /**
   * Waits for {@code t} to end; an interrupt meanwhile is kept for the caller: the helper works on the caller's tables,
   * which must not be left to it.
   */
  static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Throws {@code t}, what a helper thread failed with, on the caller's thread: as it was where unchecked, else
   * wrapped; nothing where {@code t} is null.
   */
  static void rethrow(Throwable t) {
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
