package nl.toplaag.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lift: a stack of lift modules ({@link Part#LIFT_MODULE}, each one storey high and carrying the lift's car
 * through that storey) with equal footprints on consecutive added storeys, so that an export counts lifts, not lift
 * storeys. Footprints are equal where their polygons, normalised, are exactly equal (the same mm coordinates); a
 * missing storey between two modules at the same place starts a new stack.
 *
 * @param number the lift's number, from 1, in the order of {@link #of}
 * @param modules its modules, lowest storey first: at least one, consecutive storeys, equal footprints
 */
record LiftStack(int number, List<Solid> modules) {

  LiftStack {
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1 but was " + number);
    }
    modules = List.copyOf(modules);
    if (modules.isEmpty()) {
      throw new IllegalArgumentException("lift " + number + " has no modules");
    }
  }

  /**
   * The lifts of {@code solids}' lift modules: modules at equal footprints grouped, each group cut into runs of
   * consecutive storeys. Numbered by lowest storey, then by the order in {@code solids} of their lowest module, so that
   * the same scene gives the same numbers. A solid that is no lift module is ignored.
   */
  static List<LiftStack> of(List<Solid> solids) {
    Map<String, List<Solid>> byFootprint = new LinkedHashMap<>();
    for (Solid s : solids) {
      if (s.part() == Part.LIFT_MODULE) {
        byFootprint.computeIfAbsent(s.footprint().norm().toText(), f -> new ArrayList<>()).add(s);
      }
    }
    List<List<Solid>> runs = new ArrayList<>();
    for (List<Solid> place : byFootprint.values()) {
      List<Solid> sorted = place.stream().sorted(Comparator.comparingInt(Solid::storey)).toList();
      List<Solid> run = new ArrayList<>();
      for (Solid s : sorted) {
        if (!run.isEmpty() && s.storey() != run.get(run.size() - 1).storey() + 1) {
          runs.add(run);
          run = new ArrayList<>();
        }
        run.add(s);
      }
      runs.add(run);
    }
    runs.sort(Comparator.<List<Solid>>comparingInt(r -> r.get(0).storey()).thenComparingInt(r -> solids.indexOf(
        r.get(0))));
    List<LiftStack> stacks = new ArrayList<>();
    for (List<Solid> run : runs) {
      stacks.add(new LiftStack(stacks.size() + 1, run));
    }
    return stacks;
  }

  /** Its name, "lift n", as the export names the lift. */
  String name() {
    return "lift " + number;
  }

  /** Its lowest module, in whose storey the lift stands. */
  Solid bottom() {
    return modules.get(0);
  }

  /** Its top module. */
  Solid top() {
    return modules.get(modules.size() - 1);
  }
}
