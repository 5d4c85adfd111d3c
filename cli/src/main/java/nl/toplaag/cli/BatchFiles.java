package nl.toplaag.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files {@code toplaag batch} writes for the batch as a whole, in {@code --out} beside each building's own
 * ({@link Reports#files}): no building's file may take the name of one of them, in any letter case (the file systems of
 * macOS and Windows ignore it), or it would overwrite it or be overwritten ({@link #takenBy}).
 */
final class BatchFiles {

  /** The buildings ranked by dwellings, and the files skipped. */
  static final String SUMMARY = "batch-summary.csv";
  /** The modules per type over the batch ({@link PortfolioTotals}). */
  static final String MODULES = "batch-modules.csv";
  /** The rollout ({@link Rollout}), with {@code --modules-per-year}. */
  static final String ROLLOUT = "batch-rollout.csv";
  /** Every building at its place ({@link BatchScene}), with {@code --export glb}. */
  static final String SCENE = "batch-scene.glb";

  /** Every file of the batch as a whole, whether this batch writes it or not. */
  static final List<String> ALL = List.of(SUMMARY, MODULES, ROLLOUT, SCENE);

  private BatchFiles() {}

  /**
   * The first of building {@code id}'s own files whose name is that of a file of the batch as a whole, in any letter
   * case (the building {@code batch-scene}'s model {@code batch-scene.glb}); empty where none is.
   */
  static Optional<String> takenBy(String id) {
    return Reports.files(id).stream().filter(f -> ALL.contains(f.toLowerCase(Locale.ROOT))).findFirst();
  }
}
