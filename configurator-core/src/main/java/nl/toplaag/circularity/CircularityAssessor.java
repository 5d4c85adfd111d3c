package nl.toplaag.circularity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.toplaag.bom.Missing;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ConnectionType;
import nl.toplaag.product.ConnectionUse;
import nl.toplaag.product.DetachabilityFactors;
import nl.toplaag.product.MaterialUse;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;

/**
 * Assesses the circularity of modules and layouts. Per module: the Material Circularity Indicator (EMF 2015
 * methodology, full LFI form, with the 2019 terms F_S, C_C and C_E) over the module's materials, and the
 * detachability LI after the DGBC method (weakest load-bearing connection). Combined per module as
 * PCI = MCI × LI and mass-weighted over a layout; that combination and weighting are the domain notes' [U]
 * reading of the BCI method, not a verified standard. The formulas are in {@code docs/circularity.md}.
 * All methods are static, side-effect free and never throw for missing data (it is reported instead).
 */
public final class CircularityAssessor {

  /** The method in one paragraph, as reported with every score. */
  public static final String METHOD = "MCI per module after EMF Circularity Indicators (2015, with 2019 terms):"
      + " V = sum M(1-FR-FU-FS), W0 = sum M(1-CR-CU-CC-CE), CE = EE b e (EMF 2019: energy recovery credited for"
      + " the biological share b of what goes to it, e, at its efficiency EE), WF = sum M FR (1-E)/E,"
      + " WC = sum M (1-E) CR,"
      + " W = W0 + (WF+WC)/2, LFI = (V+W)/(2M+(WF-WC)/2) (full 2015 form), X = (L/Lav)(U/Uav),"
      + " MCI = max(0, 1 - 0.9 LFI/X). Detachability after DGBC Meetmethodiek Losmaakbaarheid v2.0 with the"
      + " catalogue's factor table: LV = harm(TV,ToV), LS = harm(DK,VV), LI = harm(LV,LS); per module the lowest"
      + " LI of its load-bearing connections (all connections when none is load-bearing). PCI = MCI x LI per"
      + " module; layout figures mass-weighted. The PCI combination and the mass weighting are unverified [U]"
      + " (domain.md §4.3; the BCI weights by environmental cost, which the catalogue does not give).";

  private CircularityAssessor() {}

  /** The MCI of one module over its listed materials, or empty when the catalogue does not support one. */
  public static OptionalDouble moduleMci(ModuleType module, CircularityParameters params) {
    return materialFlows(module, params).map(f -> OptionalDouble.of(f.mci())).orElse(OptionalDouble.empty());
  }

  /** The MCI flows of one module, or empty when its materials are missing or invalid. */
  public static Optional<MaterialFlows> materialFlows(ModuleType module, CircularityParameters params) {
    return flows(module, params, new ArrayList<>());
  }

  /**
   * The detachability LI of one module: the lowest LI over its load-bearing connections (over all its
   * connections when none is load-bearing); empty when it has no connections or a connection or category is
   * not in the catalogue.
   */
  public static OptionalDouble moduleDetachability(ModuleType module, Catalog catalog) {
    List<String> why = new ArrayList<>();
    List<ConnectionScore> scores = connectionScores(module, catalog, why);
    return why.isEmpty() ? minLi(scores) : OptionalDouble.empty();
  }

  /**
   * The circularity score of one module type in [0, 1] for the solver's circularity objective: MCI × LI, or 0
   * when either is unknown (so missing data never makes a module look better).
   */
  public static double moduleScore(ModuleType module, Catalog catalog, CircularityParameters params) {
    OptionalDouble mci = moduleMci(module, params);
    OptionalDouble li = moduleDetachability(module, catalog);
    if (mci.isEmpty() || li.isEmpty()) {
      return 0;
    }
    return Math.max(0, Math.min(1, mci.getAsDouble() * li.getAsDouble()));
  }

  /**
   * {@link #moduleScore} of every module type of {@code catalog}, by module id (the scores the circularity objective
   * is given).
   */
  public static Map<String, Double> moduleScores(Catalog catalog, CircularityParameters params) {
    Map<String, Double> out = new TreeMap<>();
    for (ProductLine line : catalog.lines()) {
      for (ModuleType m : line.modules()) {
        out.put(m.id(), moduleScore(m, catalog, params));
      }
    }
    return out;
  }

  /**
   * The module mass of {@code layout} that is not circular, kg: each module's mass times one less its circularity
   * score ({@code scores}, by module id, 0 where none; {@link #moduleScores}), what the circularity objective makes
   * least ({@code Objective#CIRCULARITY}). A layout may have a lower PCI than another with as many dwellings: PCI is
   * the mass-weighted mean, this the mass itself (QA60: a layout of heavier, slightly more circular modules shows the
   * higher PCI). Modules {@code catalog} does not know count 0.
   */
  public static double nonCircularMassKg(Catalog catalog, Layout layout, Map<String, Double> scores) {
    return layout.modules().stream().mapToDouble(p -> catalog.module(p.moduleTypeId())
        .map(m -> nonCircularMassKg(m, scores)).orElse(0.0)).sum();
  }

