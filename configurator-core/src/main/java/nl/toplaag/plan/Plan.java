package nl.toplaag.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;

/**
 * Everything a placement method needs to know about one building and one product line, precomputed: walls,
 * bays, placement candidates, gallery slots, existing cores, storeys and their floor levels, and the limits.
 * Built by {@link PlanBuilder}; shared by the CP-SAT model and the greedy baseline (but not by the checker).
 *
 * @param building the building
 * @param line the product line
 * @param code building-code thresholds
 * @param storeys the most storeys that may be added here (request, zoning and height limit)
 * @param floorLevelsMm floor level of storey k at index k - 1, mm above ground
 * @param rows the row of each wing
 * @param walls bearing lines per wing
 * @param bays bays per wing
 * @param candidates placement candidates (columns)
 * @param galleries gallery slots
 * @param cores existing extendable stair cores a gallery can reach: on a wing's roof, beside its gable or in front of
 *     its facade where the gallery's band meets them ({@link CoreSite})
 * @param liftSites where the existing lift meets a wing's gallery, where the building gives its position and it can be
 *     extended (at most one), else none
 * @param transferCostEur transfer layer cost per bay, euros (index = bay)
 * @param transferCarbonKg transfer layer carbon per bay, kg (index = bay)
 * @param transferLoads transfer layer load per bay (index = bay)
 * @param removalCostEur removal cost per building obstacle, euros (index = obstacle)
 * @param notes facts found while planning that explain missing candidates, storeys not added and cores left
 *     unused
 */
