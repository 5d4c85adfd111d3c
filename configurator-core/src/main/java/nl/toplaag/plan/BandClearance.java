package nl.toplaag.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * How much of a wing's length a band across it leaves a module: where the band, from {@code t0} and a module's depth
 * deep, lies on the roof less setbacks and clear of what no module may stand on (a fixed obstacle, a stair core, the
 * existing lift's shaft). It decides where the row rule's gallery on the roof (docs/model.md, "Geometry of the row")
 * gets a cantilevered alternative: a gallery on the roof moves the row back by its depth, so on a roof narrower at the
 * rear than the wing's rectangle, or with a fixed obstacle along its rear, the row behind it may lose the places the
 * row behind a cantilevered gallery keeps (a manufacturer's QA pass, 7 Dec 2026: a 2.4 m gallery on the roof left no
 * dwelling a place on a Zeist roof, where cantilevered it left one).
 */
final class BandClearance {

  /**
   * How thin, in mm across the band, a part of it off the clear roof may be and still not count: the roof's rounding.
   */
  private static final double EDGE_MM = UsableRoof.TOLERANCE_MM;

  /** The roof less setbacks, fixed obstacles, stair cores and the positioned lift shaft, mm. */
  private final Geometry clear;
  /** {@link #clear}, prepared: a band it covers is clear along the whole wing, without an overlay. */
  private final PreparedGeometry prepared;

  BandClearance(Building building, Geometry usableRoof) {
    Geometry c = usableRoof;
    for (RoofObstacle o : building.obstacles()) {
      if (!o.removable()) {
        c = Geometries.difference(c, o.footprint());
      }
    }
    for (StairCore s : building.stairCores()) {
      c = Geometries.difference(c, s.footprint());
    }
    if (building.lift().positioned()) {
      c = Geometries.difference(c, building.lift().footprint());
    }
    this.clear = c;
    this.prepared = PreparedGeometryFactory.prepare(c);
  }

  /**
   * Whether on {@code wing}, whose row rule puts {@code line}'s gallery on the roof from {@code frontMm} on, a
   * cantilevered gallery leaves some dwelling module of the line more room: its band from {@code frontMm}, clear over
   * at least the line's narrowest dwelling module's width more of the wing than its band behind the gallery on the
   * roof. A proxy for more places, cheap beside a plan: where it says so, the configurator solves both rows and keeps
   * the better (on a roof of the same clearance at both, the cantilevered row only costs more).
   */
  boolean cantileverFreesRoom(Wing wing, ProductLine line, int frontMm) {
    List<ModuleType> dwellings = line.modules(ModuleKind.DWELLING);
    int narrowest = dwellings.stream().mapToInt(ModuleType::widthMm).min().orElse(Integer.MAX_VALUE);
    int g = line.gallery().depthMm();
    for (int d : new TreeSet<>(dwellings.stream().map(ModuleType::depthMm).toList())) {
      if (clearLengthMm(wing, frontMm, d) >= clearLengthMm(wing, frontMm + g, d) + narrowest) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of {@code wing} along which the band from {@code t0Mm} across it, {@code depthMm} deep, lies whole on
   * the clear roof, mm: the wing's length less the union of the s-ranges of the band's parts off it (each part a
   * connected polygon, so its s-range is its shadow on the wing's axis).
   */
  double clearLengthMm(Wing wing, int t0Mm, int depthMm) {
    double t = t0Mm + EDGE_MM;
    Geometry band = Geometries.rectangle(wing.planX(0, t), wing.planY(0, t), wing.ux(), wing.uy(), wing.lengthMm(),
        depthMm - 2 * EDGE_MM);
    if (prepared.covers(band)) {
      return wing.lengthMm();
    }
    Geometry off = Geometries.difference(band, clear);
    List<double[]> shadows = new ArrayList<>();
    for (int i = 0; i < off.getNumGeometries(); i++) {
      Geometry part = off.getGeometryN(i);
      if (part.getArea() > 0) {
        double[] r = PlanBuilder.sRange(wing, part);
        shadows.add(new double[] {Math.max(0, r[0]), Math.min(wing.lengthMm(), r[1])});
      }
    }
    shadows.sort(Comparator.comparingDouble(r -> r[0]));
    double blocked = 0;
    double reach = 0;
    for (double[] r : shadows) {
      double from = Math.max(r[0], reach);
      if (r[1] > from) {
        blocked += r[1] - from;
        reach = r[1];
      }
    }
    return wing.lengthMm() - blocked;
  }
}
