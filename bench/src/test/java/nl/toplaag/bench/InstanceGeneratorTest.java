package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, names carry the seed, and the ranges hold. */
class InstanceGeneratorTest {

  @Test
  void sameSeedGivesSameInstancesAndOtherSeedsDiffer() {
    List<Instance> a = InstanceGenerator.generate(1000, 12);
    List<Instance> b = InstanceGenerator.generate(1000, 12);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).json(), b.get(i).json());
      assertEquals(a.get(i).name(), b.get(i).name());
      assertTrue(a.get(i).name().startsWith("g" + (1000 + i) + "-"), a.get(i).name());
    }
    assertNotEquals(a.get(0).json(), InstanceGenerator.generate(2000, 1).get(0).json());
  }

  @Test
  void rangesAndMixHold() {
    List<Instance> all = InstanceGenerator.generate(1000, 60);
    long lShapes = all.stream().filter(i -> i.building().wings().size() == 2).count();
    assertTrue(lShapes >= 4 && lShapes <= 24, "L-shapes " + lShapes);
    for (Instance i : all) {
      double len = Double.parseDouble(i.tag("lengthM"));
      assertTrue(len >= 14 && len <= 210, i.name() + " length " + len);
      int depth = i.building().wings().get(0).depthMm();
      assertTrue(depth >= 9000 && depth <= 14000, i.name() + " depth " + depth);
      assertTrue(i.storeys() >= 1 && i.storeys() <= 3);
    }
    assertTrue(all.stream().anyMatch(i -> i.building().lift().present()));
    assertTrue(all.stream().anyMatch(i -> i.building().stairCores().size() == 2));
    // some storeys cross 12.5 m: roof + 0.45 m layer + 3 m per storey
    assertTrue(all.stream().anyMatch(i -> i.building().roofLevelMm() + 450 + (i.storeys() - 1) * 3000 > 12_500));
    assertTrue(all.stream().anyMatch(i -> i.building().roofLevelMm() + 450 + (i.storeys() - 1) * 3000 <= 12_500));
  }

  @Test
  void snappedLengthIsWholeBaysWithTheOffsetAtBothEnds() {
    BuildingSpec s = InstanceGenerator.randomSpec(5, 0).plain();
    BuildingSpec spec = new BuildingSpec(40, 11, List.of(3.6, 2.2), 0.5, 1, s.loads(), false, 0, 0, false, false,
        false, 2, 2.8, 0, 0, 0, false, false, "lsf-volumetric");
    // 0.5 + 3.6 + 2.2 + ... : 6 pairs = 34.8, 7 pairs = 40.6; 6 pairs + 3.6 = 38.4; + 2 x 0.5: 39.4 or 41.6
    assertEquals(39.4, InstanceGenerator.snap(40, spec), 1e-9);
  }
}
