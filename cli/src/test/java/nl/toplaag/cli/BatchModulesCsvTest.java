package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.io.ResultJson;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch-modules.csv}, a manufacturer's order list over the batch: the modules per type, and the gallery
 * elements the line's factory makes too, as pieces and metres of their own, not counted among the modules.
 */
class BatchModulesCsvTest {

  @TempDir Path tmp;

  private static final List<String> BUILDINGS = List.of("galerij-4-plinth", "portiek-3-flat");

  @Test
  void theGalleryPiecesAreRowsOfTheirOwnBesideTheModulesWhoseTotalsStayTheLayouts() throws Exception {
    // a QA pass: the galleries, which each line's factory makes as well, were in no row of the order list
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("batch", CliRun.testBuilding(BUILDINGS.get(0)).toString(),
        CliRun.testBuilding(BUILDINGS.get(1)).toString(), "--time-limit", "1", "--modules-per-year", "30", "--out",
        out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    // per line, from each building's best layout: its modules, and its galleries' pieces as its bill of materials
    // sends them from the factory (each segment's length over its element's width, rounded up) and length
    Catalog catalog = CatalogReader.bundled();
    Map<String, Integer> modules = new TreeMap<>();
    Map<String, Long> pieces = new TreeMap<>();
    Map<String, Long> galleryMm = new TreeMap<>();
    for (String id : BUILDINGS) {
      Layout best = ResultJson.readLayouts(out.resolve(id + ".result.json")).get(0);
      String line = String.join("+", best.productLineIds());
      modules.merge(line, best.modules().size(), Integer::sum);
      for (GallerySegment g : best.galleries()) {
        galleryMm.merge(line, (long) g.lengthMm(), Long::sum);
        pieces.merge(line, BomCalculator.galleryPieces(g.lengthMm(),
            catalog.module(g.moduleTypeId()).orElseThrow().widthMm()), Long::sum);
      }
    }
    assertEquals(2, pieces.size(), "both buildings have galleries, each of its own line: " + pieces);
    List<String> csv = Files.readAllLines(out.resolve("batch-modules.csv"));
    assertEquals("line,moduleType,kind,modules,buildings,galleryPieces,galleryM", csv.get(0));
    Map<String, Integer> moduleRows = new TreeMap<>();
    Map<String, Long> pieceRows = new TreeMap<>();
    Map<String, Long> mmRows = new TreeMap<>();
    List<String> lineOrder = new ArrayList<>(); // each line's rows together, its gallery after its modules
    String galleryOf = "";
    for (String row : csv.subList(1, csv.size())) {
      String[] f = row.split(",", -1); // the bundled ids hold no comma
      assertEquals(7, f.length, row);
      if (lineOrder.isEmpty() || !lineOrder.get(lineOrder.size() - 1).equals(f[0])) {
        lineOrder.add(f[0]);
      }
      if (f[2].equals("gallery")) {
        galleryOf = f[0];
        // a gallery type's row: its pieces and metres, no modules (empty, not 0), the buildings it stands on
        assertTrue(f[1].contains("gallery") && f[3].isEmpty() && f[4].equals("1"), row);
        pieceRows.merge(f[0], Long.parseLong(f[5]), Long::sum);
        mmRows.merge(f[0], Math.round(Double.parseDouble(f[6]) * 1000), Long::sum);
      } else {
        // a module type's row, before its line's gallery, with its gallery cells empty
        assertTrue(!galleryOf.equals(f[0]) && f[5].isEmpty() && f[6].isEmpty(), row);
        moduleRows.merge(f[0], Integer.parseInt(f[3]), Integer::sum);
      }
    }
    assertEquals(List.copyOf(modules.keySet()), lineOrder, csv.toString());
    assertEquals(modules, moduleRows, csv.toString());
    assertEquals(pieces, pieceRows, csv.toString());
    assertEquals(galleryMm, mmRows, csv.toString());
    // the totals of modules as before: the console's portfolio line and the rollout count the same, and the rollout's
    // gallery pieces are those of the order list
    int all = modules.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(r.out().contains(", " + all + " modules and "), r.out());
    Map<String, Long> rolledOut = new TreeMap<>();
    List<String> rollout = Files.readAllLines(out.resolve("batch-rollout.csv"));
    for (String row : rollout.subList(1, rollout.size())) {
      String[] f = row.split(",");
      rolledOut.merge(f[0], Long.parseLong(f[11]), Long::sum);
    }
    assertEquals(pieces, rolledOut, rollout.toString());
  }
}
