package nl.toplaag.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Running out of memory, said so a user can act on it: what was being done, how much memory the JVM had and how to
 * give it more. The launcher ({@code ./toplaag}) passes the JVM no heap option of its own, so the JVM takes its
 * default (a quarter of the machine's memory) unless {@code JDK_JAVA_OPTIONS} (read by every {@code java} since 9)
 * says otherwise; {@code JAVA_OPTS} is read by no one here. The solver runs product lines on threads of their own and
 * reports one that failed wrapped ("solving a product line failed"), so an {@link OutOfMemoryError} is looked for
 * along the causes. An {@link OutOfMemory} carries what was being done up to the command line's handler
 * ({@link Toplaag#run}).
 */
final class OutOfMemory extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was being done, as a message continues "out of memory while ...": "configuring building b-1". */
  private final String doing;

  private OutOfMemory(String doing, Throwable cause) {
    super("out of memory while " + doing, cause);
    this.doing = doing;
  }

  /** What was being done ("configuring building b-1"). */
  String doing() {
    return doing;
  }

  /**
   * {@code e} to be thrown on: an {@link OutOfMemory} saying it ran out while {@code doing} where {@code e} is or was
   * caused by an {@link OutOfMemoryError} (and is no {@link OutOfMemory} already), else {@code e} itself.
   *
   * @throws Error {@code e} where it is an error other than running out of memory
   */
  static RuntimeException whileDoing(Throwable e, String doing) {
    if (!(e instanceof OutOfMemory) && causedBy(e)) {
      return new OutOfMemory(doing, e);
    }
    if (e instanceof RuntimeException r) {
      return r;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e);
  }

  /** Whether {@code e} is an {@link OutOfMemoryError} or one is among its causes. */
  static boolean causedBy(Throwable e) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * What to tell the user, after "toplaag: ": that it ran out of memory while {@code doing} (empty: not known), how
   * much the JVM had ({@code maxBytes}, {@link Runtime#maxMemory}) and how to give it twice that, and what asks less
   * of it; then {@code alsoTry} (may be empty), another way for the command at hand ("--jobs 1").
   */
  static String message(String doing, long maxBytes, String alsoTry) {
    long suggestGb = Math.max(1, (2 * maxBytes + GIB - 1) / GIB);
    return "out of memory" + (doing.isEmpty() ? "" : " while " + doing) + " (" + most(maxBytes) + "): give it more,"
        + " e.g. JDK_JAVA_OPTIONS=-Xmx" + suggestGb + "g ./toplaag ..., or ask less of it at once: a smaller"
        + " building, fewer product lines (--line) or storeys (--storeys)" + (alsoTry.isEmpty() ? "" : ", " + alsoTry);
  }

  /** "the JVM may use at most 1.9 GB" ({@code maxBytes}; "at most 16 MB" below a gibibyte). */
  static String most(long maxBytes) {
    return "the JVM may use at most " + (maxBytes < GIB ? maxBytes / (1024 * 1024) + " MB"
        : String.format(Locale.ROOT, "%.1f GB", maxBytes / (double) GIB));
  }

  /** {@link #message(String, long, String)} for this JVM. */
  static String message(String doing, String alsoTry) {
    return message(doing, Runtime.getRuntime().maxMemory(), alsoTry);
  }

  /** Bytes in a gibibyte, what {@code -Xmx1g} gives. */
  private static final long GIB = 1024L * 1024 * 1024;
}
