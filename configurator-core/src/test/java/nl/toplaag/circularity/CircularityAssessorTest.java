package nl.toplaag.circularity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.bom.BomFixtures;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ConnectionType;
import nl.toplaag.product.ConnectionUse;
import nl.toplaag.product.MaterialUse;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import org.junit.jupiter.api.Test;

class CircularityAssessorTest {

  private static final CircularityParameters P = CircularityParameters.defaults(); // L_av = 50, U/U_av = 1

  private static ModuleType withMaterials(List<MaterialUse> materials) {
    return BomFixtures.module("M", ModuleKind.DWELLING, 3600, 9600, 1000, 1, 1, 1, materials,
        List.of(new ConnectionUse("bolt", 1, true)));
  }

  @Test
  void fullyLinearProductWithAverageUtilityScoresPointOne() {
    ModuleType m = withMaterials(List.of(BomFixtures.linear("concrete", 1000)));
    MaterialFlows f = CircularityAssessor.materialFlows(m, P).orElseThrow();
    assertEquals(1.0, f.lfi(), 1e-12);
    assertEquals(1.0, f.utility(), 1e-12); // lifetime 50 = L_av 50
    assertEquals(0.1, CircularityAssessor.moduleMci(m, P).getAsDouble(), 1e-12);
  }

  @Test
  void fullyRestorativeProductScoresOne() {
    MaterialUse reused = new MaterialUse("reused steel", 1000, 7850, 0, 1, 0, 1, 0, 0, 0, 1.0, 0, 0, "test");
    MaterialUse recycled = new MaterialUse("recycled steel", 500, 7850, 1, 0, 0, 0, 1, 0, 0, 1.0, 0, 0, "test");
    assertEquals(1.0, CircularityAssessor.moduleMci(withMaterials(List.of(reused, recycled)), P).getAsDouble(),
        1e-12);
  }

  @Test
  void shorterLifetimeThanAverageDrivesALinearProductToZero() {
    CircularityParameters longer = P.withIndustryAverageLifetimeYears(100, "test"); // X = 0.5
    ModuleType m = withMaterials(List.of(BomFixtures.linear("concrete", 1000)));
    assertEquals(0.0, CircularityAssessor.moduleMci(m, longer).getAsDouble(), 1e-12);
  }

  @Test
  void workedExampleByHand() {
    // D36: 2,000 kg steel (FR 0.5, CU 0.2, CR 0.7, E 0.9) + 6,000 kg timber (FS 0.5, CE 0.5); L = L_av
    double v = 2000 * (1 - 0.5) + 6000 * (1 - 0.5); // 4,000
    double w0 = 2000 * (1 - 0.7 - 0.2) + 6000 * (1 - 0.5); // 3,200
    double wf = 2000 * 0.5 * (1 - 0.9) / 0.9; // 111.11
    double wc = 2000 * (1 - 0.9) * 0.7; // 140
    double w = w0 + (wf + wc) / 2; // 3,325.56
    double lfi = (v + w) / (2 * 8000 + (wf - wc) / 2); // 7,325.56 / 15,985.56 = 0.458261
    double mci = 1 - lfi * 0.9; // 0.587565
    assertEquals(0.587_565, mci, 1e-6);
    MaterialFlows f = CircularityAssessor.materialFlows(BomFixtures.d36(), P).orElseThrow();
    assertEquals(v, f.virginKg(), 1e-9);
    assertEquals(w0, f.wasteLinearKg(), 1e-9);
    assertEquals(wf, f.wasteFeedstockKg(), 1e-9);
    assertEquals(wc, f.wasteCollectionKg(), 1e-9);
    assertEquals(lfi, f.lfi(), 1e-12);
    assertEquals(mci, f.mci(), 1e-12);
  }

  @Test
  void energyRecoveryCountsForBiologicalMaterialOnlyAtItsEfficiency() {
    // EMF 2019: C_E = E_E * B_C. 1,000 kg, all virgin, half to energy recovery, the rest landfilled; L = L_av.
    // W0 = 1,000 * (1 - C_E), LFI = (1,000 + W0) / 2,000, MCI = 1 - 0.9 LFI.
    MaterialUse epdm = new MaterialUse("EPDM", 1000, 1200, 0, 0, 0, 0, 0, 0, 0.5, 1.0, 0, 0.9, "test");
    MaterialUse wood = new MaterialUse("wood", 1000, 500, 0, 0, 0, 0, 0, 0, 0.5, 1.0, 1.0, 0.3, "test");
    MaterialUse board = new MaterialUse("board", 1000, 700, 0, 0, 0, 0, 0, 0, 0.5, 1.0, 0.4, 0.3, "test");
    assertEquals(0.1, mci(epdm), 1e-12, "not biological: its energy recovery is waste");
    assertEquals(1 - 0.9 * (1000 + 1000 * (1 - 0.5 * 0.3)) / 2000, mci(wood), 1e-12); // C_E 0.15: 0.1675
    assertEquals(1 - 0.9 * (1000 + 1000 * (1 - 0.5 * 0.4 * 0.3)) / 2000, mci(board), 1e-12); // C_E 0.06: 0.127
  }

  private static double mci(MaterialUse u) {
    return CircularityAssessor.moduleMci(withMaterials(List.of(u)), P).getAsDouble();
  }

  @Test
  void moreVirginMaterialLowersMci() {
    ModuleType base = BomFixtures.d36();
    ModuleType heavier = withMaterials(List.of(BomFixtures.steel(2000), BomFixtures.timber(6000),
        BomFixtures.linear("concrete screed", 3000)));
    assertTrue(CircularityAssessor.moduleMci(heavier, P).getAsDouble()
        < CircularityAssessor.moduleMci(base, P).getAsDouble());
  }

