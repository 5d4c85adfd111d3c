package nl.toplaag.product;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A manufacturer-neutral product line: its modules, the dwellings made from them, and the building-level items
 * that come with it.
 *
 * @param id identifier
 * @param name description
 * @param source what the line is modelled on
 * @param modules the modules: at least one dwelling module, a gallery, a stair and a lift module
 * @param dwellings dwelling types made of the dwelling modules
 * @param transferLayer the roof transfer layer of this line
 * @param stairCoreExtension extending an existing stair core by one storey
 * @param liftExtension extending an existing lift shaft by one storey
 * @param cantileverGalleryCostEurPerM extra cost per metre of gallery cantilevered in front of the facade, euros
 * @param dryRiserCostEurPerStorey cost of a dry riser per added storey where the code requires one, euros
 * @param sources source note per line-level field name
 * @param shipping how the line travels from its factory: as volumetric boxes or flat elements
 */
public record ProductLine(
    String id,
    String name,
    String source,
    List<ModuleType> modules,
    List<DwellingType> dwellings,
    TransferLayer transferLayer,
    PerStoreyItem stairCoreExtension,
    PerStoreyItem liftExtension,
    long cantileverGalleryCostEurPerM,
    long dryRiserCostEurPerStorey,
    java.util.Map<String, String> sources,
    Shipping shipping) {

  public ProductLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transferLayer, "transferLayer");
    Objects.requireNonNull(stairCoreExtension, "stairCoreExtension");
    Objects.requireNonNull(liftExtension, "liftExtension");
    Objects.requireNonNull(shipping, "shipping");
    name = name == null ? id : name;
    source = source == null ? "" : source;
    modules = List.copyOf(modules);
    dwellings = List.copyOf(dwellings);
    sources = java.util.Map.copyOf(sources);
  }

  /** A line of volumetric boxes. */
  public ProductLine(String id, String name, String source, List<ModuleType> modules, List<DwellingType> dwellings,
      TransferLayer transferLayer, PerStoreyItem stairCoreExtension, PerStoreyItem liftExtension,
      long cantileverGalleryCostEurPerM, long dryRiserCostEurPerStorey, java.util.Map<String, String> sources) {
    this(id, name, source, modules, dwellings, transferLayer, stairCoreExtension, liftExtension,
        cantileverGalleryCostEurPerM, dryRiserCostEurPerStorey, sources, Shipping.VOLUMETRIC);
  }

  /** A line of volumetric boxes without line-level source notes. */
  public ProductLine(String id, String name, String source, List<ModuleType> modules, List<DwellingType> dwellings,
      TransferLayer transferLayer, PerStoreyItem stairCoreExtension, PerStoreyItem liftExtension,
      long cantileverGalleryCostEurPerM, long dryRiserCostEurPerStorey) {
    this(id, name, source, modules, dwellings, transferLayer, stairCoreExtension, liftExtension,
        cantileverGalleryCostEurPerM, dryRiserCostEurPerStorey, java.util.Map.of());
  }

  /**
   * This line with only its dwelling types of at least {@code usableAreaM2} usable area, and of its dwelling modules
   * only those they are made of; the other modules (gallery, stair, lift) and line-level items kept.
   */
  public ProductLine withDwellingsOfAtLeast(double usableAreaM2) {
    List<DwellingType> kept = dwellings.stream().filter(d -> d.usableAreaM2() >= usableAreaM2).toList();
    List<ModuleType> used = modules.stream().filter(m -> m.kind() != ModuleKind.DWELLING
        || kept.stream().anyMatch(d -> d.moduleTypeId().equals(m.id()))).toList();
    return new ProductLine(id, name, source, used, kept, transferLayer, stairCoreExtension, liftExtension,
        cantileverGalleryCostEurPerM, dryRiserCostEurPerStorey, sources, shipping);
  }

  /** This line with {@code modules} in place of its modules (the same ids, which its dwelling types name). */
  public ProductLine withModules(List<ModuleType> modules) {
    return new ProductLine(id, name, source, modules, dwellings, transferLayer, stairCoreExtension, liftExtension,
        cantileverGalleryCostEurPerM, dryRiserCostEurPerStorey, sources, shipping);
  }

  /** The line's storey height, mm: its tallest dwelling module ({@link #storeyHeightMm(List)}). */
  public int storeyHeightMm() {
    return storeyHeightMm(modules);
  }

  /**
   * The storey height of a line of {@code modules}, mm: the tallest dwelling module, which the added storeys stand
   * apart by (3,000 where there is none).
   */
  public static int storeyHeightMm(List<ModuleType> modules) {
    return modules.stream().filter(m -> m.kind() == ModuleKind.DWELLING).mapToInt(ModuleType::heightMm).max()
        .orElse(3000);
  }

  /** The module with this id. */
  public Optional<ModuleType> module(String moduleId) {
    return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
  }

  /** The modules of one kind, in catalogue order. */
  public List<ModuleType> modules(ModuleKind kind) {
    return modules.stream().filter(m -> m.kind() == kind).toList();
  }

  /** The gallery module (the first of its kind). */
  public ModuleType gallery() {
    return modules(ModuleKind.GALLERY).get(0);
  }
}
