package nl.toplaag.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import nl.toplaag.bom.Assumption;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.io.SourceNotes;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ConnectionType;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.MaterialUse;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;

/**
 * A human-readable report of a valid catalogue, for {@code toplaag catalog check DIR}: per line its modules
 * with key figures (size in mm, mass in kg, self-weight in kN/m² of footprint, fire resistance, stacking,
 * usable area, price, carbon), its dwelling types and building-level items, how many source notes are marked
 * unverified ({@code [U]}), {@link #warnings warnings} about modules too wide to go by road and the plausibility
 * warnings found while reading ({@link CatalogReader.Checked#warnings()}: values within the reader's limits but
 * outside the plausible ranges below, most likely typed in the wrong unit, and one material given two densities).
 * Reading errors are reported by {@link CatalogReader} as {@link nl.toplaag.io.InputException}.
 */
public final class CatalogCheck {

  /**
   * Lowest plausible module cost per m² of footprint, EUR. Basis: the bundled modules cost 889 (gallery) to 7,173
   * (fire-fighting lift) EUR/m² of footprint [D]; new-build housing costs EUR 2,560/m² (Aedes 2020
   * stichtingskosten, domain.md §5 [V]). About a tenth of the lowest bundled figure [D].
   */
  public static final double MIN_COST_EUR_PER_M2 = 100;
  /** Highest plausible module cost per m² of footprint, EUR: about ten times the highest bundled figure [D]. */
  public static final double MAX_COST_EUR_PER_M2 = 75_000;
  /**
   * Lowest plausible embodied carbon per kg of module (or transfer-layer) mass, kg CO2e/kg. Basis: the bundled
   * modules have 0.29 (CLT stair) to 1.73 (light-steel lift) [D], from A1-A3 factors of 0.15 (timber) to 3.0
   * (mixed installations) per kg [U]. About a tenth of the lowest bundled figure [D].
   */
  public static final double MIN_CARBON_KG_CO2E_PER_KG = 0.03;
  /** Highest plausible embodied carbon per kg of mass, kg CO2e/kg: about ten times the highest bundled figure [D]. */
  public static final double MAX_CARBON_KG_CO2E_PER_KG = 20;
  /**
   * Lowest plausible material density, kg/m³. Basis: the bundled materials range from mineral wool, 40 kg/m³, to
   * steel, 7,850 kg/m³ [U]; a quarter of the lightest, as no solid building material is much lighter (a tenth
   * would let steel in t/m³, 7.85, pass) [D]. Densities written in t/m³ or g/cm³ (steel 7.85, concrete 2.4, timber
   * 0.47) all fall below it.
   */
  public static final double MIN_DENSITY_KG_PER_M3 = 10;
  /**
   * Highest plausible material density, kg/m³: about 2.5 times steel (7,850 kg/m³ [U]), above every building
   * material; the reader rejects above 25,000 [D].
   */
  public static final double MAX_DENSITY_KG_PER_M3 = 20_000;
  /**
   * Lowest plausible transfer-layer mass, kg/m². Basis: the bundled layers weigh 55 (light steel) to 80 (CLT line)
   * kg/m² [U]; a whole new storey adds 200-300 kg/m² (architectura.be, domain.md §1.2 [V]). About a tenth of the
   * lightest bundled layer [D].
   */
  public static final double MIN_TRANSFER_LAYER_KG_PER_M2 = 5;
  /** Highest plausible transfer-layer mass, kg/m²: ten times the heaviest bundled layer [D]. */
  public static final double MAX_TRANSFER_LAYER_KG_PER_M2 = 800;
  /**
   * Lowest plausible transfer-layer cost, EUR/m²: the bundled layers cost 150 to 180 EUR/m² [U]; a tenth of the
   * cheapest [D].
   */
  public static final double MIN_TRANSFER_LAYER_EUR_PER_M2 = 15;
  /** Highest plausible transfer-layer cost, EUR/m²: ten times the dearest bundled layer [D]. */
  public static final double MAX_TRANSFER_LAYER_EUR_PER_M2 = 1_800;

  /**
   * Narrowest plausible gallery module (its depth, across the facade), mm: a gallery is the dwellings' common access
   * way, at least 1.2 m wide (BB2012 art. 4.23, domain.md §3 [V]); the bundled galleries are 1,500 mm deep. Narrower
   * lets deeper modules stand behind a gallery on the roof, and the rules checked ask no width of it but the landing in
   * front of a lift (1.5 m, art. 4.23; QA47: a 600 mm gallery, 1,600 mm typed without its 1, put the gallery of
   * l-corner on the roof, EUR 90,000 less).
   */
  public static final int MIN_GALLERY_DEPTH_MM = 1_200;

  /**
   * Thinnest plausible transfer layer, mm: a grillage or connector floor of beams a few decimetres deep (domain.md
   * §2.5; the bundled layers are 350 to 450 mm) [D]; thinner is most likely centimetres.
   */
  public static final int MIN_TRANSFER_LAYER_THICKNESS_MM = 100;

