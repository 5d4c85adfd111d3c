package nl.toplaag.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.export.ExportFormat;
import nl.toplaag.export.ExportScene;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.InputException;
import nl.toplaag.io.OutPaths;
import nl.toplaag.layout.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code toplaag export}: a layout on its building as files for other tools: glTF 2.0 binary ({@code .glb}) for
 * viewers and presentations, IFC4 ({@code .ifc}) for an architect's BIM tool. What is drawn is what {@code render}
 * draws: the layout read with {@code --layout} (checked as {@code render} checks it), else the building configured
 * first. The layout's properties give its transport carbon over the factory distance of {@code --factory-km}, else of
 * the result file read (its {@code request.factoryKm}), else say it is missing. Exit code 1 when a layout read breaks
 * rules of the independent checker (it is written all the same, after a warning), 2 on bad input or a file that
 * cannot be written (then none is written).
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

  @Option(names = "--factory-km", paramLabel = "KM",
      description = "one-way road distance from the module factory to the building, km, 0 to 3000, for the transport"
          + " carbon in the layout's properties (transportCarbonKgCo2e); default: the factoryKm of the result file"
          + " read with --layout (configure --factory-km), else none, and transportCarbonMissing says so")
  Double factoryKm; // null: not given

  @Override
  public Integer call() throws Exception {
    List<AtomicFiles.Planned> files = new ArrayList<>();
    Layout chosen;
    OptionalDouble factory;
    BillOfMaterials bom;
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
        OutPaths.file(out);
      }
      Inputs.factoryKm(factoryKm); // the option's own value, before the building is configured
      noConfiguringOptionsWithLayout(spec);
      load(layout == null);
      chosen = layoutAt(index);
      factory = factoryKm(factoryKm);
      bom = chosen == null ? null : Reports.bom(b, c, chosen, factory);
      ExportScene scene = ExportScene.of(b, chosen, c, bom);
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
    if (bom != null) { // where its transport carbon comes from, or that it is not counted
      spec.commandLine().getOut().println(bom.totals().transportCarbonKgCo2e().isPresent()
          ? String.format(Locale.ROOT, "Transport carbon: %,.0f kg CO2e over %s km from the factory (%s).",
              bom.totals().transportCarbonKgCo2e().getAsDouble(), BigDecimal.valueOf(factory.getAsDouble())
                  .stripTrailingZeros().toPlainString(), factoryKmSource(factoryKm))
          : "Transport carbon: not counted, no factory distance (" + (layout == null ? "" : layout
              + " records none; ") + "give --factory-km).");
    }
    spec.commandLine().getOut().println("Written: " + String.join(" and ",
        files.stream().map(f -> f.target().toString()).toList()));
    return pass ? 0 : 1;
  }
}
