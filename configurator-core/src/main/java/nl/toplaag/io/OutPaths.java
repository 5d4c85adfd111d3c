package nl.toplaag.io;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks of the path an {@code --out} option names, made before the work that fills it, so that a path that cannot be
 * written is bad input found up front and nothing is half-written ({@code configure}, {@code batch},
 * {@code import}, {@code render}, {@code export} and {@code bench}).
 */
public final class OutPaths {

  private OutPaths() {}

  /**
   * Checks {@code out}, the directory an option names to write into: a directory, or nothing yet (it is made); a file
   * or a link to nothing standing there, or at a folder above it, or a directory it cannot write into, is bad input,
   * found before the work that fills it (a QA pass: batch configured nine buildings, then found a file at --out, wrote
   * nothing and said only its path).
   */
  public static void directory(Path out) throws InputException {
    nothingInTheWay(out, out.toAbsolutePath(), "a directory to write into (or none, to be made)");
  }

  /**
   * Checks {@code out}, a file an option names to write ({@code render}, {@code export}): not a directory, and with a
   * directory above it that can be written into, or none yet (missing folders are made); found before the drawing
   * (a review: a path below a file failed only once the scene was drawn).
   */
  public static void file(Path out) throws InputException {
    if (Files.isDirectory(out)) {
      throw new InputException("--out", "", "expected a file to write but " + out + " is a directory");
    }
    nothingInTheWay(out, out.toAbsolutePath().getParent(), "a file to write (its missing folders are made)");
  }

  /**
   * Checks that none of the files {@code names} a command writes into directory {@code out} is its input
   * {@code input} (null: none, such as the bundled building), which writing them would replace (a review, 7 Dec 2026:
   * a building file named like its result, configured into its own folder, was overwritten by that result, exit code
   * 0).
   */
  public static void notInput(Path out, java.util.List<String> names, Path input) throws InputException {
    if (input == null) {
      return;
    }
    Path in = input.toAbsolutePath().normalize();
    for (String name : names) {
      Path p = out.resolve(name);
      if (p.toAbsolutePath().normalize().equals(in) || sameFile(p, input)) {
        throw new InputException("--out", "", "expected a directory whose outputs do not replace the input, but "
            + p + " would be written over " + input + ": give another --out, or rename the input");
      }
    }
  }

  /** Whether {@code a} and {@code b} both exist and are one file (through a link, say); false where unreadable. */
  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * Throws where a file, or a link to nothing, stands at {@code first} or a folder above it, or where the nearest
   * directory there cannot be written into; {@code out} as given, for the message.
   */
  private static void nothingInTheWay(Path out, Path first, String expected) throws InputException {
    // not normalized: the system resolves "f/.." through f, so a file there is in the way too (a review)
    Path given = out.toAbsolutePath();
    Path p = first;
    for (; p != null && !Files.isDirectory(p); p = p.getParent()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) { // a link to nothing is in the way as a file is
        throw new InputException("--out", "", "expected " + expected + " but "
            + (p.equals(given) ? out.toString() : p + ", above " + out + ",") + " is "
            + (Files.isSymbolicLink(p) ? "a link to nothing" : "a file"));
      }
    }
    if (p != null && !Files.isWritable(p)) { // the directory it is, or the one it is to be made in
      throw new InputException("--out", "", "expected " + expected + " but " + p + " is not writable");
    }
  }
}
