package nl.toplaag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.circularity.CircularityAssessor;
import nl.toplaag.circularity.CircularityParameters;
import nl.toplaag.circularity.CircularityScore;
import nl.toplaag.building.Building;
import nl.toplaag.check.BayLoad;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.export.ExportFormat;
import nl.toplaag.export.ExportScene;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.ResultJson;
import nl.toplaag.io.ScreeningNotes;
import nl.toplaag.layout.Layout;
import nl.toplaag.limits.LimitEffect;
import nl.toplaag.product.Catalog;
import nl.toplaag.report.BomCsvWriter;
import nl.toplaag.report.BomJsonWriter;
import nl.toplaag.report.BomTable;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;

/**
 * The parts of the CLI output beside the layouts: the bill of materials and circularity of the best layout, the
 * independent check of every layout, and the files written.
 */
final class Reports {

  private Reports() {}

  /** Circularity score (MCI x detachability) per module id, for the circularity objective. */
  static Map<String, Double> moduleScores(Catalog c) {
    return CircularityAssessor.moduleScores(c, CircularityParameters.defaults());
  }

  /** The bill of materials of a layout. */
  static BillOfMaterials bom(Building b, Catalog c, Layout l) {
    return bom(b, c, l, OptionalDouble.empty());
  }

  /** The usable area of a layout's dwellings, m², as its bill of materials gives it. */
  static double usableAreaM2(Building b, Catalog c, Layout l) {
    return bom(b, c, l).totals().usableAreaM2();
  }

  /** The bill of materials of a layout, its transport carbon over {@code factoryKm} (empty: not given). */
  static BillOfMaterials bom(Building b, Catalog c, Layout l, OptionalDouble factoryKm) {
    return BomCalculator.calculate(b, c, l, factoryKm.isPresent()
        ? BomParameters.defaults().withFactoryDistanceKm(factoryKm.getAsDouble()) : BomParameters.defaults());
  }

  /** The circularity score of a layout. */
  static CircularityScore circularity(Catalog c, Layout l) {
    return CircularityAssessor.assess(c, l, CircularityParameters.defaults());
  }

  /**
   * The bill of materials and circularity score of the best layout, computed once per run.
   *
   * @param bom the bill of materials
   * @param score the circularity score
   */
  record Report(BillOfMaterials bom, CircularityScore score) {}

  /**
   * The report of the best layout of {@code r}, or null without a layout; its transport carbon over {@code factoryKm}
   * from the factory (empty: not given, listed as missing).
   */
  static Report of(Building b, Catalog c, ConfigurationResult r, OptionalDouble factoryKm) {
    return r.best().map(l -> new Report(bom(b, c, l, factoryKm), circularity(c, l))).orElse(null);
  }