  /**
   * Lightest plausible extension of a stair core or of the existing lift by one storey, kg: the bundled lines give
   * 5,000 (a lift shaft's storey of light steel) to 14,000 kg (a CLT stair core's with precast flights) [U]; a tenth of
   * the lightest [D]. Lighter is most likely tonnes, and leaves the extension's load on the walls and foundation out.
   */
  public static final double MIN_EXTENSION_KG_PER_STOREY = 500;
  /** Heaviest plausible extension by one storey, kg: about ten times the heaviest bundled one [D]. */
  public static final double MAX_EXTENSION_KG_PER_STOREY = 150_000;
  /**
   * Cheapest plausible extension of a stair core or of the existing lift by one storey, EUR: the bundled lines give
   * 36,000 to 60,000 EUR [U]; about a thirtieth of the cheapest [D]. Cheaper is most likely thousands of euros.
   */
  public static final double MIN_EXTENSION_EUR_PER_STOREY = 1_000;
  /** Dearest plausible extension by one storey, EUR: about twenty times the dearest bundled one [D]. */
  public static final double MAX_EXTENSION_EUR_PER_STOREY = 1_200_000;
  /**
   * Plausible imposed load on a module's floor or a stair core's flights, kN/m²: the bundled modules give 1.75
   * (dwellings) and 2.5 (galleries, stairs, lifts) [U], Eurocode categories A to C 1.5 to 5 [U]; a third of the
   * lowest to twice the highest [D]. Outside it the figure is most likely in another unit (kg/m² over 100, or
   * daN/m²), and the loads checked are off by as much.
   */
  public static final double MIN_IMPOSED_LOAD_KN_PER_M2 = 0.5;
  /** Highest plausible imposed load, kN/m² ({@link #MIN_IMPOSED_LOAD_KN_PER_M2}). */
  public static final double MAX_IMPOSED_LOAD_KN_PER_M2 = 10;
  /**
   * Plausible cost of a dry riser (droge blusleiding) per storey, EUR: the bundled lines give 3,500 [U]; a tenth to
   * thirty times that [D].
   */
  public static final double MIN_DRY_RISER_EUR_PER_STOREY = 350;
  /** Dearest plausible dry riser per storey, EUR ({@link #MIN_DRY_RISER_EUR_PER_STOREY}). */
  public static final double MAX_DRY_RISER_EUR_PER_STOREY = 100_000;
  /**
   * Plausible cost of a gallery's supports where it is cantilevered in front of the facade, EUR per m: the bundled
   * lines give 1,300 and 1,500 [U]; a tenth of the least to thirty times the most [D], as for the dry riser.
   */
  public static final double MIN_CANTILEVER_EUR_PER_M = 130;
  /** Dearest plausible cantilever supports, EUR per m ({@link #MIN_CANTILEVER_EUR_PER_M}). */
  public static final double MAX_CANTILEVER_EUR_PER_M = 45_000;
  /**
   * Plausible cost of a dwelling's extras (its fit-out on site), EUR: the bundled lines give 4,500 to 10,500 [U]; a
   * tenth of the least to thirty times the most [D].
   */
  public static final double MIN_DWELLING_EXTRA_EUR = 450;
  /** Dearest plausible dwelling extras, EUR ({@link #MIN_DWELLING_EXTRA_EUR}). */
  public static final double MAX_DWELLING_EXTRA_EUR = 315_000;

  private CatalogCheck() {}

  /** Self-weight of a module per m² of footprint, kN/m² (g = 9.81 m/s²). */
  public static double selfWeightKnPerM2(ModuleType m) {
    return m.massKg() * 9.81 / 1000.0 / m.footprintM2();
  }

  /** All source notes of the catalogue (catalogue, connection types, factors, lines, modules, materials). */
  public static List<String> sourceNotes(Catalog c) {
    List<String> out = new ArrayList<>();
    out.add(c.source());
    out.add(c.detachability().source());
    c.connectionTypes().forEach(t -> out.add(t.source()));
    for (ProductLine l : c.lines()) {
      out.add(l.source());
      out.add(l.transferLayer().source());
      out.add(l.stairCoreExtension().source());
      out.add(l.liftExtension().source());
      l.dwellings().forEach(d -> out.add(d.source()));
      for (ModuleType m : l.modules()) {
        new TreeMap<>(m.sources()).values().forEach(out::add);
        m.materials().forEach(x -> out.add(x.source()));
      }
    }
    return out;
  }

  /**
   * Number of source notes that leave their figure unverified ({@link SourceNotes#unverified}: tagged [U] or [D from
   * U], or not tagged [V] or [D]), as configure and batch count them.
   */
  public static long unverifiedCount(Catalog c) {
    return sourceNotes(c).stream().filter(SourceNotes::unverified).count();
  }

  /** The report, lines separated by {@code \n}, without plausibility warnings. */
  public static String report(Catalog c) {
    return report(c, List.of());
  }

  /** The report of a catalogue as read, with its {@link CatalogReader.Checked#warnings() plausibility warnings}. */
  public static String report(CatalogReader.Checked read) {
    return report(read.catalog(), read.warnings());
  }

