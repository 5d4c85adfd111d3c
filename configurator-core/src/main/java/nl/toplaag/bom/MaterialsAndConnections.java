package nl.toplaag.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.toplaag.product.ConnectionUse;
import nl.toplaag.product.MaterialUse;
import nl.toplaag.product.ModuleType;

/** Explodes placed modules into materials (mass, volume) and connections. */
final class MaterialsAndConnections {

  private MaterialsAndConnections() {}

  /** Materials per module type; {@code modules} is the number of instances (galleries: length / width). */
  static List<MaterialLine> materials(CatalogIndex index, Map<String, double[]> modules, List<Missing> missing) {
    List<MaterialLine> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : modules.entrySet()) {
      ModuleType m = index.module(e.getKey()).orElseThrow();
      double n = e.getValue()[0];
      if (m.materials().isEmpty()) {
        missing.add(new Missing("materials of module " + m.id() + " (" + Texts.num(n) + " modules, "
            + Texts.num(m.massKg() * n) + " kg)", "the catalogue lists no materials for this module"));
        continue;
      }
      List<MaterialUse> sorted = new ArrayList<>(m.materials());
      sorted.sort(java.util.Comparator.comparing(MaterialUse::material));
      for (MaterialUse u : sorted) {
        double mass = u.massKg() * n;
        OptionalDouble volume = u.densityKgPerM3() > 0 ? OptionalDouble.of(mass / u.densityKgPerM3())
            : OptionalDouble.empty();
        if (volume.isEmpty()) {
          missing.add(new Missing("volume of " + u.material() + " in " + m.id(), "density is not positive"));
        }
        out.add(new MaterialLine(m.id(), u.material(), n, mass, u.densityKgPerM3(), volume));
      }
    }
    return out;
  }

  /** Connections per module type; {@code pieces} is the number of whole pieces. */
  static List<ConnectionLine> connections(CatalogIndex index, Map<String, Long> pieces) {
    List<ConnectionLine> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : pieces.entrySet()) {
      ModuleType m = index.module(e.getKey()).orElseThrow();
      List<ConnectionUse> sorted = new ArrayList<>(m.connections());
      sorted.sort(java.util.Comparator.comparing(ConnectionUse::connectionTypeId)
          .thenComparing(ConnectionUse::loadBearing));
      for (ConnectionUse c : sorted) {
        out.add(new ConnectionLine(m.id(), c.connectionTypeId(), c.loadBearing(), c.count() * e.getValue()));
      }
    }
    return out;
  }
}
