package nl.toplaag.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.toplaag.building.Building;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.product.Catalog;
import nl.toplaag.testbuildings.TestBuildings;

/** Loads the building and catalogue named on the command line, or the bundled defaults. */
final class Inputs {

  private Inputs() {}

  static Building building(Path file) throws InputException {
    return file == null ? TestBuildings.defaultBuilding() : BuildingReader.read(file);
  }

  static Catalog catalog(Path dir) throws InputException {
    return dir == null ? CatalogReader.bundled() : CatalogReader.read(dir);
  }

  /** Prints a bad-input message and returns exit code 2. */
  static int bad(PrintWriter err, InputException e) {
    err.println("toplaag: bad input: " + e.getMessage());
    return Toplaag.BAD_INPUT;
  }
}
