package nl.toplaag.export;

import static nl.toplaag.export.PropertyValue.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomCategory;
import nl.toplaag.bom.BomLine;
import nl.toplaag.bom.LayoutPart;
import nl.toplaag.bom.PartShare;
import nl.toplaag.export.PropertyValue.Unit;

/**
 * A layout's bill of materials as properties of its exported scene: each part's shares of the lines
 * ({@link BomLine#shares}) for its solid, and for the layout its totals and what no solid carries, so that the
 * parts' costs, masses and carbon add up to the layout's. Nothing is priced here: every figure is the bill of
 * materials'.
 *
 * <p>A part's properties: {@code costEur} (EUR), {@code massKg} (kg) and {@code carbonKgCo2e} (kg CO2e, A1-A3) where
 * its lines give them, {@code usableAreaM2} (m²) for a dwelling's module, and where it has shares of several lines
 * their costs by line ({@code moduleCostEur} and {@code dwellingExtraCostEur} for a dwelling's module,
 * {@code galleryCostEur} and {@code galleryCantileverCostEur} for a cantilevered gallery). The layout's: the totals
 * ({@code costEur}, the layout cost of {@code docs/model.md}; {@code massKg}, {@code carbonKgCo2e},
 * {@code usableAreaM2}; {@code additionalCostEur}, the roof edge, outside the layout cost; {@code
 * transportCarbonKgCo2e}, from the factory, where the bill has a factory distance, else {@code transportCarbonMissing},
 * why not), and what of them no part
 * carries ({@code notInPartsCostEur}, {@code notInPartsMassKg}, {@code notInPartsCarbonKgCo2e}, and by line, e.g.
 * {@code notInPartsDryRiserCostEur}): the lines that are no part (dry riser, obstacle and pitched-roof removal) and
 * the shares of parts the scene has no solid for (a lift shaft extended where the building does not say where it
 * stands). So the parts' sums plus the {@code notInParts} figures are the layout's totals.
 */
final class BomFigures {

  /** One part's share of one line. */
  private record Share(BomCategory category, PartShare share) {}

  private final BillOfMaterials bom;
  /** The shares by part, in the order of the lines. */
  private final Map<LayoutPart, List<Share>> byPart = new LinkedHashMap<>();
  /** The parts whose solid carries their shares. */
  private final Set<LayoutPart> carried = new HashSet<>();

  BomFigures(BillOfMaterials bom) {
    this.bom = bom;
    for (BomLine l : bom.lines()) {
      for (PartShare s : l.shares()) {
        byPart.computeIfAbsent(s.part(), k -> new ArrayList<>()).add(new Share(l.category(), s));
      }
    }
  }

  /** The figures of {@code part} into {@code props} (none where the lines give it none); its solid carries them. */
  void put(LayoutPart part, Map<String, PropertyValue> props) {
    List<Share> shares = byPart.get(part);
    if (shares == null || !carried.add(part)) {
      return;
    }
    props.put("costEur", measure(shares.stream().mapToLong(s -> s.share().costEur()).sum(), Unit.EURO));
    sum(shares, true).ifPresent(kg -> props.put("massKg", measure(kg, Unit.KILOGRAM)));
    sum(shares, false).ifPresent(co2 -> props.put("carbonKgCo2e", measure(co2, Unit.KG_CO2E)));
    double m2 = shares.stream().mapToDouble(s -> s.share().usableAreaM2()).sum();
    if (m2 > 0) {
      props.put("usableAreaM2", measure(m2, Unit.SQUARE_METRE));
    }
    if (shares.size() > 1) {
      shares.forEach(s -> props.put(camel(s.category(), false) + "CostEur", measure(s.share().costEur(), Unit.EURO)));
    }
  }

  /**
   * The layout's totals and what of them no part carries into {@code props}; call it after {@link #put} for every
   * solid.
   */
  void putLayout(Map<String, PropertyValue> props) {
    props.put("costEur", measure(bom.totals().costEur(), Unit.EURO));
    props.put("massKg", measure(bom.totals().massKg(), Unit.KILOGRAM));
    props.put("carbonKgCo2e", measure(bom.totals().carbonKgCo2e(), Unit.KG_CO2E));
    props.put("usableAreaM2", measure(bom.totals().usableAreaM2(), Unit.SQUARE_METRE));
    props.put("additionalCostEur", measure(bom.totals().additionalCostEur(), Unit.EURO));
    // the transport carbon from the factory where the bill has a factory distance, else why it is missing (a
    // planner's QA pass: an export of a result configured with --factory-km said neither)
    bom.totals().transportCarbonKgCo2e().ifPresentOrElse(
        co2 -> props.put("transportCarbonKgCo2e", measure(co2, Unit.KG_CO2E)),
        () -> bom.missing().stream().filter(m -> m.what().equals("transport carbon")).findFirst()
            .ifPresent(m -> props.put("transportCarbonMissing", PropertyValue.text(m.reason()))));
    // by line, in category order: the lines that are no part, and the shares no solid carries
    Map<BomCategory, double[]> rest = new TreeMap<>();
    for (BomLine l : bom.lines()) {
      if (!l.category().layoutCost()) {
        continue; // the roof edge: additional cost, outside the layout cost
      }
      if (l.shares().isEmpty()) {
        add(rest, l.category(), l.costEur(), l.massKg(), l.carbonKgCo2e());
      }
      for (PartShare s : l.shares()) {
        if (!carried.contains(s.part())) {
          add(rest, l.category(), s.costEur(), s.massKg(), s.carbonKgCo2e());
        }
      }
    }
    double[] total = new double[3];
    rest.forEach((category, v) -> {
      String name = "notInParts" + camel(category, true);
      String[] units = {"CostEur", "MassKg", "CarbonKgCo2e"};
      Unit[] of = {Unit.EURO, Unit.KILOGRAM, Unit.KG_CO2E};
      for (int i = 0; i < 3; i++) {
        total[i] += v[i];
        if (v[i] != 0) {
          props.put(name + units[i], measure(v[i], of[i]));
        }
      }
    });
    props.put("notInPartsCostEur", measure(total[0], Unit.EURO));
    props.put("notInPartsMassKg", measure(total[1], Unit.KILOGRAM));
    props.put("notInPartsCarbonKgCo2e", measure(total[2], Unit.KG_CO2E));
  }

  /** Adds a cost, mass and carbon to {@code category}'s in {@code rest}. */
  private static void add(Map<BomCategory, double[]> rest, BomCategory category, long costEur, OptionalDouble massKg,
      OptionalDouble carbonKgCo2e) {
    double[] v = rest.computeIfAbsent(category, k -> new double[3]);
    v[0] += costEur;
    v[1] += massKg.orElse(0);
    v[2] += carbonKgCo2e.orElse(0);
  }

  /** The sum of the masses ({@code mass}) or carbon of {@code shares} that give one; empty where none does. */
  private static OptionalDouble sum(List<Share> shares, boolean mass) {
    List<OptionalDouble> given = shares.stream().map(s -> mass ? s.share().massKg() : s.share().carbonKgCo2e())
        .filter(OptionalDouble::isPresent).toList();
    return given.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(given.stream().mapToDouble(OptionalDouble::getAsDouble).sum());
  }

  /** A category's key in camel case, {@code dwellingExtra}, or with a capital first letter, {@code DwellingExtra}. */
  private static String camel(BomCategory category, boolean capital) {
    StringBuilder b = new StringBuilder();
    for (String word : category.key().split("-")) {
      b.append(b.isEmpty() && !capital ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
    }
    return b.toString();
  }
}
