package nl.toplaag.solve.strip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.LiftSite;
import nl.toplaag.plan.LoadShare;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Wall;
import nl.toplaag.product.ModuleKind;

/**
 * What the strip programme ({@link StripDp}) precomputes for one plan: the scan positions wing by wing, bays and
 * walls in scan order with their capacities, every element's loads in integer units, gallery slots, core sites,
 * cross-wing conflicts as bit masks, and the bounds used for pruning and dominance. Immutable after construction.
 */
final class StripIndex {

  final Plan plan;
  final StripPrices prices;
  final int storeys;
  final int walkMm;
  /** The longest walk from a dwelling's door along the gallery to a lift module (BB2012 art. 4.28), mm. */
  final int liftWalkMm;
  /**
   * The first storey (0-based) whose dwellings need a lift ({@link Plan#needsLift}; {@link #storeys} where none does):
   * 0 where the plan's highest storey for dwellings lies above the threshold, since every storey then needs one.
   */
  final int firstLift;
  /** Per storey (0-based), whether its dwellings need a fire-fighting lift: only such a lift module serves them. */
  final boolean[] fireFightingStorey;
  /**
   * Per storey (0-based), whether the existing lift, extended to it, serves its dwellings (extendable, and a
   * fire-fighting lift where the storey needs one): its position is not in the building model, so it serves every door
   * of the storey.
   */
  final boolean[] extensionServes;
  /** Per wing, the end of its last bay along it, mm: no door or access point lies further. */
  final int[] wingEndMm;
  /**
   * Where the extended existing lift meets the gallery, where the building gives its shaft ({@link Plan#liftSites}):
   * its door along the wing (-1: none), the walk on from there to the shaft (mm, {@link LiftSite#approachMm}: beyond
   * the gallery's reach along the wing, or across the roof), its wing, the bay position that holds the door, and
   * whether a gallery slot covers the door (else the extension serves no door).
   */
  final int liftSiteSMm;
  final int liftSiteApproachMm;
  final int liftSiteWing;
  final int liftSiteBay;
  final boolean liftSiteOk;
  /**
   * The bay position after the wall the existing lift's door lies on where a gallery in that bay reaches it too
   * ({@link Plan#bayAfterWall}), else -1: the programme meets the door again on entering that bay.
   */
  final int liftSiteBayAfter;
  /** Bays in scan order (wing, then s); a bay's position in this list is used throughout. */
  final List<Bay> bays;
  final int nb;
  /** Gallery slot per bay position, or -1. */
  final int[] slotOfBay;
  /** Wall ranks (walls in scan order) of each bay position. */
  final int[][] wallsOfBay;
  /** Capacities in units: per wall rank, of all walls after a bay's, per bay (area limit) and the foundation. */
  final long[] wallCap;
  final long[] futureWallCap;
  final long[] bayCap;
  final long foundationCap;
  /** The scan positions (s in each wing's frame, mm), wing by wing. */
  final int[] pts;
  /** Index of each wing's first position; the last entry is the number of positions. */
  final int[] wingStart;
  /** The bay position holding each scan position ({@code nb} for the end of the last wing). */
  final int[] bayOfPoint;
  /** Candidates that can stand, by the position where they start; and each candidate's end position. */
  final List<List<Candidate>> startsAt = new ArrayList<>();
  final int[] endPoint;
  /** Bay position of each candidate's door or stair access, and whether a gallery slot covers that point. */
  final int[] accessBayPos;
  final boolean[] accessOk;
  /** Per candidate, the bay positions whose transfer layer it needs ({@link Candidate#transferBays}). */
  private final int[][] transferBays;
  /** Loads per storey in units: per candidate, per gallery slot, per bay's transfer layer (by bay index). */
  final Units[] colUnits;
  final Units[] slotUnits;
  final Units[] transferUnits;
  /**
   * Core sites each gallery slot crosses; each core site's access bay position, whether a slot covers its access
   * point, and the walk on from there to the core (mm, {@link CoreSite#approachMm}: beside the wing's gable, or across
   * the roof).
   */
  final int[][] slotCores;
  final int[] coreBay;
  final boolean[] coreOk;
  final int[] coreApproachMm;
  /**
   * Per core site, the bay position after the wall its access point lies on where a gallery in that bay reaches it too
   * ({@link Plan#bayAfterWall}), else -1: the programme meets such a core again on entering that bay.
   */
  final int[] coreBayAfter;
  /**
   * Per position, whether it is the access point of such a core: the relaxations take it as served there whatever the
   * gallery of {@link #coreBayAt}, since the next bay's may reach it (so they stay bounds).
   */
  final boolean[] coreOnWallAt;
  /** Per bay position, whether such a core's access point is its start: the bay is a core's {@link #coreBayAfter}. */
  final boolean[] coreOnWallBefore;
  /**
   * Per position, the bay position of the existing core (that a gallery can reach) whose access point it is, or -1:
   * a gallery reaching that point in that bay reaches the core.
   */
  final int[] coreBayAt;
  /**
   * Per position, the next position after it that is an existing core's access point ({@link #coreBayAt}), or the
   * number of positions: the relaxations meet a core a column passes over by these (its move skips the positions
   * between its ends).
   */
  final int[] nextCore;
  /** Foundation load of one storey of the lift's extension, units (a core's: {@link #coreSiteUnits}). */
  final long liftUnits;
  /** Per core site, the loads of one storey of its extension on the walls and the foundation, units. */
  final Units[] coreSiteUnits;
  /**
   * Per bay position, the core loads on the walls the scan opens on entering it (those of its walls that are not the
   * bay before's): (core site, wall rank) pairs in a row, and the units per storey of each pair; a core decided before
   * the scan enters the bay puts its load on those walls there.
   */
  final int[][] coreOpening;
  final long[][] coreOpeningUnits;
  /**
   * Per bay position, the core sites whose extension the scan decides on entering it where still undecided: a core
   * whose first loaded wall the scan leaves behind before it reaches the core's access point (a core reaching back
   * across a wall). Any other core is decided where a gallery slot crossing it or its access point is, with its first
   * loaded wall still open.
   */
  final int[][] coresDecidedAt;
  /** Per core site, the bay position on entering which the scan decides it ({@link #coresDecidedAt}), or -1. */
  final int[] coreDecidedOnEntering;
  /**
   * Per gallery slot, the core sites whose extension the relaxations ({@code WallBound}, {@code FoundationBound})
   * charge with its gallery, as high as the gallery (a gallery crossing a core needs it extended at least so high): the
   * cores it is the first slot along the row to cross, where the scan cannot have decided them before it enters the
   * slot's bay. A core decided before (on entering an earlier bay, {@link #coresDecidedAt}, or at its access point in
   * an earlier bay, which no slot there covers) has its load in the labels there already, and charged again, the bound
   * would count it twice and fall below a layout. The relaxations leave such a core's load out.
   */
  final int[][] coresChargedWithSlot;
  /** Per bay position, the highest rank of its walls (-1: none): the walls open there. */
  final int[] lastOpenRank;
  /**
   * Per position, a bit per core site with a load on a wall the scan has not opened there: labels differing in such a
   * core's extension are kept apart (one would still add load the other does not).
   */
  final long[] corePending;
  /** Per position, the most value columns from there on can add (best packing of positive column prices). */
  final long[] packBound;
  /** Per position, the most foundation load everything from there on can add (for dominance). */
  final long[] restLoad;
  /**
   * Per position (in a bay) and open wall of its bay ({@link #wallsOfBay}), the most load the wall can carry there
   * and still not bind, whatever comes after (for dominance), units.
   */
  final long[][] wallSafe;
  /** The heaviest column load per millimetre of width and storey, in units. */
  final double maxUnitsPerMm;
  /** The narrowest candidate's width, mm (at least 1): at most so many columns stand in a stretch, plus two. */
  private final int narrowestMm;
  /** Per wall rank, the wall's index in the plan. */
  private final int[] wallOfRank;
  /** Per bay position, the bays of its wing in their order along it (for {@link LoadShare#spread}). */
  private final List<List<Bay>> wingBays;
  /** Lightest dwelling storey (foundation, and summed over walls), units; the best price of a dwelling storey. */
  final long minDwellingTotal;
  final long minDwellingWall;
  final long maxDwellingPrice;
  /**
   * Whether the load bound on dwellings bounds the value: every dwelling storey has a load (and only dwellings have
   * positive prices, which {@link StripDp#applicable} requires).
   */
  final boolean loadBoundValid;

