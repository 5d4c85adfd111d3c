package nl.toplaag.product;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue of product lines with the connection types they use and the detachability factor table.
 *
 * @param lines the product lines
 * @param connectionTypes the connection types referred to by modules
 * @param detachability factor scores for the detachability method
 * @param source where the catalogue comes from
 */
public record Catalog(List<ProductLine> lines, List<ConnectionType> connectionTypes,
    DetachabilityFactors detachability, String source) {
  public Catalog {
    lines = List.copyOf(lines);
    connectionTypes = List.copyOf(connectionTypes);
    Objects.requireNonNull(detachability, "detachability");
    source = source == null ? "" : source;
  }

  /**
   * This catalogue with, in every line, only the dwelling types of at least {@code usableAreaM2} usable area
   * ({@link ProductLine#withDwellingsOfAtLeast}).
   */
  public Catalog withDwellingsOfAtLeast(double usableAreaM2) {
    return new Catalog(lines.stream().map(l -> l.withDwellingsOfAtLeast(usableAreaM2)).toList(), connectionTypes,
        detachability, source);
  }

  /** This catalogue with {@code line} in place of its line of the same id. */
  public Catalog withLine(ProductLine line) {
    return new Catalog(lines.stream().map(l -> l.id().equals(line.id()) ? line : l).toList(), connectionTypes,
        detachability, source);
  }

  /** The product line with this id. */
  public Optional<ProductLine> line(String id) {
    return lines.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The connection type with this id. */
  public Optional<ConnectionType> connectionType(String id) {
    return connectionTypes.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The module with this id in any line. */
  public Optional<ModuleType> module(String moduleId) {
    return lines.stream().flatMap(l -> l.modules().stream()).filter(m -> m.id().equals(moduleId)).findFirst();
  }
}
