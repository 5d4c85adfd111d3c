package nl.toplaag.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.toplaag.limits.LeastNeed;
import nl.toplaag.limits.Limit;
import nl.toplaag.limits.LimitEffect;
import nl.toplaag.limits.WhatLimits;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.cpsat.CpSatConfigurator;

/**
 * {@code configure --what-limits}: what limits the dwelling count ({@link WhatLimits}), per product line, in the
 * summary and the result file.
 */
final class LimitsReport {

  /** The shortest time limit of a what-if solve, ms. */
  private static final long MIN_LIMIT_MS = 1000;

  private LimitsReport() {}

  /**
   * The time limit of each what-if solve for a request limited to {@code limitMs}: a quarter of it, at least
   * {@value #MIN_LIMIT_MS} ms, at most the limit itself.
   */
  static long limitMs(long limitMs) {
    return Math.min(limitMs, Math.max(MIN_LIMIT_MS, limitMs / 4));
  }

  /**
   * The effects of lifting each limit, per product line: the best line where it takes dwellings, else every line
   * considered (none takes any, so which limit keeps each out is the question).
   */
  static Map<String, List<LimitEffect>> of(ConfigurationRequest req, ConfigurationResult r, List<String> lines) {
    List<String> asked = r.bestLine().map(List::of).orElse(lines.isEmpty()
        ? req.catalog().lines().stream().map(ProductLine::id).toList() : lines);
    long each = limitMs(req.settings().timeLimitMs());
    Map<String, List<LimitEffect>> out = new LinkedHashMap<>();
    for (String line : asked) {
      out.put(line, WhatLimits.of(new CpSatConfigurator(), req, line,
          line.equals(r.productLineId()) ? r.best().orElse(null) : null, lineBound(r, line), each));
    }
    return out;
  }

  /**
   * The most dwellings proven possible on line {@code line} as the building is ({@code r}'s bound where not listed).
   */
  private static int lineBound(ConfigurationResult r, String line) {
    return r.perLine().stream().filter(o -> o.productLineId().equals(line))
        .mapToInt(ConfigurationResult.LineOutcome::dwellingBound).findFirst().orElse(r.dwellingBound());
  }

  /**
   * The summary's section: per line, one line per limit (or limits together) lifted, after the line's dwellings as it
   * is ({@code r}'s best layout's; 0 where no line takes any, and every line is listed) and, where that count is not
   * proven the most, its bound: a gain is counted from the layout found, and may be less from the best one.
   */
  static String text(Map<String, List<LimitEffect>> effects, ConfigurationResult r, long limitMs) {
    return text(effects, r, limitMs, line -> false, 0);
  }

