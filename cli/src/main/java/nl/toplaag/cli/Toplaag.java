package nl.toplaag.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code toplaag} command. With no arguments it runs the main job on the bundled default building and
 * catalogue. Exit codes: 0 done, 2 bad input (the message names the file, the JSON pointer and what was expected),
 * 1 an internal error.
 */
@Command(name = "toplaag", mixinStandardHelpOptions = true, version = "toplaag 0.1.0",
    description = "Configures added storeys of prefab modules (optoppen) on existing buildings.",
    subcommands = {ConfigureCommand.class, BatchCommand.class, CatalogCommand.class, ExtraCommands.ViewCommand.class,
        ExtraCommands.RenderCommand.class, ExtraCommands.BenchCommand.class})
public final class Toplaag implements Callable<Integer> {

  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** With no subcommand: {@code configure} with its defaults (the bundled building and catalogue). */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("configure").execute();
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Toplaag());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("toplaag: internal error: " + e);
      if (System.getenv("TOPLAAG_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("toplaag: " + e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return BAD_INPUT;
    });
    return cl.execute(args);
  }

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args));
  }
}
