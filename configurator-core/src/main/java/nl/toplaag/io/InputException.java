package nl.toplaag.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad input: names the file, the JSON pointer of the offending value and what was expected. The CLI prints
 * {@link #getMessage()} and exits with code 2.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String pointer;
  private final String problem;
  /** The errors found after this one in the same read, in reading order (none but where {@link #of} made it). */
  private final List<InputException> more;

  /**
   * Creates the exception.
   *
   * @param file the file (as given by the user)
   * @param pointer JSON pointer of the value, {@code ""} for the whole document
   * @param problem what is wrong and what was expected
   */
  public InputException(String file, String pointer, String problem) {
    this(file, pointer, problem, List.of());
  }

  private InputException(String file, String pointer, String problem, List<InputException> more) {
    super(printable(file) + (pointer.isEmpty() ? "" : " at " + printable(pointer)) + ": " + printable(problem));
    this.file = printable(file);
    this.pointer = printable(pointer);
    this.problem = printable(problem);
    this.more = List.copyOf(more);
  }

  /**
   * {@code s} with each control or formatting character as "?", as {@link JsonInput#shown} shows a value: a key of a
   * building file, in a pointer or a message, could otherwise carry terminal escapes to the console and into
   * batch-summary.csv (a review, 7 Dec 2026: a key "ESC[31m..." repainted the terminal).
   */
  static String printable(String s) {
    if (s.codePoints().noneMatch(InputException::unprintable)) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.append(unprintable(c) ? "?" : Character.toString(c)));
    return b.toString();
  }

  private static boolean unprintable(int c) {
    return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
  }

  /**
   * The errors of one read as one exception: the first, with the others after it ({@link #all}), so that a reader
   * that can go on after an error reports every one it found in one run (a QA pass: {@code catalog check} took three
   * runs for a catalogue's three errors). Its message is the first's.
   *
   * @param errors at least one, in reading order; each with those it holds
   */
  public static InputException of(List<InputException> errors) {
    List<InputException> all = new ArrayList<>();
    errors.forEach(e -> all.addAll(e.all()));
    InputException first = all.get(0);
    return all.size() == 1 ? first
        : new InputException(first.file, first.pointer, first.problem, all.subList(1, all.size()));
  }

  /** This error and those found with it in the same read, in reading order. */
  public List<InputException> all() {
    List<InputException> all = new ArrayList<>();
    all.add(more.isEmpty() ? this : new InputException(file, pointer, problem));
    all.addAll(more);
    return all;
  }

  /** The file. */
  public String file() {
    return file;
  }

  /** The JSON pointer. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }
}