  /** Per candidate: the earlier-wing elements it conflicts with (bits), and its own bit if it blocks later ones. */
  final long[] candConflicts;
  final long[] candBit;
  final long[] slotConflicts;
  final long[] slotBit;
  /** The last position where a later wing's element can still conflict with an earlier wing's. */
  final int lastConflictPoint;


  /** Loads of one element per storey in integer units: per wall rank and per bay position, and in total. */
  record Units(int[] walls, long[] wallUnits, int[] bays, long[] bayUnits, long total) {

    /**
     * These loads with {@code other}'s on the walls and in the total added (on walls of both, summed), on the bays of
     * these alone: for a relaxation that counts what its walls and the foundation carry.
     */
    Units plusOnWalls(Units other) {
      TreeMap<Integer, Long> byWall = new TreeMap<>();
      for (Units u : List.of(this, other)) {
        for (int k = 0; k < u.walls().length; k++) {
          byWall.merge(u.walls()[k], u.wallUnits()[k], Long::sum);
        }
      }
      return new Units(byWall.keySet().stream().mapToInt(Integer::intValue).toArray(),
          byWall.values().stream().mapToLong(Long::longValue).toArray(), bays, bayUnits, total + other.total());
    }

    /** These loads on the walls of {@code ranks} (sorted) alone, and nothing else. */
    Units onWallsOf(int[] ranks) {
      List<Integer> at = new ArrayList<>();
      for (int k = 0; k < walls.length; k++) {
        if (Arrays.binarySearch(ranks, walls[k]) >= 0) {
          at.add(k);
        }
      }
      return new Units(at.stream().mapToInt(k -> walls[k]).toArray(),
          at.stream().mapToLong(k -> wallUnits[k]).toArray(), new int[0], new long[0], 0);
    }
  }

