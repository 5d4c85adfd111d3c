package nl.toplaag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.io.SourceNotes;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;

/**
 * {@code configure --other-front} and {@code batch --other-front}: the building configured again with its wings'
 * fronts (gallery sides) on their other long sides ({@link Building#withOtherFront}), the request otherwise the same,
 * so that a planner or an architect sees what the fronts assumed or given cost: for an L, whose fronts are on its
 * outer facades by default, the galleries in the courtyard.
 */
final class OtherFront {

  private OtherFront() {}

  /**
   * What the other front gives.
   *
   * @param dwellings the dwellings of its best layout (0 without)
   * @param dwellingBound the most dwellings proven possible with it
   * @param status its solve status
   * @param line its best product line, "" without dwellings
   * @param facing the compass directions the other fronts face ({@link #facing}): "north", or for an L "north and
   *     west"
   * @param frontAssumed whether the building's own front is assumed rather than given ({@link
   *     SourceNotes#frontAssumed})
   * @param violations the independent checker's violations of its best layout ({@link LayoutChecker}; 0 without one)
   */
  record Outcome(int dwellings, int dwellingBound, String status, String line, String facing, boolean frontAssumed,
      int violations) {}

  /**
   * {@code req}'s building configured by {@code configurator} with the other fronts, the request otherwise the same
   * but for one layout only (the best), whose layout the independent checker checks as every layout shown is.
   */
  static Outcome of(ConfigurationRequest req, Function<ConfigurationRequest, ConfigurationResult> configurator) {
    Building b = req.building();
    ConfigurationRequest turned = req.withBuilding(b.withOtherFront())
        .withSettings(req.settings().withAlternatives(1));
    return outcome(turned, configurator.apply(turned), SourceNotes.frontAssumed(b));
  }

  /**
   * The compass directions {@code b}'s wings' fronts face ({@link #facing(Building, Wing)}), each once in the order of
   * its wings, joined by "and": "south", or for an L "south and east".
   */
  static String facing(Building b) {
    return b.wings().stream().map(w -> facing(b, w)).distinct().collect(Collectors.joining(" and "));
  }

  /**
   * The compass direction wing {@code w} of {@code b} faces ({@link Wing#facing()}): "plan north" and so on where
   * {@code b} is in local coordinates, whose north is not known (the plan's y axis; a docs walkthrough: "facing north"
   * beside the README's and the picture's "north unknown").
   */
  static String facing(Building b, Wing w) {
    return (b.inLocalCoordinates() ? "plan " : "") + w.facing();
  }

  /**
   * What result {@code r} of request {@code req} gives, as the front not shown ({@code frontAssumed}: whether the
   * building file leaves the gallery side unknown), its best layout checked by the independent checker.
   */
  static Outcome outcome(ConfigurationRequest req, ConfigurationResult r, boolean frontAssumed) {
    Building b = req.building();
    int violations = r.best().map(l -> LayoutChecker.check(b, req.catalog(), req.code(), l, req.maxStoreys())
        .size()).orElse(0);
    return new Outcome(r.dwellings(), r.dwellingBound(), r.status().name(), r.bestLine().orElse(""), facing(b),
        frontAssumed, violations);
  }

  /**
   * The summary's line: what the other fronts give ({@code o}) against the {@code here} dwellings of the fronts as
   * they are, on a building of {@code wings} wings.
   */
  static String text(Outcome o, int here, int wings) {
    String sides = wings == 1 ? "the gallery side on the other long side"
        : "each wing's gallery side on its other long side";
    return String.format(Locale.ROOT, "Other front: with %s (facing %s), %d dwelling%s (%s%s%s) against %d here; the"
        + " gallery side%s %s", sides, o.facing(), o.dwellings(), o.dwellings() == 1 ? "" : "s",
        o.line().isEmpty() ? "" : "line " + o.line() + ", ", o.status(),
        o.dwellingBound() > o.dwellings() ? ", at most " + o.dwellingBound() : "", here, wings == 1 ? " is" : "s are",
        o.frontAssumed() ? "not known from the building file" : "given in the building file")
        + (o.violations() == 0 ? "" : String.format(Locale.ROOT, "; its layout FAILS the independent check (%d"
            + " violation%s): a solver error, please report it", o.violations(), o.violations() == 1 ? "" : "s"))
        + String.format(Locale.ROOT, "%n");
  }

  /**
   * The result file's {@code otherFront}: {@code dwellings}, {@code dwellingBound}, {@code status}, {@code line}
   * (null without dwellings), {@code facing}, {@code frontAssumed} and {@code checkViolations}; null where the other
   * fronts were not configured.
   */
  static JsonNode json(Optional<Outcome> other) {
    if (other.isEmpty()) {
      return JsonNodeFactory.instance.nullNode();
    }
    Outcome o = other.get();
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("dwellings", o.dwellings());
    n.put("dwellingBound", o.dwellingBound());
    n.put("status", o.status());
    if (o.line().isEmpty()) {
      n.putNull("line");
    } else {
      n.put("line", o.line());
    }
    n.put("facing", o.facing());
    n.put("frontAssumed", o.frontAssumed());
    n.put("checkViolations", o.violations());
    return n;
  }

  /** batch-summary.csv's {@code otherFrontDwellings}: the other front's dwellings, empty where not asked or none. */
  static String cell(Optional<Outcome> other) {
    return other.map(o -> Integer.toString(o.dwellings())).orElse("");
  }

  /**
   * The batch's line over the buildings configured with the other front: how many more dwellings it gives on the
   * buildings where it gives more, and on how many it gives fewer; {@code here} and {@code other} are each building's
   * dwellings and other front's (empty: not configured), in the same order.
   */
  static String portfolio(List<Integer> here, List<Optional<Outcome>> other) {
    int more = 0;
    int gained = 0;
    int fewer = 0;
    int lost = 0;
    int tried = 0;
    for (int i = 0; i < here.size(); i++) {
      if (other.get(i).isEmpty()) {
        continue;
      }
      tried++;
      int d = other.get(i).get().dwellings() - here.get(i);
      if (d > 0) {
        more++;
        gained += d;
      } else if (d < 0) {
        fewer++;
        lost -= d;
      }
    }
    return String.format(Locale.ROOT, "With each wing's other long side as its front: %d more dwelling%s on %d"
        + " building(s), fewer on %d (%d dwelling%s less); tried on %d building(s) of %d (batch-summary.csv's"
        + " otherFrontDwellings)%n", gained, gained == 1 ? "" : "s", more, fewer, lost, lost == 1 ? "" : "s", tried,
        here.size());
  }
}
