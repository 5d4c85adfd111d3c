package nl.toplaag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import nl.toplaag.io.SourceNotes;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolveStatus;

/**
 * {@code configure --choose-front} and {@code batch --choose-front}: where a building's front (the gallery side its
 * module row stands against) is not known ({@link SourceNotes#frontAssumed}: its file gives no wing, or it was
 * imported from the 3D BAG, which does not record the gallery side), the building is configured with either long
 * side as the front and the side whose best layout holds more dwellings is taken, the side assumed on a tie. A
 * portiekflat gets a new gallery on its added storeys anyway, so the side is the designer's to choose; a galerijflat's
 * existing gallery may speak for its own side, which only the user knows: the choice is an assumption, said as such
 * in the summary, the result file ({@link #json}) and batch-summary.csv's {@code front}. A front the building file
 * gives is kept, as are the fronts of a building of more than one wing (an L keeps its fronts on its outer facades).
 *
 * <p>The layouts of a building whose other long side was taken are placed in that wing's frame, so a result file
 * records it ({@code front.side} {@value #OTHER}), and {@code view}, {@code render} and {@code export} with
 * {@code --layout} turn the building read the same way ({@link #asConfigured}).
 */
final class FrontChoice {

  /** {@code front.side} and batch-summary.csv's {@code front} of a building whose other long side was taken. */
  static final String OTHER = "other-best";

  private FrontChoice() {}

  /** Which front a building was configured with. */
  enum Side {
    /** The building file gives its wings' fronts: kept. */
    GIVEN("given"),
    /**
     * The front is assumed and was not compared with the other long side: {@code --choose-front} not given, or the
     * building has more than one wing (an L keeps its fronts on its outer facades).
     */
    ASSUMED("assumed"),
    /** The front is assumed, compared with the other long side and kept: it holds at least as many dwellings. */
    ASSUMED_BEST("assumed-best"),
    /** The front is assumed, and the other long side was taken: it holds more dwellings. */
    OTHER_BEST(OTHER);

    /** The name in batch-summary.csv and the result file. */
    final String csv;

    Side(String csv) {
      this.csv = csv;
    }

    /** Every side's {@link #csv} name, as a result file may give it. */
    static final Set<String> NAMES = Arrays.stream(values()).map(s -> s.csv).collect(Collectors.toSet());
  }

  /**
   * A building configured with the front chosen.
   *
   * @param request the request configured: the one given, or with the building turned to its other front
   * @param result its result
   * @param side which front it is
   * @param other what the long side not configured here gives ({@link OtherFront}), where it was configured too
   *     ({@code --choose-front} on a building of one wing whose front is assumed, or {@code --other-front})
   */
  record Chosen(ConfigurationRequest request, ConfigurationResult result, Side side,
      Optional<OtherFront.Outcome> other) {}

  /**
   * Configures {@code req} by {@code configurator}; with {@code choose}, where its building's front is assumed and the
   * building has one wing, its other long side too, with the same request, and takes the side that holds more
   * dwellings; with {@code otherFront} (or where both sides were configured), says what the side not taken gives.
   */
  static Chosen configure(ConfigurationRequest req, Function<ConfigurationRequest, ConfigurationResult> configurator,
      boolean choose, boolean otherFront) {
    Building b = req.building();
    ConfigurationResult r = configurator.apply(req);
    boolean assumed = SourceNotes.frontAssumed(b);
    if (r.status() == SolveStatus.INVALID_INPUT || !choose || !assumed || b.wings().size() > 1) {
      Side side = assumed ? Side.ASSUMED : Side.GIVEN;
      return new Chosen(req, r, side, otherFront && r.status() != SolveStatus.INVALID_INPUT
          ? Optional.of(OtherFront.of(req, configurator)) : Optional.empty());
    }
    ConfigurationRequest other = req.withBuilding(b.withOtherFront());
    ConfigurationResult ro = configurator.apply(other);
    if (ro.dwellings() > r.dwellings()) {
      return new Chosen(other, ro, Side.OTHER_BEST, Optional.of(OtherFront.outcome(req, r, true)));
    }
    return new Chosen(req, r, Side.ASSUMED_BEST, Optional.of(OtherFront.outcome(other, ro, true)));
  }

