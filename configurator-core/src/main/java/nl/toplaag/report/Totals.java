package nl.toplaag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import nl.toplaag.bom.BomTotals;

/** The totals of a bill of materials as named, formatted values in a fixed order, shared by the writers. */
final class Totals {

  /**
   * One total: name (as the JSON field), formatted value (empty when absent), unit, and a note on it (empty where
   * none; the CSV's note cell: the heaviest lift's module type, which the JSON gives as a field of its own).
   */
  record Total(String name, String value, String unit, String note) {

    Total(String name, String value, String unit) {
      this(name, value, unit, "");
    }
  }

  private Totals() {}

  static List<Total> of(BomTotals t) {
    List<Total> out = new ArrayList<>();
    out.add(new Total("dwellings", Long.toString(t.dwellings()), "dwellings"));
    out.add(new Total("usableAreaM2", ReportNumbers.format(t.usableAreaM2(), ReportNumbers.M), "m2"));
    out.add(new Total("costEur", Long.toString(t.costEur()), "EUR"));
    out.add(new Total("additionalCostEur", Long.toString(t.additionalCostEur()), "EUR"));
    out.add(new Total("costWithAdditionsEur", Long.toString(t.costEur() + t.additionalCostEur()), "EUR"));
    out.add(new Total("carbonKgCo2e", ReportNumbers.format(t.carbonKgCo2e(), ReportNumbers.CO2), "kg CO2e"));
    out.add(opt("transportCarbonKgCo2e", t.transportCarbonKgCo2e(), ReportNumbers.CO2, "kg CO2e"));
    out.add(new Total("massKg", ReportNumbers.format(t.massKg(), ReportNumbers.KG), "kg"));
    out.add(opt("costEurPerDwelling", t.costEurPerDwelling(), ReportNumbers.EUR, "EUR/dwelling"));
    out.add(opt("costEurPerM2", t.costEurPerM2(), ReportNumbers.EUR, "EUR/m2"));
    out.add(opt("carbonKgCo2ePerDwelling", t.carbonKgCo2ePerDwelling(), ReportNumbers.CO2, "kg CO2e/dwelling"));
    out.add(opt("carbonKgCo2ePerM2", t.carbonKgCo2ePerM2(), ReportNumbers.CO2, "kg CO2e/m2"));
    out.add(new Total("parkingSpaces", ReportNumbers.format(t.parkingSpaces(), ReportNumbers.M), "spaces"));
    out.add(new Total("truckLoads", Long.toString(t.truckLoads()), "truck loads"));
    String heaviest = t.heaviestLiftModuleTypeId();
    out.add(new Total("heaviestLiftKg", ReportNumbers.format(t.heaviestLiftKg(), ReportNumbers.KG), "kg",
        heaviest == null || heaviest.isEmpty() ? "" : "module type " + heaviest));
    return out;
  }

  private static Total opt(String name, OptionalDouble v, int decimals, String unit) {
    return new Total(name, ReportNumbers.format(v, decimals), unit);
  }
}