  /**
   * The report of the best layout as JSON: its bill of materials and score, the most loaded bay by area as the
   * independent checker recomputes it ({@code highestAreaLoad}) and what that check noted beyond its rules
   * ({@code checkNotes}, {@link CheckReport#notes}), from {@code checks} (the check of each layout, the best first).
   */
  private static JsonNode json(Report rep, List<CheckReport> checks) {
    BayLoad highestBay = highestBay(checks);
    if (rep == null) {
      return null;
    }
    StringWriter w = new StringWriter();
    try {
      BomJsonWriter.write(rep.bom(), rep.score(), w);
      ObjectNode node = (ObjectNode) new ObjectMapper().readTree(w.toString());
      if (highestBay != null) {
        ObjectNode bay = node.putObject("highestAreaLoad");
        bay.put("wing", highestBay.wing());
        bay.put("fromBearingLine", highestBay.fromLine());
        bay.put("toBearingLine", highestBay.toLine());
        bay.put("loadKn", Math.round(highestBay.loadKn() * 10) / 10.0);
        bay.put("areaM2", Math.round(highestBay.areaM2() * 100) / 100.0);
        bay.put("knPerM2", Math.round(highestBay.knPerM2() * 100) / 100.0);
      }
      if (!checks.isEmpty() && !checks.get(0).notes().isEmpty()) {
        ArrayNode notes = node.putArray("checkNotes");
        checks.get(0).notes().forEach(x -> notes.add(x.text()));
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The independent checker's verdict on each layout, in the order of the result's {@code layouts}: whether it
   * passed ({@code passed}), the rules it breaks ({@code violations}: {@code rule}, {@code message} and the element,
   * {@code elementId}, where one is named) and what the check noted beyond its rules ({@code notes}), so that a
   * result file says by itself what the summary's "Independent check of layout N: passed" says.
   */
  static ArrayNode checksJson(List<CheckReport> checks) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < checks.size(); i++) {
      CheckReport c = checks.get(i);
      ObjectNode n = out.addObject();
      n.put("layout", i + 1);
      n.put("passed", c.violations().isEmpty());
      ArrayNode violations = n.putArray("violations");
      for (Violation v : c.violations()) {
        ObjectNode x = violations.addObject();
        x.put("rule", v.rule().name());
        x.put("message", v.message());
        if (!v.elementId().isEmpty()) {
          x.put("elementId", v.elementId());
        }
      }
      ArrayNode notes = n.putArray("notes");
      c.notes().forEach(x -> notes.add(x.text()));
    }
    return out;
  }

  /** The independent checker's report on each of {@code layouts}, in their order, against at most {@code storeys}. */
  static List<CheckReport> checks(Building b, Catalog c, List<Layout> layouts, int storeys) {
    List<CheckReport> out = new ArrayList<>();
    for (Layout l : layouts) {
      out.add(LayoutChecker.report(b, c, BuildingCode.BB2012, l, storeys));
    }
    return out;
  }

  /** The most loaded bay of the first (best) layout checked, or null without a layout or a loaded bay. */
  static BayLoad highestBay(List<CheckReport> checks) {
    return checks.isEmpty() ? null : checks.get(0).highestBay();
  }

  /** The field of a result file's {@code request} that holds {@code --factory-km}, km (null: not given). */
  static final String FACTORY_KM = "factoryKm";

  /** The name of the result file of building {@code id}: {@code <id>.result.json}. */
  static String resultFile(String id) {
    return id + ".result.json";
  }

  /** The name of the bill of materials of building {@code id}: {@code <id>.bom.csv}. */
  static String bomFile(String id) {
    return id + ".bom.csv";
  }

  /** The name of the model of building {@code id} in format {@code f}: {@code <id>.glb}, {@code <id>.ifc}. */
  static String exportFile(String id, ExportFormat f) {
    return id + "." + f.extension();
  }

  /**
   * The names of every file {@code configure} or {@code batch} may write for building {@code id}: its result, its
   * bill of materials and its model in each export format.
   */
  static List<String> files(String id) {
    List<String> out = new ArrayList<>(List.of(resultFile(id), bomFile(id)));
    for (ExportFormat f : ExportFormat.values()) {
      out.add(exportFile(id, f));
    }
    return out;
  }

  /**
   * Writes {@code out/<building>.result.json} of {@code req}'s building (with what was asked, {@code request}, its
   * {@code factoryKm} too, null where not given, {@code whatLimits} where {@code limits} holds any, {@link
   * LimitsReport#json}, and the fields of {@code fronts}, {@link #fronts}) and,
   * with a report, the bill of materials as {@code out/<building>.bom.csv}, and {@code also}:
   * all whole or none. Returns the paths written.
   */
  static List<Path> write(Path out, ConfigurationRequest req, OptionalDouble factoryKm, ConfigurationResult r,
      Report rep, List<CheckReport> checks, Map<String, List<LimitEffect>> limits, Map<String, JsonNode> fronts,
      List<AtomicFiles.Planned> also) throws IOException {
    Building b = req.building();
    List<AtomicFiles.Planned> files = new ArrayList<>();
    ObjectNode result = ResultJson.toJson(r, req, json(rep, checks));
    // the factory distance the report's transport carbon is over, so that export and view bill the layouts as this
    // run did (a planner's QA pass: an export of a result configured with --factory-km listed it as missing)
    ObjectNode asked = (ObjectNode) result.get("request");
    if (factoryKm.isPresent()) {
      asked.put(FACTORY_KM, factoryKm.getAsDouble());
    } else {
      asked.putNull(FACTORY_KM);
    }
    result.set("checks", checksJson(checks));
    if (!limits.isEmpty()) {
      result.set("whatLimits", LimitsReport.json(limits));
    }
    fronts.forEach(result::set);
    files.add(ResultJson.planned(out.resolve(resultFile(b.id())), result));
    if (rep != null) {
      files.add(AtomicFiles.text(out.resolve(bomFile(b.id())),
          w -> BomCsvWriter.write(rep.bom(), rep.score(), ScreeningNotes.of(req, r), w)));
    }
    files.addAll(also);
    AtomicFiles.writeAll(files);
    return files.stream().map(AtomicFiles.Planned::target).toList();
  }

  /**
   * The result file's fields on the building's front, for {@link #write}, in this order: {@code front} ({@link
   * FrontChoice#json}) and {@code otherFront} ({@link OtherFront#json}), each where not null.
   */
  static Map<String, JsonNode> fronts(JsonNode front, JsonNode otherFront) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    if (front != null) {
      fields.put("front", front);
    }
    if (otherFront != null) {
      fields.put("otherFront", otherFront);
    }
    return fields;
  }

