package nl.toplaag.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.toplaag.bag.BagImport;
import nl.toplaag.bag.ImportAssumptions;
import nl.toplaag.bag.Stock;
import nl.toplaag.building.Building;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.product.Catalog;
import nl.toplaag.testbuildings.RealBuildings;

/**
 * Real buildings as benchmark instances: the post-war buildings of the 3D BAG tiles in a directory (by default the
 * shared tiles beside the checkout, {@link RealBuildings#directory()}), imported as {@code toplaag import 3dbag --built
 * 1945-1975 --join-rows} writes them, with the bundled assumptions (structure, load reserves and zoning assumed, so
 * the results are screening), all product lines, two storeys (fewer where the assumed zoning says so).
 *
 * <p>The generated set is built to be hard: long slabs of three storeys on tight reserves. This set says how the
 * configurator does on the roofs a planner meets in these tiles, which are mostly small.
 */
final class RealStock {

  /** The build years imported: the post-war stock ({@code --built 1945-1975}). */
  static final int[] BUILT = {1945, 1975};

  /**
   * The instances and what the import made of the tiles.
   *
   * @param instances one per building file written, in id order
   * @param tiles the tile files read
   * @param panden the panden built in {@link #BUILT}
   * @param buildings the buildings derived from them (rows of panden joined), written or skipped
   * @param rejected the building files derived that their reader rejects, each with its reader's words: an error of
   *     the import, not of the tiles, so left out and counted as a failed run
   */
  record Imported(List<Instance> instances, List<String> tiles, int panden, int buildings, List<String> rejected) {}

  private RealStock() {}

  /** The shared tiles beside the checkout ({@link RealBuildings#directory()}), if found. */
  static Path defaultDir() {
    return RealBuildings.directory().orElse(null);
  }

  /**
   * The tiles of {@code dir} ({@code *.city.json} and {@code *.city.jsonl}, by file name) imported.
   *
   * @throws IOException where {@code dir} cannot be listed
   * @throws InputException where {@code dir} holds no tile, or a tile cannot be read
   */
  static Imported load(Path dir, Catalog catalog) throws IOException, InputException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".city.json") || n.endsWith(".city.jsonl");
      }).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new InputException(dir.toString(), "", "expected 3D BAG tiles (*.city.json, *.city.jsonl) but found none");
    }
    Stock stock = Stock.read(files);
    var selected = stock.select(List.of(), BUILT);
    List<BagImport.Outcome> outcomes = stock.derive(selected, true, ImportAssumptions.bundled(),
        Stock.smallest(catalog));
    List<Instance> out = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (BagImport.Outcome x : outcomes) {
      if (x.written()) {
        try {
          Building b = BuildingReader.parse(x.fileName(), x.json());
          out.add(new Instance(x.building().id(), -1, b, x.json(), Checks.storeys(b), List.of(),
              Checks.tags(b, "assumed")));
        } catch (InputException e) {
          rejected.add(e.getMessage());
        }
      }
    }
    return new Imported(out, files.stream().map(p -> p.getFileName().toString()).toList(), selected.size(),
        outcomes.size(), rejected);
  }
}