  @Test
  void detachabilityOfBoltedModuleByHand() {
    // bolt: TV 0.8 (fasteners), ToV 0.8 (extra actions), DK 1.0 (none), VV 0.8 (overlapping)
    double lv = 2 / (1 / 0.8 + 1 / 0.8); // 0.8
    double ls = 2 / (1 / 1.0 + 1 / 0.8); // 0.8889
    double li = 2 / (1 / lv + 1 / ls); // 12.8 / 15.2 = 0.8421
    assertEquals(12.8 / 15.2, li, 1e-12);
    assertEquals(li, CircularityAssessor.moduleDetachability(BomFixtures.d36(), BomFixtures.catalog())
        .getAsDouble(), 1e-12, "the non-load-bearing plugs (LI 1.0) do not count");
  }

  @Test
  void gluedLoadBearingConnectionLowersDetachability() {
    ModuleType glued = BomFixtures.module("DG", ModuleKind.DWELLING, 3600, 9600, 8000, 1, 1, 1,
        List.of(BomFixtures.timber(8000)),
        List.of(new ConnectionUse("glue", 8, true), new ConnectionUse("plug", 4, false)));
    double bolted = CircularityAssessor.moduleDetachability(BomFixtures.d36(), BomFixtures.catalog())
        .getAsDouble();
    double g = CircularityAssessor.moduleDetachability(glued, BomFixtures.catalog()).getAsDouble();
    // glue: TV 0.1, ToV 0.4 -> LV 0.16; DK 1.0, VV 0.2 -> LS 0.3333; LI = 0.2162
    assertEquals(2 / (1 / 0.16 + 1 / (1 / 3.0)), g, 1e-12);
    assertTrue(g < bolted);
  }

  @Test
  void weakestLoadBearingConnectionCounts() {
    ModuleType mixed = BomFixtures.module("DM", ModuleKind.DWELLING, 3600, 9600, 8000, 1, 1, 1, List.of(),
        List.of(new ConnectionUse("bolt", 8, true), new ConnectionUse("glue", 2, true)));
    double glueOnly = 2 / (1 / 0.16 + 3.0);
    assertEquals(glueOnly, CircularityAssessor.moduleDetachability(mixed, BomFixtures.catalog()).getAsDouble(),
        1e-12);
  }

  @Test
  void unknownCategoryIsMissingAndScoresZeroForTheSolver() {
    Catalog c = new Catalog(BomFixtures.catalog().lines(),
        List.of(new ConnectionType("bolt", "bolt", "fasteners", "behind-a-wall", "none", "open", "test"),
            new ConnectionType("plug", "plug", "dry", "free", "none", "open", "test")),
        BomFixtures.factors(), "test");
    assertTrue(CircularityAssessor.moduleDetachability(BomFixtures.d36(), c).isEmpty());
    assertEquals(0.0, CircularityAssessor.moduleScore(BomFixtures.d36(), c, P));
    assertEquals(0.0, CircularityAssessor.moduleScore(BomFixtures.stair(), BomFixtures.catalog(), P),
        "no materials: no MCI, so score 0");
  }

  @Test
  void moduleScoreIsMciTimesLi() {
    double expected = 0.587_565_163 * (12.8 / 15.2);
    assertEquals(expected, CircularityAssessor.moduleScore(BomFixtures.d36(), BomFixtures.catalog(), P), 1e-6);
  }

  @Test
  void layoutScoreIsMassWeightedOverKnownMass() {
    CircularityScore s = CircularityAssessor.assess(BomFixtures.catalog(), BomFixtures.layout(), P);
    double d36 = CircularityAssessor.moduleMci(BomFixtures.d36(), P).getAsDouble();
    double d30 = 1 - 0.9 * 0.5; // timber only: V = W = 3,000 of 6,000 kg, LFI 0.5
    double wf = 900 * 0.5 * 0.1 / 0.9; // gallery steel 900 kg: 50
    double wc = 900 * 0.1 * 0.7; // 63
    double gal = 1 - 0.9 * (450 + 90 + (wf + wc) / 2) / (1800 + (wf - wc) / 2); // 0.70067
    assertEquals(0.55, CircularityAssessor.moduleMci(BomFixtures.d30(), P).getAsDouble(), 1e-12);
    assertEquals(gal, CircularityAssessor.moduleMci(BomFixtures.gallery(), P).getAsDouble(), 1e-12);
    // known material mass: D36 5 x 8,000, D30 6,000, gallery 24 m / 3.6 m x 900 = 6,000; stair none
    double mci = (d36 * 40_000 + d30 * 6_000 + gal * 6_000) / 52_000;
    assertEquals(mci, s.mci().getAsDouble(), 1e-12);
    // total: modules 56,000 + gallery 6,000 + transfer 2,304 + core extension 28,000
    assertEquals(92_304, s.totalMassKg(), 1e-9);
    assertEquals(52_000 / 92_304.0, s.mciMassShare(), 1e-12);
    double li = 12.8 / 15.2;
    assertEquals(li, s.detachability().getAsDouble(), 1e-12);
    assertEquals(62_000 / 92_304.0, s.detachabilityMassShare(), 1e-12);
    assertEquals(mci * li, s.pci().getAsDouble(), 1e-12);
    assertTrue(s.missing().stream().anyMatch(m -> m.what().equals("circularity of S")));
    assertTrue(s.missing().stream().anyMatch(m -> m.what().startsWith("circularity of the transfer layer")));
    assertEquals(List.of("D30", "D36", "G", "S"), s.modules().stream().map(ModuleCircularity::moduleTypeId)
        .toList());
    assertEquals(24_000 / 3_600.0, s.modules().get(2).quantity(), 1e-12);
    assertEquals(5.0, s.modules().get(1).quantity());
  }
}
