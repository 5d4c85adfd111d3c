package nl.toplaag.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of the command line in the test's JVM, as a user meets it: its exit code and what it printed.
 *
 * @param code the exit code
 * @param out what it printed to standard output
 * @param err what it printed to standard error
 */
record CliRun(int code, String out, String err) {

  /** The bundled test buildings' directory, from the cli module's directory, where its tests run. */
  static final Path TEST_BUILDINGS = Path.of("../test-buildings/src/main/resources/nl/toplaag/testbuildings");

  /** The bundled test building {@code id}'s file, as a relative path ({@link #TEST_BUILDINGS}). */
  static Path testBuilding(String id) {
    return TEST_BUILDINGS.resolve(id + ".json");
  }

  /** Runs {@code toplaag args...}, capturing standard output and error. */
  static CliRun of(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Toplaag.run(args);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
