package nl.toplaag.bom;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;

/** Look-ups from module and dwelling-type ids to the catalogue line that holds them. */
final class CatalogIndex {

  private final Map<String, ProductLine> lineOfModule = new TreeMap<>();
  private final Map<String, ModuleType> modules = new TreeMap<>();
  private final Map<String, ProductLine> lineOfDwelling = new TreeMap<>();
  private final Map<String, DwellingType> dwellings = new TreeMap<>();

  CatalogIndex(Catalog catalog) {
    for (ProductLine l : catalog.lines()) {
      for (ModuleType m : l.modules()) {
        lineOfModule.putIfAbsent(m.id(), l);
        modules.putIfAbsent(m.id(), m);
      }
      for (DwellingType d : l.dwellings()) {
        lineOfDwelling.putIfAbsent(d.id(), l);
        dwellings.putIfAbsent(d.id(), d);
      }
    }
  }

  Optional<ModuleType> module(String id) {
    return Optional.ofNullable(modules.get(id));
  }

  Optional<ProductLine> lineOfModule(String id) {
    return Optional.ofNullable(lineOfModule.get(id));
  }

  Optional<DwellingType> dwelling(String id) {
    return Optional.ofNullable(dwellings.get(id));
  }

  Optional<ProductLine> lineOfDwelling(String id) {
    return Optional.ofNullable(lineOfDwelling.get(id));
  }
}
