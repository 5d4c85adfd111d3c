package nl.toplaag.io;

/**
 * Bad input: names the file, the JSON pointer of the offending value and what was expected. The CLI prints
 * {@link #getMessage()} and exits with code 2.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String pointer;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the file (as given by the user)
   * @param pointer JSON pointer of the value, {@code ""} for the whole document
   * @param problem what is wrong and what was expected
   */
  public InputException(String file, String pointer, String problem) {
    super(file + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + problem);
    this.file = file;
    this.pointer = pointer;
    this.problem = problem;
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
