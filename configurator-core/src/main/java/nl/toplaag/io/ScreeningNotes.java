package nl.toplaag.io;

import static nl.toplaag.bom.Texts.words;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.toplaag.bom.Assumption;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.circularity.CircularityParameters;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;

/**
 * What a result's figures rest on that nobody has verified, in sentences a user reads with them: the console summary,
 * the result file ({@code "screeningNotes"}) and the bill of materials ({@code note} rows) say the same, so that a tool
 * reading the files is told as much as a person reading the console (QA59). Each sentence is there only where it
 * applies ({@link SourceNotes}), but the last: the loads are screening values, whatever their sources.
 */
public final class ScreeningNotes {

  /**
   * A figure of a module type that {@link #catalogue} looks at (the best layout's modules).
   *
   * @param fields its fields in the catalogue (the keys of their source notes), unverified where any is
   * @param name what the note calls it
   * @param rests what of the results rests on it
   * @param only the kind of module that has it, or null where every module has it
   */
  private record ModuleFigure(List<String> fields, String name, String rests, ModuleKind only) {
    ModuleFigure(String field, String name, String rests) {
      this(List.of(field), name, rests, null);
    }
  }

  private static final ModuleFigure MASS = new ModuleFigure("massKg", "mass", "the loads");
  private static final ModuleFigure FIRE = new ModuleFigure("fireResistanceMin", "fire resistance",
      "the storeys the fire rules allow");
  private static final ModuleFigure STACK = new ModuleFigure("maxStack", "stacking height",
      "the storeys the stacks allow");
  /** A gallery's balustrade: whether the line's gallery stands on a storey, placed or not (art. 2.18). */
  private static final ModuleFigure BALUSTRADE = new ModuleFigure(List.of("balustradeHeightMm"), "gallery balustrade",
      "the storeys the balustrades allow", ModuleKind.GALLERY);
  /** A lift's car: whether the line's lift modules are placed at all (art. 4.28). */
  private static final ModuleFigure LIFT_CAR = new ModuleFigure(List.of("liftCarWidthMm", "liftCarDepthMm"), "lift car",
      "the storeys the lift cars allow", ModuleKind.LIFT);
  /**
   * A gallery's depth: whether a lift may open onto the line's gallery (art. 4.23: the 1.5 x 1.5 m landing in front of
   * it), the lift module's and the building's lift extended alike (since 7 Dec 2026, when --what-limits lifts it too).
   */
  private static final ModuleFigure GALLERY_DEPTH = new ModuleFigure(List.of("depthMm"), "gallery depth",
      "the storeys the galleries' landings allow", ModuleKind.GALLERY);

  /** What rests on a figure that sets the floor levels: the fire, lift and height rules are met at them. */
  private static final String FLOOR_LEVELS = "the floor levels the building rules look at";
  /**
   * The height of the line's dwelling modules, placed or not: the tallest is the storey height every floor level
   * rests on ({@code ProductLine#storeyHeightMm}; a review, 7 Dec 2026: a floor 0.25 m below the lift threshold rested
   * on it unsaid).
   */
  private static final ModuleFigure HEIGHT = new ModuleFigure(List.of("heightMm"), "height", FLOOR_LEVELS,
      ModuleKind.DWELLING);

  private static final List<ModuleFigure> MODULE_FIGURES = List.of(new ModuleFigure("costEur", "cost", "the costs"),
      MASS, new ModuleFigure("imposedLoadKnPerM2", "imposed load", "the loads"),
      new ModuleFigure("carbonKgCo2e", "carbon", "the carbon"),
      new ModuleFigure("usableAreaM2", "usable area", "the usable areas"), HEIGHT, FIRE, STACK, BALUSTRADE, LIFT_CAR,
      GALLERY_DEPTH);

  /** A figure of a line beside its modules' ({@link #lineFigures}): what the note calls it, and what rests on it. */
  private record LineFigure(String name, List<String> rests) {}

  /**
   * The figures of a line's dwelling, gallery and lift modules that the explanation may give as why the line holds
   * fewer dwellings than the best ({@link #otherLines}): its loads, the floor levels (the storey fire needs more
   * resistance at), the storeys fire allows, the stack, the storeys its gallery's balustrade, its lift's car and its
   * gallery's depth allow.
   */
  private static final List<ModuleFigure> LIMITING_FIGURES = List.of(MASS, HEIGHT, FIRE, STACK, BALUSTRADE,
      LIFT_CAR, GALLERY_DEPTH);

