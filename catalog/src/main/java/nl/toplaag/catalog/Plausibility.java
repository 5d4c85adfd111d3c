package nl.toplaag.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import nl.toplaag.io.SourceNotes;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.MaterialUse;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.Shipping;
import nl.toplaag.product.TransferLayer;

/**
 * Collects, while a catalogue is read, warnings about values that are valid but implausible, most likely typed in
 * the wrong unit (a cost in thousands of euros, carbon in tonnes, a density in t/m³): each names the file, the JSON
 * pointer, the value as written, the plausible range and its basis. The ranges are the constants of
 * {@link CatalogCheck}. Warnings, not errors: a manufacturer may have an unusual product.
 */
final class Plausibility {

  private final List<String> warnings = new ArrayList<>();
  /**
   * Per file and material name, in reading order, its first warning of a biological fraction below its biobased input
   * and how often it was given so.
   */
  private final Map<String, Repeated> biological = new LinkedHashMap<>();

  /** The least fire resistance the building code asks of a storey, min (docs/model.md): below it, likely hours. */
  static final int MIN_FIRE_RESISTANCE_MIN = 30;
  /** Per material name, in reading order, each density given with where it was first given and how often. */
  private final Map<String, Map<Double, Density>> densities = new LinkedHashMap<>();

  /** A warning given once for what may be given many times, and how often it was. */
  private static final class Repeated {
    final String warning;
    int uses = 1;

    Repeated(String warning) {
      this.warning = warning;
    }
  }

  private static final class Density {
    final String text;
    final String where;
    int uses;

    Density(String text, String where) {
      this.text = text;
      this.where = where;
    }
  }

