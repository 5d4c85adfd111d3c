package nl.toplaag.solve.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.LiftSite;
import nl.toplaag.product.ModuleKind;

/**
 * Stair access, or lift access, as Boolean reach chains. {@code R(j, js, k)} means "on storey k, gallery runs from bay
 * j to bay js and bay js holds a stair" (a lift module, for the lift chains): it needs the gallery in bay j and
 * {@code R} of the next bay towards {@code js}. A dwelling on storey k needs some {@code R(door bay, js, k)} whose bay
 * holds a stair within the walking distance of its door (30 m; for the lift chains, on the storeys that need a lift, a
 * lift module within the walk to a lift, 90 m, fire-fighting where the storey needs one, or else the existing lift
 * extended to the storey where that serves it). Chains are created only where some door needs them.
 */
final class AccessChains {

  /** What the chains lead to. */
  enum Target {
    /** Stair modules and extended existing cores. */
    STAIR,
    /** Lift modules, on the storeys that need a lift. */
    LIFT
  }

  /**
   * A stair, core or lift: its literal, where its walk leaves the gallery along the wing (mm) and the walk on from
   * there to it (mm: an existing core's or the existing lift's, beside the gable or across the roof,
   * {@link CoreSite#approachMm}, {@link LiftSite#approachMm}; else 0).
   */
  private record Site(Literal lit, int sMm, int approachMm) {

    Site(Literal lit, int sMm) {
      this(lit, sMm, 0);
    }

    /** The walk from a door at {@code doorSMm} along the gallery to this site, mm. */
    int walkMm(int doorSMm) {
      return Math.abs(sMm - doorSMm) + approachMm;
    }
  }

  /** The sites (stairs and cores, or lifts) whose access is in one bay, with the span of their access points. */
  private record BaySites(int bay, int wing, int minSMm, int maxSMm, List<Site> sites) {}

  private final CpSatModel m;
  private final Target target;
  private final Map<Long, BoolVar> reach = new HashMap<>();
  private final Map<Integer, Integer> slotOfBay = new HashMap<>();
  private final Map<Integer, List<Integer>> wingBays = new HashMap<>();

  AccessChains(CpSatModel m, Target target) {
    this.m = m;
    this.target = target;
    for (GallerySlot s : m.plan.galleries()) {
      slotOfBay.put(s.bay(), s.index());
    }
    for (Bay b : m.plan.bays()) {
      wingBays.computeIfAbsent(b.wing(), w -> new ArrayList<>()).add(b.index());
    }
  }

  /** Posts the access constraints; returns the number of reach variables made. */
  int post() {
    boolean lifts = target == Target.LIFT;
    int walk = lifts ? m.plan.code().maxWalkToLiftMm() : m.plan.code().maxSingleRouteWalkMm();
    for (int k = 0; k < m.plan.storeys(); k++) {
      if (lifts && !m.plan.needsLift(k + 1)) {
        continue;
      }
      List<BaySites> sites = byBay(lifts ? liftSites(k) : stairSites(k));
      Literal extension = lifts ? extensionServing(k) : null;
      for (Candidate c : m.plan.candidates()) {
        if (c.kind() != ModuleKind.DWELLING || m.x[c.index()].length <= k) {
          continue;
        }
        List<Literal> options = new ArrayList<>();
        if (served(c.accessBay(), c.accessSMm())) {
          for (BaySites e : sites) {
            int js = e.bay();
            if (e.wing() != c.wing() || c.accessSMm() < e.minSMm() - walk || c.accessSMm() > e.maxSMm() + walk) {
              continue; // no site of that bay within the walking distance
            }
            List<Literal> near = new ArrayList<>();
            for (Site s : e.sites()) {
              if (s.walkMm(c.accessSMm()) <= walk) {
                near.add(s.lit());
              }
            }
            if (near.isEmpty() || !galleryAllTheWay(c.wing(), c.accessBay(), js)) {
              continue;
            }
            BoolVar r = reach(c.wing(), c.accessBay(), js, k, e.sites());
            if (near.size() == e.sites().size()) {
              options.add(r);
            } else {
              BoolVar z = m.model.newBoolVar((lifts ? "zq" : "z") + c.index() + "_" + js + "_" + (k + 1));
              m.model.addImplication(z, r);
              near.add(0, z.not());
              m.model.addBoolOr(near);
              options.add(z);
            }
          }
        }
        if (extension != null) {
          options.add(0, extension);
        }
        options.add(0, m.x[c.index()][k].not());
        m.model.addBoolOr(options);
      }
    }
    return reach.size();
  }

  /** Whether bay {@code bay} has a gallery slot that covers {@code s}. */
  private boolean served(int bay, int s) {
    Integer slot = slotOfBay.get(bay);
    if (slot == null) {
      return false;
    }
    return m.plan.galleries().get(slot).covers(s);
  }

  /**
   * The existing lift's extension to storey {@code k} (0-based) where it may serve the storey's dwellings (extendable,
   * and a fire-fighting lift where the storey needs one; its position is not in the building model, so it serves every
   * door), else {@code null}.
   */
  private Literal extensionServing(int k) {
    return m.plan.liftExtensionServes(k + 1) ? m.lift[k] : null;
  }