  /**
   * Whether {@code line}, asked of {@code req}, gives figure {@code f} as unverified ({@link SourceNotes#anyUnverified})
   * for module types {@code types}, or, for a figure of one kind of module ({@link ModuleFigure#only}), for the line's
   * modules of that kind, placed or not: a lift whose car is too small is placed nowhere, yet its car stops the
   * storeys. A lift's car and the gallery's depth only where a storey asked for needs a lift.
   */
  private static boolean unverified(ConfigurationRequest req, ProductLine line, Set<String> types, ModuleFigure f) {
    if ((f == LIFT_CAR || f == GALLERY_DEPTH) && PlanBuilder.storeyFloorMm(req.building(), line, req.maxStoreys())
        <= req.code().liftAboveFloorMm()) {
      return false;
    }
    Collection<String> of = f.only() == null ? types : line.modules(f.only()).stream().map(ModuleType::id).toList();
    return f.fields().stream().anyMatch(field -> SourceNotes.anyUnverified(req.catalog(), of, field));
  }

  /** The trailer assumptions the truck loads and transport classes rest on, by name, in words. */
  private static final Map<String, String> TRANSPORT_FIGURES = Map.of("lowLoaderDeckHeightMm",
      "the low-loader's deck height", "truckPayloadKg", "the truck's payload", "maxRoadTransportWidthMm",
      "the widest road transport");

  /** The sentence on the loads, always said. */
  static final String LOADS = "Structural figures are screening values, not an engineer's calculation:"
      + " characteristic vertical loads of what is added, no partial factors, no snow on the new roof, no credit for"
      + " the roof removed, no wind or stability; a bay's load goes to its walls by the lever rule on simply supported"
      + " spans with each box's load spread over its width, so a transfer layer continuous over a wall, a box bearing"
      + " on its edges across a wall, or a cantilever's tie-down can put 10-40 % more on a wall (docs/model.md, \"What"
      + " the loads leave out\").";

  private ScreeningNotes() {}

  /**
   * The sentences for result {@code r} of {@code req}, each without a line end, in the order the console gives them.
   */
  public static List<String> of(ConfigurationRequest req, ConfigurationResult r) {
    List<String> out = new ArrayList<>();
    if (SourceNotes.structureUnverified(req.building())) {
      out.add("Structure: the bearing walls or load reserves in the building file are unverified ([U], no"
          + " tag or no source): every count and load of this result is screening only until an engineer's figures"
          + " replace them.");
    }
    if (SourceNotes.zoningUnverified(req.building())) {
      // an architect's QA pass: an imported building's assumed zoning ("at any height, at most 2 added storeys")
      // read as the plan's, where the structure and catalogue were flagged
      out.add("Zoning: the building file's zoning limits (the height, the storeys that may be added, the setbacks) are"
          + " unverified ([U], no tag or no source): the storeys and the roof area this result uses are screening"
          + " only until the omgevingsplan is consulted.");
    }
    catalogue(req, r).ifPresent(out::add);
    otherLines(req, r).ifPresent(out::add);
    circularity(req, r).ifPresent(out::add);
    transport(r).ifPresent(out::add);
    out.add(LOADS);
    return out;
  }

  /**
   * A sentence saying that the truck loads and transport classes rest on the trailer assumptions of
   * {@link BomParameters#defaults} the report uses that are unverified, and the parking demand on the building file's
   * norm (a QA pass: both were printed as facts); empty without dwellings.
   */
  private static java.util.Optional<String> transport(ConfigurationResult r) {
    if (r.best().isEmpty() || r.dwellings() == 0) {
      return java.util.Optional.empty();
    }
    List<String> unverified = BomParameters.defaults().assumptions().stream()
        .filter(a -> TRANSPORT_FIGURES.containsKey(a.name()) && SourceNotes.unverified(a.source()))
        .map(a -> TRANSPORT_FIGURES.get(a.name())).toList();
    return java.util.Optional.of("Transport and parking: " + (unverified.isEmpty() ? "the parking demand rests"
        : "the truck loads and transport classes rest on assumed figures ([U]: " + words(unverified) + "), and"
        + " the parking demand") + " on the building file's parking norm: screening figures until a haulier's and"
        + " the municipality's replace them.");
  }

