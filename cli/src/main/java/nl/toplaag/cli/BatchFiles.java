package nl.toplaag.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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
  /** The modules per type and the gallery pieces per gallery type over the batch ({@link PortfolioTotals}). */
  static final String MODULES = "batch-modules.csv";
  /** The rollout ({@link Rollout}), with {@code --modules-per-year}. */
  static final String ROLLOUT = "batch-rollout.csv";
  /** Every building at its place ({@link BatchScene}), with {@code --export glb}. */
  static final String SCENE = "batch-scene.glb";

  /** Every file of the batch as a whole, whether this batch writes it or not. */
  static final List<String> ALL = List.of(SUMMARY, MODULES, ROLLOUT, SCENE);

  /** The file a batch holds a lock on in its output directory while it runs; hidden, removed at its end. */
  static final String LOCK = ".toplaag-batch.lock";

  private BatchFiles() {}

  /**
   * Takes output directory {@code out} for one batch, made where missing: a lock on its {@link #LOCK} file, held until
   * the returned handle is closed (or the process ends), which removes the file (a batch killed leaves it, and the
   * next takes it over); empty where another batch holds it. An environment QA pass: two batches into one directory
   * left one's summary beside the other's results and scene, and neither said so. Where the file system takes no
   * locks (some network shares), the batch runs unguarded, and says so on {@code err}. (A third batch that opened the
   * file just before the first removed it could run beside a fourth; two are kept apart.)
   */
  static Optional<Closeable> take(Path out, PrintWriter err) throws IOException {
    Files.createDirectories(out);
    Path file = out.resolve(LOCK);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) { // another batch of this process
      lock = null;
    } catch (IOException e) { // no locks on this file system
      channel.close();
      Files.deleteIfExists(file);
      err.println("toplaag: warning: --out " + out + " cannot be locked (" + e.getMessage() + "): another batch"
          + " writing there at the same time would not be refused");
      return Optional.of(() -> { });
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    return Optional.of(() -> {
      try {
        Files.deleteIfExists(file); // while held: no other batch takes it in between
      } catch (IOException e) {
        // a directory made read-only since: the hidden file stays, and the next batch takes it over
      } finally {
        channel.close(); // which releases the lock
      }
    });
  }

  /**
   * Removes an earlier batch's files of the batch as a whole from {@code out}, before a batch configures any building
   * there: a batch stopped before its end (killed) left an earlier run's summary beside results it no longer
   * described (a QA pass). The batch writes its own at its end. Only files: a directory of such a name is none of the
   * batch's.
   *
   * @return the names of those removed, in the order of {@link #ALL}
   */
  static List<String> removeEarlier(Path out) throws IOException {
    List<String> removed = new ArrayList<>();
    for (String name : ALL) {
      Path p = out.resolve(name);
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) {
        removed.add(name);
      }
    }
    return removed;
  }

  /**
   * The first of building {@code id}'s own files whose name is that of a file of the batch as a whole, in any letter
   * case (the building {@code batch-scene}'s model {@code batch-scene.glb}); empty where none is.
   */
  static Optional<String> takenBy(String id) {
    return Reports.files(id).stream().filter(f -> ALL.contains(f.toLowerCase(Locale.ROOT))).findFirst();
  }
}