  /** The mass of one module {@code m} that is not circular, kg: its mass times one less its score (0 where none). */
  public static double nonCircularMassKg(ModuleType m, Map<String, Double> scores) {
    return (1 - scores.getOrDefault(m.id(), 0.0)) * m.massKg();
  }

  /** The harmonic mean 2ab / (a + b) of two scores in (0, 1]. */
  public static double harmonic(double a, double b) {
    return 2 * a * b / (a + b);
  }

  /** The circularity of {@code layout}: per module type and mass-weighted. */
  public static CircularityScore assess(Catalog catalog, Layout layout, CircularityParameters params) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(params, "params");
    List<Missing> missing = new ArrayList<>();
    Map<String, Double> quantity = new TreeMap<>();
    Map<String, Integer> unknown = new TreeMap<>();
    for (Placement p : layout.modules()) {
      if (catalog.module(p.moduleTypeId()).isPresent()) {
        quantity.merge(p.moduleTypeId(), 1.0, Double::sum);
      } else {
        unknown.merge(p.moduleTypeId(), 1, Integer::sum);
      }
    }
    for (GallerySegment g : layout.galleries()) {
      Optional<ModuleType> m = catalog.module(g.moduleTypeId());
      if (m.isPresent()) {
        quantity.merge(m.get().id(), (double) g.lengthMm() / m.get().widthMm(), Double::sum);
      } else {
        unknown.merge(g.moduleTypeId(), 1, Integer::sum);
      }
    }
    unknown.forEach((id, n) -> missing.add(new Missing("circularity and mass of " + id + " (" + n + " pieces)",
        "not in the catalogue")));
    double total = 0;
    double mciMass = 0;
    double mciSum = 0;
    double liMass = 0;
    double liSum = 0;
    double pciMass = 0;
    double pciSum = 0;
    List<ModuleCircularity> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : quantity.entrySet()) {
      ModuleType m = catalog.module(e.getKey()).orElseThrow();
      String lineId = catalog.lines().stream().filter(l -> l.module(m.id()).isPresent()).map(ProductLine::id)
          .findFirst().orElse("");
      double q = e.getValue();
      double mass = m.massKg() * q;
      total += mass;
      List<String> why = new ArrayList<>();
      Optional<MaterialFlows> flows = flows(m, params, why);
      double matPerModule = m.materials().stream().mapToDouble(MaterialUse::massKg).sum();
      double known = flows.isPresent() ? Math.min(matPerModule, m.massKg()) * q : 0;
      if (flows.isPresent() && matPerModule < m.massKg() * 0.995) {
        why.add(String.format(java.util.Locale.ROOT, "materials describe %.1f%% of the module mass",
            100 * matPerModule / m.massKg()));
      }
      List<String> liWhy = new ArrayList<>();
      List<ConnectionScore> scores = connectionScores(m, catalog, liWhy);
      OptionalDouble li = liWhy.isEmpty() ? minLi(scores) : OptionalDouble.empty();
      why.addAll(liWhy);
      OptionalDouble pci = flows.isPresent() && li.isPresent()
          ? OptionalDouble.of(flows.get().mci() * li.getAsDouble()) : OptionalDouble.empty();
      if (flows.isPresent()) {
        mciMass += known;
        mciSum += flows.get().mci() * known;
      }
      if (li.isPresent()) {
        liMass += mass;
        liSum += li.getAsDouble() * mass;
      }
      if (pci.isPresent()) {
        pciMass += mass;
        pciSum += pci.getAsDouble() * mass;
      }
      for (String w : why) {
        missing.add(new Missing("circularity of " + m.id(), w));
      }
      out.add(new ModuleCircularity(m.id(), lineId, q, mass, known, flows, scores, li, pci, why));
    }
    total += otherMass(catalog, layout, missing);
    return new CircularityScore(out, total, ratio(mciSum, mciMass), share(mciMass, total), ratio(liSum, liMass),
        share(liMass, total), ratio(pciSum, pciMass), share(pciMass, total), params.assumptions(), METHOD, missing);
  }

  /** Mass of the transfer layer and extensions, which the catalogue gives no materials for. */
  private static double otherMass(Catalog catalog, Layout layout, List<Missing> missing) {
    ProductLine line = layout.productLineIds().stream().map(catalog::line).flatMap(Optional::stream).findFirst()
        .orElse(null);
    if (line == null) {
      return 0;
    }
    double transfer = 0;
    for (TransferArea a : layout.transferAreas()) {
      transfer += line.transferLayer().massKgPerM2() * a.areaM2();
    }
    int coreStoreys = layout.extendedStairCores().stream().mapToInt(Integer::intValue).sum();
    double cores = line.stairCoreExtension().massKgPerStorey() * coreStoreys;
    double lift = line.liftExtension().massKgPerStorey() * layout.liftExtensionStoreys();
    String reason = "the catalogue gives no materials for it, so it is outside the MCI, LI and PCI";
    if (transfer > 0) {
      missing.add(new Missing(String.format(java.util.Locale.ROOT, "circularity of the transfer layer (%.1f kg)",
          transfer), reason));
    }
    if (cores + lift > 0) {
      missing.add(new Missing(String.format(java.util.Locale.ROOT,
          "circularity of the stair-core and lift extensions (%.1f kg)", cores + lift), reason));
    }
    return transfer + cores + lift;
  }

  private static OptionalDouble ratio(double sum, double weight) {
    return weight > 0 ? OptionalDouble.of(sum / weight) : OptionalDouble.empty();
  }

  private static double share(double part, double total) {
    return total > 0 ? part / total : 0;
  }

  private static OptionalDouble minLi(List<ConnectionScore> scores) {
    return scores.stream().mapToDouble(ConnectionScore::li).min();
  }

  private static Optional<MaterialFlows> flows(ModuleType m, CircularityParameters p, List<String> why) {
    if (m.materials().isEmpty()) {
      why.add("no materials in the catalogue");
      return Optional.empty();
    }
    if (m.lifetimeYears() <= 0) {
      why.add("no lifetime (lifetimeYears <= 0) in the catalogue");
      return Optional.empty();
    }
    double mass = 0;
    double v = 0;
    double w0 = 0;
    double wf = 0;
    double wc = 0;
    for (MaterialUse u : m.materials()) {
      String bad = MaterialCheck.problem(u);
      if (bad != null) {
        why.add("material " + u.material() + ": " + bad);
        return Optional.empty();
      }
      double mi = u.massKg();
      double e = u.recyclingEfficiency();
      mass += mi;
      v += mi * (1 - u.recycledInputFraction() - u.reusedInputFraction() - u.biobasedInputFraction());
      w0 += mi * (1 - u.recyclingFraction() - u.reuseFraction() - u.compostFraction()
          - u.creditedEnergyRecoveryFraction());
      wf += u.recycledInputFraction() > 0 ? mi * u.recycledInputFraction() * (1 - e) / e : 0;
      wc += u.recyclingFraction() > 0 ? mi * (1 - e) * u.recyclingFraction() : 0;
    }
    if (!(mass > 0)) {
      why.add("the materials have no mass");
      return Optional.empty();
    }
    double w = w0 + (wf + wc) / 2;
    double lfi = (v + w) / (2 * mass + (wf - wc) / 2);
    double x = (m.lifetimeYears() / p.industryAverageLifetimeYears().value()) * p.intensityOfUseRatio().value();
    double mci = Math.max(0, 1 - lfi * 0.9 / x);
    return Optional.of(new MaterialFlows(mass, v, w0, wf, wc, w, lfi, x, mci));
  }

  private static List<ConnectionScore> connectionScores(ModuleType m, Catalog catalog, List<String> why) {
    List<ConnectionUse> counted = m.connections().stream().filter(c -> c.count() > 0 && c.loadBearing()).toList();
    if (counted.isEmpty()) {
      counted = m.connections().stream().filter(c -> c.count() > 0).toList();
    }
    if (counted.isEmpty()) {
      why.add("no connections in the catalogue, so no detachability");
      return List.of();
    }
    DetachabilityFactors f = catalog.detachability();
    List<ConnectionScore> out = new ArrayList<>();
    for (String id : counted.stream().map(ConnectionUse::connectionTypeId).distinct().sorted().toList()) {
      boolean lb = counted.stream().anyMatch(c -> c.connectionTypeId().equals(id) && c.loadBearing());
      Optional<ConnectionType> ct = catalog.connectionType(id);
      if (ct.isEmpty()) {
        why.add("connection type " + id + " is not in the catalogue");
        continue;
      }
      Double tv = factor(f.connectionType(), ct.get().connectionType(), "TV", id, why);
      Double tov = factor(f.accessibility(), ct.get().accessibility(), "ToV", id, why);
      Double dk = factor(f.crossings(), ct.get().crossings(), "DK", id, why);
      Double vv = factor(f.containment(), ct.get().containment(), "VV", id, why);
      if (tv == null || tov == null || dk == null || vv == null) {
        continue;
      }
      double lv = harmonic(tv, tov);
      double ls = harmonic(dk, vv);
      out.add(new ConnectionScore(id, lb, tv, tov, dk, vv, lv, ls, harmonic(lv, ls)));
    }
    return out;
  }

  private static Double factor(Map<String, Double> table, String category, String factor, String id,
      List<String> why) {
    Double v = category == null ? null : table.get(category);
    if (v == null || !(v > 0) || v > 1) {
      why.add("connection " + id + ": " + factor + " category \"" + category + "\" has no score in (0, 1] in the"
          + " catalogue's detachability table");
      return null;
    }
    return v;
  }
}