  /**
   * A sentence saying which figures of the module types in the best layout, and of its line beside them
   * ({@link #lineFigures}), the catalogue gives as unverified ({@link SourceNotes#anyUnverified}: a source note tagged
   * {@code [U]} or {@code [D from U]}, or none), and what of the results rests on them (the cost the costs, the mass
   * the loads, ...); empty where the best layout has no module or every such note is sourced. The catalogue's
   * counterpart of the structure's sentence.
   */
  private static java.util.Optional<String> catalogue(ConfigurationRequest req, ConfigurationResult r) {
    if (r.best().isEmpty() || r.bestLine().isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> types = bestTypes(r); // a gallery's too: its stack and fire stop storeys
    ProductLine line = req.catalog().line(r.bestLine().get()).orElseThrow();
    List<ModuleFigure> unverified = MODULE_FIGURES.stream()
        .filter(f -> unverified(req, line, types, f)).toList();
    List<LineFigure> ofLine = lineFigures(line, r.best().get(), types);
    if (unverified.isEmpty() && ofLine.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> given = new ArrayList<>();
    if (!unverified.isEmpty()) {
      given.add("the " + words(unverified.stream().map(ModuleFigure::name).toList()) + " of the modules in the best"
          + " layout");
    }
    if (!ofLine.isEmpty()) {
      given.add("its " + words(ofLine.stream().map(LineFigure::name).toList()));
    }
    List<String> rests = new ArrayList<>(unverified.stream().map(ModuleFigure::rests).toList());
    ofLine.forEach(f -> rests.addAll(f.rests()));
    return java.util.Optional.of(String.format(Locale.ROOT, "Catalogue: line %s gives %s as unverified figures ([U],"
        + " [D from U], no tag or no source note): %s in this result are placeholders until the manufacturer's"
        + " figures replace them.", r.bestLine().get(), String.join(", and ", given),
        words(rests.stream().distinct().toList())));
  }

  /**
   * The figures of {@code line} beside its modules' that {@code layout} rests on and the catalogue gives as unverified
   * ({@link SourceNotes#unverified}): the transfer layer (its depth sets every floor level; its mass, cost and carbon
   * count where the layout lays it), the stair cores' and lift's extension, the cantilevered gallery's and the dry
   * riser's cost where the layout has them, and the dwellings' extra cost ({@code types}: the layout's module types).
   * A review (7 Dec 2026) found these a fifth of the main job's cost and a quarter of its carbon, cited unsaid.
   */
  private static List<LineFigure> lineFigures(ProductLine line, nl.toplaag.layout.Layout layout, Set<String> types) {
    List<LineFigure> out = new ArrayList<>();
    if (SourceNotes.unverified(line.transferLayer().source())) {
      out.add(new LineFigure("transfer layer", layout.transferAreas().isEmpty() ? List.of(FLOOR_LEVELS)
          : List.of("the loads", "the costs", "the carbon", FLOOR_LEVELS)));
    }
    List<String> added = List.of("the loads", "the costs", "the carbon");
    if (!layout.extendedStairCores().isEmpty() && SourceNotes.unverified(line.stairCoreExtension().source())) {
      out.add(new LineFigure("stair-core extension", added));
    }
    if (layout.liftExtensionStoreys() > 0 && SourceNotes.unverified(line.liftExtension().source())) {
      out.add(new LineFigure("lift extension", added));
    }
    if (layout.galleries().stream().anyMatch(g -> g.cantilevered())
        && SourceNotes.unverified(line.sources().get("cantileverGalleryCostEurPerM"))) {
      out.add(new LineFigure("cantilevered gallery's cost", List.of("the costs")));
    }
    if (layout.dryRiser() && SourceNotes.unverified(line.sources().get("dryRiserCostEurPerStorey"))) {
      out.add(new LineFigure("dry riser's cost", List.of("the costs")));
    }
    if (line.dwellings().stream().anyMatch(d -> types.contains(d.moduleTypeId())
        && SourceNotes.unverified(d.source()))) {
      out.add(new LineFigure("dwellings' extra cost", List.of("the costs")));
    }
    return out;
  }

  /**
   * A sentence saying that the circularity scores of the best layout rest on unverified figures: the materials of its
   * modules ({@link nl.toplaag.product.MaterialUse#source()}: their input and end-of-life fractions and efficiencies)
   * and lifetimes, and the MCI's industry-average lifetime and intensity of use
   * ({@link CircularityParameters#defaults()}, which the reports use), which the MCI rests on, or the catalogue's
   * detachability factors (the LI); empty where all are sourced or the best layout has no module (no scores).
   */
  private static java.util.Optional<String> circularity(ConfigurationRequest req, ConfigurationResult r) {
    if (r.best().isEmpty() || r.best().get().modules().isEmpty()) {
      return java.util.Optional.empty(); // no scores to rest on anything (a review: the note stood beside null scores)
    }
    Set<String> types = bestTypes(r);
    boolean materials = types.stream().map(req.catalog()::module).flatMap(java.util.Optional::stream)
        .flatMap(m -> m.materials().stream()).anyMatch(u -> SourceNotes.unverified(u.source()));
    // the MCI's utility X = (L / L_av)(U / U_av) rests on the modules' lifetimes L too (a review)
    boolean lifetimes = SourceNotes.anyUnverified(req.catalog(), types, "lifetimeYears");
    boolean factors = SourceNotes.unverified(req.catalog().detachability().source());
    List<String> assumed = new ArrayList<>();
    for (Assumption a : CircularityParameters.defaults().assumptions()) {
      if (!SourceNotes.unverified(a.source())) {
        continue;
      }
      if (a.name().equals("industryAverageLifetimeYears")) {
        assumed.add(String.format(Locale.ROOT, "industry-average lifetime (%.0f years)", a.value()));
      } else if (a.name().equals("intensityOfUseRatio")) {
        assumed.add(a.value() == 1 ? "intensity of use (the average)"
            : String.format(Locale.ROOT, "intensity of use (%s times the average)", a.value()));
      }
    }
    List<String> figures = new ArrayList<>();
    List<String> scores = new ArrayList<>();
    String ofModules = " of the modules in the best layout";
    if (materials) {
      figures.add("the materials" + (lifetimes ? " (their input and end-of-life shares and efficiencies) and the"
          + " lifetimes" + ofModules : ofModules + " (their input and end-of-life shares and efficiencies)"));
    } else if (lifetimes) {
      figures.add("the lifetimes" + ofModules);
    }
    if (factors) {
      figures.add("its detachability factors");
    }
    if (materials || lifetimes || !assumed.isEmpty()) {
      scores.add("material circularity (MCI)");
    }
    if (factors) {
      scores.add("detachability (LI)");
    }
    if (scores.isEmpty()) {
      return java.util.Optional.empty();
    }
    scores.add("product circularity (PCI)");
    String given = figures.isEmpty() ? "" : "the catalogue gives " + words(figures) + " as unverified ([U], no tag or"
        + " no source note)";
    String taken = assumed.isEmpty() ? "" : "the MCI takes the " + words(assumed) + " as assumptions [U]";
    return java.util.Optional.of("Circularity: " + given + (given.isEmpty() || taken.isEmpty() ? "" : ", and ")
        + taken + ": the " + words(scores) + " scores in this result rest on them.");
  }

  /** The module types of the best layout of {@code r} (present), its galleries' included, sorted. */
  private static Set<String> bestTypes(ConfigurationResult r) {
    Set<String> types = new TreeSet<>();
    r.best().get().modules().forEach(p -> types.add(p.moduleTypeId()));
    r.best().get().galleries().forEach(g -> types.add(g.moduleTypeId()));
    return types;
  }

  /**
   * A sentence naming the lines that hold fewer dwellings than the best (every line, where none holds any) whose
   * dwelling, gallery or lift modules' mass, fire resistance or stacking height the catalogue gives as unverified,
   * each line with its
   * own such figures: the explanation may say why a line holds fewer by them ("module lsf-box-3600x9600 resists fire
   * for 90 min; storey 1 at 14.15 m needs 120 min"), which {@link #catalogue}, on the best layout's modules, does not
   * cover (a QA pass, 5 Dec 2026). Empty where there is no such line.
   */
  private static java.util.Optional<String> otherLines(ConfigurationRequest req, ConfigurationResult r) {
    List<String> lines = new ArrayList<>();
    for (ConfigurationResult.LineOutcome o : r.perLine()) {
      if (r.dwellings() > 0 && o.dwellings() >= r.dwellings()) {
        continue;
      }
      var line = req.catalog().line(o.productLineId());
      if (line.isEmpty()) {
        continue;
      }
      // its dwelling modules, and the gallery and lifts whose stack and fire resistance may stop its storeys (a QA
      // pass: a gallery's unverified stack decided the result, unsaid)
      Set<String> types = new TreeSet<>();
      line.get().modules().stream().filter(m -> m.kind() == ModuleKind.DWELLING || m.kind() == ModuleKind.GALLERY
          || m.kind() == ModuleKind.LIFT).forEach(m -> types.add(m.id()));
      List<String> unverified = LIMITING_FIGURES.stream()
          .filter(f -> unverified(req, line.get(), types, f)).map(ModuleFigure::name).toList();
      if (!unverified.isEmpty()) {
        lines.add(o.productLineId() + " (" + words(unverified) + ")");
      }
    }
    if (lines.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(String.format(Locale.ROOT, "Catalogue: of the %s %s dwellings here, the catalogue"
        + " gives these figures of %s modules as unverified ([U], [D from U], no tag or no source note): %s;"
        + " where the explanation says why %s %s by them, that rests on placeholders until the manufacturer's figures"
        + " replace them.", lines.size() == 1 ? "line that holds" : "lines that hold", r.dwellings() > 0 ? "fewer"
        : "no", lines.size() == 1 ? "its" : "their", words(lines), lines.size() == 1 ? "it holds" : "they hold",
        r.dwellings() > 0 ? "fewer" : "none"));
  }
}