  /**
   * As {@link #text(Map, ConfigurationResult, long)}; where a line has no dwelling type of at least
   * {@code smallestDwellingM2} ({@code noDwellingType}), its last line names that minimum instead of the roof (a QA
   * pass: it blamed the roof, the modules and the rules where {@code --smallest-dwelling 80} left the line none).
   */
  static String text(Map<String, List<LimitEffect>> effects, ConfigurationResult r, long limitMs,
      java.util.function.Predicate<String> noDwellingType, double smallestDwellingM2) {
    int base = r.dwellings();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "What limits the count (each limit lifted alone, then the load limits"
        + " together, the line's own limits with them, then every limit together, the rest kept; %.1f s each; what a"
        + " layout found needs on the building as it is, another with as many dwellings may need less, so of the"
        + " foundation or area-load reserve the least is bracketed by %d solves more; screening figures):%n",
        limitMs(limitMs) / 1000.0, WhatLimits.LEAST_NEED_SOLVES));
    effects.forEach((line, list) -> {
      int bound = lineBound(r, line);
      s.append(String.format(Locale.ROOT, "  line %s, %d dwelling%s as it is%s:%n", line, base, base == 1 ? "" : "s",
          bound > base ? String.format(Locale.ROOT, " (not proven the most: at most %d, so each gain below may be up"
              + " to %d less)", bound, bound - base) : ""));
      if (list.isEmpty()) {
        s.append("  - neither the building nor the line gives a load reserve, capacity, zoning, fire-resistance,"
            + " stacking, balustrade, lift-car or gallery-depth limit to lift\n");
      }
      list.forEach(e -> s.append("  - ").append(e.words()).append('\n'));
      // those not lifted, named (a QA pass: the heading promised every limit, and a reader could not tell whether the
      // line's fire resistance had been considered)
      List<String> absent = java.util.Arrays.stream(Limit.values())
          .filter(l -> list.stream().noneMatch(e -> e.lifted().equals(List.of(l)))).map(Limit::words).toList();
      if (!list.isEmpty() && !absent.isEmpty()) {
        s.append("  (not limits here, so not lifted: ").append(String.join(", ", absent)).append(")\n");
      }
      if (!list.isEmpty() && list.stream().allMatch(e -> e.checked() && e.proven() && e.gain() == 0)) {
        s.append(noDwellingType.test(line) ? String.format(Locale.ROOT, "  none of these limits the count: the line"
            + " has no dwelling type of at least %.1f m2 (--smallest-dwelling)%n", smallestDwellingM2)
            : "  none of these limits the count, alone or together, within the storeys asked for: the roof's size"
            + " and shape, the line's module sizes and the access, lift and fire-fighting rules do\n");
      }
    });
    return s.toString();
  }

  /** The result file's {@code whatLimits}: one object per line and limits lifted. */
  static ArrayNode json(Map<String, List<LimitEffect>> effects) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    effects.forEach((line, list) -> list.forEach(e -> {
      ObjectNode n = out.addObject();
      n.put("productLine", line);
      ArrayNode lifted = n.putArray("lifted");
      e.lifted().stream().map(Limit::cliName).forEach(lifted::add);
      n.put("baseDwellings", e.baseDwellings());
      n.put("dwellings", e.dwellings());
      n.put("dwellingBound", e.dwellingBound());
      n.put("proven", e.proven());
      n.put("checked", e.checked());
      if (e.checked() && e.gain() > 0) { // whether the gain is the limits' is asked only where there is one
        n.put("fitsAsItIs", e.fitsAsItIs());
      } else {
        n.putNull("fitsAsItIs");
      }
      ArrayNode needs = n.putArray("needs");
      e.needs().forEach(needs::add);
      ArrayNode failures = n.putArray("checkFailures");
      e.checkFailures().forEach(failures::add);
      ArrayNode asMany = n.putArray("asManyAs");
      e.asManyAs().stream().map(Limit::cliName).forEach(asMany::add);
      LeastNeed least = e.leastNeed();
      if (least == null) {
        n.putNull("leastNeed");
      } else {
        ObjectNode l = n.putObject("leastNeed");
        l.put("dwellings", least.dwellings());
        Limit figure = e.lifted().get(0);
        l.put("unit", figure.unit());
        putOrNull(l, "atMost", figure.up(least.suffices()));
        // what settled it: a solve given that value, or the layout found with the limit lifted (LeastNeed#byLayout)
        if (Double.isNaN(least.suffices())) {
          l.putNull("atMostBy");
        } else {
          l.put("atMostBy", least.byLayout() ? "layoutFound" : "solve");
        }
        putOrNull(l, "moreThan", figure.down(least.tooLittle()));
        l.put("asGiven", least.asGiven());
        putOrNull(l, "timesAsGiven", least.timesAsGivenUp(2).orElse(Double.NaN));
        l.put("solves", least.solves());
      }
    }));
    return out;
  }

  /** {@code value} as field {@code name} of {@code n}, or null where it is NaN (not known). */
  private static void putOrNull(ObjectNode n, String name, double value) {
    if (Double.isNaN(value)) {
      n.putNull(name);
    } else {
      n.put(name, value);
    }
  }

  /**
   * One building's effects in a CSV field, without commas but for those of line ids (batch-summary.csv quotes the
   * field): each limit (or limits, joined by "+") whose lifting adds dwellings, with how many ("foundation:+4";
   * "area-load:+3..6" where not proven the most), or may add some where that is not ruled out ("zoning:+0..1": none
   * found, at most 1), ";" between, each after its line and "/" where several lines were tried (none takes a
   * dwelling); every limit together is "all", the line's own limits with the load limits
   * ({@link LimitEffect#lineWithLoads}) "line+loads"; limits together are left out where fewer of them give as many
   * ({@link LimitEffect#asManyAs}); "none" where none adds any and every count is proven; "" where none were asked; a
   * layout the checker rejected is "name:unchecked", one that needs none of the lifted limits "name:fits-as-it-is"
   * ({@link LimitEffect#fitsAsItIs}).
   */
  static String brief(Map<String, List<LimitEffect>> byLine) {
    List<String> parts = new ArrayList<>();
    byLine.forEach((line, effects) -> {
      for (LimitEffect e : effects) {
        if (!e.asManyAs().isEmpty()) {
          continue; // fewer of its limits give as many: their part says it
        }
        String name = (byLine.size() > 1 ? line + "/" : "") + (e.everyLimit() ? "all"
            : e.lineWithLoads() ? "line+loads" : String.join("+", e.lifted().stream().map(Limit::cliName).toList()));
        if (!e.checked()) {
          parts.add(name + ":unchecked");
        } else if (e.fitsAsItIs()) {
          parts.add(name + ":fits-as-it-is");
        } else if (e.gain() > 0 || !e.proven()) {
          parts.add(name + ":+" + e.gain() + (e.proven() ? "" : ".." + (e.dwellingBound() - e.baseDwellings())));
        }
      }
    });
    return byLine.isEmpty() ? "" : !parts.isEmpty() ? String.join(";", parts) : "none";
  }

  /**
   * What lifting each single limit adds over a batch ({@code perBuilding}: each building's effects per line, empty
   * where none were asked), then the load limits together (those each building has: where it has one, that one alone),
   * then the line's own limits with the load limits (where a building has both; where it has no other limit, that is
   * its every limit together), then every limit together (each building's: where it has one, that one), so that a
   * building whose limits bind only together is counted too: per limit, the buildings where it adds dwellings and
   * how many, at least (on a building whose lines were all tried, the line where it adds the most), and those where
   * it found none more but more are not ruled out; in the order of {@link Limit}. Of the foundation and the area-load
   * reserve ({@link Limit#oneFigure}) also how many times the one assumed each had to be ({@link #strength}).
   */
  static String portfolio(List<Map<String, List<LimitEffect>>> perBuilding) {
    StringBuilder s = new StringBuilder("What limits the count over the batch (each limit lifted alone, then the load"
        + " limits together, the line's own limits with them, then every limit together, on each building's best line,"
        + " or where none takes a dwelling the line it adds the most to; screening figures):\n");
    for (Limit l : Limit.values()) {
      s.append(portfolioLine(l.words(), perBuilding,
          effects -> effects.stream().filter(e -> e.lifted().equals(List.of(l))).findFirst(), l.oneFigure()));
    }
    s.append(portfolioLine("the load limits together", perBuilding, effects -> effects.stream()
        .filter(e -> Limit.LOADS.containsAll(e.lifted())).max(Comparator.comparingInt(e -> e.lifted().size())), false));
    s.append(portfolioLine("the line's own limits with the load limits", perBuilding, effects -> effects.stream()
        .filter(e -> LimitEffect.lineWithLoads(e.lifted())).findFirst(), false));
    s.append(portfolioLine("every limit together", perBuilding, effects -> effects.stream()
        .max(Comparator.comparingInt(e -> e.lifted().size())), false));
    return s.toString();
  }

  /**
   * One line of {@link #portfolio}: {@code words}, and over the buildings what lifting adds where it adds any, by the
   * effect {@code pick} chooses from each line's effects (none: that line was not asked about it), or where it adds
   * none on the buildings where it was lifted, how many those are where that is not every one asked about; with
   * {@code oneFigure}, how many times the one assumed the figure had to be on the buildings where it binds
   * ({@link #strength}).
   */
  private static String portfolioLine(String words, List<Map<String, List<LimitEffect>>> perBuilding,
      Function<List<LimitEffect>, Optional<LimitEffect>> pick, boolean oneFigure) {
    List<LimitEffect> binding = new ArrayList<>(); // the effect counted on each building where it adds dwellings
    int buildings = 0;
    int gain = 0;
    int atMost = 0; // the gains' upper ends: each found one where proven, else its lifted solve's bound less the base
    boolean exact = true;
    int open = 0; // buildings where it found none more, but more are not ruled out
    int lifted = 0; // buildings where it was lifted at all
    int asked = 0; // buildings whose limits were asked about
    for (Map<String, List<LimitEffect>> byLine : perBuilding) {
      asked += byLine.isEmpty() ? 0 : 1;
      lifted += byLine.values().stream().map(pick).anyMatch(Optional::isPresent) ? 1 : 0;
      List<LimitEffect> picked = byLine.values().stream().map(pick).flatMap(Optional::stream)
          .filter(LimitEffect::checked).toList();
      LimitEffect most = picked.stream().filter(e -> e.gain() > 0 && !e.fitsAsItIs())
          .max(Comparator.comparingInt(LimitEffect::gain)).orElse(null);
      if (most != null) {
        binding.add(most);
        buildings++;
        gain += most.gain();
        atMost += most.proven() ? most.gain() : Math.max(most.gain(), most.dwellingBound() - most.baseDwellings());
        exact &= most.proven();
      } else if (picked.stream().anyMatch(e -> !e.proven())) {
        open++;
      }
    }
    if (lifted == 0) { // a QA pass: "no more dwellings found" for limits no building has, so never lifted
      return String.format(Locale.ROOT, "  - %s: not a limit of any building here (not lifted)%n", words);
    }
    // on the buildings where it was lifted, where that is not every one: a QA pass read "the line's own limits with the
    // load limits: no more dwellings found" under "the load limits together: 181 more dwellings on 27 buildings" as a
    // contradiction, where the former was lifted only on the 4 buildings with a limit of their line's
    // where a gain is not proven the most, the bounds' upper end beside "at least" (a review, 7 Dec 2026: "at least"
    // alone left out how many more the bounds allow)
    String least = exact ? "" : atMost > gain ? String.format(Locale.ROOT, " at least (at most %d)", atMost)
        : " at least";
    String found = buildings == 0 ? "no more dwellings found" + (lifted < asked ? String.format(Locale.ROOT,
        " on the %d building%s where it was lifted (of %d)", lifted, lifted == 1 ? "" : "s", asked) : "")
        : String.format(Locale.ROOT, "%d more dwelling%s%s on %d building%s", gain, gain == 1 ? "" : "s", least,
            buildings, buildings == 1 ? "" : "s");
    return String.format(Locale.ROOT, "  - %s: %s%s%s%n", words, found, oneFigure ? strength(binding) : "",
        open == 0 ? "" : String.format(Locale.ROOT, "; more not ruled out on %d building%s", open,
            open == 1 ? "" : "s"));
  }

  /**
   * Over the effects of lifting one figure ({@link Limit#oneFigure}) on the buildings where it binds ({@code binding}:
   * the gain it is counted by on each), how many times the building's own value the least value found to suffice for
   * as many dwellings was ({@link LeastNeed#timesAsGiven}), as a range, each rounded up to 0.1 so that it stays a
   * value that sufficed: ", as many where the reserve is 1.8-59.5 times the one assumed (...)". A client asking for a
   * stronger foundation asks how much stronger (a planner's QA pass: the section gave the gain alone). The least may
   * be lower than the value that sufficed ({@link LeastNeed}); where a building has no such value (no value tried
   * sufficed, none was settled, or the building assumes none, 0, to multiply), it is named as left out; "" where
   * none has one.
   */
  static String strength(List<LimitEffect> binding) {
    List<Double> times = binding.stream().map(LimitEffect::leastNeed).filter(n -> n != null)
        .map(n -> n.timesAsGivenUp(1)).filter(OptionalDouble::isPresent)
        .map(OptionalDouble::getAsDouble).sorted().toList();
    if (times.isEmpty()) {
      return "";
    }
    double least = times.get(0);
    double most = times.get(times.size() - 1);
    int left = binding.size() - times.size();
    return String.format(Locale.ROOT, ", as many where the reserve is %s times the one assumed%s (the least value a"
        + " solve found to suffice over the building's own; the least needed may be lower%s)",
        least == most ? String.format(Locale.ROOT, "%.1f", least)
            : String.format(Locale.ROOT, "%.1f-%.1f", least, most),
        left == 0 ? "" : String.format(Locale.ROOT, " on %d of them", times.size()),
        left == 0 ? "" : String.format(Locale.ROOT, "; on the other%s no value tried sufficed or was settled, or none"
            + " is assumed", left == 1 ? "" : " " + left));
  }
}
