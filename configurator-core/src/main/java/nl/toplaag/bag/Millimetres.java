package nl.toplaag.bag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The precision of an imported building: lengths and RD New coordinates in metres, rounded to 1 mm (three decimals,
 * half up), as the building file writes them; a wing's length and depth rounded down ({@link #floor3}), its origin
 * and direction written finer ({@code BuildingFileText.FRAME_DECIMALS}).
 */
final class Millimetres {

  /** The factory of the geometries in metres (footprints, roof parts, the wing's frame). */
  static final GeometryFactory METRES = new GeometryFactory();

  private Millimetres() {}

  /** {@code v} rounded to 1 mm (three decimals, half up), in the unit it is in. */
  static double round3(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * {@code v} rounded down to 1 mm, in the unit it is in: a wing's length or depth, so that its far side stays on the
   * facade it was fitted to, not up to half a millimetre past it. A value within a micrometre below a whole millimetre
   * (19.073999999 for 19.074, the floating point of a difference) is taken as that millimetre.
   */
  static double floor3(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).setScale(3, RoundingMode.FLOOR).doubleValue();
  }

  /** {@code p} with coordinates rounded to 1 mm and repeated points dropped; null when fewer than 3 remain. */
  static Polygon rounded(Polygon p) {
    List<Coordinate> shell = roundedRing(p.getExteriorRing().getCoordinates());
    if (shell == null) {
      return null;
    }
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int i = 0; i < holes.length; i++) {
      List<Coordinate> h = roundedRing(p.getInteriorRingN(i).getCoordinates());
      if (h == null) {
        return null;
      }
      holes[i] = METRES.createLinearRing(h.toArray(Coordinate[]::new));
    }
    return METRES.createPolygon(METRES.createLinearRing(shell.toArray(Coordinate[]::new)), holes);
  }

  private static List<Coordinate> roundedRing(Coordinate[] cs) {
    List<Coordinate> out = new ArrayList<>();
    for (Coordinate c : cs) {
      Coordinate r = new Coordinate(round3(c.x), round3(c.y));
      if (out.isEmpty() || !out.get(out.size() - 1).equals2D(r)) {
        out.add(r);
      }
    }
    if (out.size() < 4) {
      return null;
    }
    if (!out.get(0).equals2D(out.get(out.size() - 1))) {
      out.add(new Coordinate(out.get(0)));
    }
    return out;
  }
}