  /**
   * The lift modules that may serve storey {@code k} (fire-fighting where it needs one), and the existing lift extended
   * to it where the building gives its shaft ({@link nl.toplaag.plan.Plan#liftSites}) and it qualifies, by the bay of
   * their door; the existing lift's walk goes on from its door to its shaft where that stands beyond the wing's start
   * or end.
   */
  private Map<Integer, List<Site>> liftSites(int k) {
    boolean ff = m.plan.needsFireFightingLift(k + 1);
    Map<Integer, List<Site>> out = new TreeMap<>();
    for (Candidate c : m.plan.candidates()) {
      if (c.kind() == ModuleKind.LIFT && m.x[c.index()].length > k && (!ff || c.module().fireFightingLift())
          && served(c.accessBay(), c.accessSMm())) {
        out.computeIfAbsent(c.accessBay(), b -> new ArrayList<>()).add(new Site(m.x[c.index()][k], c.accessSMm()));
      }
    }
    for (LiftSite ls : m.plan.liftSites()) {
      if (m.plan.liftExtensionQualifies(k + 1) && served(ls.accessBay(), ls.accessSMm())) {
        addFromEitherBay(out, ls.accessBay(), new Site(m.lift[k], ls.accessSMm(), ls.approachMm()));
      }
    }
    return out;
  }

  /**
   * The stairs and cores on storey {@code k}, by the bay of their access point (a core's on the wall between two bays
   * whose gallery slots both cover it in both: {@link nl.toplaag.plan.Plan#bayAfterWall}); a core's walk goes on from
   * its access point to it (beside the wing's gable, or across the roof).
   */
  private Map<Integer, List<Site>> stairSites(int k) {
    Map<Integer, List<Site>> out = new TreeMap<>();
    for (Candidate c : m.plan.candidates()) {
      if (c.kind() == ModuleKind.STAIR && m.x[c.index()].length > k && served(c.accessBay(), c.accessSMm())) {
        out.computeIfAbsent(c.accessBay(), b -> new ArrayList<>()).add(new Site(m.x[c.index()][k], c.accessSMm()));
      }
    }
    List<CoreSite> cores = m.cores();
    for (int i = 0; i < cores.size(); i++) {
      CoreSite cs = cores.get(i);
      if (served(cs.accessBay(), cs.accessSMm())) {
        addFromEitherBay(out, cs.accessBay(), new Site(m.core[i][k], cs.accessSMm(), cs.approachMm()));
      }
    }
    return out;
  }

  /**
   * Adds an existing core's or lift's {@code site} to {@code out} under bay {@code accessBay}, and under the bay after
   * the wall its access point lies on where both bays' gallery slots cover it: a gallery in either reaches it
   * ({@link nl.toplaag.plan.Plan#bayAfterWall}).
   */
  private void addFromEitherBay(Map<Integer, List<Site>> out, int accessBay, Site site) {
    out.computeIfAbsent(accessBay, b -> new ArrayList<>()).add(site);
    int after = m.plan.bayAfterWall(accessBay, site.sMm());
    if (after >= 0) {
      out.computeIfAbsent(after, b -> new ArrayList<>()).add(site);
    }
  }

  /** The sites of {@code out} (by bay), in the order of the bays. */
  private List<BaySites> byBay(Map<Integer, List<Site>> out) {
    List<BaySites> bays = new ArrayList<>();
    for (Map.Entry<Integer, List<Site>> e : out.entrySet()) {
      List<Site> in = e.getValue();
      int lo = in.stream().mapToInt(Site::sMm).min().orElseThrow();
      int hi = in.stream().mapToInt(Site::sMm).max().orElseThrow();
      bays.add(new BaySites(e.getKey(), m.plan.bays().get(e.getKey()).wing(), lo, hi, in));
    }
    return bays;
  }

  private boolean galleryAllTheWay(int wing, int from, int to) {
    List<Integer> bays = wingBays.get(wing);
    int a = bays.indexOf(from);
    int b = bays.indexOf(to);
    for (int i = Math.min(a, b); i <= Math.max(a, b); i++) {
      if (!slotOfBay.containsKey(bays.get(i))) {
        return false;
      }
    }
    return true;
  }

  private BoolVar reach(int wing, int j, int js, int k, List<Site> sitesInJs) {
    long key = ((long) k * 100_000 + j) * 100_000 + js;
    BoolVar r = reach.get(key);
    if (r != null) {
      return r;
    }
    r = m.model.newBoolVar((target == Target.LIFT ? "q" : "r") + j + "_" + js + "_" + (k + 1));
    reach.put(key, r);
    m.model.addImplication(r, m.g[slotOfBay.get(j)][k]);
    if (j == js) {
      List<Literal> any = new ArrayList<>();
      any.add(r.not());
      sitesInJs.forEach(s -> any.add(s.lit()));
      m.model.addBoolOr(any);
    } else {
      List<Integer> bays = wingBays.get(wing);
      int next = bays.get(bays.indexOf(j) + (bays.indexOf(js) > bays.indexOf(j) ? 1 : -1));
      m.model.addImplication(r, reach(wing, next, js, k, sitesInJs));
    }
    return r;
  }
}