  /**
   * Whether the programme covers {@code plan} with its cross-wing {@code conflicts}: a few storeys, cores and
   * obstacles, and at most 64 elements of earlier wings that conflict with later ones.
   */
  static boolean applicable(Plan plan, List<int[]> conflicts) {
    return plan.storeys() >= 1 && plan.storeys() <= 6 && plan.cores().size() <= 8
        && plan.building().obstacles().size() <= 60 && !plan.bays().isEmpty() && !plan.walls().isEmpty()
        && baysFromTheFirstWing(plan) && earlierConflicting(plan, conflicts).size() <= 64;
  }

  /**
   * Whether every wing up to the last with bays has bays: the scan's positions run wing by wing from the first, and a
   * wing without walls before another (a building file with wall grids for its second wing only) has none to start
   * from.
   */
  private static boolean baysFromTheFirstWing(Plan plan) {
    BitSet wings = new BitSet();
    plan.bays().forEach(b -> wings.set(b.wing()));
    return wings.nextClearBit(0) == wings.length();
  }

  /** See {@link #coresChargedWithSlot}. */
  private int[][] coresChargedWithSlot() {
    int[][] out = new int[slotCores.length][];
    Arrays.fill(out, new int[0]); // a slot in no bay position charges none
    boolean[] met = new boolean[coreBay.length]; // per core site, crossed by a slot before along the row
    for (int b = 0; b < nb; b++) {
      int slot = slotOfBay[b];
      if (slot < 0) {
        continue;
      }
      List<Integer> charged = new ArrayList<>();
      for (int site : slotCores[slot]) {
        int early = coreDecidedOnEntering[site];
        if (!met[site] && (early < 0 || early >= b) && coreBay[site] >= b) {
          charged.add(site);
        }
        met[site] = true;
      }
      out[slot] = charged.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** Whether no column but a dwelling has a positive price under {@code prices}. */
  static boolean onlyDwellingsAddValue(Plan plan, StripPrices prices) {
    for (Candidate c : plan.candidates()) {
      if (c.kind() != ModuleKind.DWELLING) {
        for (long v : prices.column()[c.index()]) {
          if (v > 0) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The elements ({@code -1 - slot} for gallery slots) of earlier wings that conflict with a later wing's. */
  private static List<Integer> earlierConflicting(Plan plan, List<int[]> conflicts) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int[] p : conflicts) {
      out.add(wingOf(plan, p[0]) < wingOf(plan, p[1]) ? p[0] : p[1]);
    }
    return new ArrayList<>(out);
  }

  private static int wingOf(Plan plan, int element) {
    return element >= 0 ? plan.candidates().get(element).wing() : plan.galleries().get(-1 - element).wing();
  }

  StripIndex(Plan plan, StripPrices prices, List<int[]> conflicts) {
    this.plan = plan;
    this.prices = prices;
    this.storeys = plan.storeys();
    this.walkMm = plan.code().maxSingleRouteWalkMm();
    this.liftWalkMm = plan.code().maxWalkToLiftMm();
    int lowest = 0;
    while (lowest < storeys && !plan.needsLift(lowest + 1)) {
      lowest++;
    }
    this.firstLift = lowest;
    this.fireFightingStorey = new boolean[storeys];
    this.extensionServes = new boolean[storeys];
    for (int k = 0; k < storeys; k++) {
      fireFightingStorey[k] = plan.needsFireFightingLift(k + 1);
      extensionServes[k] = plan.liftExtensionServes(k + 1);
    }
    this.bays = plan.baysInRowOrder();
    this.nb = bays.size();
    this.wingEndMm = new int[plan.building().wings().size()];
    for (Bay b : bays) {
      wingEndMm[b.wing()] = Math.max(wingEndMm[b.wing()], b.s1Mm());
    }
    int[] bayPos = new int[plan.bays().size()];
    for (int i = 0; i < nb; i++) {
      bayPos[bays.get(i).index()] = i;
    }
    List<Integer> wallOrder = plan.walls().stream().sorted(SCAN_ORDER).map(w -> w.index()).toList();
    int[] wallRank = new int[plan.walls().size()];
    wallCap = new long[wallOrder.size()];
    for (int r = 0; r < wallOrder.size(); r++) {
      wallRank[wallOrder.get(r)] = r;
      wallCap[r] = LoadShare.unitsDown(plan.walls().get(wallOrder.get(r)).capacityKn());
    }
    slotOfBay = new int[nb];
    Arrays.fill(slotOfBay, -1);
    for (GallerySlot s : plan.galleries()) {
      slotOfBay[bayPos[s.bay()]] = s.index();
    }
    wallsOfBay = new int[nb][];
    futureWallCap = new long[nb];
    bayCap = new long[nb];
    double area = plan.building().loadReserve().areaLoadKnPerM2();
    for (int b = 0; b < nb; b++) {
      Bay bay = bays.get(b);
      wallsOfBay[b] = java.util.stream.IntStream.of(bay.leftWall(), bay.rightWall()).filter(w -> w >= 0)
          .map(w -> wallRank[w]).distinct().sorted().toArray();
      int maxRank = wallsOfBay[b].length == 0 ? -1 : wallsOfBay[b][wallsOfBay[b].length - 1];
      long f = 0;
      for (int r = maxRank + 1; r < wallCap.length; r++) {
        f += wallCap[r];
      }
      futureWallCap[b] = f;
      bayCap[b] = Double.isFinite(area) ? LoadShare.unitsDown(area * bay.areaM2()) : Long.MAX_VALUE;
    }
    double reserve = plan.building().loadReserve().foundationReserveKn();
    foundationCap = Double.isFinite(reserve) ? LoadShare.unitsDown(reserve) : Long.MAX_VALUE;
    liftUnits = LoadShare.unitsUp(plan.liftLoadKnPerStorey());

    // positions wing by wing; a wing's last position (its end) enters the next wing's first bay
    int wings = bays.get(nb - 1).wing() + 1;
    List<Integer> all = new ArrayList<>();
    List<Integer> bayAt = new ArrayList<>();
    wingStart = new int[wings + 1];
    wingBays = new ArrayList<>();
    for (int w = 0; w < wings; w++) {
      final int wing = w;
      TreeSet<Integer> points = new TreeSet<>();
      List<Bay> wb = bays.stream().filter(b -> b.wing() == wing).toList();
      wb.forEach(b -> wingBays.add(wb)); // by bay position: the bays run wing by wing
      wb.forEach(b -> {
        points.add(b.s0Mm());
        points.add(b.s1Mm());
      });
      plan.candidates().stream().filter(c -> c.wing() == wing).forEach(c -> {
        points.add(c.sMm());
        points.add(c.sMm() + c.widthMm());
      });
      plan.cores().stream().filter(cs -> cs.wing() == wing).forEach(cs -> points.add(cs.accessSMm()));
      plan.liftSites().stream().filter(ls -> ls.wing() == wing).forEach(ls -> points.add(ls.accessSMm()));
      wingStart[w] = all.size();
      int first = bays.indexOf(wb.get(0));
      for (int p : points) {
        int b = first;
        while (b < first + wb.size() && p >= bays.get(b).s1Mm()) {
          b++;
        }
        all.add(p);
        bayAt.add(b);
      }
    }
    wingStart[wings] = all.size();
    pts = all.stream().mapToInt(Integer::intValue).toArray();
    bayOfPoint = bayAt.stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < pts.length; i++) {
      startsAt.add(new ArrayList<>());
    }
    int nc = plan.candidates().size();
    endPoint = new int[nc];
    accessBayPos = new int[nc];
    transferBays = new int[nc][];
    colUnits = new Units[nc];
    accessOk = new boolean[nc];
    for (Candidate c : plan.candidates()) {
      colUnits[c.index()] = units(c.loads(), wallRank, bayPos);
      endPoint[c.index()] = point(c.wing(), c.sMm() + c.widthMm());
      accessBayPos[c.index()] = bayPos[c.accessBay()];
      transferBays[c.index()] = c.transferBays().stream().mapToInt(x -> bayPos[x]).toArray();
      accessOk[c.index()] = covered(c.accessBay(), c.accessSMm());
      boolean possible = Math.min(c.topStorey(), storeys) >= 1 && prices.column()[c.index()].length >= 1
          && (c.kind() != ModuleKind.DWELLING && c.kind() != ModuleKind.LIFT || accessOk[c.index()]);
      if (possible) {
        startsAt.get(point(c.wing(), c.sMm())).add(c);
      }
    }
    slotUnits = new Units[plan.galleries().size()];
    slotCores = new int[plan.galleries().size()][];
    for (GallerySlot s : plan.galleries()) {
      slotUnits[s.index()] = units(s.loads(), wallRank, bayPos);
      slotCores[s.index()] = s.requiredCores().stream().mapToInt(this::siteOf).toArray();
    }
    transferUnits = new Units[plan.bays().size()];
    for (int b = 0; b < transferUnits.length; b++) {
      transferUnits[b] = units(plan.transferLoads().get(b), wallRank, bayPos);
    }
    LiftSite site = plan.liftSites().isEmpty() ? null : plan.liftSites().get(0);
    liftSiteSMm = site == null ? -1 : site.accessSMm();
    liftSiteApproachMm = site == null ? 0 : site.approachMm();
    liftSiteWing = site == null ? -1 : site.wing();
    liftSiteBay = site == null ? -1 : bayPos[site.accessBay()];
    liftSiteOk = site != null && covered(site.accessBay(), site.accessSMm());
    int liftAfter = site == null ? -1 : plan.bayAfterWall(site.accessBay(), site.accessSMm());
    liftSiteBayAfter = liftAfter < 0 ? -1 : bayPos[liftAfter];
    coreBay = new int[plan.cores().size()];
    coreOk = new boolean[plan.cores().size()];
    coreApproachMm = new int[plan.cores().size()];
    coreBayAfter = new int[plan.cores().size()];
    coreSiteUnits = new Units[plan.cores().size()];
    for (int i = 0; i < coreBay.length; i++) {
      CoreSite cs = plan.cores().get(i);
      coreSiteUnits[i] = units(cs.loads(), wallRank, bayPos);
      coreBay[i] = bayPos[cs.accessBay()];
      coreOk[i] = covered(cs.accessBay(), cs.accessSMm());
      coreApproachMm[i] = cs.approachMm();
      int after = plan.bayAfterWall(cs.accessBay(), cs.accessSMm());
      coreBayAfter[i] = after < 0 ? -1 : bayPos[after];
    }
    candConflicts = new long[nc];
    candBit = new long[nc];
    slotConflicts = new long[plan.galleries().size()];
    slotBit = new long[plan.galleries().size()];
    List<Integer> earlier = earlierConflicting(plan, conflicts);
    int last = -1;
    for (int[] pair : conflicts) {
      boolean firstEarlier = wingOf(plan, pair[0]) < wingOf(plan, pair[1]);
      int early = firstEarlier ? pair[0] : pair[1];
      int late = firstEarlier ? pair[1] : pair[0];
      long bit = 1L << earlier.indexOf(early);
      if (early >= 0) {
        candBit[early] = bit;
      } else {
        slotBit[-1 - early] = bit;
      }
      if (late >= 0) {
        candConflicts[late] |= bit;
        last = Math.max(last, endPoint[late]);
      } else {
        GallerySlot g = plan.galleries().get(-1 - late);
        slotConflicts[-1 - late] |= bit;
        last = Math.max(last, point(g.wing(), bays.get(bayPos[g.bay()]).s1Mm()));
      }
    }
    lastConflictPoint = last;
    packBound = packBound();
    restLoad = restLoad();
    lastOpenRank = new int[nb];
    coreOpening = new int[nb][];
    coreOpeningUnits = new long[nb][];
    for (int b = 0; b < nb; b++) {
      int[] walls = wallsOfBay[b];
      lastOpenRank[b] = walls.length == 0 ? -1 : walls[walls.length - 1];
      int[] before = b == 0 ? new int[0] : wallsOfBay[b - 1];
      List<int[]> opening = new ArrayList<>();
      List<Long> openingUnits = new ArrayList<>();
      for (int cs = 0; cs < coreSiteUnits.length; cs++) {
        Units u = coreSiteUnits[cs];
        for (int k = 0; k < u.walls().length; k++) {
          int r = u.walls()[k];
          if (Arrays.binarySearch(walls, r) >= 0 && Arrays.binarySearch(before, r) < 0) {
            opening.add(new int[] {cs, r});
            openingUnits.add(u.wallUnits()[k]);
          }
        }
      }
      coreOpening[b] = opening.stream().flatMapToInt(Arrays::stream).toArray();
      coreOpeningUnits[b] = openingUnits.stream().mapToLong(Long::longValue).toArray();
    }
    List<List<Integer>> decided = new ArrayList<>();
    for (int b = 0; b < nb; b++) {
      decided.add(new ArrayList<>());
    }
    coreDecidedOnEntering = new int[coreBay.length];
    Arrays.fill(coreDecidedOnEntering, -1);
    for (int cs = 0; cs < coreSiteUnits.length; cs++) {
      int first = Arrays.stream(coreSiteUnits[cs].walls()).min().orElse(-1);
      int open = -1; // the last bay position where that wall is open
      for (int b = 0; b < nb; b++) {
        open = Arrays.binarySearch(wallsOfBay[b], first) >= 0 ? b : open;
      }
      if (first >= 0 && open < coreBay[cs]) {
        decided.get(open).add(cs);
        coreDecidedOnEntering[cs] = open;
      }
    }
    coresDecidedAt = decided.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    coresChargedWithSlot = coresChargedWithSlot();
    corePending = new long[pts.length];
    for (int j = 0; j < pts.length; j++) {
      int open = bayOfPoint[j] < nb ? lastOpenRank[bayOfPoint[j]] : Integer.MAX_VALUE;
      for (int cs = 0; cs < coreSiteUnits.length; cs++) {
        for (int r : coreSiteUnits[cs].walls()) {
          corePending[j] |= r > open ? 1L << cs : 0;
        }
      }
    }
    coreBayAt = new int[pts.length];
    Arrays.fill(coreBayAt, -1);
    for (int i = 0; i < coreBay.length; i++) {
      if (coreOk[i]) {
        CoreSite cs = plan.cores().get(i);
        coreBayAt[point(cs.wing(), cs.accessSMm())] = coreBay[i];
      }
    }
    coreOnWallAt = new boolean[pts.length];
    coreOnWallBefore = new boolean[nb];
    for (int i = 0; i < coreBay.length; i++) {
      if (coreOk[i] && coreBayAfter[i] >= 0) {
        CoreSite cs = plan.cores().get(i);
        coreOnWallAt[point(cs.wing(), cs.accessSMm())] = true;
        coreOnWallBefore[coreBayAfter[i]] = true;
      }
    }
    nextCore = new int[pts.length];
    for (int j = pts.length - 1, next = pts.length; j >= 0; j--) {
      nextCore[j] = next;
      if (coreBayAt[j] >= 0) {
        next = j;
      }
    }
    maxUnitsPerMm = plan.candidates().stream()
        .mapToDouble(c -> colUnits[c.index()].total() / (double) Math.max(1, c.widthMm())).max().orElse(0);
    wallOfRank = wallOrder.stream().mapToInt(Integer::intValue).toArray();
    narrowestMm = Math.max(1, plan.candidates().stream().mapToInt(Candidate::widthMm).min().orElse(1));
    wallSafe = new long[pts.length][];
    for (int w = 0; w + 1 < wingStart.length; w++) {
      for (int j = wingStart[w]; j < wingStart[w + 1]; j++) {
        int b = bayOfPoint[j];
        int[] walls = b < nb ? wallsOfBay[b] : new int[0];
        // a wing's end enters the next wing's first bay, all of which is still to come: pts[j] is along the wing
        // ended, not along that bay's (a review of 7 Dec 2026: taken along it, nothing of that bay was counted, and a
        // label with a higher gallery there dominated one with a lower in the count scan, which then proved 3
        // dwellings on an L where 4 fit)
        int s = b < nb && bays.get(b).wing() != w ? bays.get(b).s0Mm() : pts[j];
        wallSafe[j] = new long[walls.length];
        for (int k = 0; k < walls.length; k++) {
          wallSafe[j][k] = wallCap[walls[k]] - wallRest(walls[k], s, b);
        }
      }
    }
    long minTotal = Long.MAX_VALUE;
    long minWall = Long.MAX_VALUE;
    long maxPrice = 0;
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING) {
        Units u = colUnits[c.index()];
        minTotal = Math.min(minTotal, u.total());
        minWall = Math.min(minWall, Arrays.stream(u.wallUnits()).sum());
        for (long v : prices.column()[c.index()]) {
          maxPrice = Math.max(maxPrice, v);
        }
      }
    }
    minDwellingTotal = minTotal;
    minDwellingWall = minWall;
    maxDwellingPrice = maxPrice;
    loadBoundValid = minTotal > 0;
  }

  /** Walls in scan order: wing by wing, along s (a wall's rank is its place in this order). */
  private static final java.util.Comparator<Wall> SCAN_ORDER =
      java.util.Comparator.comparingInt(Wall::wing).thenComparingInt(Wall::sMm);

  /** Whether candidate {@code cand} needs the transfer layer of the bay at position {@code bayPos}. */
  boolean needsTransfer(int cand, int bayPos) {
    for (int p : transferBays[cand]) {
      if (p == bayPos) {
        return true;
      }
    }
    return false;
  }

  /**
   * Upper bound on the load wall {@code r} can still receive from position {@code s} in bay {@code b} on: the
   * heaviest column per millimetre over what is left of its bays, on every storey, spread by the rule of the loads
   * ({@link LoadShare#spread}), plus their galleries (bays not yet entered), transfer layers and core extensions on
   * it. A column's share in a bay puts on a wall its load times the wall's part at the share's centre, which is
   * linear within the bay (the lever rule, or a cantilever's {@code (l + d) / l}), so it is what its load spread
   * evenly over its part puts there, and no more than the heaviest load per millimetre spread evenly over what is left
   * of the bay. (Until the afternoon of 7 Dec 2026 each column's whole load was counted, up to twice this in a bay
   * between two walls, so the dominance test kept labels apart by loads that could no longer bind.)
   */
  private long wallRest(int r, int s, int b) {
    long add = 0;
    for (int x = b; x < nb && x <= b + 1; x++) {
      Bay bay = bays.get(x);
      if (Arrays.binarySearch(wallsOfBay[x], r) < 0) { // the walls of a bay are sorted
        continue;
      }
      int from = Math.max(s, bay.s0Mm());
      long len = Math.max(0, bay.s1Mm() - from);
      double columns = len == 0 ? 0 : LoadShare.spread(len * maxUnitsPerMm, from, bay.s1Mm(), wingBays.get(x))
          .wallKn().getOrDefault(wallOfRank[r], 0.0);
      // + a unit per column that may stand there for rounding each element's part up (a review of 7 Dec 2026: a unit
      // per metre fell short with columns narrower than a metre, which the catalogue allows, once the columns counted
      // by the rule and not each with its whole load)
      add += ((long) Math.ceil(columns) + len / narrowestMm + 2) * storeys + unitsOn(transferUnits[bay.index()], r);
      if (x > b && slotOfBay[x] >= 0) {
        add += unitsOn(slotUnits[slotOfBay[x]], r) * storeys;
      }
    }
    for (Units u : coreSiteUnits) { // an extension still to be decided, or decided already: the most it can add
      add += unitsOn(u, r) * storeys;
    }
    return add;
  }

  /** The units {@code u} puts on the wall of rank {@code r}. */
  private static long unitsOn(Units u, int r) {
    long out = 0;
    for (int k = 0; k < u.walls().length; k++) {
      out += u.walls()[k] == r ? u.wallUnits()[k] : 0;
    }
    return out;
  }

  /**
   * Upper bound on the foundation load that everything from each position on can add to a label there: the columns
   * from there on, the galleries and transfer layers of the bays after its own, its own bay's transfer layer, and every
   * core and the lift at full height.
   */
  private long[] restLoad() {
    long[] out = new long[pts.length];
    long[] perBay = new long[nb + 1];
    for (int b = nb - 1; b >= 0; b--) {
      Bay bay = bays.get(b);
      long add = transferUnits[bay.index()].total();
      if (slotOfBay[b] >= 0) {
        add += slotUnits[slotOfBay[b]].total() * storeys;
      }
      perBay[b] = perBay[b + 1] + add;
    }
    long fixed = (Arrays.stream(coreSiteUnits).mapToLong(Units::total).sum() + liftUnits) * storeys;
    long[] columns = new long[pts.length];
    for (int i = pts.length - 2; i >= 0; i--) {
      long b = columns[i + 1];
      for (Candidate c : startsAt.get(i)) {
        b = Math.max(b, colUnits[c.index()].total() * prices.column()[c.index()].length
            + columns[endPoint[c.index()]]);
      }
      columns[i] = b;
    }
    for (int i = 0; i < pts.length; i++) {
      // a label at a position has entered its bay and chosen its gallery there, whose load is the label's already
      // (a review of 7 Dec 2026: counted again, the foundation stayed in the dominance test where it could no longer
      // bind); the bay's transfer layer a column standing on it may still lay
      int b = Math.min(bayOfPoint[i], nb);
      long bay = b < nb ? perBay[b + 1] + transferUnits[bays.get(b).index()].total() : 0;
      out[i] = columns[i] + bay + fixed;
    }
    return out;
  }

  /** Upper bound on the value the columns from each position on can add: the best packing of column prices. */
  private long[] packBound() {
    long[] ub = new long[pts.length];
    for (int i = pts.length - 2; i >= 0; i--) {
      long b = ub[i + 1];
      for (Candidate c : startsAt.get(i)) {
        long sum = 0;
        long top = 0;
        for (long v : prices.column()[c.index()]) {
          sum += v;
          top = Math.max(top, sum);
        }
        b = Math.max(b, top + ub[endPoint[c.index()]]);
      }
      ub[i] = b;
    }
    return ub;
  }

  /** The index of position {@code s} of wing {@code wing}. */
  int point(int wing, int s) {
    int k = Arrays.binarySearch(pts, wingStart[wing], wingStart[wing + 1], s);
    if (k < 0) {
      throw new IllegalStateException("no position " + s + " in wing " + wing);
    }
    return k;
  }

  boolean covered(int bayIndex, int s) {
    return plan.gallerySlotAt(bayIndex, s).isPresent();
  }

  int siteOf(int buildingCore) {
    for (int i = 0; i < plan.cores().size(); i++) {
      if (plan.cores().get(i).core() == buildingCore) {
        return i;
      }
    }
    throw new IllegalStateException("no site for core " + buildingCore);
  }

  private static Units units(LoadShare l, int[] wallRank, int[] bayPos) {
    int[] w = new int[l.wallKn().size()];
    long[] wu = new long[w.length];
    int k = 0;
    for (Map.Entry<Integer, Double> e : l.wallKn().entrySet()) {
      w[k] = wallRank[e.getKey()];
      wu[k++] = LoadShare.unitsUp(e.getValue());
    }
    int[] b = new int[l.bayKn().size()];
    long[] bu = new long[b.length];
    k = 0;
    for (Map.Entry<Integer, Double> e : l.bayKn().entrySet()) {
      b[k] = bayPos[e.getKey()];
      bu[k++] = LoadShare.unitsUp(e.getValue());
    }
    return new Units(w, wu, b, bu, LoadShare.unitsUp(l.totalKn()));
  }
}
