package nl.toplaag.bag;

import static nl.toplaag.bag.Millimetres.METRES;
import static nl.toplaag.bag.Millimetres.floor3;
import static nl.toplaag.bag.Millimetres.round3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A wing fitted to a footprint: first a rectangle with a front edge (a slab's: the footprint's minimum-area rectangle,
 * its front the long side with the lower mid-point y, of the two long sides the southern, {@link #of}; an L's: one arm,
 * its front on the L's outer facades, set by {@link LFit}); then that rectangle with each side moved inwards to a
 * skewed facade ({@link #inset(Polygon)}). A slab's wing whose front facade, straight but skewed against the
 * rectangle, then stands proud of its front is turned to run along that facade instead ({@link #alongFrontFacade}).
 * Coordinates in RD New metres and lengths in m, unrounded while fitted; the wings the import writes are rounded down
 * to 1 mm once fitted ({@link #roundedDown}), their origin and direction left as fitted, so that each lies on the
 * facades it was fitted to.
 *
 * @param rectangularity the share of the rectangle the footprint covers
 * @param origin the start of the wing's front edge
 * @param along a point further along the front edge (the rectangle's next corner; once inset, 1 m along)
 * @param lengthM the wing's length along its front edge, m
 * @param depthM the wing's depth, to the left of its front edge, m
 */
record WingFit(double rectangularity, Coordinate origin, Coordinate along, double lengthM, double depthM) {

  /** How far a wing side moves inwards at most to meet the footprint, m. */
  static final double INSET_M = 0.5;

  /** The minimum-area rectangle of footprint {@code fp}, with its front edge. */
  static WingFit rectangle(Polygon fp) {
    Polygon rect = (Polygon) MinimumAreaRectangle.getMinimumRectangle(fp);
    return of(rect, fp.getArea() / rect.getArea());
  }

  /**
   * The wing of rectangle {@code rect} (RD New metres, a closed ring of 4 corners), of which the footprint covers
   * the share {@code rectangularity}: its front edge the long side with the lower mid-point y.
   */
  static WingFit of(Polygon rect, double rectangularity) {
    Coordinate[] c = Geometries.ccw(rect.getExteriorRing().getCoordinates());
    int front = Geometries.frontEdge(c, 0.001);
    Coordinate o = c[front];
    Coordinate e = c[front + 1];
    return new WingFit(rectangularity, o, e, o.distance(e), e.distance(c[(front + 2) % 4]));
  }

  /**
   * The wing's rectangle: its corners counter-clockwise from the start of its front edge, closed, RD New metres
   * (not rounded).
   */
  Polygon outline() {
    double[] u = unit(origin, along);
    double ux = u[0];
    double uy = u[1];
    Coordinate a = new Coordinate(origin);
    Coordinate b = new Coordinate(a.x + ux * lengthM, a.y + uy * lengthM);
    Coordinate c = new Coordinate(b.x - uy * depthM, b.y + ux * depthM);
    Coordinate d = new Coordinate(a.x - uy * depthM, a.y + ux * depthM);
    return METRES.createPolygon(new Coordinate[] {a, b, c, d, new Coordinate(a)});
  }

  /**
   * This wing with its length and depth rounded down to 1 mm ({@link Millimetres#floor3}), its origin and direction as
   * they are: its far side and its back stay on the facades they were fitted to, where rounded to the nearest
   * millimetre they reached up to half of one past them, and rounded at every step of the fit further.
   */
  WingFit roundedDown() {
    return new WingFit(rectangularity, origin, along, floor3(lengthM), floor3(depthM));
  }

  /** This rectangle with each side moved inwards to the edge of footprint {@code fp} ({@link #INSET_M}). */
  WingFit inset(Polygon fp) {
    Coordinate o = origin;
    Coordinate e = along;
    double[] w = insetSides(fp, o, e, lengthM, depthM);
    double[] u = unit(o, e);
    double ux = u[0];
    double uy = u[1];
    o = new Coordinate(o.x + w[0] * ux - w[1] * uy, o.y + w[0] * uy + w[1] * ux);
    e = new Coordinate(o.x + ux, o.y + uy);
    return new WingFit(rectangularity, o, e, w[2] - w[0], w[3] - w[1]);
  }

  /**
   * How far a footprint stands in front of a wing's front, over the wing's length: where a gallery cantilevered in
   * front of the facade would lie over the roof.
   *
   * @param mostM the most, m (0 where the footprint lies nowhere in front of the front)
   * @param lengthM the length along the front over which it stands more than the tolerance asked in front, m
   */
  record Proud(double mostM, double lengthM) {}

  /**
   * How far footprint {@code fp} stands in front of this wing's front over its length, and over what length more than
   * {@code tolM}.
   */
  Proud proud(Polygon fp, double tolM) {
    Polygon p = local(fp);
    Geometry front = Geometries.intersection(p, box(0, -FAR_M, lengthM, 0));
    double most = front.getArea() < AREA_M2 ? 0 : -front.getEnvelopeInternal().getMinY();
    Geometry beyond = Geometries.intersection(p, box(0, -FAR_M, lengthM, -tolM));
    double len = 0;
    for (int i = 0; i < beyond.getNumGeometries(); i++) {
      if (beyond.getGeometryN(i).getArea() >= AREA_M2) {
        len += beyond.getGeometryN(i).getEnvelopeInternal().getWidth();
      }
    }
    return new Proud(round3(most), round3(len));
  }

  /**
   * A wing fitted to its front facade: the rectangle moved inwards ({@link #inset}) or, where the footprint then
   * stands more than the tolerance proud of its front, that rectangle turned to run along its front facade where that
   * is safe ({@link #alongFrontFacade}).
   *
   * @param wing the wing fitted
   * @param straight the rectangle moved inwards, not turned ({@code wing} where it was not turned)
   * @param straightProud how far the footprint stands in front of the front of the rectangle moved inwards
   * @param turnedDeg how far {@code wing}'s front was turned from that front, degrees counter-clockwise; NaN where it
   *     was not
   * @param whyNotTurned where the footprint stands proud but the wing was not turned, why (in words); else ""
   */
  record FrontFit(WingFit wing, WingFit straight, Proud straightProud, double turnedDeg, String whyNotTurned) {

    /** This fit with its wing and its straight wing {@link WingFit#roundedDown}. */
    FrontFit roundedDown() {
      return new FrontFit(wing.roundedDown(), straight.roundedDown(), straightProud, turnedDeg, whyNotTurned);
    }

    /** Whether the wing was turned to run along its front facade. */
    boolean turned() {
      return !Double.isNaN(turnedDeg);
    }

    /**
     * This fit with its wing kept clear of {@code neighbour} ({@link #clearOf}), and its straight wing likewise where
     * the neighbour was turned ({@code neighbourTurned}; else the straight wing, which started at the neighbour's side,
     * meets it already); the straight wing, not turned, where so shortened the turned one would no longer hold a
     * dwelling module ({@code holds}) and the straight one does.
     */
    FrontFit clearOf(Polygon neighbour, boolean neighbourTurned, Predicate<WingFit> holds) {
      WingFit w = wing.clearOf(neighbour);
      if (!turned()) {
        return w == wing ? this : new FrontFit(w, w, straightProud, turnedDeg, whyNotTurned);
      }
      WingFit s = neighbourTurned ? straight.clearOf(neighbour) : straight;
      if (!holds.test(w) && holds.test(s)) {
        return new FrontFit(s, s, straightProud, Double.NaN, TOO_SMALL);
      }
      return new FrontFit(w, s, straightProud, turnedDeg, whyNotTurned);
    }
  }

  /** Why a wing was not turned where, turned, it would hold no dwelling module and straight it does. */
  static final String TOO_SMALL = "turned to run along its front facade, the wing would be too short or too shallow"
      + " for the smallest dwelling module, which it holds as it is";

  /**
   * This rectangle fitted to its front facade: moved inwards to footprint {@code fp} ({@link #inset}), and where the
   * footprint then stands more than {@code tolM} proud of its front, turned to run along its front facade where that is
   * safe ({@link #alongFrontFacade}), its rectangle that of {@code part} (the part of {@code fp} this wing covers: the
   * whole footprint for a slab, the arm for a wing of an L); not turned where, turned, it would no longer hold a
   * dwelling module ({@code holds}) and straight it does.
   */
  FrontFit fitToFront(Polygon fp, Geometry part, double tolM, Predicate<WingFit> holds) {
    WingFit straight = inset(fp);
    Proud p = straight.proud(fp, tolM);
    if (p.lengthM() == 0) {
      return new FrontFit(straight, straight, p, Double.NaN, "");
    }
    Turn t = turn(fp, part, tolM);
    if (t.wing() == null || !holds.test(t.wing()) && holds.test(straight)) {
      return new FrontFit(straight, straight, p, Double.NaN, t.wing() == null ? t.whyNot() : TOO_SMALL);
    }
    return new FrontFit(t.wing(), straight, p, Math.IEEEremainder(t.wing().directionDeg() - straight.directionDeg(),
        360), "");
  }

  /**
   * This rectangle (a slab's minimum-area rectangle of footprint {@code fp}) turned to run along its front facade:
   * where the front facade is straight but skewed against the rectangle (whose sides the other facades set), the
   * wing moved inwards to it ({@link #inset}) has its front at the facade's innermost point and the rest of the facade
   * standing proud of it, over which no gallery can be cantilevered (it may lie over the roof by a sliver of 50 mm,
   * docs/model.md, "Geometry of the row"). Turned to one of the footprint's edges along the front (both ends within
   * {@link #INSET_M} of the rectangle's front, at least {@link #MIN_FRONT_EDGE_M} of it along the rectangle, not
   * parallel to it): the rectangle of the footprint in that direction, inset likewise, taken where the footprint
   * stands nowhere more than {@code tolM} in front of its front and the turned wing reaches past the footprint nowhere
   * by a part thicker than {@code tolM} beyond where the straight wing ({@code inset(fp)}) does (a deeper recess than
   * {@link #INSET_M} is left to the configurator as before, on either); of several, the largest. Empty where none is.
   */
  Optional<WingFit> alongFrontFacade(Polygon fp, double tolM) {
    return Optional.ofNullable(turn(fp, fp, tolM).wing());
  }

  /**
   * A turn along the front facade ({@link #alongFrontFacade}), or why there is none.
   *
   * @param wing the turned wing, or null
   * @param whyNot why there is none, in words; "" where there is
   */
  private record Turn(WingFit wing, String whyNot) {}

  /**
   * {@link #alongFrontFacade} of the wing covering {@code part} of footprint {@code fp}: the edges along the front
   * are those of {@code fp} that run along this rectangle, and the turned rectangle is that of {@code part}.
   */
  private Turn turn(Polygon fp, Geometry part, double tolM) {
    Polygon straight = inset(fp).outline();
    double[] u = unit(origin, along);
    double ux = u[0];
    double uy = u[1];
    Coordinate[] c = local(fp).getExteriorRing().getCoordinates();
    WingFit best = null;
    double longestM = 0; // of the edges tried, the longest along this rectangle, and whether turned it reached past
    boolean longestReachesPast = false;
    for (int i = 0; i + 1 < c.length; i++) {
      double du = c[i + 1].x - c[i].x;
      double dv = c[i + 1].y - c[i].y;
      double l = Math.hypot(du, dv);
      boolean alongFront = Math.min(c[i].y, c[i + 1].y) >= -LFit.TOUCH_M
          && Math.max(c[i].y, c[i + 1].y) <= INSET_M;
      // the part of the edge along this rectangle (all of it for a slab's, whose rectangle holds the footprint)
      double over = Math.min(Math.max(c[i].x, c[i + 1].x), lengthM + LFit.TOUCH_M)
          - Math.max(Math.min(c[i].x, c[i + 1].x), -LFit.TOUCH_M);
      double alongM = du == 0 ? 0 : l * (over / Math.abs(du));
      if (!alongFront || alongM < MIN_FRONT_EDGE_M || Math.abs(dv) < LFit.TOUCH_M) {
        continue;
      }
      double sign = du < 0 ? -1 : 1; // the edge's direction as the front's, from the rectangle's origin to along
      double eu = sign * du / l;
      double ev = sign * dv / l;
      WingFit turned = rectangleAlong(part.getCoordinates(), eu * ux - ev * uy, eu * uy + ev * ux, rectangularity)
          .inset(fp);
      boolean proud = turned.proud(fp, tolM).lengthM() > 0;
      boolean reachesPast = !proud && reachesPast(turned, fp, straight, tolM);
      if (alongM > longestM) {
        longestM = alongM;
        longestReachesPast = reachesPast;
      }
      if (proud || reachesPast) {
        continue;
      }
      if (best == null || turned.lengthM() * turned.depthM() > best.lengthM() * best.depthM()) {
        best = turned;
      }
    }
    // why none, as the longest straight part of the facade tried tells it
    String why = best != null ? "" : longestReachesPast
        ? "turned to run along its front facade, the wing would reach past"
        + " the footprint by more than that beyond where the straight wing does (a skewed gable or side), claiming"
        + " roof the building does not have" : longestM > 0 ? "a step, a bend or a pier of the facade: turned along any"
        + " straight part of it, the facade still stands proud of the front elsewhere" : "no straight part of the"
        + " facade along the front at least " + MIN_FRONT_EDGE_M + " m long and skewed against it, along which the"
        + " wing could be turned";
    return new Turn(best, why);
  }

  /**
   * Whether wing {@code turned} reaches past footprint {@code fp} by a part thicker than {@code tolM} beyond where the
   * {@code straight} wing's outline does.
   */
  private static boolean reachesPast(WingFit turned, Polygon fp, Polygon straight, double tolM) {
    Geometry beyond = Geometries.difference(Geometries.difference(turned.outline(), fp), straight);
    return !beyond.isEmpty() && !beyond.buffer(-tolM / 2).isEmpty();
  }

  /**
   * This wing made shorter at the end where it overlaps {@code neighbour} (a wing it meets, RD New metres), so that
   * the two touch and do not overlap; this wing where they do not. The end is moved to the neighbour's nearest point
   * within the wing's depth.
   */
  WingFit clearOf(Polygon neighbour) {
    Geometry over = Geometries.intersection(local(neighbour), box(0, 0, lengthM, depthM));
    if (over.getArea() < AREA_M2) {
      return this;
    }
    Envelope e = over.getEnvelopeInternal();
    if (e.getMinX() + e.getMaxX() > lengthM) { // at the far end
      return new WingFit(rectangularity, origin, along, e.getMinX(), depthM);
    }
    double shift = e.getMaxX();
    double[] u = unit(origin, along);
    double ux = u[0];
    double uy = u[1];
    Coordinate o = new Coordinate(origin.x + ux * shift, origin.y + uy * shift);
    return new WingFit(rectangularity, o, new Coordinate(o.x + ux, o.y + uy), lengthM - shift, depthM);
  }

  /** The shortest edge of the front facade whose direction {@link #alongFrontFacade} takes, m. */
  static final double MIN_FRONT_EDGE_M = 1.0;

  /** How far in front of a wing {@link #proud} looks, m: further than any footprint reaches. */
  private static final double FAR_M = 1_000;

  /** The least area of a part of a footprint {@link #proud} counts, m² (less is the rounding of coordinates). */
  private static final double AREA_M2 = 1e-6;

  /**
   * The rectangle of the footprint's points {@code fp} whose front runs along plan direction {@code (dx, dy)} (a unit
   * vector): its extent along and across that direction, the front its side furthest to the right, the depth to its
   * left.
   */
  private static WingFit rectangleAlong(Coordinate[] fp, double dx, double dy, double rectangularity) {
    double u0 = Double.MAX_VALUE;
    double u1 = -Double.MAX_VALUE;
    double v0 = Double.MAX_VALUE;
    double v1 = -Double.MAX_VALUE;
    for (Coordinate c : fp) {
      double u = c.x * dx + c.y * dy;
      double v = -c.x * dy + c.y * dx;
      u0 = Math.min(u0, u);
      u1 = Math.max(u1, u);
      v0 = Math.min(v0, v);
      v1 = Math.max(v1, v);
    }
    Coordinate o = new Coordinate(u0 * dx - v0 * dy, u0 * dy + v0 * dx);
    Coordinate e = new Coordinate(u1 * dx - v0 * dy, u1 * dy + v0 * dx);
    return new WingFit(rectangularity, o, e, u1 - u0, v1 - v0);
  }

  /** Footprint {@code fp} in this wing's frame: u along its front from its origin, v across, to its depth (m). */
  private Polygon local(Polygon fp) {
    return inFrame(fp, origin, along);
  }

  /**
   * Footprint {@code fp} in the frame of a front edge from {@code o} towards {@code e}: u along it from {@code o}, v
   * across it, to its left (m).
   */
  private static Polygon inFrame(Polygon fp, Coordinate o, Coordinate e) {
    double[] u = unit(o, e);
    double ux = u[0];
    double uy = u[1];
    Coordinate[] cs = fp.getExteriorRing().getCoordinates();
    Coordinate[] out = new Coordinate[cs.length];
    for (int i = 0; i < cs.length; i++) {
      double dx = cs[i].x - o.x;
      double dy = cs[i].y - o.y;
      out[i] = new Coordinate(dx * ux + dy * uy, -dx * uy + dy * ux);
    }
    return METRES.createPolygon(out);
  }

  /** The unit vector from {@code o} towards {@code e}: a wing's direction along its front, {ux, uy}. */
  private static double[] unit(Coordinate o, Coordinate e) {
    double len = o.distance(e);
    return new double[] {(e.x - o.x) / len, (e.y - o.y) / len};
  }

  private static Polygon box(double u0, double v0, double u1, double v1) {
    return METRES.createPolygon(new Coordinate[] {new Coordinate(u0, v0), new Coordinate(u1, v0),
        new Coordinate(u1, v1), new Coordinate(u0, v1), new Coordinate(u0, v0)});
  }

  /** The direction of the front edge, degrees counter-clockwise from plan east. */
  double directionDeg() {
    return Math.toDegrees(Math.atan2(along.y - origin.y, along.x - origin.x));
  }

  /**
   * The wing inside the footprint: the rectangle {@code [0, lengthM] x [0, depthM]} in the frame of its front edge
   * from {@code o} towards {@code e} (the depth to its left), each side moved inwards to the footprint's edge where
   * that edge lies at most {@link #INSET_M} inside it (a skewed or uneven facade, as measured), so that a module at
   * the wing's edge stays on the roof; a deeper recess is left to the configurator, which places no module across
   * the roof outline. Then the front and back where a projection holds them out ({@link #heldOut}).
   *
   * @return {@code [u0, v0, u1, v1]}: the wing's extent along and across the front edge, m
   */
  private static double[] insetSides(Polygon fp, Coordinate o, Coordinate e, double lengthM, double depthM) {
    Polygon p = inFrame(fp, o, e);
    Coordinate[] local = p.getExteriorRing().getCoordinates();
    double u0 = 0;
    double u1 = lengthM;
    double v0 = 0;
    double v1 = depthM;
    // the second pass measures from the sides the first moved: each side moves at most INSET_M in all, as the
    // callers rely on (LFit's thinnest arm)
    for (int pass = 0; pass < 2; pass++) {
      double[] across = extent(p, local, true, u0, u1, v0, v1);
      v0 = Math.min(INSET_M, Math.max(v0, across[0]));
      v1 = Math.max(depthM - INSET_M, Math.min(v1, across[1]));
      double[] along = extent(p, local, false, v0, v1, u0, u1);
      u0 = Math.min(INSET_M, Math.max(u0, along[0]));
      u1 = Math.max(lengthM - INSET_M, Math.min(u1, along[1]));
    }
    double front = heldOut(p, local, u0, u1, v0, 1);
    double back = heldOut(p, local, u0, u1, v1, -1);
    if ((front != v0 || back != v1) && back - front >= (v1 - v0) / 2) {
      v0 = front;
      v1 = back;
      // the gables over the new depth, moving further in only
      double[] along = extent(p, local, false, v0, v1, u0, u1);
      u0 = Math.min(INSET_M, Math.max(u0, along[0]));
      u1 = Math.max(lengthM - INSET_M, Math.min(u1, along[1]));
    }
    return new double[] {u0, v0, u1, v1};
  }

  /** How far a front or back that a projection holds out moves in at most, to the facade behind it, m. */
  static final double REACH_M = 1.5;

  /**
   * How close to a side the footprint's edge lies where it touches the side, m: the front tolerance the bundled
   * assumptions give ({@code frontToleranceM}).
   */
  private static final double TOUCH_M = 0.05;

  /**
   * The front ({@code sign} +1) or back (-1) at {@code side} of the wing {@code [u0, u1]} along footprint {@code p} (in
   * the wing's frame, its corners {@code local}), moved in where a projection holds it out: where the footprint's edge
   * touches the side ({@link #TOUCH_M}) over less than half the wing's length (a stair tower or an entrance pier
   * standing out of the facade, a facade bent back along the wing), the side moves to the median of the facade's depth
   * behind it, weighted by length, where that lies within {@link #REACH_M}, and on to the deepest point of the facade
   * within {@link #INSET_M} of that median: the wing's front on the facade, the projection outside it. A side the
   * facade touches over half its length or more stays, and a recess in it is left to the configurator as before.
   * Measured at the wing's ends, at the footprint's corners along it and between them, where they lie 10 mm or more
   * apart (the middle of each such stretch, weighted by its length, for the share and the median).
   */
  private static double heldOut(Polygon p, Coordinate[] local, double u0, double u1, double side, int sign) {
    List<Double> at = samples(local, true, u0, u1);
    at.sort(null);
    List<double[]> depths = new ArrayList<>(); // {depth behind the side, m; the length it stands for, m}
    for (int i = 0; i + 1 < at.size(); i++) {
      double len = at.get(i + 1) - at.get(i);
      if (len >= 0.01) {
        addDepth(depths, p, at.get(i) + len / 2, len, side, sign);
      }
    }
    double total = 0;
    double touching = 0;
    for (double[] d : depths) {
      total += d[1];
      touching += d[0] <= TOUCH_M ? d[1] : 0;
    }
    if (total == 0 || touching >= total / 2) {
      return side; // the usual case, decided by the stretches' middles alone
    }
    for (double u : at) { // the corners and ends, for the deepest point
      addDepth(depths, p, u, 0, side, sign);
    }
    List<double[]> byDepth = new ArrayList<>(depths);
    byDepth.sort((a, b) -> Double.compare(a[0], b[0]));
    double acc = 0;
    double median = 0;
    for (double[] d : byDepth) {
      acc += d[1];
      if (acc >= total / 2) {
        median = d[0];
        break;
      }
    }
    if (median > REACH_M) {
      return side;
    }
    double deepest = 0;
    for (double[] d : depths) {
      if (d[0] <= Math.min(REACH_M, median + INSET_M)) {
        deepest = Math.max(deepest, d[0]);
      }
    }
    return side + sign * deepest;
  }

  /**
   * Adds to {@code depths} how far behind the side at {@code side} ({@code sign} as {@link #heldOut}) footprint
   * {@code p} begins across the wing at {@code u}, with the length {@code len} it stands for; nothing where it misses.
   */
  private static void addDepth(List<double[]> depths, Polygon p, double u, double len, double side, int sign) {
    double[] c = cut(p, true, u, side - REACH_M, side + REACH_M);
    if (c != null) {
      depths.add(new double[] {sign > 0 ? c[0] - side : side - c[1], len});
    }
  }

  /**
   * Where footprint {@code p} (in the wing's frame) begins and ends on the line across the wing at u = {@code a}
   * ({@code across}: in v) or along it at v = {@code a} (in u), between {@code b0 - 1} and {@code b1 + 1} m:
   * {@code {min, max}} of the closed footprint's points on that stretch, or null where it misses it. Computed from the
   * footprint's edges directly (the interior between pairs of crossings, even-odd over its rings, and the edges and
   * corners on the line), as the overlay of the footprint with the line gave it: that overlay, made per line, took 20
   * s of a 21 s import for a footprint of 785 corners in the Delft tile, measured at each corner of it for each
   * facade edge tried (a QA pass found the import slow).
   */
  static double[] cut(Polygon p, boolean across, double a, double b0, double b1) {
    double lo = b0 - 1;
    double hi = b1 + 1;
    double[] extent = {Double.MAX_VALUE, -Double.MAX_VALUE};
    List<Double> crossings = new ArrayList<>();
    for (int r = -1; r < p.getNumInteriorRing(); r++) {
      Coordinate[] c = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
      for (int i = 0; i + 1 < c.length; i++) {
        double pa = across ? c[i].x : c[i].y;
        double pb = across ? c[i].y : c[i].x;
        double qa = across ? c[i + 1].x : c[i + 1].y;
        double qb = across ? c[i + 1].y : c[i + 1].x;
        if (pa == a) { // a corner on the line, and an edge along it from there: on the footprint's boundary
          cover(extent, pb, qa == a ? qb : pb, lo, hi);
        }
        if ((pa > a) != (qa > a)) { // half-open, so that a corner on the line is crossed once or not at all
          crossings.add(pa == a ? pb : qa == a ? qb : pb + (a - pa) * (qb - pb) / (qa - pa));
        }
      }
    }
    crossings.sort(null);
    for (int k = 0; k + 1 < crossings.size(); k += 2) {
      cover(extent, crossings.get(k), crossings.get(k + 1), lo, hi);
    }
    return extent[0] <= extent[1] ? extent : null;
  }

  /** Widens {@code extent} ({@code {min, max}}) by the stretch from {@code b} to {@code c} within {@code [lo, hi]}. */
  private static void cover(double[] extent, double b, double c, double lo, double hi) {
    double from = Math.max(lo, Math.min(b, c));
    double to = Math.min(hi, Math.max(b, c));
    if (from <= to) {
      extent[0] = Math.min(extent[0], from);
      extent[1] = Math.max(extent[1], to);
    }
  }

  /**
   * Where to measure footprint {@code p}'s extent across the wing ({@code across}: at u in {@code (a0, a1)}) or along
   * it (at v): 1 mm inside the ends and at each of the footprint's corners {@code local} between them; along the wing
   * 1 mm towards its middle from a corner: a line along the wing through a corner of its front or back facade runs
   * along that facade, which the tile's rounding of its corners to the millimetre leaves nearly parallel to it, and
   * where the line ran just outside the facade it cut the footprint short of the gable (93 mm on a 30 m slab turned 30
   * degrees whose back a stair tower held out, StairTowerFrontTest).
   */
  private static List<Double> samples(Coordinate[] local, boolean across, double a0, double a1) {
    List<Double> at = new ArrayList<>(List.of(a0 + 0.001, a1 - 0.001));
    for (Coordinate c : local) {
      double a = across ? c.x : c.y + (c.y < (a0 + a1) / 2 ? 0.001 : -0.001);
      if (a > a0 && a < a1) {
        at.add(a);
      }
    }
    return at;
  }

  /**
   * Where the footprint {@code p} (in the wing's frame) begins and ends across ({@code across}: in v, over u in
   * {@code [a0, a1]}) or along the wing (in u, over v), within {@link #INSET_M} of {@code [b0, b1]}: the most inward
   * of the footprint's edges that lie no deeper, measured on the lines {@link #samples} gives.
   */
  private static double[] extent(Polygon p, Coordinate[] local, boolean across, double a0, double a1, double b0,
      double b1) {
    List<Double> at = samples(local, across, a0, a1);
    double lo = b0;
    double hi = b1;
    for (double a : at) {
      double[] c = cut(p, across, a, b0, b1);
      if (c == null) {
        continue;
      }
      double min = c[0];
      double max = c[1];
      if (min - b0 <= INSET_M) {
        lo = Math.max(lo, min);
      }
      if (b1 - max <= INSET_M) {
        hi = Math.min(hi, max);
      }
    }
    return new double[] {lo, hi};
  }

  /**
   * The compass direction a facade faces whose wing runs at {@code directionDeg} (counter-clockwise from plan east,
   * its depth to the left): "south" for a wing along +x, in eight points ({@link Wing#facing(double)}, which {@code
   * configure --other-front} names the other front by too).
   */
  static String facing(double directionDeg) {
    return Wing.facing(directionDeg);
  }}