  /**
   * The summary's line on the front chosen ({@code --choose-front}): which long side was taken and why, or why the
   * building's own front was kept; {@code otherFront}: whether {@code --other-front}'s line follows it.
   */
  static String text(Chosen c, boolean otherFront) {
    Building b = c.request().building();
    String facing = OtherFront.facing(b, b.wings().get(0));
    String theirOther = otherFront ? "" : " (--other-front shows their other long sides)";
    return switch (c.side()) {
      case GIVEN -> b.wings().size() > 1
          ? String.format(Locale.ROOT, "Front: kept: the building file gives its %d wings' fronts%s%n",
              b.wings().size(), theirOther)
          : String.format(Locale.ROOT, "Front: kept (facing %s): the building file gives it%s%n", facing,
              otherFront ? "" : " (--other-front shows the other long side)");
      // with --choose-front, a front assumed is compared unless the building has more than one wing
      // a QA pass: a stepped slab, its fronts on one long facade, was called an L with outer facades
      case ASSUMED -> String.format(Locale.ROOT, "Front: assumed (the gallery side is not known from the building"
          + " file) and kept: the building has %d wings (an L's fronts on its outer facades, a stepped slab's on its"
          + " straight long facade), and --choose-front turns only a building of one wing%s%n", b.wings().size(),
          theirOther);
      case ASSUMED_BEST, OTHER_BEST -> {
        OtherFront.Outcome o = c.other().orElseThrow();
        yield String.format(Locale.ROOT, "Front: the gallery side is not known from the building file; the %s (facing"
            + " %s) is taken, as it holds %d dwelling%s against %d with the %s (facing %s)%s%n",
            c.side() == Side.OTHER_BEST ? "other long side" : "side assumed", facing, c.result().dwellings(),
            c.result().dwellings() == 1 ? "" : "s", o.dwellings(),
            c.side() == Side.OTHER_BEST ? "side assumed" : "other long side", o.facing(),
            c.side() == Side.OTHER_BEST ? "; the layouts are on it, and view, render and export with --layout turn the"
                + " building file's front as this run did" : o.dwellings() == c.result().dwellings()
                ? " (it is kept on a tie)" : "");
      }
    };
  }

  /**
   * The batch's line ({@code batch --choose-front}) over its configured buildings {@code rows}: on how many the other
   * long side was taken and how many dwellings more that gives than the side assumed, on how many the side assumed was
   * kept, and how many kept a front their file gives, or assumed fronts of more than one wing (not compared).
   */
  static String portfolio(List<BatchCommand.Row> rows) {
    int taken = 0;
    int gained = 0;
    int kept = 0;
    int given = 0;
    int notCompared = 0;
    for (BatchCommand.Row r : rows) {
      switch (r.front()) {
        case OTHER_BEST -> {
          taken++;
          gained += r.dwellings() - r.otherFront().map(OtherFront.Outcome::dwellings).orElse(0);
        }
        case ASSUMED_BEST -> kept++;
        case ASSUMED -> notCompared++;
        case GIVEN -> given++;
      }
    }
    return String.format(Locale.ROOT, "Fronts chosen (gallery side not known): the other long side taken on %d"
        + " building(s), %d dwelling%s more than with the side assumed; the side assumed kept on %d (as many dwellings"
        + " or more); kept as they are: the fronts given in their files on %d, the fronts assumed but not compared on"
        + " %d (more than one wing) (batch-summary.csv's front)%n", taken, gained, gained == 1 ? "" : "s", kept, given,
        notCompared);
  }

  /**
   * The result file's fields on the front ({@link Reports#fronts}): {@code front} ({@link #json}) with {@code
   * chooseFront}, and {@code otherFront} ({@link OtherFront#json}) with {@code otherFront} or where the side not taken
   * was configured.
   */
  static Map<String, JsonNode> resultFields(Chosen c, boolean chooseFront, boolean otherFront) {
    return Reports.fronts(chooseFront ? json(c) : null, otherFront || c.other().isPresent() ? OtherFront.json(c.other())
        : null);
  }

  /**
   * The result file's {@code front}: {@code side} ({@link Side#csv}), {@code facing} (the compass direction of the
   * front configured; null for a building of more than one wing, whose fronts face several ways) and {@code assumed}
   * (whether the front configured is an assumption: the building file leaves the gallery side unknown).
   */
  static JsonNode json(Chosen c) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("side", c.side().csv);
    List<Wing> wings = c.request().building().wings();
    if (wings.size() == 1) {
      n.put("facing", OtherFront.facing(c.request().building(), wings.get(0)));
    } else {
      n.putNull("facing");
    }
    n.put("assumed", c.side() != Side.GIVEN);
    return n;
  }

  /**
   * Building {@code b}, read from its file, as the result file {@code result} (read with {@code --layout}) was
   * configured: turned to its other long side where the result's {@code front.side} is {@value #OTHER}, else as it
   * is; the layouts of such a result are placed in the turned wing's frame.
   *
   * @throws InputException where the result was configured with the other long side and {@code b} has more than one
   *     wing ({@code --choose-front} turns only a building of one wing)
   */
  static Building asConfigured(Building b, JsonInput result) throws InputException {
    if (!result.has("front")) {
      return b;
    }
    JsonInput front = result.get("front");
    String side = front.getChoice("side", Side.NAMES);
    if (!side.equals(OTHER)) {
      return b;
    }
    if (b.wings().size() != 1) {
      throw front.error("side", "a building of one wing, as the layouts were configured with its other long side as"
          + " the front (\"" + OTHER + "\"), but building \"" + b.id() + "\" has " + b.wings().size() + " wings");
    }
    return b.withOtherFront();
  }
}