public record Plan(
    Building building,
    ProductLine line,
    BuildingCode code,
    int storeys,
    List<Integer> floorLevelsMm,
    List<WingRow> rows,
    List<Wall> walls,
    List<Bay> bays,
    List<Candidate> candidates,
    List<GallerySlot> galleries,
    List<CoreSite> cores,
    List<LiftSite> liftSites,
    List<Long> transferCostEur,
    List<Double> transferCarbonKg,
    List<LoadShare> transferLoads,
    List<Long> removalCostEur,
    List<PlanNote> notes) {

  public Plan {
    floorLevelsMm = List.copyOf(floorLevelsMm);
    rows = List.copyOf(rows);
    walls = List.copyOf(walls);
    bays = List.copyOf(bays);
    candidates = List.copyOf(candidates);
    galleries = List.copyOf(galleries);
    cores = List.copyOf(cores);
    liftSites = List.copyOf(liftSites);
    transferCostEur = List.copyOf(transferCostEur);
    transferCarbonKg = List.copyOf(transferCarbonKg);
    transferLoads = List.copyOf(transferLoads);
    removalCostEur = List.copyOf(removalCostEur);
    notes = List.copyOf(notes);
  }

  /** Floor level of storey {@code k} (1-based), mm. */
  public int floorLevelMm(int k) {
    return floorLevelsMm.get(k - 1);
  }

  /**
   * Whether dwellings on storey {@code k} need a lift: on every storey of the plan where the highest storey a dwelling
   * may stand on ({@link #topDwellingStorey}) lies above the code's threshold (12.5 m), since a floor there gives the
   * whole building its accessibility sector (BB2012 art. 4.24(1)a: "de vloer van een verblijfsgebied [in het
   * woongebouw]"), whose lift the new dwellings below reach too; on none where it does not. So a plan whose storeys
   * straddle the threshold requires lifts of layouts that use only the storeys below it as well: the configurator
   * solves those storeys as a plan of their own (docs/model.md, "Lift").
   */
  public boolean needsLift(int k) {
    int top = topDwellingStorey();
    return top > 0 && floorLevelMm(top) > code.liftAboveFloorMm();
  }

  /**
   * The highest storey (1-based) that a dwelling candidate may reach (its fire resistance, stack and height limits,
   * within the plan's storeys), 0 where the plan has none.
   */
  public int topDwellingStorey() {
    int top = 0;
    for (Candidate c : candidates) {
      if (c.kind() == ModuleKind.DWELLING) {
        top = Math.max(top, Math.min(c.topStorey(), storeys));
      }
    }
    return top;
  }

  /** Whether dwellings on storey {@code k} need a fire-fighting lift and a dry riser. */
  public boolean needsFireFightingLift(int k) {
    return floorLevelMm(k) > code.fireFightingLiftAboveFloorMm();
  }

  /** Whether the existing lift can be extended onto the plan's new storeys (the static rule of the same name). */
  public boolean liftExtendable() {
    return liftExtendable(building, line, code);
  }

  /**
   * Whether the existing lift of {@code building} can be extended onto new storeys of {@code line}: the building has
   * one that can be, and the line's gallery, which its door opens onto there, gives the free floor in front of a lift
   * (BB2012 art. 4.23, {@link BuildingCode#liftLandingGiven}; since 7 Dec 2026, as for a lift module). The one rule
   * for the plan, its builder and the limits.
   */
  public static boolean liftExtendable(Building building, ProductLine line, BuildingCode code) {
    return building.lift().present() && building.lift().extendable()
        && code.liftLandingGiven(line.gallery().depthMm());
  }

  /**
   * Whether the existing lift, extended to storey {@code k}, serves every dwelling of the storey: it can be extended,
   * is a fire-fighting lift where the storey needs one ({@link #liftExtensionQualifies}), and its position is not in
   * the building model (docs/model.md, "Lift reach"). Where it is, it serves the doors that reach its site
   * ({@link #liftSites}) along the gallery, as a lift module does, and none where it has no site (the gallery's band
   * does not meet the shaft).
   */
  public boolean liftExtensionServes(int k) {
    return liftExtensionQualifies(k) && !building.lift().positioned();
  }

  /** Whether the existing lift can be extended to storey {@code k} and is a fire-fighting lift where it needs one. */
  public boolean liftExtensionQualifies(int k) {
    return liftExtendable() && (!needsFireFightingLift(k) || building.lift().fireFighting());
  }

  /**
   * Load of extending the existing lift by one storey, kN: the line's {@code liftExtension} mass (a shaft's storey
   * has no floor to carry an imposed load). A stair core's is its site's ({@link CoreSite#loads}).
   */
  public double liftLoadKnPerStorey() {
    return line().liftExtension().loadKnPerStorey(0);
  }

  /**
   * The loads candidate {@code c} adds wherever it is placed: its own and those of the transfer layer it needs
   * ({@link Candidate#transferBays}), kN on each wall and bay and in all.
   */
  public LoadShare loadsWithTransfer(Candidate c) {
    Map<Integer, Double> walls = new TreeMap<>(c.loads().wallKn());
    Map<Integer, Double> bays = new TreeMap<>(c.loads().bayKn());
    double total = c.loads().totalKn();
    for (int b : c.transferBays()) {
      LoadShare t = transferLoads.get(b);
      t.wallKn().forEach((w, kn) -> walls.merge(w, kn, Double::sum));
      t.bayKn().forEach((y, kn) -> bays.merge(y, kn, Double::sum));
      total += t.totalKn();
    }
    return new LoadShare(total, walls, bays);
  }

  /** Storey height of the line: the tallest dwelling module, mm ({@link ProductLine#storeyHeightMm()}). */
  public static int storeyHeightMm(ProductLine line) {
    return line.storeyHeightMm();
  }

  /** Cost of removing the pitched roof when anything is added, euros. */
  public long pitchedRoofCostEur() {
    return building.roofType() == nl.toplaag.building.RoofType.PITCHED
        ? Math.round(building.pitchedRoofRemovalCostEurPerM2() * building.roofAreaM2()) : 0L;
  }

  /**
   * The gallery slot of bay {@code bay} that covers {@code sMm} along its wing, if any: where a door, stair or lift
   * there meets the gallery.
   */
  public Optional<GallerySlot> gallerySlotAt(int bay, int sMm) {
    return galleries.stream().filter(g -> g.bay() == bay && g.covers(sMm)).findFirst();
  }

  /**
   * The other bay from which a gallery reaches the access point {@code sMm} of bay {@code accessBay} (a stair core's):
   * where that point is the bay's end, on the wall to the next bay of its wing, and the gallery slots
   * of both bays cover it, the next bay (a gallery in either reaches the point: docs/model.md, "Access"); else -1.
   * Doors and stair modules there have twin candidates instead ({@link Candidate#twinOf}).
   */
  public int bayAfterWall(int accessBay, int sMm) {
    Bay own = bays.get(accessBay);
    if (own.s1Mm() != sMm || gallerySlotAt(accessBay, sMm).isEmpty()) {
      return -1;
    }
    return nextBayCovering(bays.stream().filter(b -> b.wing() == own.wing()).toList(), galleries, accessBay, sMm);
  }

  /**
   * The bay of {@code wingBays} (one wing's) other than {@code bay} that starts at {@code sMm} and has a gallery slot
   * of {@code galleries} covering it, else -1: where {@code sMm} lies on the wall at {@code bay}'s end, the bay after
   * that wall, whose gallery reaches the point too ({@link #bayAfterWall}; {@code PlanBuilder} gives a door there a
   * twin reached from it, {@link Candidate#twinOf}).
   */
  static int nextBayCovering(List<Bay> wingBays, List<GallerySlot> galleries, int bay, int sMm) {
    return wingBays.stream().filter(b -> b.s0Mm() == sMm && b.index() != bay
        && galleries.stream().anyMatch(g -> g.bay() == b.index() && g.covers(sMm))).mapToInt(Bay::index)
        .findFirst().orElse(-1);
  }

  /** The bays in row order: wing by wing, then along the wing (increasing s). */
  public List<Bay> baysInRowOrder() {
    return bays.stream().sorted(Comparator.comparingInt(Bay::wing).thenComparingInt(Bay::s0Mm)).toList();
  }
}
