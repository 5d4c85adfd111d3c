package nl.toplaag.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.toplaag.export.ExportFormat;
import nl.toplaag.export.ExportScene;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.InputException;
import nl.toplaag.layout.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code toplaag export}: a layout on its building as files for other tools: glTF 2.0 binary ({@code .glb}) for
 * viewers and presentations, IFC4 ({@code .ifc}) for an architect's BIM tool. What is drawn is what {@code render}
 * draws: the layout read with {@code --layout} (checked as {@code render} checks it), else the building configured
 * first. Exit code 1 when a layout read breaks rules of the independent checker (it is written all the same, after a
 * warning), 2 on bad input or a file that cannot be written (then none is written).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes a layout on its building as glTF (.glb) or IFC4 (.ifc) for other tools.")
final class ExportCommand extends ExtraCommands.Scene implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, split = ",",
      description = "the file(s) to write, each named .glb (glTF 2.0 binary) or .ifc (IFC4); several with commas or"
          + " the option again, from one configuration; missing folders are made")
  List<Path> outs = new ArrayList<>();

  @Option(names = "--index", defaultValue = "1",
      description = "which layout to export: 1 the best, 2 the next listed, ... (default ${DEFAULT-VALUE})")
  int index;

  @Override
  public Integer call() throws Exception {
    List<AtomicFiles.Planned> files = new ArrayList<>();
    Layout chosen;
    try {
      if (outs.isEmpty()) { // "--out ," (a QA pass: it wrote nothing and said "Written: ")
        throw new InputException("--out", "", "expected one or more file names ending in ."
            + ExportFormat.known().replace(" or ", " or .") + " but found none");
      }
      outs = outs.stream().distinct().toList(); // a file named twice is written once
      List<ExportFormat> formats = new ArrayList<>();
      for (Path out : outs) {
        formats.add(ExportFormat.of(out).orElseThrow(() -> new InputException("--out", "", "expected a file name"
            + " ending in ." + ExportFormat.known().replace(" or ", " or .") + " but found \"" + out + "\"")));
        Inputs.outFile(out);
      }
      noConfiguringOptionsWithLayout(spec);
      load(layout == null);
      chosen = layoutAt(index);
      ExportScene scene = ExportScene.of(b, chosen, c);
      for (int i = 0; i < outs.size(); i++) {
        files.add(formats.get(i).planned(outs.get(i), scene));
      }
    } catch (InputException e) {
      return Inputs.bad(spec.commandLine().getErr(), e);
    }
    boolean pass = checkLayoutsRead(spec.commandLine().getErr());
    AtomicFiles.writeAll(files);
    spec.commandLine().getOut().println(chosen == null
        ? "No layout to export (no dwelling fits): the building alone."
        : String.format(Locale.ROOT, "Layout %d of building %s: %d dwellings on %d added storey(s), %d modules.",
            index, b.id(), chosen.dwellingCount(), chosen.storeys(), chosen.modules().size()));
    spec.commandLine().getOut().println("Written: " + String.join(" and ",
        files.stream().map(f -> f.target().toString()).toList()));
    return pass ? 0 : 1;
  }
}
