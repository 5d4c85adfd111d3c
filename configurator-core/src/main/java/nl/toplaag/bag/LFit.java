package nl.toplaag.bag;

import static nl.toplaag.bag.Millimetres.METRES;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The L fitted to a footprint that is not a slab, split into two wings that do not overlap. Coordinates in RD New
 * metres, lengths in m.
 *
 * <p>The L is the footprint's minimum-area rectangle less one corner notch: of the four corners, the largest
 * rectangle at a corner, bounded by footprint vertices, whose inside the footprint does not enter (closer than
 * {@link #TOUCH_M}, so a facade on the notch's side does not count). The footprint lies in the L by construction; how
 * well it fills it is each arm's {@code rectangularity}, the share of the arm's rectangle the footprint covers, which
 * {@link BagImport} holds to the slab's rule ({@code minRectangularity}): a wing must lie 90 % on the roof. So a
 * recess, a step at the corner or a facade skewed away from the rectangle is tolerated as far as it leaves each wing
 * 90 % on the roof, as for a slab; the configurator places no module across the roof outline.
 *
 * <p>The two arms, in the frame of the notch's corner (the rectangle {@code [0, L] x [0, D]}, {@code L >= D}, the
 * notch {@code [0, a] x [0, b]}): the arm along the rectangle, {@code D - b} deep from its outer facade to the
 * notch's; the arm across it, {@code L - a} deep likewise, which reaches out {@code b} beyond the other. A wing's depth
 * is the building's depth there, the distance from facade to facade (m); which decides how the L is read:
 *
 * <ul>
 *   <li>An <em>L</em>, where the arm across reaches out at least as far as it is deep ({@code b >= L - a}): two wings
 *       at right angles. The arm along the rectangle runs through the corner as wing 1 ({@code L} long,
 *       {@code D - b} deep); the other arm is wing 2, from wing 1's inner side to its end ({@code b} long, less what
 *       wing 1's inset takes, {@code L - a} deep). The arm along the rectangle is then the longer one measured on the
 *       outside. (The arm along the rectangle always reaches out at least as far as it is deep where the other does:
 *       {@code a < D - b} and {@code b >= L - a} would make {@code a + b} both less than {@code D} and at least
 *       {@code L}.)
 *   <li>A <em>stepped slab</em>, where the arm across is a stub, reaching out less than it is deep ({@code b < L - a}:
 *       a rear annex, a deeper end, a bay): no wing of its own but part of the building's depth, which is {@code D}
 *       over {@code [a, L]}. Two wings side by side along the rectangle, sharing its outer long facade
 *       {@code v = D}: wing 1 the part through the corner, {@code L - a} long and {@code D} deep, wing 2 the rest,
 *       from wing 1's side to the gable, {@code a} long (less what wing 1's inset takes) and {@code D - b} deep.
 *       Either may be shorter than it is deep (a deeper end of a slab); each is held to the slab's rules (at most
 *       {@code maxSlabDepthM} deep, holding the smallest module), but where only one holds the smallest module,
 *       {@link BagImport} writes that one alone. Read as an L instead, the stub's depth would run
 *       along the stub from its end to the joint, which is no facade but the other arm's (before 3 Dec 2026 a stub was
 *       read so, and a 1.4 m bay of a slab 8.6 m deep was a wing 1.4 m deep that no module fits); read as a wing of
 *       its own along its arm, it would be shorter than deep at right angles to the slab, its walls across the slab's
 *       where a slab's cross walls run on into its annex.
 * </ul>
 *
 * <p>Each wing is then moved inwards to a skewed facade ({@link WingFit#inset}, at most {@link WingFit#INSET_M}).
 * Wing 2 starts at wing 1's side once that is moved, so the two touch and leave no strip of roof between them; its end
 * at the joint stays (the footprint goes on there). Where the footprint then stands more than {@code frontToleranceM}
 * proud of a wing's front (its own part of the front facade straight but skewed against the rectangle), that wing is
 * turned to run along it, as a slab's is ({@link WingFit#fitToFront}, with the rectangle of its own arm of the
 * footprint), where that is safe: the facade then stands nowhere more than the tolerance proud of it, and it reaches
 * past the footprint nowhere by more than the tolerance beyond where the straight wing does. Where either was turned,
 * wing 1's side at the joint and wing 2's end, each square to its own front, are not parallel: wing 2 ends where it
 * meets wing 1's side within its own depth ({@link WingFit#clearOf}), the two touching there and the wedge between
 * them left as existing roof. The two wings so touch and never overlap.
 *
 * <p>The front of each wing (its gallery side, {@code t = 0}) lies on the L's outer facades, the two sides of the
 * rectangle that meet at the corner opposite the notch: of an L, wing 1's is its outer long side ({@code v = D}) and
 * wing 2's the outer side of its arm ({@code u = L}), so the two galleries run round the outside of the L, as in the
 * hand-made {@code l-corner}; of a stepped slab, both on its straight long facade ({@code v = D}), one gallery line
 * along the whole building. Each front is then a facade over the wing's whole length, in front of which a gallery can
 * be cantilevered off the roof. Wing 1's inner side is no such facade: where wing 2 joins it, a gallery there would
 * stand on wing 2's roof. The gallery side is not in the 3D BAG, so this is an assumption [U], stated in the file; it
 * differs from a slab's, whose front is its southern long side, where nothing decides between the two.
 *
 * @param throughFit the wing through the corner (of an L, the arm along the rectangle's long side; of a stepped slab,
 *     its deeper part), inset, or turned to run along its front facade; its {@code rectangularity} the share of its
 *     rectangle, before the inset, that the footprint covers
 * @param otherFit the other wing, likewise
 * @param lShare the share of the L (the rectangle less the notch) that the footprint covers
 * @param stepped whether the arm across the rectangle is a stub, so that the two wings run side by side along the
 *     rectangle (a stepped slab) rather than at right angles
 */
record LFit(WingFit.FrontFit throughFit, WingFit.FrontFit otherFit, double lShare, boolean stepped) {

  /**
   * How close to the notch's inside the footprint may come and still leave it empty, m: its coordinates are rounded
   * to 1 mm, so a facade on the notch's side lies within that of it.
   */
  static final double TOUCH_M = 0.001;

  /**
   * The thinnest arm an L may have, m: twice {@link WingFit#INSET_M}, so that moving its sides to the facade leaves
   * it; a notch leaving less is not taken (such a footprint is a rectangle with a sliver, no L).
   */
  static final double MIN_ARM_M = 2 * WingFit.INSET_M;

  /** The wing through the corner, as fitted. */
  WingFit through() {
    return throughFit.wing();
  }

  /** The other wing, as fitted. */
  WingFit other() {
    return otherFit.wing();
  }

  /** The wings: the one through the corner first. */
  List<WingFit> wings() {
    return List.of(through(), other());
  }

  /** The wings fitted to their front facades, as {@link #wings}. */
  List<WingFit.FrontFit> fits() {
    return List.of(throughFit, otherFit);
  }

  /** The smaller of the two wings' shares that the footprint covers (of their rectangles before the inset). */
  double share() {
    return Math.min(through().rectangularity(), other().rectangularity());
  }

  /**
   * The L of footprint {@code fp} (a simple polygon without holes) in its minimum-area rectangle {@code rect}
   * ({@link WingFit#rectangle}), or empty where no corner of the rectangle is free of the footprint; each wing turned
   * to run along its own front facade where the footprint stands more than {@code tolM} (m) proud of its front and
   * that is safe and, turned, it still holds a dwelling module where it did ({@code holds}; {@link
   * WingFit#fitToFront}).
   */
  static Optional<LFit> of(Polygon fp, WingFit rect, double tolM, Predicate<WingFit> holds) {
    Frame f = new Frame(rect);
    Coordinate[] ring = fp.getExteriorRing().getCoordinates();
    int bestCorner = -1;
    double bestA = 0;
    double bestB = 0;
    for (int corner = 0; corner < 4; corner++) {
      double[][] p = f.local(ring, corner);
      for (double a : p[0]) {
        if (a <= TOUCH_M || a > f.lengthM - MIN_ARM_M) {
          continue;
        }
        double b = lowest(p[0], p[1], a - TOUCH_M, f.depthM);
        if (b > TOUCH_M && b <= f.depthM - MIN_ARM_M && a * b > bestA * bestB) {
          bestCorner = corner;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestCorner < 0) {
      return Optional.empty();
    }
    // in the frame of the notch's corner: the notch [0, a] x [0, b]; the arm along the rectangle [0, L] x [b, D], as
    // deep as D - b; the arm across it [a, L] x [0, D], as deep as L - a, reaching out b beyond the other; the L's
    // outer facades v = D and u = L, each wing's front on one of them
    double l = f.lengthM;
    double d = f.depthM;
    boolean stepped = bestB < l - bestA;
    WingFit.FrontFit through;
    WingFit.FrontFit other;
    if (!stepped) {
      // an L: the arm along the rectangle through the corner, its front v = D; the other from its inner side, u = L
      Geometry arm = Geometries.intersection(fp, f.rectangle(bestCorner, 0, bestB, l, d));
      through = f.wing(bestCorner, 0, bestB, l, d, false, d, share(arm, f.rectangle(bestCorner, 0, bestB, l, d)))
          .fitToFront(fp, arm, tolM, holds);
      Coordinate[] t = through.wing().outline().getExteriorRing().getCoordinates();
      double joint = joint(through, f.local(t, bestCorner)[1]);
      other = f.wing(bestCorner, bestA, 0, l, joint, true, l, share(fp, f.rectangle(bestCorner, bestA, 0, l, bestB)))
          .fitToFront(fp, Geometries.intersection(fp, f.rectangle(bestCorner, bestA, 0, l, joint)), tolM, holds);
    } else {
      // a stub: the building is D deep over [a, L]; that part through the corner, the rest [0, a] x [b, D] from it,
      // both along u with their fronts on v = D
      Geometry arm = Geometries.intersection(fp, f.rectangle(bestCorner, bestA, 0, l, d));
      through = f.wing(bestCorner, bestA, 0, l, d, false, d, share(arm, f.rectangle(bestCorner, bestA, 0, l, d)))
          .fitToFront(fp, arm, tolM, holds);
      Coordinate[] t = through.wing().outline().getExteriorRing().getCoordinates();
      double joint = joint(through, f.local(t, bestCorner)[0]);
      other = f.wing(bestCorner, 0, bestB, joint, d, false, d, share(fp, f.rectangle(bestCorner, 0, bestB, bestA, d)))
          .fitToFront(fp, Geometries.intersection(fp, f.rectangle(bestCorner, 0, bestB, joint, d)), tolM, holds);
    }
    // the other wing starts at the side of the one through the corner (joint, above); where either was turned, the
    // two sides are not parallel, and the other ends where it meets that side within its own depth
    if (through.turned() || other.turned()) {
      other = other.clearOf(through.wing().outline(), through.turned(), holds);
    }
    double lM2 = l * d - bestA * bestB;
    return Optional.of(new LFit(through, other, fp.getArea() / lM2, stepped));
  }

  /**
   * The corners of footprint {@code fp} once simplified within {@link WingFit#INSET_M} (Douglas-Peucker, keeping its
   * topology): how a footprint that is neither a slab nor an L is described (a T or a U has 8).
   */
  static int corners(Polygon fp) {
    Geometry s = TopologyPreservingSimplifier.simplify(fp, WingFit.INSET_M);
    return (s instanceof Polygon p ? p : fp).getExteriorRing().getNumPoints() - 1;
  }

  /**
   * Where the other wing ends at the wing {@code through} the corner, in the notch's frame, of the coordinates
   * {@code values} of its corners across the joint: the least (its side there), or where it was turned, its side
   * tilted, the second least (the far end of that side; the other wing is then cleared of it, {@link
   * WingFit#clearOf}).
   */
  private static double joint(WingFit.FrontFit through, double[] values) {
    if (!through.turned()) {
      return least(values);
    }
    double[] corners = java.util.Arrays.copyOf(values, 4);
    java.util.Arrays.sort(corners);
    return corners[1];
  }

  /** The least of {@code values}: where the inner side of the wing through the corner lies, in the notch's frame. */
  private static double least(double[] values) {
    double m = Double.MAX_VALUE;
    for (double x : values) {
      m = Math.min(m, x);
    }
    return m;
  }

  /** The share of rectangle {@code rect} that footprint {@code fp} covers. */
  private static double share(Polygon fp, Polygon rect) {
    return share(Geometries.intersection(fp, rect), rect);
  }

  /** The share of rectangle {@code rect} that {@code inside}, the part of a footprint within it, covers. */
  private static double share(Geometry inside, Polygon rect) {
    return inside.getArea() / rect.getArea();
  }

  /**
   * The lowest v of the polygon ring {@code (u, v)} (closed) where u <= {@code limit}: the least v of its vertices
   * there and of its edges' crossings of u = limit; {@code none} where the ring has no point there.
   */
  private static double lowest(double[] u, double[] v, double limit, double none) {
    double m = none;
    for (int i = 0; i + 1 < u.length; i++) {
      if (u[i] <= limit) {
        m = Math.min(m, v[i]);
      }
      if ((u[i] - limit) * (u[i + 1] - limit) < 0) {
        double t = (limit - u[i]) / (u[i + 1] - u[i]);
        m = Math.min(m, v[i] + t * (v[i + 1] - v[i]));
      }
    }
    return m;
  }

  /**
   * The frame of the rectangle {@code [0, lengthM] x [0, depthM]} of a {@link WingFit}: u along its front edge, v
   * across (to its left); seen from corner {@code c} (0 to 3: bit 0 counts u from the far end, bit 1 v from the far
   * side), so that every corner can be taken as the origin.
   */
  private static final class Frame {
    final Coordinate origin;
    final double ux;
    final double uy;
    final double lengthM;
    final double depthM;

    Frame(WingFit rect) {
      origin = rect.origin();
      double len = rect.origin().distance(rect.along());
      ux = (rect.along().x - origin.x) / len;
      uy = (rect.along().y - origin.y) / len;
      lengthM = rect.lengthM();
      depthM = rect.depthM();
    }

    /** The points {@code cs} in the frame seen from corner {@code c}: {@code {u[], v[]}}. */
    double[][] local(Coordinate[] cs, int c) {
      double[][] p = new double[2][cs.length];
      for (int i = 0; i < cs.length; i++) {
        double dx = cs[i].x - origin.x;
        double dy = cs[i].y - origin.y;
        double u = dx * ux + dy * uy;
        double v = -dx * uy + dy * ux;
        p[0][i] = (c & 1) == 0 ? u : lengthM - u;
        p[1][i] = (c & 2) == 0 ? v : depthM - v;
      }
      return p;
    }

    /** The rectangle {@code [u0, u1] x [v0, v1]} of the frame seen from corner {@code c}, in RD New metres. */
    Polygon rectangle(int c, double u0, double v0, double u1, double v1) {
      Coordinate[] ring = {point(c, u0, v0), point(c, u1, v0), point(c, u1, v1), point(c, u0, v1), null};
      ring[4] = new Coordinate(ring[0]);
      return METRES.createPolygon(ring);
    }

    /**
     * The wing of the rectangle {@code [u0, u1] x [v0, v1]} seen from corner {@code c} whose front is its side
     * {@code v = at} (its length along u, its depth across, v1 - v0) or, {@code alongV}, its side {@code u = at} (its
     * length along v): the front edge ordered so that the rectangle lies to its left, as {@link WingFit} has its depth.
     */
    WingFit wing(int c, double u0, double v0, double u1, double v1, boolean alongV, double at, double rectangularity) {
      Coordinate p = alongV ? point(c, at, v0) : point(c, u0, at);
      Coordinate q = alongV ? point(c, at, v1) : point(c, u1, at);
      Coordinate centre = point(c, (u0 + u1) / 2, (v0 + v1) / 2);
      if (Orientation.index(p, q, centre) != Orientation.COUNTERCLOCKWISE) {
        Coordinate swap = p;
        p = q;
        q = swap;
      }
      return new WingFit(rectangularity, p, q, alongV ? v1 - v0 : u1 - u0, alongV ? u1 - u0 : v1 - v0);
    }

    private Coordinate point(int c, double u, double v) {
      double x = (c & 1) == 0 ? u : lengthM - u;
      double y = (c & 2) == 0 ? v : depthM - v;
      return new Coordinate(origin.x + x * ux - y * uy, origin.y + x * uy + y * ux);
    }
  }
}
