package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;
import static nl.toplaag.check.Intervals.mLimit;
import static nl.toplaag.check.Intervals.mOver;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.toplaag.bom.Texts;
import nl.toplaag.building.ExistingLift;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;

/**
 * Heights and the building code: floor levels, height limit, storey count, fire resistance, lift, fire-fighting
 * lift and dry riser, and the stair-core and lift extensions. Floor levels are recomputed (roof level + transfer
 * thickness + (k - 1) x storey height) and the code thresholds are applied to the recomputed levels.
 */
final class CodeRules {

  private CodeRules() {}

  static void check(CheckContext c, List<Violation> out) {
    int limitH = c.building.zoning().maxHeightAboveGroundMm();
    for (Placement p : c.placements) {
      ModuleType t = c.type(p);
      int floor = c.floorMm(p.storey());
      if (Math.abs(p.floorLevelMm() - floor) > CheckContext.TOL_MM) {
        out.add(new Violation(RuleId.FLOOR_LEVEL, "floor level " + m(p.floorLevelMm()) + " on storey " + p.storey()
            + "; it is " + m(floor) + " (roof " + m(c.building.roofLevelMm()) + " + transfer layer "
            + m(c.transferThicknessMm()) + " + " + (p.storey() - 1) + " x storey height " + m(c.storeyHeightMm())
            + ")", p.id()));
      }
      if ((long) floor + t.heightMm() > limitH) {
        out.add(new Violation(RuleId.HEIGHT_LIMIT, "top at " + mOver(floor + t.heightMm(), limitH) + " above ground"
            + " exceeds the height limit " + mLimit(limitH, floor + t.heightMm()), p.id()));
      }
      int need = c.code.requiredFireResistanceMin(floor);
      if (t.fireResistanceMin() < need) {
        out.add(new Violation(RuleId.FIRE_RESISTANCE, "fire resistance " + t.fireResistanceMin() + " min, but a"
            + " floor at " + Texts.metres(floor) + " needs " + need + " min", p.id()));
      }
    }
    for (int i = 0; i < c.layout.galleries().size(); i++) {
      GallerySegment g = c.layout.galleries().get(i);
      if (c.galleries.contains(g)) {
        int floor = c.floorMm(g.storey());
        // a gallery is a module of the line too: its top within the height limit (a QA pass: a 5 m tall gallery type
        // passed above the limit)
        if ((long) floor + c.type(g).heightMm() > limitH) {
          out.add(new Violation(RuleId.HEIGHT_LIMIT, "gallery top at " + mOver(floor + c.type(g).heightMm(), limitH)
              + " above ground exceeds the height limit " + mLimit(limitH, floor + c.type(g).heightMm()),
              "gallery " + i));
        }
        int need = c.code.requiredFireResistanceMin(floor);
        if (c.type(g).fireResistanceMin() < need) {
          out.add(new Violation(RuleId.FIRE_RESISTANCE, "gallery fire resistance " + c.type(g).fireResistanceMin()
              + " min, but a floor at " + Texts.metres(floor) + " needs " + need + " min", "gallery " + i));
        }
        int balustrade = c.code.requiredBalustradeMm(floor);
        if (c.type(g).balustradeHeightMm() < balustrade) {
          out.add(new Violation(RuleId.BALUSTRADE, "gallery balustrade "
              + Texts.metres(c.type(g).balustradeHeightMm()) + " high, but a gallery at " + Texts.metres(floor)
              + " needs " + Texts.metres(balustrade) + " (art. 2.18)", "gallery " + i));
        }
      }
    }
    storeys(c, out);
    lifts(c, out);
    extensions(c, out);
  }

  private static void storeys(CheckContext c, List<Violation> out) {
    int used = 0;
    for (Placement p : c.layout.modules()) {
      used = Math.max(used, p.storey());
    }
    for (GallerySegment g : c.layout.galleries()) {
      used = Math.max(used, g.storey());
    }
    int zoning = c.building.zoning().maxAddedStoreys();
    int limit = Math.min(c.maxStoreys, zoning);
    int most = Math.max(used, c.layout.storeys());
    if (most > limit) {
      out.add(new Violation(RuleId.STOREY_COUNT, most + " added storeys, but at most " + limit + " are allowed ("
          + c.maxStoreys + " requested, " + zoning + " allowed by the zoning plan)", "layout"));
    }
    if (used > c.layout.storeys()) {
      out.add(new Violation(RuleId.STOREY_COUNT, "modules stand on storey " + used + " but the layout says it has "
          + c.layout.storeys() + " storeys", "layout"));
    }
  }

