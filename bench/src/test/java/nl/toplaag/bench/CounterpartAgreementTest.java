package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.circularity.CircularityAssessor;
import nl.toplaag.circularity.CircularityParameters;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The alternative at the other end of the trade-off between usable area and cost, searched from the best layout by the
 * objective's counterpart, against a configuration by that counterpart itself: where both are proven, they hold as
 * many dwellings at the same cost, to the euro (with three layouts at 2 s; the counterpart's own run at 10 s). On the
 * 34 roofs of benchmark seed 1000 where the default's counterpart, the cheapest layout, is proven at 2 s, all agreed
 * (a probe); these are small roofs among them, under both objectives. g1000 was among them until its stretch after a
 * core got a grid of its own (6 Dec 2026): its best layout then holds 17 dwellings, and the cheapest of them is it.
 */
class CounterpartAgreementTest {

  private static final Catalog CATALOG = CatalogReader.bundled();
  private static final Map<String, Double> SCORES =
      CircularityAssessor.moduleScores(CATALOG, CircularityParameters.defaults());

  @ParameterizedTest
  @CsvSource({"18, most-dwellings", "1, most-dwellings", "11, most-dwellings", "19, most-dwellings",
      "28, most-dwellings", "36, most-dwellings", "54, most-dwellings", "56, most-dwellings", "18, cost-per-dwelling",
      "11, cost-per-dwelling", "19, cost-per-dwelling", "56, cost-per-dwelling", "1, carbon"})
  void theCounterpartAlternativeIsTheCounterpartsOwnOptimum(int id, String objective) {
    Instance inst = InstanceGenerator.generated(1000, id);
    Objective by = Objective.parse(objective);
    ConfigurationResult three = new CpSatConfigurator().configure(request(inst, by, 2000, 3));
    int k = three.layoutObjectives().indexOf(by.counterpart());
    assertTrue(k > 0, inst.name() + ": the counterpart's best differs here: " + three.layoutObjectives());
    assertEquals(LayoutProof.OPTIMAL, three.layoutProofs().get(k), inst.name());
    ConfigurationResult own = new CpSatConfigurator().configure(request(inst, by.counterpart(), 10_000, 1));
    assertEquals(SolveStatus.OPTIMAL, own.status(), inst.name());
    Layout alternative = three.layouts().get(k);
    Layout best = own.layouts().get(0);
    assertEquals(best.dwellingCount(), alternative.dwellingCount(), inst.name());
    assertEquals(best.costEur(), alternative.costEur(), inst.name());
    assertTrue(Checks.independent().violations(inst.building(), CATALOG, alternative, inst.storeys()).isEmpty(),
        inst.name());
  }

  private static ConfigurationRequest request(Instance inst, Objective objective, long limitMs, int layouts) {
    ConfigurationRequest base = ConfigurationRequest.of(inst.building(), CATALOG, inst.storeys())
        .withProductLines(inst.lineIds());
    return new ConfigurationRequest(base.building(), CATALOG, base.productLineIds(),
        base.maxStoreys(), objective, base.code(), new SolverSettings(limitMs, 1, 1, layouts), SCORES);
  }
}
