package nl.toplaag.product;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One prefab module of a product line. Width runs along the wing (the row of modules), depth across it.
 * Gallery modules are priced and weighed per element of {@code widthMm} and are cut to bay length.
 *
 * @param id identifier, unique in the catalogue
 * @param name description
 * @param kind dwelling box, gallery, stair or lift
 * @param widthMm outer width, mm
 * @param depthMm outer depth, mm
 * @param heightMm outer height, mm (storey height of the new storey)
 * @param massKg mass of one module, kg
 * @param imposedLoadKnPerM2 imposed (live) load on the module floor for the load check, kN/m²
 * @param support which edges bear
 * @param fireResistanceMin fire resistance against collapse, minutes
 * @param maxStack how many of these modules may stand on top of each other
 * @param usableAreaM2 usable floor area (gebruiksoppervlakte), m²
 * @param materials materials of one module; empty when the manufacturer gave none (reported as missing)
 * @param connections connections of one module
 * @param costEur price of one module delivered and placed, euros
 * @param carbonKgCo2e embodied carbon, product stage (A1–A3), kg CO2-eq
 * @param lifetimeYears design service life, years
 * @param fireFightingLift for lift modules: whether it qualifies as a fire-fighting lift
 * @param liftCarWidthMm for lift modules: the car's clear width, across its door, mm; 0 for other modules
 * @param liftCarDepthMm for lift modules: the car's clear depth, from its door to the opposite wall, mm; 0 for other
 *     modules
 * @param balustradeHeightMm for gallery modules: the height of the balustrade along the gallery's open edge above its
 *     deck, mm; 0 for other modules
 * @param sources source note per field name (for example {@code "massKg" -> "GTB Lab ..."})
 */
public record ModuleType(
    String id,
    String name,
    ModuleKind kind,
    int widthMm,
    int depthMm,
    int heightMm,
    double massKg,
    double imposedLoadKnPerM2,
    SupportPattern support,
    int fireResistanceMin,
    int maxStack,
    double usableAreaM2,
    List<MaterialUse> materials,
    List<ConnectionUse> connections,
    long costEur,
    double carbonKgCo2e,
    int lifetimeYears,
    boolean fireFightingLift,
    int liftCarWidthMm,
    int liftCarDepthMm,
    int balustradeHeightMm,
    Map<String, String> sources) {

  public ModuleType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(support, "support");
    name = name == null ? id : name;
    requirePositive("widthMm", widthMm);
    requirePositive("depthMm", depthMm);
    requirePositive("heightMm", heightMm);
    if (!(massKg > 0)) {
      throw new IllegalArgumentException("massKg must be > 0 but was " + massKg);
    }
    if (balustradeHeightMm < 0) {
      throw new IllegalArgumentException("a balustrade's height must be >= 0 but was " + balustradeHeightMm);
    }
    if (liftCarWidthMm < 0 || liftCarDepthMm < 0) {
      throw new IllegalArgumentException("a lift car's sizes must be >= 0 but were " + liftCarWidthMm + " x "
          + liftCarDepthMm);
    }
    if (maxStack < 1) {
      throw new IllegalArgumentException("maxStack must be >= 1 but was " + maxStack);
    }
    materials = List.copyOf(materials);
    connections = List.copyOf(connections);
    sources = Map.copyOf(sources);
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value);
    }
  }

  /**
   * This module with {@code fireResistanceMin} minutes of fire resistance and stacking {@code maxStack} high, the rest
   * as it is: a what-if of the line's limits ({@code configure --what-limits}).
   */
  public ModuleType withFireResistanceAndStack(int fireResistanceMin, int maxStack) {
    return new ModuleType(id, name, kind, widthMm, depthMm, heightMm, massKg, imposedLoadKnPerM2, support,
        fireResistanceMin, maxStack, usableAreaM2, materials, connections, costEur, carbonKgCo2e, lifetimeYears,
        fireFightingLift, liftCarWidthMm, liftCarDepthMm, balustradeHeightMm, sources);
  }

  /**
   * This gallery module with a balustrade {@code balustradeHeightMm} high, the rest as it is: a what-if of the line's
   * limits ({@code configure --what-limits}).
   */
  public ModuleType withBalustradeMm(int balustradeHeightMm) {
    return new ModuleType(id, name, kind, widthMm, depthMm, heightMm, massKg, imposedLoadKnPerM2, support,
        fireResistanceMin, maxStack, usableAreaM2, materials, connections, costEur, carbonKgCo2e, lifetimeYears,
        fireFightingLift, liftCarWidthMm, liftCarDepthMm, balustradeHeightMm, sources);
  }

  /**
   * This lift module with a car of {@code liftCarWidthMm} across its door by {@code liftCarDepthMm} from it, the rest
   * as it is: a what-if of the line's limits ({@code configure --what-limits}).
   */
  public ModuleType withLiftCarMm(int liftCarWidthMm, int liftCarDepthMm) {
    return new ModuleType(id, name, kind, widthMm, depthMm, heightMm, massKg, imposedLoadKnPerM2, support,
        fireResistanceMin, maxStack, usableAreaM2, materials, connections, costEur, carbonKgCo2e, lifetimeYears,
        fireFightingLift, liftCarWidthMm, liftCarDepthMm, balustradeHeightMm, sources);
  }

  /**
   * This module {@code depthMm} deep, the rest as it is (its mass, cost and carbon as given): a what-if of the line's
   * limits ({@code configure --what-limits}, a gallery as deep as the free floor in front of a lift).
   */
  public ModuleType withDepthMm(int depthMm) {
    return new ModuleType(id, name, kind, widthMm, depthMm, heightMm, massKg, imposedLoadKnPerM2, support,
        fireResistanceMin, maxStack, usableAreaM2, materials, connections, costEur, carbonKgCo2e, lifetimeYears,
        fireFightingLift, liftCarWidthMm, liftCarDepthMm, balustradeHeightMm, sources);
  }

  /** Footprint area, m². */
  public double footprintM2() {
    return widthMm / 1000.0 * depthMm / 1000.0;
  }

  /** Load on the structure from one module: self-weight plus imposed load on its footprint, kN. */
  public double loadKn() {
    return massKg * 9.81 / 1000.0 + imposedLoadKnPerM2 * footprintM2();
  }
}
