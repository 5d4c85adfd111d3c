package nl.toplaag.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.toplaag.catalog.CatalogCheck;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code toplaag catalog check DIR}: validates a catalogue and prints what it holds. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Catalogue tools.",
    subcommands = CatalogCommand.Check.class)
final class CatalogCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Toplaag.BAD_INPUT;
  }

  /** {@code toplaag catalog check [DIR]}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validates a catalogue directory (default: the bundled one).")
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", description = "catalogue directory holding catalog.json")
    Path dir;

    @Override
    public Integer call() {
      try {
        CatalogReader.Checked c = dir == null ? CatalogReader.bundledChecked() : CatalogReader.readChecked(dir);
        spec.commandLine().getOut().print(CatalogCheck.report(c));
        int warnings = CatalogCheck.warningCount(c);
        spec.commandLine().getOut().println(warnings == 0 ? "catalogue OK"
            : "catalogue OK, with " + warnings + " warning" + (warnings == 1 ? "" : "s") + " (above)");
        spec.commandLine().getOut().flush();
        return 0;
      } catch (InputException e) {
        return Inputs.bad(spec.commandLine().getErr(), e);
      }
    }
  }
}
