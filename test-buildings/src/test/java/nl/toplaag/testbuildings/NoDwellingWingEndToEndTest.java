package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * An L (LSF line) whose 10.2 m deep second wing keeps 9.2 m of room behind a 1.0 m setback on its front edge, where
 * the line's 9.6 m boxes do not fit; an existing core fixes the first wing's seven dwellings. The alternatives differed
 * from the best layout by a stair or lift module on the second wing, on a 9.6 m transfer layer past its rear facade,
 * which the checker rejects (found by a QA pass, case 41 of its probe).
 */
class NoDwellingWingEndToEndTest {

  private static final Catalog CATALOG = CatalogReader.bundled();

  static final String JSON = """
      {"id": "qa7-41", "roofOutline": [[0,0],[26.4,0],[26.4,28.6],[16.2,28.6],[16.2,10.8],[0,10.8],[0,0]],
       "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 26.4, "depthM": 10.8},
                 {"origin": [26.4, 10.8], "directionDeg": 90, "lengthM": 17.8, "depthM": 10.2}],
       "structure": {"wallGrids": [{"wing": 0, "offsetM": 0.6, "pitchesM": [3.6], "capacityKnPerM": 500},
         {"wing": 1, "offsetM": 1.2, "pitchesM": [3.6], "capacityKnPerM": 500}]},
       "loadReserve": {"areaLoadKnPerM2": 100},
       "stairCores": [{"outline": [[1.1,0],[3.8,0],[3.8,5.4],[1.1,5.4],[1.1,0]]}],
       "lift": {"present": false},
       "zoning": {"edgeSetbacksM": [0, 1.0, 0, 0, 0, 0], "maxAddedStoreys": 3}}
      """;

  @Test
  void everyAlternativePassesTheChecker() throws Exception {
    Building b = BuildingReader.parse("qa7-41.json", JSON);
    for (Objective o : Objective.values()) {
      ConfigurationRequest req = new ConfigurationRequest(b, CATALOG, List.of("lsf-volumetric"), 1, o,
          BuildingCode.BB2012, new SolverSettings(10_000, 1, 1, 3), Map.of());
      ConfigurationResult r = new CpSatConfigurator().configure(req);
      assertEquals(7, r.dwellings(), o.toString());
      for (int j = 0; j < r.layouts().size(); j++) {
        Layout l = r.layouts().get(j);
        assertEquals(List.of(), LayoutChecker.check(b, CATALOG, req.code(), l, 1), o + " layout " + j);
        assertEquals(List.of(), l.modules().stream().filter(m -> m.wing() == 1).toList(), o + " layout " + j);
      }
    }
  }
}