  /**
   * The warnings so far, in reading order, then one per file and material whose biological fraction lies below its
   * biobased input (with how often it is given so), then one per material name given more than one density (each
   * density with how often it was given and where first).
   */
  List<String> warnings() {
    List<String> out = new ArrayList<>(warnings);
    biological.values().forEach(r -> out.add(r.uses == 1 ? r.warning : r.warning + String.format(Locale.ROOT,
        " (and %d more use%s of it in the file)", r.uses - 1, r.uses == 2 ? "" : "s")));
    for (Map.Entry<String, Map<Double, Density>> e : densities.entrySet()) {
      if (e.getValue().size() > 1) {
        out.add(String.format(Locale.ROOT, "WARNING: \"%s\" is given %d densities: %s; expected one density per"
            + " material name (the bill of materials turns each mass into a volume with it): correct the one in the"
            + " wrong unit, or name different products apart", e.getKey(), e.getValue().size(),
            e.getValue().values().stream().map(d -> d.text + " kg/m3 (" + d.uses + (d.uses == 1 ? " use" : " uses")
                + ", first in " + d.where + ")").collect(Collectors.joining(", "))));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The usable area and extras of dwelling type {@code t} (read from {@code d}) of {@code m.moduleCount} modules
   * {@code m}: a dwelling of one module with less than half of what it holds was most likely given in another unit; a
   * dwelling of two or more modules no larger than one module fewer holds, by their usable area, was most likely given
   * one module's area (QA47: a 2-module dwelling of 35.6 m2, one box's), which ranks it below what it is; one larger
   * than its modules hold by their usable area has one of the two figures wrong; extras outside the plausible range
   * ({@link CatalogCheck#MIN_DWELLING_EXTRA_EUR}) were most likely given in thousands or cents.
   */
  void dwelling(JsonInput d, DwellingType t, ModuleType m) throws InputException {
    // a dwelling of one module with less than half of what its module holds (a QA pass: 2.36 m2 for a 23.6 m2 box
    // passed, and the summary read "2 x 2.4 m2")
    if (t.moduleCount() == 1 && t.usableAreaM2() < m.usableAreaM2() / 2) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/usableAreaM2: %s m2 for dwelling %s of one module %s"
          + " is less than half of what the module holds (%s m2 usable); expected the dwelling's usable area in m2"
          + " (given in another unit?)", d.file(), d.pointer(), d.get("usableAreaM2").node().asText(), t.id(), m.id(),
          num(m.usableAreaM2())));
    }
    euros(d, "extraCostEur", t.extraCostEur(), CatalogCheck.MIN_DWELLING_EXTRA_EUR,
        CatalogCheck.MAX_DWELLING_EXTRA_EUR, "", "for dwelling " + t.id() + "'s extras",
        "the bundled lines' 4,500 to 10,500 EUR");
    double fewer = (t.moduleCount() - 1) * m.usableAreaM2();
    if (t.moduleCount() > 1 && t.usableAreaM2() <= fewer) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/usableAreaM2: %s m2 for dwelling %s of %d modules"
          + " %s is no more than %d of them hold (%s m2 usable each); expected the whole dwelling's usable area"
          + " (given one module's?)", d.file(), d.pointer(), d.get("usableAreaM2").node().asText(), t.id(),
          t.moduleCount(), m.id(), t.moduleCount() - 1, num(m.usableAreaM2())));
    }
    // more than its modules hold by their own usable area: one of the two figures is wrong (a QA pass: 47.0 m2 from
    // two boxes of 23.3 m2 passed without a word)
    double all = t.moduleCount() * m.usableAreaM2();
    if (m.usableAreaM2() > 0 && t.usableAreaM2() > all + 0.05) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/usableAreaM2: %s m2 for dwelling %s of %d module%s"
          + " %s is more than %s hold%s by %s usable area (%s m2); expected at most that, or the module's"
          + " usableAreaM2 corrected", d.file(), d.pointer(), d.get("usableAreaM2").node().asText(), t.id(),
          t.moduleCount(), t.moduleCount() == 1 ? "" : "s", m.id(), t.moduleCount() == 1 ? "it" : "they",
          t.moduleCount() == 1 ? "s" : "", t.moduleCount() == 1 ? "its" : "their", num(all)));
    }
  }

  /** Cost per m² of footprint and carbon per kg of mass of module {@code t}, read from {@code m}. */
  void module(JsonInput m, ModuleType t) throws InputException {
    double footprint = t.footprintM2();
    check(m, "costEur", t.costEur() / footprint, CatalogCheck.MIN_COST_EUR_PER_M2, CatalogCheck.MAX_COST_EUR_PER_M2,
        String.format(Locale.ROOT, "EUR for module %s is %s EUR per m2 of its %.2f m2 footprint", t.id(),
            num(t.costEur() / footprint), footprint), "EUR/m2",
        "the bundled modules cost 889 to 7,173 EUR/m2, new-build housing about 2,560 EUR/m2",
        "expected the price of one module in euros (given in thousands of euros?)",
        "expected the price of one module in euros (given in cents?)");
    check(m, "carbonKgCo2e", t.carbonKgCo2e() / t.massKg(), CatalogCheck.MIN_CARBON_KG_CO2E_PER_KG,
        CatalogCheck.MAX_CARBON_KG_CO2E_PER_KG, String.format(Locale.ROOT, "kg CO2e for module %s of %s kg is %s kg"
            + " CO2e per kg of module mass", t.id(), String.format(Locale.ROOT, "%,.0f", t.massKg()),
            num(t.carbonKgCo2e() / t.massKg())),
        "kg CO2e/kg", "the bundled modules have 0.29 to 1.73, their materials 0.15 to 3.0",
        "expected the module's embodied carbon in kg CO2e (given in tonnes?)",
        "expected the module's embodied carbon in kg CO2e (given in grams?)");
    if (t.kind() == ModuleKind.DWELLING && t.imposedLoadKnPerM2() == 0) {
      // a dwelling floor carries people and furniture: none at all leaves a load out of every check (a QA pass)
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/imposedLoadKnPerM2: 0 kN/m2 for dwelling module %s:"
          + " no imposed load on its floor, so the loads checked leave people and furniture out; dwelling floors are"
          + " commonly designed for 1.75 kN/m2 (NL annex to NEN-EN 1991-1-1, domain.md §1.2 [U], as the bundled"
          + " modules); expected the imposed load its floor is designed for", m.file(), m.pointer(), t.id()));
    }
    if (t.imposedLoadKnPerM2() > 0) {
      // a QA pass: 17.5 kN/m2, ten times a gallery's, passed without a word
      imposedLoad(m, t.imposedLoadKnPerM2(), "for module " + t.id());
    }
    if (t.fireResistanceMin() > 0 && t.fireResistanceMin() < MIN_FIRE_RESISTANCE_MIN) {
      // a QA pass: 2 (hours) passed without a word, and the module then stood on no storey
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/fireResistanceMin: %d min for module %s, less than"
          + " any storey asks (the building code's 60 / 90 / 120 min, docs/model.md); expected minutes (given in"
          + " hours?)", m.file(), m.pointer(), t.fireResistanceMin(), t.id()));
    }
    if (t.kind() == ModuleKind.GALLERY && t.depthMm() < CatalogCheck.MIN_GALLERY_DEPTH_MM) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/depthMm: %s mm for gallery module %s, narrower than"
          + " a common access way may be, %,d mm (BB2012 art. 4.23; the bundled galleries are 1,500 mm deep);"
          + " expected the gallery's depth across the facade in mm: a narrower one lets deeper modules stand behind"
          + " it on the roof, and the rules checked ask no width of it but, where the line has lift modules, the 1.5 x"
          + " 1.5 m free floor in front of a lift (art. 4.23), without which they are not placed", m.file(),
          m.pointer(), m.get("depthMm").node().asText(), t.id(), CatalogCheck.MIN_GALLERY_DEPTH_MM));
    }
    codeLimits(m, t);
  }

  /**
   * Warnings where module {@code t} is valid but the building code rules out where it may serve, so that a
   * manufacturer's {@code catalog check} says it before a configuration finds its storeys empty: a lift's car smaller
   * than the stretcher car (BB2012 art. 4.28), a gallery's balustrade lower than a floor above 13 m asks (art. 2.18).
   */
  private void codeLimits(JsonInput m, ModuleType t) {
    BuildingCode code = BuildingCode.BB2012;
    if (t.kind() == ModuleKind.LIFT && !code.liftCarLargeEnough(t.liftCarWidthMm(), t.liftCarDepthMm())) {
      // at the width where it is the one short (a QA pass: a car 1,049 mm wide was warned of at its depth)
      String field = t.liftCarWidthMm() < code.liftCarWidthMm() && t.liftCarDepthMm() >= code.liftCarDepthMm()
          ? "liftCarWidthMm" : "liftCarDepthMm";
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/" + field + ": lift module %s has a car of %,d x %,d"
          + " mm (across x from its door), short of the %,d x %,d mm stretcher car BB2012 art. 4.28 asks of a new lift"
          + " in a building of more than 6 dwellings: the configurator places it nowhere (docs/model.md, \"Lift car\")",
          m.file(),
          m.pointer(), t.id(), t.liftCarWidthMm(), t.liftCarDepthMm(), code.liftCarWidthMm(), code.liftCarDepthMm()));
    }
    if (t.kind() == ModuleKind.GALLERY && t.balustradeHeightMm() < code.requiredBalustradeMm(Integer.MAX_VALUE)) {
      boolean none = t.balustradeHeightMm() < code.requiredBalustradeMm(0);
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/balustradeHeightMm: gallery module %s has a"
          + " balustrade %,d mm high, lower than the %,d mm BB2012 art. 2.18 asks %s: it stands on no storey %s",
          m.file(), m.pointer(), t.id(), t.balustradeHeightMm(), none ? code.requiredBalustradeMm(0)
              : code.requiredBalustradeMm(Integer.MAX_VALUE), none ? "of any gallery" : String.format(Locale.ROOT,
              "where the floor lies above %.0f m", code.highBalustradeAboveFloorMm() / 1000.0),
          none ? "at all" : "above that"));
    }
  }

  /**
   * The source notes of catalogue file {@code file} (each {@code source}, and each field of a {@code sources}) that
   * carry no tag, [V], [D], [U] or [D from U], in one warning for the file: they count as unverified
   * ({@link SourceNotes#unverified}), where an untagged note was taken as verified and its figures' caveats left out
   * (a QA pass).
   */
  void tags(JsonInput file) {
    List<String> untagged = new ArrayList<>();
    untagged(file.node(), "", untagged);
    if (!untagged.isEmpty()) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s: %s carr%s no tag ([V] verified, [D] derived or [U]"
          + " unverified)%s, so %s counted as unverified, as the figures of an assumption; expected a tag in each",
          file.file(), untagged.get(0), untagged.size() == 1 ? "this source note" : untagged.size() + " source notes",
          untagged.size() == 1 ? "ies" : "y", untagged.size() == 1 ? "" : " (the first here)",
          untagged.size() == 1 ? "it is" : "they are"));
    }
  }

  /**
   * Adds to {@code out} the pointers (below {@code at}) of the untagged notes in {@code node}: each {@code source}
   * string and each string of a {@code sources} object.
   */
  private static void untagged(JsonNode node, String at, List<String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        untagged(node.get(i), at + "/" + i, out);
      }
      return;
    }
    node.fields().forEachRemaining(e -> {
      String p = at + "/" + e.getKey();
      JsonNode v = e.getValue();
      if (e.getKey().equals("source") && v.isTextual()) {
        note(v, p, out);
      } else if (e.getKey().equals("sources") && v.isObject()) {
        v.fields().forEachRemaining(f -> note(f.getValue(), p + "/" + f.getKey(), out));
      } else {
        untagged(v, p, out);
      }
    });
  }

  private static void note(JsonNode v, String at, List<String> out) {
    if (v.isTextual() && !SourceNotes.tagged(v.asText())) {
      out.add(at);
    }
  }

  /**
   * Module {@code t} (read from {@code m}) of line {@code lineId} against the road-transport assumptions of the bill
   * of materials ({@link BomParameters#defaults()}): a box wider across the trailer (its shorter plan side) than the
   * widest road transport assumed gets no transport class or escorts, and one heavier than a truck's payload travels
   * as an exceptional load. Not for a line shipped as flat elements, whose single elements the catalogue does not
   * size. Warnings, since those limits are assumptions [U]; {@code configure} and {@code batch} count them with the
   * rest (a QA pass: they said nothing of a line of 6.6 m boxes, and {@code catalog check} named no file or pointer).
   */
  void transport(JsonInput m, ModuleType t, String lineId, Shipping shipping) {
    if (shipping == Shipping.ELEMENTS) {
      return;
    }
    BomParameters p = BomParameters.defaults();
    int width = Math.min(t.widthMm(), t.depthMm());
    double max = p.maxRoadTransportWidthMm().value();
    if (width > max) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/%s: module %s of line %s is %s m across the trailer"
          + " (its shorter plan side), wider than the widest road transport assumed, %s m (%s); the bill of"
          + " materials gives it no transport class or escorts and lists it as missing", m.file(), m.pointer(),
          t.widthMm() <= t.depthMm() ? "widthMm" : "depthMm", t.id(), lineId, num(width / 1000.0), num(max / 1000.0),
          p.maxRoadTransportWidthMm().name()));
    }
    // a box heavier than a truck carries: an exceptional load each, which only the bill of materials' --explain said
    // (a QA pass)
    double payload = p.truckPayloadKg().value();
    if (t.massKg() > payload) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/massKg: module %s of line %s weighs %,.0f kg, more"
          + " than a truck's payload assumed, %,.0f kg (%s): each travels as an exceptional load (the mass in"
          + " tonnes, or a module this heavy?)", m.file(), m.pointer(), t.id(), lineId, t.massKg(), payload,
          p.truckPayloadKg().name()));
    }
  }

  /**
   * A line file ({@code l}) that does not say how its line travels ({@code shippedAs}): taken as volumetric boxes,
   * which decides its truck loads and transport classes, so said (a QA pass: "elements" in a line's name made it an
   * element line, silently); where its id or name ({@code name}) speaks of elements, as a catalogue copied before the
   * field existed may (its line then shipped as elements by that name), that too (a review).
   */
  void shippingNotGiven(JsonInput l, String lineId, String name) {
    boolean named = (lineId + " " + name).toLowerCase(Locale.ROOT).contains("element");
    warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/shippedAs: not given for line %s, so its modules are"
        + " taken to travel as volumetric boxes, each a load by its size and mass%s; expected \"volumetric\" or"
        + " \"elements\" (flat elements sharing trucks by mass)", l.file(), l.pointer(), lineId, named
        ? " (its id or name speaks of elements, which no longer decides it: before 6 Dec 2026 it made the line an"
        + " element line)" : ""));
  }

  /**
   * Where gallery or lift module {@code t} (read from {@code m}) stacks lower, or resists fire for less, than every
   * dwelling module of its line ({@code modules}), a warning: the planner stops the line's storeys where the access a
   * dwelling needs stops (a gallery on every storey with dwellings, a lift once a floor lies above 12.5 m), so such a
   * figure, typed in slip or not, caps the line (a QA pass: it passed without a word). For a lift, only where no other
   * lift module of the line stacks and resists as high. Also where a gallery 1.2 to 1.5 m deep (narrower is warned of
   * apart) gives the line's lift modules no 1.5 x 1.5 m landing (art. 4.23), so that none is placed.
   */
  void stopsLower(JsonInput m, ModuleType t, List<ModuleType> modules) {
    if (t.kind() != ModuleKind.GALLERY && t.kind() != ModuleKind.LIFT) {
      return;
    }
    List<ModuleType> dwellings = modules.stream().filter(d -> d.kind() == ModuleKind.DWELLING).toList();
    List<ModuleType> same = modules.stream().filter(d -> d.kind() == t.kind()).toList();
    int stack = dwellings.stream().mapToInt(ModuleType::maxStack).min().orElse(0);
    int fire = dwellings.stream().mapToInt(ModuleType::fireResistanceMin).min().orElse(0);
    boolean lowest = same.stream().mapToInt(ModuleType::maxStack).max().orElse(0) == t.maxStack();
    if (t.maxStack() < stack && lowest) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/maxStack: %d for %s module %s, lower than the line's"
          + " dwelling modules (%d at least): where it must stand, no dwelling stands above storey %d", m.file(),
          m.pointer(), t.maxStack(), t.kind().name().toLowerCase(Locale.ROOT), t.id(), stack, t.maxStack()));
    }
    boolean weakest = same.stream().mapToInt(ModuleType::fireResistanceMin).max().orElse(0) == t.fireResistanceMin();
    if (t.fireResistanceMin() < fire && weakest) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/fireResistanceMin: %d min for %s module %s, less"
          + " than the line's dwelling modules (%d min at least): where it must stand, no dwelling stands on a floor"
          + " that asks more", m.file(), m.pointer(), t.fireResistanceMin(), t.kind().name().toLowerCase(Locale.ROOT),
          t.id(), fire));
    }
    int landing = BuildingCode.BB2012.liftLandingMm();
    // narrower than a common access way is warned of apart (module), saying what a lift needs
    if (t.kind() == ModuleKind.GALLERY && t.depthMm() >= CatalogCheck.MIN_GALLERY_DEPTH_MM && t.depthMm() < landing
        && modules.stream()
        .anyMatch(x -> x.kind() == ModuleKind.LIFT)) {
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/depthMm: gallery module %s is %,d mm deep, less than"
          + " the %,d x %,d mm free floor BB2012 art. 4.23 asks in front of a lift, whose door opens onto it: the"
          + " configurator places none of the line's lift modules", m.file(), m.pointer(), t.id(), t.depthMm(),
          landing, landing));
    }
  }

  /**
   * Whether module {@code t} (read from {@code m}), unless a gallery (laid by the metre), is a whole number of the
   * transfer layer's placement grid wide: off the bearing walls a module starts on that grid, so two of a width
   * the grid does not divide stand apart by the rest, which may cost a module on a roof that holds them side by side
   * (QA47: 4,100 mm boxes on a 600 mm grid stood 100 mm apart, 8 dwellings on a 39.9 m roof where 9 fit, "proven").
   * The bundled lines' widths are all multiples of their grids.
   */
  void onGrid(JsonInput m, ModuleType t, TransferLayer l) throws InputException {
    int grid = l.gridMm();
    if (t.kind() == ModuleKind.GALLERY || t.widthMm() % grid == 0) {
      return;
    }
    int gap = (t.widthMm() + grid - 1) / grid * grid - t.widthMm();
    warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/widthMm: %s mm for module %s is not a whole number"
        + " of the transfer layer's %,d mm placement grid (transferLayer.gridMm): off the bearing walls modules start"
        + " on that grid, so two of these side by side stand %,d mm apart, which may cost a module on a roof; expected"
        + " a width the grid divides (the bundled lines' are), or a grid that divides every module width",
        m.file(), m.pointer(), m.get("widthMm").node().asText(), t.id(), grid, gap));
  }

  /**
   * The density of material {@code u}, read from {@code x}, remembered for its material name, and its biological
   * fraction against its biobased input.
   */
  void material(JsonInput x, MaterialUse u) throws InputException {
    String field = "densityKgPerM3";
    double d = u.densityKgPerM3();
    check(x, field, d, CatalogCheck.MIN_DENSITY_KG_PER_M3, CatalogCheck.MAX_DENSITY_KG_PER_M3,
        "kg/m3 for \"" + u.material() + "\"", "kg/m3",
        "the bundled materials range from mineral wool, 40, to steel, 7,850",
        "expected kg/m3 (given in t/m3 or g/cm3?)", "expected kg/m3");
    String where = x.file() + " at " + x.pointer() + "/" + field;
    String text = x.get(field).node().asText();
    densities.computeIfAbsent(u.material(), k -> new LinkedHashMap<>())
        .computeIfAbsent(d, k -> new Density(text, where)).uses++;
    biological(x, u);
  }

  /**
   * A warning where material {@code u}, read from {@code x}, goes to energy recovery and has more biobased input than
   * biological mass: most likely its {@code biologicalFraction} was left out (a catalogue written before it), and its
   * energy recovery counts as waste.
   */
  private void biological(JsonInput x, MaterialUse u) throws InputException {
    if (u.energyRecoveryFraction() > 0 && u.biobasedInputFraction() > u.biologicalFraction() + 1e-9) {
      // once a file and material, its further uses counted (a review: an older catalogue drew 30 warnings)
      String key = x.file() + "\u0000" + u.material();
      Repeated seen = biological.get(key);
      if (seen != null) {
        seen.uses++;
      } else {
        biological.put(key, new Repeated(String.format(Locale.ROOT, "WARNING: %s at %s/biologicalFraction: %s for"
            + " \"%s\", less than its biobasedInputFraction, %s: the part of its energyRecoveryFraction, %s, that is"
            + " not biological counts as waste in the MCI (EMF 2019 credits energy recovery for biological material"
            + " only); expected the share of the material's mass that is biological, at least its biobased input,"
            + " and then its energyRecoveryEfficiency", x.file(), x.pointer(),
            x.has("biologicalFraction") ? x.get("biologicalFraction").node().asText() : "absent (0)", u.material(),
            x.get("biobasedInputFraction").node().asText(), x.get("energyRecoveryFraction").node().asText())));
      }
    }
  }

  /**
   * Mass and cost per m² and carbon per kg (of a plausible mass) of the transfer layer of line {@code lineId}, read
   * from {@code t}. A layer with mass, cost and carbon all 0 is taken as none and not checked.
   */
  void transferLayer(JsonInput t, String lineId, TransferLayer l) throws InputException {
    if (l.massKgPerM2() == 0 && l.costEurPerM2() == 0 && l.carbonKgCo2ePerM2() == 0) {
      return;
    }
    String of = "for the transfer layer of line " + lineId;
    if (l.thicknessMm() < CatalogCheck.MIN_TRANSFER_LAYER_THICKNESS_MM) {
      // it lifts every added floor: 35 for 350 mm moves the floors past the lift and fire thresholds by as much
      warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/thicknessMm: %s mm %s, thinner than plausible, at"
          + " least %d mm (the bundled layers are 350 to 450 mm deep); expected millimetres (given in centimetres?):"
          + " the layer lifts every added floor against the lift and fire-resistance heights", t.file(), t.pointer(),
          t.get("thicknessMm").node().asText(), of, CatalogCheck.MIN_TRANSFER_LAYER_THICKNESS_MM));
    }
    check(t, "massKgPerM2", l.massKgPerM2(), CatalogCheck.MIN_TRANSFER_LAYER_KG_PER_M2,
        CatalogCheck.MAX_TRANSFER_LAYER_KG_PER_M2, "kg/m2 " + of, "kg/m2",
        "the bundled layers weigh 55 to 80 kg/m2, a whole new storey 200 to 300 kg/m2",
        "expected kg per m2 of layer (given in t/m2?)", "expected kg per m2 of layer");
    check(t, "costEurPerM2", l.costEurPerM2(), CatalogCheck.MIN_TRANSFER_LAYER_EUR_PER_M2,
        CatalogCheck.MAX_TRANSFER_LAYER_EUR_PER_M2, "EUR/m2 " + of, "EUR/m2",
        "the bundled layers cost 150 to 180 EUR/m2", "expected euros per m2 of layer (given in thousands?)",
        "expected euros per m2 of layer (given in cents?)");
    // per kg of a plausible mass only: on a mass in the wrong unit, the carbon per kg would be a second warning
    if (l.massKgPerM2() >= CatalogCheck.MIN_TRANSFER_LAYER_KG_PER_M2
        && l.massKgPerM2() <= CatalogCheck.MAX_TRANSFER_LAYER_KG_PER_M2) {
      check(t, "carbonKgCo2ePerM2", l.carbonKgCo2ePerM2() / l.massKgPerM2(), CatalogCheck.MIN_CARBON_KG_CO2E_PER_KG,
          CatalogCheck.MAX_CARBON_KG_CO2E_PER_KG, String.format(Locale.ROOT, "kg CO2e/m2 %s of %s kg/m2 is %s kg"
              + " CO2e per kg of layer mass", of, num(l.massKgPerM2()),
              num(l.carbonKgCo2ePerM2() / l.massKgPerM2())), "kg CO2e/kg",
          "the bundled layers have 0.33 to 1.3, modules 0.29 to 1.73",
          "expected kg CO2e per m2 of layer (given in tonnes?)", "expected kg CO2e per m2 of layer");
    }
  }

  /**
   * The figures per storey of line {@code lineId}'s extension of a stair core ({@code stair}) or of the existing lift,
   * read from {@code e}: mass, cost, carbon per kg of a plausible mass and a stair's imposed load. An extension with
   * mass, cost and carbon all 0 is taken as none and not checked. (A QA pass, 7 Dec 2026: a stair core's 14 kg a
   * storey, tonnes typed as kilograms, passed without a word, and the walls beside the cores carried 83 kN instead of
   * 495.)
   */
  void extension(JsonInput e, String lineId, PerStoreyItem x, boolean stair) throws InputException {
    if (x.massKgPerStorey() == 0 && x.costEurPerStorey() == 0 && x.carbonKgCo2ePerStorey() == 0) {
      return;
    }
    String of = "a storey of " + (stair ? "a stair core's" : "the existing lift's") + " extension for line " + lineId;
    check(e, "massKgPerStorey", x.massKgPerStorey(), CatalogCheck.MIN_EXTENSION_KG_PER_STOREY,
        CatalogCheck.MAX_EXTENSION_KG_PER_STOREY, "kg " + of, "kg",
        "the bundled lines' 5,000 to 14,000 kg", "expected kilograms a storey (given in tonnes?): it loads the walls"
            + " and the foundation", "expected kilograms a storey");
    check(e, "costEurPerStorey", x.costEurPerStorey(), CatalogCheck.MIN_EXTENSION_EUR_PER_STOREY,
        CatalogCheck.MAX_EXTENSION_EUR_PER_STOREY, "EUR " + of, "EUR", "the bundled lines' 36,000 to 60,000 EUR",
        "expected euros a storey (given in thousands?)", "expected euros a storey (given in cents?)");
    // per kg of a plausible mass only, as for the transfer layer
    if (x.massKgPerStorey() >= CatalogCheck.MIN_EXTENSION_KG_PER_STOREY
        && x.massKgPerStorey() <= CatalogCheck.MAX_EXTENSION_KG_PER_STOREY) {
      check(e, "carbonKgCo2ePerStorey", x.carbonKgCo2ePerStorey() / x.massKgPerStorey(),
          CatalogCheck.MIN_CARBON_KG_CO2E_PER_KG, CatalogCheck.MAX_CARBON_KG_CO2E_PER_KG, String.format(Locale.ROOT,
              "kg CO2e %s of %s kg is %s kg CO2e per kg of its mass", of, num(x.massKgPerStorey()),
              num(x.carbonKgCo2ePerStorey() / x.massKgPerStorey())), "kg CO2e/kg",
          "the bundled extensions have 0.3 to 0.56, modules 0.29 to 1.73",
          "expected kg CO2e a storey (given in tonnes?)", "expected kg CO2e a storey");
    }
    if (stair) {
      imposedLoad(e, x.imposedLoadKnPerM2(), "on " + of + "'s flights and landings");
    }
  }

  /**
   * Line {@code lineId}'s supports of a gallery cantilevered in front of the facade, EUR per m, read from {@code l}; 0
   * (none given) is not checked.
   */
  void cantilever(JsonInput l, String lineId, long eurPerM) throws InputException {
    euros(l, "cantileverGalleryCostEurPerM", eurPerM, CatalogCheck.MIN_CANTILEVER_EUR_PER_M,
        CatalogCheck.MAX_CANTILEVER_EUR_PER_M, " a metre", "for line " + lineId + "'s cantilevered gallery",
        "the bundled lines' 1,300 and 1,500 EUR");
  }

  /** Line {@code lineId}'s dry riser per storey, EUR, read from {@code l}; 0 (none given) is not checked. */
  void dryRiser(JsonInput l, String lineId, long eurPerStorey) throws InputException {
    euros(l, "dryRiserCostEurPerStorey", eurPerStorey, CatalogCheck.MIN_DRY_RISER_EUR_PER_STOREY,
        CatalogCheck.MAX_DRY_RISER_EUR_PER_STOREY, " a storey", "for line " + lineId + "'s dry riser",
        "the bundled lines' 3,500 EUR");
  }

  /**
   * A cost {@code eur} in euros {@code per} (" a metre", or "" for one item) of field {@code field} of {@code o}, for
   * {@code what}, outside {@code [min, max]} ({@code basis} says where the range comes from): most likely given in
   * thousands or in cents. 0 (none given) is not checked.
   */
  private void euros(JsonInput o, String field, long eur, double min, double max, String per, String what,
      String basis) throws InputException {
    if (eur > 0) {
      check(o, field, eur, min, max, "EUR" + per + " " + what, "EUR", basis,
          "expected euros" + per + " (given in thousands?)", "expected euros" + per + " (given in cents?)");
    }
  }

  /** The imposed load {@code knPerM2} of field {@code imposedLoadKnPerM2} of {@code o}, {@code what} it is on. */
  private void imposedLoad(JsonInput o, double knPerM2, String what) throws InputException {
    check(o, "imposedLoadKnPerM2", knPerM2, CatalogCheck.MIN_IMPOSED_LOAD_KN_PER_M2,
        CatalogCheck.MAX_IMPOSED_LOAD_KN_PER_M2, "kN/m2 " + what, "kN/m2",
        "the bundled modules' 1.75 (dwellings) and 2.5 (galleries, stairs), Eurocode categories A to C 1.5 to 5",
        "expected kN per m2 (given in another unit?)", "expected kN per m2 (given in kg/m2 or daN/m2?)");
  }

  /**
   * Adds a warning when {@code value} (field {@code field} of {@code o}, or a figure derived from it) lies outside
   * {@code [min, max]}. {@code what} follows the value as written, {@code basis} says where the range comes from.
   */
  private void check(JsonInput o, String field, double value, double min, double max, String what, String unit,
      String basis, String lowHint, String highHint) throws InputException {
    if (value >= min && value <= max) {
      return;
    }
    warnings.add(String.format(Locale.ROOT, "WARNING: %s at %s/%s: %s %s, %s than plausible, %s to %s %s (%s);"
        + " %s", o.file(), o.pointer(), field, o.get(field).node().asText(), what, value < min ? "less" : "more",
        num(min), num(max), unit, basis, value < min ? lowHint : highHint));
  }

  /** {@code v} with three significant digits, grouped thousands, no trailing zeros. */
  static String num(double v) {
    BigDecimal b = new BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros();
    if (b.scale() <= 0) {
      return String.format(Locale.ROOT, "%,d", b.toBigInteger());
    }
    return b.toPlainString();
  }
}
