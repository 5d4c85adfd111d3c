package nl.toplaag.limits;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.Building;
import nl.toplaag.building.LoadReserve;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.ZoningLimits;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.RuleId;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;

/**
 * A limit of the building, or of the product line's modules, that a layout must respect, and how to lift it for a
 * what-if solve.
 */
public enum Limit {
  /**
   * The extra-load capacity of each bearing line, those given 0 kN/m too (a wall that may take no extra load binds
   * like any other).
   */
  BEARING_LINES("bearing-lines", "the bearing lines' capacities", Set.of(RuleId.LINE_LOAD)),
  /** The foundation reserve: the extra load on the foundation in total. */
  FOUNDATION("foundation", "the foundation reserve", Set.of(RuleId.FOUNDATION_LOAD)),
  /** The area-load reserve: the extra load per m² of each bay. */
  AREA_LOAD("area-load", "the area-load reserve", Set.of(RuleId.AREA_LOAD)),
  /**
   * The extended stair cores on the roof standing on the bearing lines beside them: lifted, each on a structure of its
   * own ({@code StairCore.ownStructure}: a tower with its own foundation, or stairwell walls strengthened for it).
   */
  STAIR_CORES("stair-cores", "the stair cores' load on the walls beside them", Set.of(RuleId.LINE_LOAD)),
  /** The zoning plan's height limit and most added storeys (its setbacks are kept). */
  ZONING("zoning", "the zoning plan's height and storeys", Set.of(RuleId.HEIGHT_LIMIT, RuleId.STOREY_COUNT)),
  /**
   * The fire resistance of the line's modules: lifted, each resists as long as the floor of the highest storey asked
   * for needs (a manufacturer's question: a QA pass's line was limited by it, and only the summary's Why said so).
   */
  FIRE_RESISTANCE("fire-resistance", "the line's fire resistance", Set.of(RuleId.FIRE_RESISTANCE)),
  /** How high the line's modules may stack ({@code maxStack}): lifted, each as high as the storeys asked for. */
  STACKING("stacking", "how high the line's modules stack", Set.of(RuleId.STACKING)),
  /**
   * The height of the balustrade of the line's gallery: lifted, as high as the floor of the highest storey asked for
   * needs (BB2012 art. 2.18: 1.2 m above 13 m), where it is lower.
   */
  BALUSTRADE("balustrade", "the line's gallery balustrade", Set.of(RuleId.BALUSTRADE)),
  /**
   * The car of the line's lift modules: lifted, each at least the stretcher car the building code asks of a new lift
   * (BB2012 art. 4.28: 1.05 x 2.05 m), where it is smaller.
   */
  LIFT_CAR("lift-car", "the line's lift car", Set.of(RuleId.LIFT)),
  /**
   * The depth of the line's gallery where it is shallower than the free floor in front of a lift (BB2012 art. 4.23:
   * 1.5 x 1.5 m) and a storey needs a lift: lifted, the gallery as deep as that floor (its mass, cost and carbon per
   * module as given), so that a lift module, or the building's lift extended, may open onto it. The deeper gallery
   * moves the modules behind it on the roof.
   */
  GALLERY_DEPTH("gallery-depth", "the line's gallery depth", Set.of(RuleId.LIFT));

  /** The load limits, lifted together as well as one at a time. */
  public static final List<Limit> LOADS = List.of(BEARING_LINES, FOUNDATION, AREA_LOAD);

  /**
   * A bearing line's capacity with its limit lifted, kN/m: far above any load a roof of modules puts on it, yet finite,
   * since the solvers count loads in hundredths of a kN in 64-bit sums.
   */
  static final double LIFTED_KN_PER_M = 1e7;

  private final String cliName;
  private final String words;
  private final Set<RuleId> rules;

  Limit(String cliName, String words, Set<RuleId> rules) {
    this.cliName = cliName;
    this.words = words;
    this.rules = rules;
  }

  /** The limit's name in the result file, e.g. {@code "area-load"}. */
  public String cliName() {
    return cliName;
  }

  /** The limit in words, e.g. "the area-load reserve". */
  public String words() {
    return words;
  }

  /** The independent checker's rules that report a layout breaking this limit. */
  public Set<RuleId> rules() {
    return rules;
  }