  /**
   * The files of {@code scene} ({@code null}: none) in {@code formats}, {@code <building>.<extension>} in {@code out},
   * for {@link #write}.
   */
  static List<AtomicFiles.Planned> exports(Path out, Building b, ExportScene scene, List<ExportFormat> formats) {
    return scene == null ? List.of()
        : formats.stream().map(f -> f.planned(out.resolve(exportFile(b.id(), f)), scene)).toList();
  }

  /**
   * Removes from {@code out} an earlier run's result, bill of materials and exported models of the building {@code id}
   * (regular files only, not followed through links): of a building whose input is bad now, so that no out-of-date
   * layout stands in {@code out} as if it were this run's.
   *
   * @return the files removed
   */
  static List<Path> removeResults(Path out, String id) throws IOException {
    List<Path> removed = new ArrayList<>();
    for (String n : files(id)) {
      Path f = out.resolve(n);
      if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(f)) {
        removed.add(f);
      }
    }
    return removed;
  }

  /**
   * Removes from {@code out} the export files of {@code b} in the formats not in {@code formats}: an earlier run's
   * model of another layout, which would otherwise stand beside this run's result (regular files only).
   *
   * @return the files removed
   */
  static List<Path> removeStaleExports(Path out, Building b, List<ExportFormat> formats) throws IOException {
    List<Path> removed = new ArrayList<>();
    for (ExportFormat f : ExportFormat.values()) {
      Path file = out.resolve(exportFile(b.id(), f));
      if (!formats.contains(f) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
        removed.add(file);
      }
    }
    return removed;
  }

  /** The bill-of-materials table of the summary, with the explanations when asked. */
  static String summary(Report rep, boolean explain) {
    if (rep == null || rep.bom().totals().dwellings() == 0) {
      return "";
    }
    StringBuilder s = new StringBuilder(BomTable.render(rep.bom(), rep.score()));
    if (explain) {
      s.append("Where the totals come from:\n");
      rep.bom().explanations().forEach(e -> s.append("  ").append(e).append('\n'));
      rep.bom().missing().forEach(m -> s.append("  missing: ").append(m).append('\n'));
      if (rep.score() != null) {
        rep.score().missing().forEach(m -> s.append("  missing: ").append(m).append('\n'));
      }
    }
    return s.toString();
  }

  /** One line comparing two layouts on dwellings, cost, carbon and circularity (the layout's PCI). */
  static String compare(String label, Building b, Catalog c, Layout l) {
    BillOfMaterials bom = bom(b, c, l);
    CircularityScore sc = circularity(c, l);
    return String.format(Locale.ROOT, "  %-17s %3d dwellings, %s, %.1f t CO2e, circularity (PCI) %s, non-circular"
        + " module mass %.1f t%n", label, l.dwellingCount(), Summary.euros(l.costEur()),
        bom.totals().carbonKgCo2e() / 1000.0,
        sc.pci().isPresent() ? String.format(Locale.ROOT, "%.3f", sc.pci().getAsDouble()) : "unknown",
        nonCircularKg(c, l) / 1000.0);
  }

  /**
   * The module mass of {@code l} that is not circular, kg, with the catalogue's own module scores
   * ({@link CircularityAssessor#nonCircularMassKg}).
   */
  static double nonCircularKg(Catalog c, Layout l) {
    return CircularityAssessor.nonCircularMassKg(c, l, moduleScores(c));
  }
}
