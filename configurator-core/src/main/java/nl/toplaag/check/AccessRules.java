package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;
import static nl.toplaag.check.Intervals.mOver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import nl.toplaag.bom.Texts;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.ModuleKind;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Access ({@link RuleId#ACCESS}) and lift reach ({@link RuleId#LIFT}): per storey and wing, a JGraphT graph whose
 * vertices are dwellings (at their door, the centre of their s-range), gallery segments, stairs (stair modules, and
 * existing cores extended to that storey, see below) and lifts (lift modules at their door, the centre of their
 * s-range; and the existing lift where the building gives its shaft, see below), with an edge where a gallery segment
 * contains a door, stair or lift access point (within 1 mm) and between gallery segments that touch or overlap. Each
 * wing's gallery is its own graph: wings share neither stairs nor lifts. An existing core belongs to the first wing
 * whose rectangle holds its centroid, else to the wing whose rectangle lies nearest its outline (the lowest index on
 * ties); so does the existing lift's shaft.
 *
 * <ul>
 *   <li><i>Stairs</i>: a dwelling is reachable when a stair in its connected component lies within
 *       {@code BuildingCode.maxSingleRouteWalkMm} (30 m): along s, and for a core beside the gable on from the wing's
 *       end; the component's galleries then cover the whole stretch, since touching intervals form one interval. A
 *       dwelling with no gallery at its door is reported once, as an access violation, and not checked for a
 *       lift.</li>
 *   <li><i>Existing cores</i>, extended to storey k, by where the centroid lies in the wing's frame: on the roof, a
 *       stair at the centre of the core's s-range; beside the gable (beyond the wing's start or end, within its depth:
 *       a stair tower), at that centre clamped to the wing, the walk to it going on from there to the centre; in front
 *       of the facade (before the wing's front, within its length), at that centre where a gallery segment of storey
 *       k meets or overlaps its outline (within 1 mm), or, the gallery on the roof behind a front setback, where the
 *       core reaches the roof's front edge; behind the building or beyond a corner, no stair. A tower beside the gable
 *       that the wing's gallery band does not meet across the wing (within 1 mm) is no stair: no floor leads to it; to
 *       a core on the roof that the band does not meet (a portiek stair behind its landing), or across a front
 *       setback's strip of roof, the walk goes on from the band to its nearest side, and that counts in the 30 m. The
 *       door is clamped to where the gallery's band may stand, so before a gable's setback where there is one.</li>
 *   <li><i>Lift reach</i>: on a storey that needs a lift (every storey, where the layout's highest storey with
 *       dwellings lies above {@code BuildingCode.liftAboveFloorMm}, 12.5 m: {@link CheckContext#needsLift}) and whose
 *       every dwelling the existing lift does not serve ({@link CheckContext#existingLiftServes}), every dwelling
 *       needs, in its connected component, a lift whose door lies within {@code BuildingCode.maxWalkToLiftMm} (90 m,
 *       BB2012 art. 4.28) along s; above
 *       {@code BuildingCode.fireFightingLiftAboveFloorMm} (20 m) a fire-fighting one. Where no such lift stands on the
 *       storey on any wing ({@link CheckContext#hasServingLift}), {@link CodeRules} reports the storey once and its
 *       dwellings are not reported one by one.</li>
 *   <li><i>Lifts at the gallery</i>: every lift module stands at a gallery on its storey: a gallery segment of its
 *       storey and wing contains its door (within 1 mm).</li>
 *   <li><i>The existing lift</i>, where the layout extends it to storey k and it may serve k
 *       ({@link CheckContext#existingLiftQualifies}: extendable, and fire-fighting where the floor lies above 20 m):
 *       where the building gives its shaft ({@code ExistingLift.positioned}), it is a lift vertex ("existing lift", F
 *       where it is a fire-fighting lift, else L) of storey k's graph of its wing, its door at the centre of the
 *       shaft's s-range in that wing, clamped to the wing's length, and serves the dwellings that reach it as a lift
 *       module does; where that centre lies beyond the wing's start or end (a lift tower beside the gable), the walk
 *       to it is the walk along the gallery to the clamped door plus the rest to the centre; a gallery need not reach
 *       it along the wing, but a shaft beside the roof must meet the wing's gallery band across it, else it is no lift
 *       vertex; to a shaft on the roof apart from the band, the walk across the roof to it counts too. Where the
 *       building does not give it, it is taken to serve every
 *       dwelling of the storey; that is noted once per layout ({@link CheckReport#notes}), as the walk to it along the
 *       gallery is not checked.</li>
 * </ul>
 */
final class AccessRules {

  private AccessRules() {}

  /**
   * A vertex: name, kind letter (D dwelling, G gallery, S stair, L lift, F fire-fighting lift: a lift module or the
   * existing lift), its point along s where it meets the gallery, mm, and the walk on from there to it, mm (the
   * existing lift's or an existing core's beyond the wing's start or end, {@link Door#approachMm}; else 0).
   */
  private record Node(String name, char kind, double sMm, double approachMm) {

    Node(String name, char kind, double sMm) {
      this(name, kind, sMm, 0);
    }

    boolean isLift() {
      return kind == 'L' || kind == 'F';
    }

    /** The walk from a door at {@code fromSMm} along the gallery to this vertex, mm. */
    double walkMm(double fromSMm) {
      return Math.abs(sMm - fromSMm) + approachMm;
    }
  }

  /**
   * Where the walk to an existing core or the existing lift leaves a wing's gallery.
   *
   * @param wing the wing index
   * @param sMm the point along the wing, mm, within [0, wing length]
   * @param approachMm the walk on from {@code sMm} to the core or lift, mm: along s where it stands beyond where the
   *     gallery's band reaches, and across from the band where that does not meet it ({@link #door}); else 0
   */
  private record Door(int wing, double sMm, double approachMm) {}

  /** The access graph of one storey and wing. */
  private record Access(Graph<Node, DefaultEdge> graph, ConnectivityInspector<Node, DefaultEdge> components) {}

  static void check(CheckContext c, List<Violation> out, List<CheckNote> notes) {
    Map<String, List<Node>> dw = doorsByStoreyAndWing(c);
    SortedSet<Integer> storeys = new TreeSet<>();
    for (Map.Entry<String, List<Node>> e : dw.entrySet()) {
      String[] kw = e.getKey().split("/");
      int k = Integer.parseInt(kw[0]);
      storeys.add(k);
      storeyWing(c, k, Integer.parseInt(kw[1]), e.getValue(), out);
    }
    liftsAtTheGallery(c, out);
    existingLiftNote(c, storeys, notes);
    coresAcrossTheRoofNote(c, storeys, notes);
  }

  /**
   * The note that an existing core on the roof which the gallery's band does not meet (a portiek stair behind its
   * landing, or a core at the rear of a wing whose front is turned to its other long side) serves dwellings above
   * storey 1: the walk to it goes across the roof, and on a storey above the first no floor of the layout lies there,
   * so a landing or bridge from the gallery to the core, neither placed nor priced, is assumed (a QA pass on an L with
   * its fronts on its inner facades, 7 Dec 2026). None where there is no such core on such a storey.
   */
  private static void coresAcrossTheRoofNote(CheckContext c, SortedSet<Integer> storeys, List<CheckNote> notes) {
    List<StairCore> cores = c.building.stairCores();
    for (int i = 0; i < cores.size(); i++) {
      int ext = c.coreExtension(i);
      Polygon core = cores.get(i).footprint();
      int w = roofWing(c, core); // the wing on whose roof it stands, which it belongs to (coreWing)
      if (ext < 2 || !cores.get(i).extendable() || w < 0) {
        continue;
      }
      double across = acrossBandMm(c, w, core);
      int top = Math.min(ext, storeys.isEmpty() ? 0 : storeys.last());
      if (across > CheckContext.TOL_MM && top >= 2) {
        notes.add(new CheckNote(CheckNote.Topic.CORE_ACROSS_ROOF, String.format(Locale.ROOT, "stair core %d, extended"
            + " to storey %d, is reached across the roof, %s from the gallery's band: on %s no floor of the layout"
            + " lies there, so a landing or bridge to it, neither placed nor priced, is assumed", i, ext,
            Texts.metres(across), top == 2 ? "storey 2" : "storeys 2-" + top)));
      }
    }
  }

  /** The doors of the dwellings, one per dwelling id at the centre of its modules' s-range, by storey and wing. */
  private static Map<String, List<Node>> doorsByStoreyAndWing(CheckContext c) {
    Map<String, List<Placement>> dwellings = new TreeMap<>();
    for (Placement p : c.placements) {
      if (c.type(p).kind() == ModuleKind.DWELLING && !p.dwellingId().isEmpty()) {
        String key = String.format(Locale.ROOT, "%s/%s", key(p.storey(), p.wing()), p.dwellingId());
        dwellings.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, List<Node>> dw = new TreeMap<>();
    for (List<Placement> ps : dwellings.values()) {
      Placement f = ps.get(0);
      double a = ps.stream().mapToDouble(Placement::sMm).min().orElse(0);
      double b = ps.stream().mapToDouble(p -> p.sMm() + p.widthMm()).max().orElse(0);
      dw.computeIfAbsent(key(f.storey(), f.wing()), k -> new ArrayList<>())
          .add(new Node(f.dwellingId(), 'D', (a + b) / 2));
    }
    return dw;
  }

  /**
   * Every lift module at a gallery segment of its storey and wing: one contains its door, and it is as deep as the free
   * floor in front of a lift must be (BB2012 art. 4.23: 1.5 x 1.5 m).
   */
  private static void liftsAtTheGallery(CheckContext c, List<Violation> out) {
    double tol = CheckContext.TOL_MM;
    for (Placement p : c.placements) {
      if (c.type(p).kind() != ModuleKind.LIFT) {
        continue;
      }
      double door = p.sMm() + p.widthMm() / 2.0;
      GallerySegment at = c.galleries.stream().filter(g -> g.storey() == p.storey() && g.wing() == p.wing()
          && door >= g.sStartMm() - tol && door <= g.sEndMm() + tol).findFirst().orElse(null);
      if (at == null) {
        out.add(new Violation(RuleId.LIFT, "lift module " + p.id() + " on storey " + p.storey() + " wing " + p.wing()
            + " stands at no gallery (its door at s = " + m(door) + "): no dwelling reaches it", p.id()));
      } else if (!c.code.liftLandingGiven(c.type(at).depthMm())) {
        out.add(new Violation(RuleId.LIFT, String.format(Locale.ROOT, "lift module %s's door opens onto a gallery %s"
            + " deep, less than the %.2f x %.2f m free floor in front of a lift (art. 4.23)", p.id(),
            Texts.metres(c.type(at).depthMm()), c.code.liftLandingMm() / 1000.0, c.code.liftLandingMm() / 1000.0),
            p.id()));
      }
    }
    existingLiftLandings(c, out);
  }

  /**
   * The existing lift, extended onto a new storey, opens onto its gallery there as a lift module does, which must give
   * the free floor in front of it (art. 4.23, since 7 Dec 2026): the gallery at its door where the building gives its
   * shaft ({@link #liftDoor}), else, its door's place unknown, every gallery of the storey. One violation per storey.
   */
  private static void existingLiftLandings(CheckContext c, List<Violation> out) {
    Polygon shaft = c.building.lift().footprint();
    Optional<Door> door = shaft == null ? Optional.empty() : liftDoor(c, shaft);
    for (int k = 1; k <= c.layout.storeys() && c.existingLiftReaches(k); k++) {
      int storey = k;
      c.galleries.stream().filter(g -> g.storey() == storey && !c.code.liftLandingGiven(c.type(g).depthMm()))
          .filter(g -> shaft == null || door.isPresent() && g.wing() == door.get().wing()
              && door.get().sMm() >= g.sStartMm() - CheckContext.TOL_MM
              && door.get().sMm() <= g.sEndMm() + CheckContext.TOL_MM)
          .findFirst().ifPresent(g -> out.add(new Violation(RuleId.LIFT, String.format(Locale.ROOT, "the existing"
              + " lift, extended to storey %d, opens onto its gallery (%s, wing %d), %s deep, less than the %.2f x"
              + " %.2f m free floor in front of a lift (art. 4.23)", storey, g.moduleTypeId(), g.wing(),
              Texts.metres(c.type(g).depthMm()), c.code.liftLandingMm() / 1000.0, c.code.liftLandingMm() / 1000.0),
              "lift")));
    }
  }

  /**
   * The note that the existing lift, extended by the layout, is taken to serve every dwelling on the storeys of
   * {@code storeys} (those holding dwellings) that need a lift and that it serves so
   * ({@link CheckContext#existingLiftServes}: only where the building does not give its position); none where there
   * are none.
   */
  private static void existingLiftNote(CheckContext c, SortedSet<Integer> storeys, List<CheckNote> notes) {
    List<Integer> served = storeys.stream().filter(k -> c.needsLift(k) && c.existingLiftServes(k)).toList();
    if (served.isEmpty()) {
      return;
    }
    int first = served.get(0);
    int last = served.get(served.size() - 1);
    String which = first == last ? "storey " + first
        : served.size() == last - first + 1 ? "storeys " + first + "-" + last
        : "storeys " + String.join(", ", served.stream().map(String::valueOf).toList());
    notes.add(new CheckNote(CheckNote.Topic.EXISTING_LIFT_REACH, "the existing lift, extended to storey "
        + c.layout.liftExtensionStoreys() + ", is taken to serve every dwelling on " + which + ": its position is not"
        + " in the building model, so the walk to it along the gallery is not checked"));
  }

  private static String key(int storey, int wing) {
    return String.format(Locale.ROOT, "%04d/%04d", storey, wing);
  }

  /** Checks the doors of storey {@code k}, wing {@code w}: a gallery at each, a stair and, where needed, a lift. */
  private static void storeyWing(CheckContext c, int k, int w, List<Node> doors, List<Violation> out) {
    Access a = graph(c, k, w, doors);
    boolean liftReach = c.needsLift(k) && !c.existingLiftServes(k) && c.hasServingLift(k);
    boolean ff = c.needsFireFightingLift(k);
    String lift = (ff ? "fire-fighting lift module" : "lift module")
        + (existingLiftDoor(c, k).isPresent() ? " or existing lift" : "");
    for (Node d : doors) {
      String where = "dwelling " + d.name() + " on storey " + k + " wing " + w + " (door at s = " + m(d.sMm()) + ")";
      if (a.graph().degreeOf(d) == 0) {
        out.add(new Violation(RuleId.ACCESS, where + " has no gallery at its door", d.name()));
        continue;
      }
      Set<Node> comp = a.components().connectedSetOf(d);
      reach(d, comp, n -> n.kind() == 'S', c.code.maxSingleRouteWalkMm(), RuleId.ACCESS, where, "stair", out);
      if (liftReach) {
        reach(d, comp, n -> ff ? n.kind() == 'F' : n.isLift(), c.code.maxWalkToLiftMm(), RuleId.LIFT, where, lift,
            out);
      }
    }
  }

  /**
   * Reports door {@code d} under {@code rule} when no vertex of its component {@code comp} that {@code target}
   * accepts lies within a walk of {@code limitMm} of it ({@link Node#walkMm}: along s, and on to a core or the
   * existing lift beyond the wing's start or end), to {@link CheckContext#TOL_MM} as the points on the gallery (a
   * layout takes its points to the whole millimetre, where a door or lift at the centre of an odd extent lies half
   * way); {@code what} names the target in the message.
   */
  private static void reach(Node d, Set<Node> comp, Predicate<Node> target, int limitMm, RuleId rule, String where,
      String what, List<Violation> out) {
    Node best = null;
    for (Node n : comp) {
      if (target.test(n) && (best == null || n.walkMm(d.sMm()) < best.walkMm(d.sMm()))) {
        best = n;
      }
    }
    if (best == null) {
      out.add(new Violation(rule, where + " reaches no " + what + " along the gallery", d.name()));
    } else if (best.walkMm(d.sMm()) > limitMm + CheckContext.TOL_MM) {
      out.add(new Violation(rule, where + ": the nearest " + what + " reachable along the gallery (" + best.name()
          + ") is " + mOver(best.walkMm(d.sMm()), limitMm) + " away, limit " + m(limitMm), d.name()));
    }
  }

  /**
   * The access graph of storey {@code k}, wing {@code w}: the doors, the gallery segments, the stairs and the lifts
   * ({@link #lifts}), a gallery joined to each access point it contains and to each gallery it touches or overlaps
   * (1 mm).
   */
  private static Access graph(CheckContext c, int k, int w, List<Node> doors) {
    List<Node> gals = new ArrayList<>();
    List<double[]> spans = new ArrayList<>();
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      // named by its place in the layout: two equal segments (a segment given twice) are two vertices, not a loop
      // (a QA pass: the checker threw "loops not allowed"); the overlap rule reports them
      if (g.storey() == k && g.wing() == w && c.galleries.contains(g)) {
        gals.add(new Node("gallery " + i, 'G', g.sStartMm()));
        spans.add(new double[] {g.sStartMm(), g.sEndMm()});
      }
    }
    List<Node> points = new ArrayList<>(doors);
    points.addAll(stairs(c, k, w));
    points.addAll(lifts(c, k, w));
    Graph<Node, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    points.forEach(graph::addVertex);
    gals.forEach(graph::addVertex);
    double tol = CheckContext.TOL_MM;
    for (int i = 0; i < gals.size(); i++) {
      double[] si = spans.get(i);
      for (int j = i + 1; j < gals.size(); j++) {
        double[] sj = spans.get(j);
        if (si[0] <= sj[1] + tol && sj[0] <= si[1] + tol) {
          graph.addEdge(gals.get(i), gals.get(j));
        }
      }
      for (Node n : points) {
        if (n.sMm() >= si[0] - tol && n.sMm() <= si[1] + tol) {
          graph.addEdge(n, gals.get(i));
        }
      }
    }
    return new Access(graph, new ConnectivityInspector<>(graph));
  }

  /** The stairs of storey {@code k}, wing {@code w}: stair modules and the existing cores extended to the storey. */
  private static List<Node> stairs(CheckContext c, int k, int w) {
    List<Node> stairs = new ArrayList<>();
    for (Placement p : c.placements) {
      if (p.storey() == k && p.wing() == w && c.type(p).kind() == ModuleKind.STAIR) {
        stairs.add(new Node("stair " + p.id(), 'S', p.sMm() + p.widthMm() / 2.0));
      }
    }
    List<StairCore> cores = c.building.stairCores();
    for (int i = 0; i < cores.size(); i++) {
      int ext = c.coreExtension(i);
      Polygon core = cores.get(i).footprint();
      if (ext >= k && cores.get(i).extendable() && coreWing(c, core) == w) {
        int n = i;
        coreDoor(c, k, w, core).ifPresent(d -> stairs.add(new Node("stair core " + n, 'S', d.sMm(),
            d.approachMm())));
      }
    }
    return stairs;
  }

  /**
   * Where an extended core of wing {@code w} meets the storey's gallery, by where its centroid lies in the wing's
   * frame: on the roof, at the centre of its s-range ({@link #centreS}), the walk going on across the roof from the
   * gallery's band to it ({@link #door}); beside the gable (beyond the wing's start or end, within its depth), where
   * the wing's gallery band meets it across the wing ({@link #meetsBand}), at that centre clamped to the band's reach
   * with the walk on from there to the centre; in front of the facade (before the wing's front, within its length), at
   * that centre where a gallery segment of storey {@code k} meets its outline ({@link #meetsGallery}) or the gallery
   * stands on the roof behind a front setback that the core reaches ({@link #behindSetback}); else (behind the
   * building, beyond a corner, beside the gable apart from the band, or no gallery meeting it in front) nowhere: the
   * gallery leads to no stair there.
   */
  private static Optional<Door> coreDoor(CheckContext c, int k, int w, Polygon core) {
    Wing wing = c.wing(w);
    Coordinate centroid = core.getCentroid().getCoordinate();
    double s = wing.localS(centroid.x, centroid.y);
    double t = wing.localT(centroid.x, centroid.y);
    boolean alongS = s >= 0 && s <= wing.lengthMm();
    boolean acrossT = t >= 0 && t <= wing.depthMm();
    boolean reached = alongS && acrossT || acrossT && meetsBand(c, w, core)
        || alongS && t < 0 && (meetsGallery(c, k, w, core) || behindSetback(c, w, core));
    return reached ? Optional.of(door(c, w, core)) : Optional.empty();
  }

  /**
   * Where the walk to {@code outline} (an existing core or the lift shaft, of wing {@code w}) leaves the gallery: at
   * the centre of its s-range clamped to where the gallery's band may stand ({@link #bandReach}), the walk on from
   * there being the rest to that centre along s (beside the gable, or past a gable's setback) and across the wing from
   * the gallery's band to the outline's nearest side where the band does not meet it ({@link #acrossBandMm}: a core on
   * the roof behind its landing, a tower across a front setback).
   */
  private static Door door(CheckContext c, int w, Polygon outline) {
    Wing wing = c.wing(w);
    double centre = centreS(wing, outline);
    double[] reach = bandReach(c, w);
    double door = Math.max(reach[0], Math.min(reach[1], centre));
    return new Door(w, door, Math.abs(centre - door) + acrossBandMm(c, w, outline));
  }

  /**
   * The s-range along wing {@code w} where its gallery band may stand (mm): within the roof less setbacks where the
   * band stands on the roof (a gable's setback keeps it from the wing's end), else the wing's length.
   */
  private static double[] bandReach(CheckContext c, int w) {
    Wing wing = c.wing(w);
    if (c.galleryOnRoof(w)) {
      Geometry in = Geometries.intersection(c.usableRoof,
          c.rect(w, 0, c.galleryT0Mm(w), wing.lengthMm(), c.galleryDepthMm()));
      if (!in.isEmpty()) {
        double[] s = range(in, k -> wing.localS(k.x, k.y));
        return new double[] {Math.max(0, s[0]), Math.min(wing.lengthMm(), s[1])};
      }
    }
    return new double[] {0, wing.lengthMm()};
  }

  /**
   * Whether the gallery band of wing {@code w} meets or overlaps {@code outline} across the wing (within 1 mm),
   * wherever it lies along the wing, or the band stands on the roof behind a front setback that the outline reaches
   * ({@link #behindSetback}): beside the roof, apart from it, no floor leads from a gallery to a core or the lift
   * shaft.
   */
  private static boolean meetsBand(CheckContext c, int w, Polygon outline) {
    return acrossBandMm(c, w, outline) <= 1 + CheckContext.TOL_MM || behindSetback(c, w, outline);
  }

  /**
   * Whether the gallery band of wing {@code w} stands on the roof behind a front setback and {@code outline} reaches
   * the roof's front edge (within 1 mm) before the band: the setback's strip of roof, where no module stands, lies
   * between them, and the walk across it counts ({@link #acrossBandMm}).
   */
  private static boolean behindSetback(CheckContext c, int w, Polygon outline) {
    Wing wing = c.wing(w);
    double[] t = range(outline, k -> wing.localT(k.x, k.y));
    return c.galleryOnRoof(w) && t[1] >= -1 - CheckContext.TOL_MM && t[0] <= c.galleryT0Mm(w);
  }

  /**
   * How far {@code outline} lies across wing {@code w} from its gallery band (from {@link CheckContext#galleryT0Mm},
   * the gallery deep), mm: 0 where the band meets or overlaps it.
   */
  private static double acrossBandMm(CheckContext c, int w, Polygon outline) {
    Wing wing = c.wing(w);
    double[] t = range(outline, k -> wing.localT(k.x, k.y));
    return Math.max(0, Math.max(c.galleryT0Mm(w) - t[1], t[0] - c.galleryT0Mm(w) - c.galleryDepthMm()));
  }

  /** Whether a gallery segment of storey {@code k}, wing {@code w} meets or overlaps {@code outline} (within 1 mm). */
  private static boolean meetsGallery(CheckContext c, int k, int w, Polygon outline) {
    return c.galleries.stream().anyMatch(g -> g.storey() == k && g.wing() == w
        && c.rect(g).distance(outline) <= 1 + CheckContext.TOL_MM);
  }

  /**
   * The wing of an existing core or the lift shaft: the first whose rectangle holds its centroid (on the roof); else
   * the nearest ({@link #wingOf}: beside the roof).
   */
  static int coreWing(CheckContext c, Polygon outline) {
    int roof = roofWing(c, outline);
    return roof >= 0 ? roof : wingOf(c, outline);
  }

  /** The first wing whose rectangle holds the centroid of {@code outline} (which stands on its roof), else -1. */
  private static int roofWing(CheckContext c, Polygon outline) {
    Coordinate centroid = outline.getCentroid().getCoordinate();
    for (int i = 0; i < c.building.wings().size(); i++) {
      Wing w = c.wing(i);
      double s = w.localS(centroid.x, centroid.y);
      double t = w.localT(centroid.x, centroid.y);
      if (s >= 0 && s <= w.lengthMm() && t >= 0 && t <= w.depthMm()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The lifts of storey {@code k}, wing {@code w}, at their doors, kind F where fire-fighting, else L: the lift
   * modules, and the existing lift where it stands at this wing and serves the storey as a lift module does
   * ({@link #existingLiftDoor}).
   */
  private static List<Node> lifts(CheckContext c, int k, int w) {
    List<Node> lifts = new ArrayList<>();
    for (Placement p : c.placements) {
      if (p.storey() == k && p.wing() == w && c.type(p).kind() == ModuleKind.LIFT) {
        lifts.add(new Node("lift " + p.id(), c.type(p).fireFightingLift() ? 'F' : 'L', p.sMm() + p.widthMm() / 2.0));
      }
    }
    existingLiftDoor(c, k).filter(e -> e.wing() == w).ifPresent(e -> lifts.add(new Node("existing lift",
        c.building.lift().fireFighting() ? 'F' : 'L', e.sMm(), e.approachMm())));
    return lifts;
  }

  /**
   * The door of the existing lift on storey {@code k}, where the building gives its shaft, the layout extends it to the
   * storey and it may serve it ({@link CheckContext#existingLiftQualifies}): on the wing whose roof holds the shaft's
   * centroid, else the wing nearest the shaft ({@link #coreWing}, as for a core), at the centre of the shaft's s-range
   * in that wing ({@link #centreS}) clamped to the band's reach, with the walk on from there ({@link #door}); empty
   * where it is no lift vertex of the storey, or where the shaft stands beside the roof apart from the wing's gallery
   * band ({@link #meetsBand}).
   */
  private static Optional<Door> existingLiftDoor(CheckContext c, int k) {
    Polygon shaft = c.building.lift().footprint();
    return shaft == null || !c.existingLiftQualifies(k) ? Optional.empty() : liftDoor(c, shaft);
  }

  /**
   * The door of the existing lift whose shaft is {@code shaft} on any storey it reaches, as {@link #existingLiftDoor}
   * finds it: empty where the shaft stands beside the roof apart from the wing's gallery band.
   */
  private static Optional<Door> liftDoor(CheckContext c, Polygon shaft) {
    int roof = roofWing(c, shaft);
    int w = roof >= 0 ? roof : wingOf(c, shaft);
    return roof >= 0 || meetsBand(c, w, shaft) ? Optional.of(door(c, w, shaft)) : Optional.empty();
  }

  /**
   * The wing nearest to an outline in plan (a core's or the lift shaft's; 0 distance when it touches the wing
   * rectangle); the lowest index on ties.
   */
  static int wingOf(CheckContext c, Polygon outline) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < c.building.wings().size(); i++) {
      Wing w = c.wing(i);
      double d = w.rectangle().distance(outline);
      if (d < bestD - 1e-9) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /** The centre of an outline's s-range in a wing frame (a core's or the lift shaft's), mm. */
  static double centreS(Wing w, Polygon outline) {
    double[] s = range(outline, k -> w.localS(k.x, k.y));
    return (s[0] + s[1]) / 2;
  }

  /** The least and the most of {@code local} over the vertices of {@code outline}. */
  private static double[] range(Geometry outline, ToDoubleFunction<Coordinate> local) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Coordinate k : outline.getCoordinates()) {
      lo = Math.min(lo, local.applyAsDouble(k));
      hi = Math.max(hi, local.applyAsDouble(k));
    }
    return new double[] {lo, hi};
  }
}