  /**
   * Per storey holding dwellings: a lift where the floor of the highest storey holding dwellings lies above 12.5 m
   * ({@link CheckContext#needsLift}: a rule of the whole building, BB2012 art. 4.24(1)a), a lift module on the storey
   * or the existing lift extended to it; and above 20 m a fire-fighting lift (a fire-fighting lift module, or the
   * existing lift extended to it where it is one) and a dry riser. A storey without is reported here once; which
   * dwellings reach a lift module along the gallery is {@link AccessRules}' part. Every lift module placed has a car at
   * least as large as the code asks (art. 4.28).
   */
  private static void lifts(CheckContext c, List<Violation> out) {
    SortedSet<Integer> dwellingStoreys = new TreeSet<>();
    for (Placement p : c.placements) {
      if (c.type(p).kind() == ModuleKind.DWELLING) {
        dwellingStoreys.add(p.storey());
      }
    }
    for (Placement p : c.placements) {
      ModuleType t = c.type(p);
      if (t.kind() == ModuleKind.LIFT && !c.code.liftCarLargeEnough(t.liftCarWidthMm(), t.liftCarDepthMm())) {
        out.add(new Violation(RuleId.LIFT, String.format(Locale.ROOT, "lift module %s (%s) has a car of %s x"
            + " %s m (across x from its door), short of the %.2f x %.2f m a new lift's car must be in a building of"
            + " more than 6 dwellings (art. 4.28, a stretcher lift)", p.id(), t.id(),
            Texts.metresFigure(t.liftCarWidthMm()), Texts.metresFigure(t.liftCarDepthMm()),
            c.code.liftCarWidthMm() / 1000.0, c.code.liftCarDepthMm() / 1000.0), p.id()));
      }
    }
    ExistingLift lift = c.building.lift();
    for (int k : dwellingStoreys) {
      int floor = c.floorMm(k);
      boolean existing = c.existingLiftReaches(k);
      boolean module = c.placements.stream()
          .anyMatch(p -> p.storey() == k && c.type(p).kind() == ModuleKind.LIFT);
      if (c.needsLift(k) && !module && !existing) {
        String why = floor > c.code.liftAboveFloorMm() ? "above " + mLimit(c.code.liftAboveFloorMm(), floor)
            : String.format(Locale.ROOT, "at or below %s, but dwellings at %s give the whole building a lift (art."
                + " 4.24(1)a)", m(c.code.liftAboveFloorMm()), Texts.metres(c.topDwellingFloorMm));
        out.add(new Violation(RuleId.LIFT, String.format(Locale.ROOT, "storey %d holds dwellings at floor %s (%s) but"
            + " has no lift module and the existing lift is %s", k, mOver(floor, c.code.liftAboveFloorMm()), why,
            !lift.present() ? "absent" : !lift.extendable() ? "not extendable" : "not extended to it"),
            "storey " + k));
      }
      if (c.needsFireFightingLift(k)) {
        String ffFloor = mOver(floor, c.code.fireFightingLiftAboveFloorMm());
        String ffAbove = mLimit(c.code.fireFightingLiftAboveFloorMm(), floor);
        if (!c.hasServingLift(k)) {
          out.add(new Violation(RuleId.FIRE_FIGHTING, "storey " + k + " holds dwellings at floor " + ffFloor
              + " (above " + ffAbove + ") but no fire-fighting lift serves it", "storey " + k));
        }
        if (!c.layout.dryRiser()) {
          out.add(new Violation(RuleId.FIRE_FIGHTING, "storey " + k + " holds dwellings at floor " + ffFloor
              + " (above " + ffAbove + ") but the layout has no dry riser", "storey " + k));
        }
      }
    }
  }

  private static void extensions(CheckContext c, List<Violation> out) {
    List<Integer> ext = c.layout.extendedStairCores();
    int n = c.building.stairCores().size();
    for (int i = 0; i < ext.size(); i++) {
      int e = ext.get(i);
      if (e == 0) {
        continue;
      }
      if (i >= n) {
        out.add(new Violation(RuleId.EXTENSION, "stair core " + i + " does not exist (the building has " + n + ")",
            "stair core " + i));
      } else if (e < 0) {
        out.add(new Violation(RuleId.EXTENSION, "extension by " + e + " storeys", "stair core " + i));
      } else if (!c.building.stairCores().get(i).extendable()) {
        out.add(new Violation(RuleId.EXTENSION, "stair core " + i + " is extended by " + e + " storeys but is not"
            + " extendable", "stair core " + i));
      } else if (e > c.layout.storeys()) {
        out.add(new Violation(RuleId.EXTENSION, "stair core " + i + " is extended by " + e + " storeys, more than"
            + " the layout's " + c.layout.storeys(), "stair core " + i));
      }
    }
    int le = c.layout.liftExtensionStoreys();
    ExistingLift lift = c.building.lift();
    if (le < 0) {
      out.add(new Violation(RuleId.EXTENSION, "lift extension by " + le + " storeys", "lift"));
    } else if (le > 0 && !(lift.present() && lift.extendable())) {
      out.add(new Violation(RuleId.EXTENSION, "the lift is extended by " + le + " storeys but the building's lift is "
          + (lift.present() ? "not extendable" : "absent"), "lift"));
    } else if (le > c.layout.storeys()) {
      out.add(new Violation(RuleId.EXTENSION, "the lift is extended by " + le + " storeys, more than the layout's "
          + c.layout.storeys(), "lift"));
    }
  }
}
