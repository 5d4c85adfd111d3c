package nl.toplaag.cli;

/** Commands that open the viewer, render pictures and run benchmarks; they delegate to their modules. */
final class ExtraCommands {

  private ExtraCommands() {}
}
