package nl.toplaag.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.viewer.FxPlatform;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code toplaag} command. With no arguments it runs the main job on the bundled default building and
 * catalogue; with options alone, the main job with those options of {@code configure}. Exit codes: 0 done, 2 bad
 * input (the message names the file, the JSON pointer and what was expected) or an output that cannot be written, 1
 * no display for the viewer, a layout that fails the independent check, an internal error, or the JVM out of memory
 * (said so, with how to give it more: {@link OutOfMemory}).
 */
@Command(name = "toplaag", mixinStandardHelpOptions = true, version = Toplaag.VERSION,
    description = "Configures added storeys of prefab modules (optoppen) on existing buildings.",
    subcommands = {ConfigureCommand.class, BatchCommand.class, CatalogCommand.class, ExtraCommands.ViewCommand.class,
        ExtraCommands.RenderCommand.class, ExportCommand.class, ExtraCommands.BenchCommand.class, ImportCommand.class})
public final class Toplaag implements Callable<Integer> {

  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;

  /** What {@code -V} prints, on every command. */
  static final String VERSION = "toplaag 0.1.0";

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** With no subcommand: {@code configure} with its defaults (the bundled building and catalogue). */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("configure").execute();
  }

  /**
   * Runs the command line and returns the exit code. Options without a command before them are {@code configure}'s
   * ({@code toplaag --out DIR} runs the main job into DIR), but for help and version.
   */
  public static int run(String... args) {
    if (args.length > 0 && args[0].startsWith("-") && !java.util.Set.of("-h", "--help", "-V", "--version")
        .contains(args[0])) {
      String[] withCommand = new String[args.length + 1];
      withCommand[0] = "configure";
      System.arraycopy(args, 0, withCommand, 1, args.length);
      args = withCommand;
    }
    CommandLine cl = new CommandLine(new Toplaag());
    withVersion(cl);
    cl.registerConverter(Path.class, Toplaag::path);
    cl.registerConverter(Double.class, Toplaag::number);
    cl.registerConverter(Double.TYPE, Toplaag::number);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (OutOfMemory.causedBy(e)) {
        return outOfMemory(cmd.getErr(), e, e instanceof OutOfMemory m ? m.doing() : "");
      }
      Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (io instanceof IOException x) {
        cmd.getErr().println("toplaag: cannot " + (x instanceof AtomicFiles.CannotWrite ? "write" : "write or read")
            + " a file: " + describe(x));
        return BAD_INPUT;
      }
      if (e instanceof FxPlatform.NoDisplay) {
        cmd.getErr().println("toplaag: " + e.getMessage());
        return 1;
      }
      cmd.getErr().println("toplaag: internal error: " + chain(e) + (System.getenv("TOPLAAG_DEBUG") != null ? ""
          : " (TOPLAAG_DEBUG=1 prints where)"));
      if (System.getenv("TOPLAAG_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      // one line, as the options checked after parsing say it, and where the whole usage is (QA49: sixty lines of
      // usage after "--smallest-dwelling 40m2" hid the one that said what was wrong)
      CommandLine c = e.getCommandLine();
      c.getErr().println("toplaag: bad input: " + e.getMessage() + " (" + c.getCommandSpec().qualifiedName()
          + " --help lists the options)");
      if (e instanceof CommandLine.UnmatchedArgumentException u) { // a near option's name: "--lines" → "--line"
        CommandLine.UnmatchedArgumentException.printSuggestions(u, c.getErr());
      }
      return BAD_INPUT;
    });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) { // an error, which picocli passes on rather than to the handler above
      return outOfMemory(cl.getErr(), e, "");
    }
  }

  /**
   * A decimal option's value; one with a unit or a decimal comma is refused saying what is expected (a QA pass:
   * "'12,5' is not a double").
   */
  static Double number(String value) {
    try {
      return Double.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("expected a number, with a decimal point if any, without a"
          + " unit (e.g. 12.5 or 2), but found \"" + value + "\"");
    }
  }

  /**
   * A file or directory option's value as a path; an empty one is refused (as an unset shell variable, {@code --out
   * "$DIR"}, gives it), where it would have meant the working directory (a QA pass: {@code --out ""} wrote there).
   */
  static Path path(String value) {
    if (value.isBlank()) {
      throw new CommandLine.TypeConversionException("expected a file or directory name but found \"" + value
          + "\"");
    }
    return Path.of(value);
  }

  /**
   * Says on {@code err} that the JVM ran out of memory while {@code doing} (empty: not known), with how to give it
   * more ({@link OutOfMemory#message}), and the stack trace with {@code TOPLAAG_DEBUG}; returns exit code 1.
   */
  private static int outOfMemory(java.io.PrintWriter err, Throwable e, String doing) {
    err.println("toplaag: " + OutOfMemory.message(doing, ""));
    if (System.getenv("TOPLAAG_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /**
   * {@code e} and its causes in one line, outermost first ("java.lang.IllegalStateException: solving a product line
   * failed; caused by java.lang.IllegalArgumentException: ..."): the solver reports a line's failure wrapped, and the
   * wrapper alone says nothing of what failed.
   */
  static String chain(Throwable e) {
    StringBuilder s = new StringBuilder(String.valueOf(e));
    java.util.Set<Throwable> seen = new java.util.HashSet<>(java.util.List.of(e));
    for (Throwable c = e.getCause(); c != null && seen.add(c); c = c.getCause()) {
      s.append("; caused by ").append(c);
    }
    return s.toString();
  }

  /** Gives every subcommand the version, so that its {@code -V} prints it too. */
  private static void withVersion(CommandLine cl) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().version(VERSION);
      withVersion(sub);
    }
  }

  /**
   * An I/O error in words: the file and what went wrong. A file that could not be written is named at the start of the
   * message of a plain {@link IOException} ({@link AtomicFiles#writeAll}).
   */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f) {
      String why = AtomicFiles.reason(f);
      return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + why;
    }
    return String.valueOf(e.getMessage());
  }

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args));
  }
}