  /**
   * The independent checker's rules that a layout found with this limit lifted breaks on the building as it is only
   * because the lifted figure moves it: a deeper gallery moves the galleries, the transfer areas and the modules
   * behind it on the roof, and with them every load the layout states, so on the line as it is every rule but the
   * landing in front of a lift ({@link RuleId#LIFT}) reads another layout. Neither what the layout needs nor a
   * failure: it passed every rule with the limit lifted.
   */
  public Set<RuleId> moved() {
    return this == GALLERY_DEPTH ? EnumSet.complementOf(EnumSet.of(RuleId.LIFT)) : Set.of();
  }

  /**
   * What lifting this limit moves, in words, where it moves the layout ({@link #moved}): said beside what the layout
   * needs, so that a reader knows its other rules were checked with the limit lifted; else empty.
   */
  public String movedWords() {
    return this == GALLERY_DEPTH ? "the gallery as deep as the landing in front of a lift (art. 4.23), which moves the"
        + " modules behind it: the layout's other rules were checked with it" : "";
  }

  /**
   * Whether this is a limit of the product line's modules ({@link #FIRE_RESISTANCE}, {@link #STACKING},
   * {@link #BALUSTRADE}, {@link #LIFT_CAR}).
   */
  public boolean ofLine() {
    return this == FIRE_RESISTANCE || this == STACKING || this == BALUSTRADE || this == LIFT_CAR
        || this == GALLERY_DEPTH;
  }

  /**
   * Whether {@code b}, asked for at most {@code maxStoreys} added storeys, has this limit at all: a bearing line (each
   * has a capacity, 0 kN/m included), a finite reserve, a zoning height limit or fewer storeys allowed than asked
   * for; never a limit of the line ({@link #ofLine}).
   */
  public boolean presentIn(Building b, int maxStoreys) {
    return switch (this) {
      case FIRE_RESISTANCE, STACKING, BALUSTRADE, LIFT_CAR, GALLERY_DEPTH -> false;
      case BEARING_LINES -> !b.bearingLines().isEmpty();
      case FOUNDATION -> Double.isFinite(b.loadReserve().foundationReserveKn());
      case AREA_LOAD -> Double.isFinite(b.loadReserve().areaLoadKnPerM2());
      case STAIR_CORES -> b.stairCores().stream().anyMatch(c -> c.extendable() && c.standsOnWalls(b.wings()));
      case ZONING -> b.zoning().maxHeightAboveGroundMm() != Integer.MAX_VALUE
          || b.zoning().maxAddedStoreys() < maxStoreys;
    };
  }

  /**
   * Whether {@code b} or {@code line} on it, asked for at most {@code maxStoreys} added storeys under {@code code}, has
   * this limit at all: one of the building's ({@link #presentIn(Building, int)}), or a module of the line that resists
   * fire for less than the floor of storey {@code maxStoreys} needs, or stacks less high than that.
   */
  public boolean presentIn(Building b, ProductLine line, BuildingCode code, int maxStoreys) {
    return switch (this) {
      case FIRE_RESISTANCE -> line.modules().stream()
          .anyMatch(m -> m.fireResistanceMin() < topFireResistanceMin(b, line, code, maxStoreys));
      case STACKING -> line.modules().stream().anyMatch(m -> m.maxStack() < maxStoreys);
      case BALUSTRADE -> line.modules(ModuleKind.GALLERY).stream()
          .anyMatch(m -> m.balustradeHeightMm() < topBalustradeMm(b, line, code, maxStoreys));
      case LIFT_CAR -> needsNewLift(b, line, code, maxStoreys) && code.liftLandingGiven(line.gallery().depthMm())
          && line.modules(ModuleKind.LIFT).stream()
              .anyMatch(m -> !code.liftCarLargeEnough(m.liftCarWidthMm(), m.liftCarDepthMm()));
      case GALLERY_DEPTH -> !code.liftLandingGiven(line.gallery().depthMm())
          && PlanBuilder.storeyFloorMm(b, line, maxStoreys) > code.liftAboveFloorMm()
          && (!line.modules(ModuleKind.LIFT).isEmpty() || b.lift().present() && b.lift().extendable());
      default -> presentIn(b, maxStoreys);
    };
  }

