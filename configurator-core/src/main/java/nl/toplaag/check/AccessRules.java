package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

/**
 * Access ({@link RuleId#ACCESS}): per storey and wing, a JGraphT graph whose vertices are dwellings (at their door,
 * the centre of their s-range), gallery segments and stairs (stair modules, and existing cores extended to that
 * storey, at the centre of their s-range), with an edge where a gallery segment contains a door or stair access
 * point (within 1 mm) and between gallery segments that touch or overlap. A dwelling is reachable when a stair in
 * its connected component lies within {@code BuildingCode.maxSingleRouteWalkMm} along s; the component's
 * galleries then cover the whole stretch, since touching intervals form one interval. A lift module must stand at a
 * gallery on its storey ({@link RuleId#LIFT}): a gallery segment of its storey and wing contains its door, the centre
 * of its s-range (within 1 mm). Lift modules are vertices too: where a storey needs a lift and the existing one is not
 * extended to it, the dwellings whose component holds none are noted (not a rule: the solver does not model it yet,
 * docs/model.md, "Lift").
 */
final class AccessRules {

  private AccessRules() {}

  /** A vertex: kind letter, name, and its point along s, mm. */
  private record Node(String name, char kind, double sMm) {}

  static void check(CheckContext c, List<Violation> out, List<String> notes) {
    Map<String, List<Placement>> dwellings = new TreeMap<>();
    for (Placement p : c.placements) {
      if (c.type(p).kind() == ModuleKind.DWELLING && !p.dwellingId().isEmpty()) {
        String key = String.format(Locale.ROOT, "%04d/%04d/%s", p.storey(), p.wing(), p.dwellingId());
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
    for (Map.Entry<String, List<Node>> e : dw.entrySet()) {
      String[] kw = e.getKey().split("/");
      storeyWing(c, Integer.parseInt(kw[0]), Integer.parseInt(kw[1]), e.getValue(), out, notes);
    }
    liftsAtTheGallery(c, out);
  }

  /** Every lift module at a gallery segment of its storey and wing: one contains its door. */
  private static void liftsAtTheGallery(CheckContext c, List<Violation> out) {
    double tol = CheckContext.TOL_MM;
    for (Placement p : c.placements) {
      if (c.type(p).kind() != ModuleKind.LIFT) {
        continue;
      }
      double door = p.sMm() + p.widthMm() / 2.0;
      boolean at = c.galleries.stream().anyMatch(g -> g.storey() == p.storey() && g.wing() == p.wing()
          && door >= g.sStartMm() - tol && door <= g.sEndMm() + tol);
      if (!at) {
        out.add(new Violation(RuleId.LIFT, "lift module " + p.id() + " on storey " + p.storey() + " wing " + p.wing()
            + " stands at no gallery (its door at s = " + m(door) + "): no dwelling reaches it", p.id()));
      }
    }
  }

  private static String key(int storey, int wing) {
    return String.format(Locale.ROOT, "%04d/%04d", storey, wing);
  }

  private static void storeyWing(CheckContext c, int k, int w, List<Node> doors, List<Violation> out,
      List<String> notes) {
    List<Node> gals = new ArrayList<>();
    List<double[]> spans = new ArrayList<>();
    for (GallerySegment g : c.galleries) {
      if (g.storey() == k && g.wing() == w) {
        gals.add(new Node("gallery " + c.layout.galleries().indexOf(g), 'G', g.sStartMm()));
        spans.add(new double[] {g.sStartMm(), g.sEndMm()});
      }
    }
    List<Node> stairs = new ArrayList<>();
    for (Placement p : c.placements) {
      if (p.storey() == k && p.wing() == w && c.type(p).kind() == ModuleKind.STAIR) {
        stairs.add(new Node("stair " + p.id(), 'S', p.sMm() + p.widthMm() / 2.0));
      }
    }
    List<StairCore> cores = c.building.stairCores();
    for (int i = 0; i < cores.size(); i++) {
      int ext = i < c.layout.extendedStairCores().size() ? c.layout.extendedStairCores().get(i) : 0;
      if (ext >= k && cores.get(i).extendable() && wingOf(c, cores.get(i)) == w) {
        stairs.add(new Node("stair core " + i, 'S', coreS(c.wing(w), cores.get(i))));
      }
    }
    List<Node> lifts = new ArrayList<>();
    for (Placement p : c.placements) {
      if (p.storey() == k && p.wing() == w && c.type(p).kind() == ModuleKind.LIFT) {
        lifts.add(new Node("lift " + p.id(), 'L', p.sMm() + p.widthMm() / 2.0));
      }
    }
    Graph<Node, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    doors.forEach(graph::addVertex);
    gals.forEach(graph::addVertex);
    stairs.forEach(graph::addVertex);
    lifts.forEach(graph::addVertex);
    double tol = CheckContext.TOL_MM;
    for (int i = 0; i < gals.size(); i++) {
      double[] si = spans.get(i);
      for (int j = i + 1; j < gals.size(); j++) {
        double[] sj = spans.get(j);
        if (si[0] <= sj[1] + tol && sj[0] <= si[1] + tol) {
          graph.addEdge(gals.get(i), gals.get(j));
        }
      }
      for (Node n : doors) {
        if (n.sMm() >= si[0] - tol && n.sMm() <= si[1] + tol) {
          graph.addEdge(n, gals.get(i));
        }
      }
      for (Node n : stairs) {
        if (n.sMm() >= si[0] - tol && n.sMm() <= si[1] + tol) {
          graph.addEdge(n, gals.get(i));
        }
      }
      for (Node n : lifts) {
        if (n.sMm() >= si[0] - tol && n.sMm() <= si[1] + tol) {
          graph.addEdge(n, gals.get(i));
        }
      }
    }
    ConnectivityInspector<Node, DefaultEdge> ci = new ConnectivityInspector<>(graph);
    int limit = c.code.maxSingleRouteWalkMm();
    for (Node d : doors) {
      String where = "dwelling " + d.name() + " on storey " + k + " wing " + w + " (door at s = " + m(d.sMm()) + ")";
      if (graph.degreeOf(d) == 0) {
        out.add(new Violation(RuleId.ACCESS, where + " has no gallery at its door", d.name()));
        continue;
      }
      Set<Node> comp = ci.connectedSetOf(d);
      double best = Double.POSITIVE_INFINITY;
      String bestName = "";
      for (Node n : comp) {
        if (n.kind() == 'S' && Math.abs(n.sMm() - d.sMm()) < best) {
          best = Math.abs(n.sMm() - d.sMm());
          bestName = n.name();
        }
      }
      if (bestName.isEmpty()) {
        out.add(new Violation(RuleId.ACCESS, where + " reaches no stair along the gallery", d.name()));
      } else if (best > limit) {
        out.add(new Violation(RuleId.ACCESS, where + ": the nearest stair reachable along the gallery (" + bestName
            + ") is " + m(best) + " away, limit " + m(limit), d.name()));
      }
    }
    boolean needsLift = c.floorMm(k) > c.code.liftAboveFloorMm()
        && !(c.building.lift().present() && c.building.lift().extendable() && c.layout.liftExtensionStoreys() >= k);
    if (needsLift) {
      List<String> without = doors.stream()
          .filter(d -> ci.connectedSetOf(d).stream().noneMatch(n -> n.kind() == 'L')).map(Node::name).toList();
      if (!without.isEmpty()) {
        notes.add(String.format(Locale.ROOT, "%d of %d dwellings on storey %d, wing %d, reach no lift module along the"
            + " gallery (%s); lift reach is not modelled yet (README, Limits)", without.size(), doors.size(), k, w,
            String.join(", ", without)));
      }
    }
  }

  /** The wing nearest to a core (0 distance when it touches the wing rectangle); the lowest index on ties. */
  static int wingOf(CheckContext c, StairCore core) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < c.building.wings().size(); i++) {
      Wing w = c.wing(i);
      double d = Geometries.rectangle(w.originXMm(), w.originYMm(), w.ux(), w.uy(), w.lengthMm(), w.depthMm())
          .distance(core.footprint());
      if (d < bestD - 1e-9) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /** The centre of a core's s-range in a wing frame, mm. */
  static double coreS(Wing w, StairCore core) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Coordinate k : core.footprint().getCoordinates()) {
      double s = w.localS(k.x, k.y);
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
    return (lo + hi) / 2;
  }
}
