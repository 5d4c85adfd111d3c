package nl.toplaag.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which grid the free positions along a wing lie on: where a module off the walls may stand on the transfer layer
 * (the normal patterns, {@link PlanBuilder}). A proof is over the positions offered (README, "What a proof covers").
 */
public enum PositionGrid {
  /**
   * The transfer layer's grid counted from each wing's usable start: one lattice, so a run of modules flush against
   * the wing's end or a core's near edge is on it only where the distance fits it.
   */
  FROM_START,
  /**
   * That grid and the same positions on the wing's mirror image, counted back from its usable end, and modules packed
   * against either side of a wall: a wing and its mirror image get mirrored positions. On the benchmark's roofs 1.6
   * times the candidates and 1.3 times the time on most (up to 5 times; docs/limits.md, "What a proof covers").
   */
  FROM_BOTH_ENDS;

  /** Its name in a result file's request ({@code from-start}, {@code from-both-ends}). */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every grid's {@link #fileName}. */
  public static Set<String> fileNames() {
    return Arrays.stream(values()).map(PositionGrid::fileName).collect(Collectors.toSet());
  }

  /**
   * The grid of file name {@code name} ({@link #fileName}).
   *
   * @throws IllegalArgumentException where no grid has that name
   */
  public static PositionGrid ofFileName(String name) {
    return Arrays.stream(values()).filter(g -> g.fileName().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("expected one of " + new TreeSet<>(fileNames()) + " but found " + name));
  }
}
