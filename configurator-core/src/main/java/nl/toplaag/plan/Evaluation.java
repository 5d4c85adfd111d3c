package nl.toplaag.plan;

import java.util.List;

/**
 * The totals of a {@link Selection} on a {@link Plan}, computed with the plan's own coefficients.
 *
 * @param dwellings number of dwellings
 * @param usableAreaM2 usable area of the dwellings, m²
 * @param costEur total cost, euros
 * @param carbonKg embodied carbon, kg CO2-eq
 * @param wallLoadKn load per plan wall, kN
 * @param bayLoadKn load per plan bay, kN
 * @param foundationKn total load on the foundation, kN
 * @param dwellingStoreys number of storeys holding dwellings
 * @param storeys number of storeys holding any module
 */
public record Evaluation(int dwellings, double usableAreaM2, long costEur, double carbonKg, List<Double> wallLoadKn,
    List<Double> bayLoadKn, double foundationKn, int dwellingStoreys, int storeys) {

  /** Evaluates {@code s} on {@code plan}. */
  public static Evaluation of(Plan plan, Selection s) {
    double[] walls = new double[plan.walls().size()];
    double[] bays = new double[plan.bays().size()];
    double foundation = 0;
    long cost = 0;
    double carbon = 0;
    int dwellings = 0;
    double area = 0;
    int dwellingStoreys = 0;
    int storeys = 0;
    for (Candidate c : plan.candidates()) {
      int h = s.columnHeight()[c.index()];
      if (h == 0) {
        continue;
      }
      foundation += add(c.loads(), h, walls, bays);
      cost += c.costEur() * h;
      carbon += c.carbonKg() * h;
      storeys = Math.max(storeys, h);
      if (c.dwelling() != null) {
        dwellings += h;
        area += c.usableAreaM2() * h;
        dwellingStoreys = Math.max(dwellingStoreys, h);
      }
    }
    for (GallerySlot g : plan.galleries()) {
      int h = s.galleryHeight()[g.index()];
      foundation += add(g.loads(), h, walls, bays);
      cost += g.costEur() * h;
      carbon += g.carbonKg() * h;
    }
    for (int b = 0; b < plan.bays().size(); b++) {
      if (s.transfer()[b]) {
        foundation += add(plan.transferLoads().get(b), 1, walls, bays);
        cost += plan.transferCostEur().get(b);
        carbon += plan.transferCarbonKg().get(b);
      }
    }
    var core = plan.line().stairCoreExtension();
    for (int i = 0; i < plan.cores().size(); i++) {
      int h = s.coreHeight()[i];
      foundation += add(plan.cores().get(i).loads(), h, walls, bays);
      cost += core.costEurPerStorey() * h;
      carbon += core.carbonKgCo2ePerStorey() * h;
    }
    var lift = plan.line().liftExtension();
    foundation += plan.liftLoadKnPerStorey() * s.liftExtension();
    cost += lift.costEurPerStorey() * s.liftExtension();
    carbon += lift.carbonKgCo2ePerStorey() * s.liftExtension();
    for (int o = 0; o < s.removed().length; o++) {
      if (s.removed()[o]) {
        cost += plan.removalCostEur().get(o);
      }
    }
    if (s.dryRiser()) {
      cost += plan.line().dryRiserCostEurPerStorey() * dwellingStoreys;
    }
    if (dwellings > 0) {
      cost += plan.pitchedRoofCostEur();
    }
    return new Evaluation(dwellings, area, cost, carbon, toList(walls), toList(bays), foundation, dwellingStoreys,
        storeys);
  }

  private static double add(LoadShare l, int h, double[] walls, double[] bays) {
    if (h == 0) {
      return 0;
    }
    l.wallKn().forEach((w, kn) -> walls[w] += kn * h);
    l.bayKn().forEach((b, kn) -> bays[b] += kn * h);
    return l.totalKn() * h;
  }

  private static List<Double> toList(double[] a) {
    return java.util.Arrays.stream(a).boxed().toList();
  }
}