  /**
   * Whether storey {@code storeys} of {@code line} on {@code b} needs a lift that the building's own cannot give: its
   * floor above the lift threshold, and the existing lift absent, not extendable, without its landing on the line's
   * gallery, or no fire-fighting lift where the floor needs one. (Where the line's gallery is too shallow for the
   * landing in front of a lift, art. 4.23, a larger car would not place one either: that is {@link #GALLERY_DEPTH}.)
   */
  private static boolean needsNewLift(Building b, ProductLine line, BuildingCode code, int storeys) {
    int floor = PlanBuilder.storeyFloorMm(b, line, storeys);
    boolean existingServes = Plan.liftExtendable(b, line, code)
        && (floor <= code.fireFightingLiftAboveFloorMm() || b.lift().fireFighting());
    return floor > code.liftAboveFloorMm() && !existingServes;
  }

  /** The balustrade a gallery on the floor of storey {@code storeys} of {@code line} on {@code b} needs, mm. */
  private static int topBalustradeMm(Building b, ProductLine line, BuildingCode code, int storeys) {
    return code.requiredBalustradeMm(PlanBuilder.storeyFloorMm(b, line, storeys));
  }

  /** The fire resistance the floor of storey {@code storeys} of {@code line} on {@code b} needs, minutes. */
  private static int topFireResistanceMin(Building b, ProductLine line, BuildingCode code, int storeys) {
    return code.requiredFireResistanceMin(PlanBuilder.storeyFloorMm(b, line, storeys));
  }

  /**
   * {@code c} with this limit of line {@code lineId} lifted for at most {@code maxStoreys} added storeys on {@code b}
   * ({@link #ofLine}): each of its modules resisting fire as long as the floor of storey {@code maxStoreys} needs, or
   * stacking that high, where it does less; {@code c} itself for a limit of the building.
   */
  public Catalog liftedIn(Catalog c, String lineId, Building b, BuildingCode code, int maxStoreys) {
    if (!ofLine()) {
      return c;
    }
    ProductLine line = c.line(lineId).orElseThrow(() -> new IllegalArgumentException("no line " + lineId));
    int fire = topFireResistanceMin(b, line, code, maxStoreys);
    int balustrade = topBalustradeMm(b, line, code, maxStoreys);
    return c.withLine(line.withModules(line.modules().stream().map(m -> switch (this) {
      case FIRE_RESISTANCE -> m.withFireResistanceAndStack(Math.max(m.fireResistanceMin(), fire), m.maxStack());
      case STACKING -> m.withFireResistanceAndStack(m.fireResistanceMin(), Math.max(m.maxStack(), maxStoreys));
      case BALUSTRADE -> m.kind() != ModuleKind.GALLERY ? m
          : m.withBalustradeMm(Math.max(m.balustradeHeightMm(), balustrade));
      case LIFT_CAR -> m.kind() != ModuleKind.LIFT ? m : m.withLiftCarMm(Math.max(m.liftCarWidthMm(),
          code.liftCarWidthMm()), Math.max(m.liftCarDepthMm(), code.liftCarDepthMm()));
      case GALLERY_DEPTH -> m.kind() != ModuleKind.GALLERY ? m
          : m.withDepthMm(Math.max(m.depthMm(), code.liftLandingMm()));
      default -> throw new IllegalStateException(this + " is no limit of the line");
    }).toList()));
  }

  /**
   * Whether this limit is one figure of the whole building, whose least value a gain needs {@link WhatLimits}
   * brackets ({@link LeastNeed}): the foundation reserve (kN) and the area-load reserve (kN/m², the same for every
   * bay).
   */
  public boolean oneFigure() {
    return this == FOUNDATION || this == AREA_LOAD;
  }

  /** This limit's figure in {@code b} ({@link #oneFigure}): kN or kN/m². */
  double figureIn(Building b) {
    return switch (this) {
      case FOUNDATION -> b.loadReserve().foundationReserveKn();
      case AREA_LOAD -> b.loadReserve().areaLoadKnPerM2();
      default -> throw new IllegalStateException(this + " is no one figure");
    };
  }

  /** {@code b} with this limit's figure ({@link #oneFigure}) set to {@code value}, kN or kN/m²; the rest as it is. */
  Building withFigure(Building b, double value) {
    LoadReserve r = b.loadReserve();
    String source = "set for a what-if solve; as given: " + r.source();
    return switch (this) {
      case FOUNDATION -> b.withLoadReserve(new LoadReserve(r.areaLoadKnPerM2(), value, source));
      case AREA_LOAD -> b.withLoadReserve(new LoadReserve(value, r.foundationReserveKn(), source));
      default -> throw new IllegalStateException(this + " is no one figure");
    };
  }