  /** The number of warnings in the {@link #report(CatalogReader.Checked) report}. */
  public static int warningCount(CatalogReader.Checked read) {
    return read.warnings().size();
  }

  private static String report(Catalog c, List<String> plausibility) {
    StringBuilder b = new StringBuilder();
    line(b, "Catalogue: %s", c.source());
    line(b, "%d product line(s), %d connection type(s)", c.lines().size(), c.connectionTypes().size());
    for (ConnectionType t : c.connectionTypes()) {
      line(b, "  connection %-20s TV %s, ToV %s, DK %s, VV %s", t.id(), t.connectionType(), t.accessibility(),
          t.crossings(), t.containment());
    }
    line(b, "Detachability factors: %s", c.detachability().source());
    for (ProductLine l : c.lines()) {
      b.append('\n');
      line(b, "Line %s: %s", l.id(), l.name());
      line(b, "  source: %s", l.source());
      // "own kN/m2": the module's own weight over its footprint, not the imposed load (a QA pass read it as that)
      // the id column as wide as the line's longest id (a QA pass: ids of 28 characters shifted the columns)
      int idWidth = Math.max(26, l.modules().stream().mapToInt(m -> m.id().length()).max().orElse(0));
      line(b, "  %-" + idWidth + "s %-8s %-18s %8s %10s %5s %5s %7s %8s %9s", "module", "kind", "W x D x H mm", "kg",
          "own kN/m2", "fire", "stack", "m2", "EUR", "kgCO2e");
      for (ModuleType m : l.modules()) {
        line(b, "  %-" + idWidth + "s %-8s %-18s %8.0f %10.2f %5d %5d %7.1f %8d %9.0f%s%s%s%s", m.id(),
            m.kind().id(), m.widthMm() + "x" + m.depthMm() + "x" + m.heightMm(),
            m.massKg(), selfWeightKnPerM2(m), m.fireResistanceMin(), m.maxStack(), m.usableAreaM2(), m.costEur(),
            m.carbonKgCo2e(), m.kind() == ModuleKind.LIFT ? "  car " + m.liftCarWidthMm() + "x" + m.liftCarDepthMm()
                + " mm" : m.kind() == ModuleKind.GALLERY ? "  balustrade " + m.balustradeHeightMm() + " mm" : "",
            m.fireFightingLift() ? "  fire-fighting lift" : "",
            m.materials().isEmpty() ? "  NO MATERIALS (circularity incomplete)" : "  " + materialSummary(m),
            m.connections().isEmpty() ? "  NO CONNECTIONS (no detachability)" : "");
      }
      for (DwellingType d : l.dwellings()) {
        line(b, "  dwelling %-20s %d x %s, %.1f m2, extra EUR %d", d.id(), d.moduleCount(), d.moduleTypeId(),
            d.usableAreaM2(), d.extraCostEur());
      }
      line(b, "  transfer layer: %s, %.0f kg/m2, EUR %d/m2, %.0f kg CO2e/m2, %d mm thick, grid %d mm",
          l.transferLayer().name(), l.transferLayer().massKgPerM2(), l.transferLayer().costEurPerM2(),
          l.transferLayer().carbonKgCo2ePerM2(), l.transferLayer().thicknessMm(), l.transferLayer().gridMm());
      line(b, "  stair core extension EUR %d, %.0f kg and %.2f kN/m2 imposed over the core's outline per storey;"
          + " lift extension EUR %d and %.0f kg per storey; cantilevered gallery EUR %d/m, dry riser EUR %d/storey",
          l.stairCoreExtension().costEurPerStorey(), l.stairCoreExtension().massKgPerStorey(),
          l.stairCoreExtension().imposedLoadKnPerM2(), l.liftExtension().costEurPerStorey(),
          l.liftExtension().massKgPerStorey(), l.cantileverGalleryCostEurPerM(), l.dryRiserCostEurPerStorey());
    }
    b.append('\n');
    List<String> notes = sourceNotes(c);
    line(b, "Source notes unverified ([U], [D from U], no tag or none; to be replaced by manufacturer data): %d of"
        + " %d", unverifiedCount(c), notes.size());
    for (String w : plausibility) {
      line(b, "%s", w);
    }
    for (Assumption a : List.of(BomParameters.defaults().maxRoadTransportWidthMm(),
        BomParameters.defaults().truckPayloadKg())) { // what the transport warnings rest on, once
      if (plausibility.stream().anyMatch(w -> w.contains("(" + a.name() + ")"))) {
        line(b, "  %s = %.0f %s: %s", a.name(), a.value(), a.unit(), a.source());
      }
    }
    return b.toString();
  }

  private static String materialSummary(ModuleType m) {
    double bio = 0;
    for (MaterialUse x : m.materials()) {
      bio += x.massKg() * x.biobasedInputFraction();
    }
    return String.format(Locale.ROOT, "%d materials, %.0f %% biobased", m.materials().size(),
        bio / m.massKg() * 100);
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