  /**
   * What a layout needs of this limit's figure ({@link #oneFigure}), from the independent checker's report of it: its
   * total extra load on the foundation, kN, or its highest load per m² of a bay, kN/m².
   */
  double neededBy(CheckReport r) {
    return switch (this) {
      case FOUNDATION -> r.foundationLoadKn();
      case AREA_LOAD -> r.maxAreaLoadKnPerM2();
      default -> throw new IllegalStateException(this + " is no one figure");
    };
  }

  /**
   * What the solvers may add to {@code layout}'s need of this limit's figure ({@link #oneFigure}) by rounding each of
   * its loads up to 0.01 kN, which the independent checker sums exactly: 0.02 kN for each of its modules, gallery
   * segments, transfer areas and storeys of stair-core and lift extensions (a load may be counted in more than one
   * share), and 0.1 kN more; 0.02 kN/m² of a bay, whose loads are a handful of such terms on some 30 m². A QA pass
   * found the solvers 0.6-1.1 kN above the checker's total on real roofs of 17-25 dwellings, and 0.01 kN/m² on a bay.
   */
  double roundingMargin(Layout layout) {
    if (this == AREA_LOAD) {
      return 0.02;
    }
    int terms = layout.modules().size() + layout.galleries().size() + layout.transferAreas().size()
        + layout.extendedStairCores().size() * layout.storeys() + layout.liftExtensionStoreys();
    return 0.02 * terms + 0.1;
  }

  /** The unit of this limit's figure ({@link #oneFigure}): "kN" or "kN/m2". */
  public String unit() {
    return this == FOUNDATION ? "kN" : "kN/m2";
  }

  /** The steps a value of this limit's figure ({@link #oneFigure}) is given in, per unit: 0.1 kN, 0.01 kN/m². */
  private double steps() {
    return this == FOUNDATION ? 10 : 100;
  }

  /** {@code value} rounded up to the figure's step ({@link #steps}): a value that suffices is never shown below it. */
  public double up(double value) {
    return Math.ceil(value * steps() - 1e-9) / steps();
  }

  /** {@code value} rounded down to the figure's step: a value proven too little is never shown above itself. */
  public double down(double value) {
    return Math.floor(value * steps() + 1e-9) / steps();
  }

  /** A value of this limit's figure ({@link #oneFigure}) with its unit, as given: "5349.0 kN", "2.45 kN/m2". */
  String figure(double value) {
    return String.format(Locale.ROOT, this == FOUNDATION ? "%.1f %s" : "%.2f %s", value, unit());
  }

  /**
   * {@code b} with this limit lifted, for at most {@code maxStoreys} added storeys; the rest of it as it is ({@code b}
   * itself for a limit of the line).
   */
  public Building liftedIn(Building b, int maxStoreys) {
    LoadReserve r = b.loadReserve();
    ZoningLimits z = b.zoning();
    return switch (this) {
      case FIRE_RESISTANCE, STACKING, BALUSTRADE, LIFT_CAR, GALLERY_DEPTH -> b;
      case BEARING_LINES -> b.withBearingLines(b.bearingLines().stream().map(l -> new BearingLine(l.line(),
          LIFTED_KN_PER_M, "lifted for a what-if solve; as given: " + l.source())).toList());
      case FOUNDATION -> b.withLoadReserve(new LoadReserve(r.areaLoadKnPerM2(), Double.POSITIVE_INFINITY,
          r.source()));
      case AREA_LOAD -> b.withLoadReserve(new LoadReserve(Double.POSITIVE_INFINITY, r.foundationReserveKn(),
          r.source()));
      case STAIR_CORES -> b.withStairCores(b.stairCores().stream()
          .map(c -> new StairCore(c.footprint(), c.extendable(), true)).toList());
      case ZONING -> b.withZoning(new ZoningLimits(Integer.MAX_VALUE, z.defaultSetbackMm(), z.edgeSetbacksMm(),
          Math.max(z.maxAddedStoreys(), maxStoreys), "lifted for a what-if solve; as given: " + z.source()));
    };
  }
}
