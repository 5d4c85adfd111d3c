package nl.toplaag.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Writes files whole or not at all: to a temporary file beside the target, then moved into place. */
public final class AtomicFiles {

  /** Something that writes text. */
  @FunctionalInterface
  public interface TextWriter {
    /** Writes to {@code out}. */
    void write(Writer out) throws IOException;
  }

  /** Something that writes to a path. */
  @FunctionalInterface
  public interface PathWriter {
    /** Writes the file at {@code tmp}. */
    void write(Path tmp) throws IOException;
  }

  /** Tells apart the temporary files of one process. */
  private static final AtomicLong COUNTER = new AtomicLong();

  /**
   * The temporary files being written, which a run stopped by SIGINT or SIGTERM removes as it exits (an environment
   * QA pass: a batch interrupted while writing left ".b.result.json.4347.1.tmp" beside its results, for good).
   */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path tmp : IN_FLIGHT) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // exiting: nothing more to do than leave it
        }
      }
    }, "toplaag-temporary-files"));
  }

  /**
   * A file that could not be written: its message starts with the file's path, then why ({@link #cannotWrite}), so
   * that a handler can say it was a write (before, the command line's said "cannot write or read a file").
   */
  public static final class CannotWrite extends IOException {
    CannotWrite(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private AtomicFiles() {}

  /** Writes {@code target} in UTF-8 through {@code body}, atomically. */
  public static void writeText(Path target, TextWriter body) throws IOException {
    writeAll(List.of(text(target, body)));
  }

  /**
   * Writes {@code target} through {@code body}, which writes a temporary file; then moves it into place. The file
   * gets the permissions of any new file (the user's umask), not those of a temporary file (owner only).
   */
  public static void write(Path target, PathWriter body) throws IOException {
    writeAll(List.of(new Planned(target, body)));
  }

  /**
   * A file to write.
   *
   * @param target where it goes
   * @param body writes its temporary file
   */
  public record Planned(Path target, PathWriter body) {}

  /**
   * Writes several files as one: every one to a temporary file beside its target first, and only when all are
   * written (and no target is a directory) all moved into place. A failure while writing leaves none of them
   * written. The moves are each atomic but not together: were one to fail after another (the directory made
   * read-only in between), the files moved before it would stand.
   *
   * @throws CannotWrite where a file cannot be written (a disk full, no permission, a directory at its target or a
   *     file where a folder above it is to be made): its message starts with the file's target, the cause kept
   *     ({@link #cannotWrite})
   */
  public static void writeAll(List<Planned> files) throws IOException {
    List<Path> tmps = new ArrayList<>();
    try {
      for (Planned f : files) {
        requireFileTarget(f.target());
        Path dir = f.target().toAbsolutePath().getParent();
        try {
          Files.createDirectories(dir);
        } catch (IOException e) { // a file where a folder above it is to be made
          throw cannotWrite(f.target(), null, e);
        }
        String prefix = "." + f.target().getFileName() + "." + ProcessHandle.current().pid() + ".";
        try {
          Path tmp = temporary(dir, prefix);
          tmps.add(tmp);
          f.body().write(tmp);
        } catch (IOException e) {
          // the temporary file's name, made or not (a QA pass: "/proc/x.glb: /proc/.x.glb.10142.1.tmp: no such file")
          throw cannotWrite(f.target(), dir.resolve(prefix), e);
        }
      }
      for (int i = 0; i < files.size(); i++) {
        try {
          try {
            Files.move(tmps.get(i), files.get(i).target(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmps.get(i), files.get(i).target(), StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw cannotWrite(files.get(i).target(), tmps.get(i), e);
        }
      }
    } finally {
      for (Path tmp : tmps) {
        Files.deleteIfExists(tmp);
        IN_FLIGHT.remove(tmp);
      }
    }
  }

  /**
   * {@code cause} as the user should read it: an {@link IOException} whose message starts with {@code target}, the
   * file that could not be written, followed by why ("out/b.result.json: No space left on device"), with {@code cause}
   * kept as its cause. A disk full shows as a plain {@code IOException} whose message names no file, and a failure on
   * the temporary file names that file, which the user never asked for: either way the target is what to name. Where
   * {@code cause} names another path (neither the target nor one starting with {@code tmp}, the temporary file or the
   * start of its name), that path is kept in the reason.
   */
  static CannotWrite cannotWrite(Path target, Path tmp, IOException cause) {
    String why;
    if (cause instanceof FileSystemException f) {
      String reason = reason(f);
      boolean ours = f.getFile() == null || f.getFile().equals(String.valueOf(target))
          || (tmp != null && f.getFile().startsWith(String.valueOf(tmp)));
      why = ours ? reason : f.getFile() + ": " + reason;
    } else {
      why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
    return new CannotWrite(target + ": " + why, cause);
  }

  /**
   * Why the file system refused, in words: its reason ("No space left on device"), else what the kind of exception
   * means ("permission denied"), without the path.
   */
  public static String reason(FileSystemException e) {
    return e.getReason() != null ? e.getReason()
        : e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
        : e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof AccessDeniedException ? "permission denied"
        : e.getClass().getSimpleName();
  }

  /**
   * Throws where {@code target} cannot take a file {@link #writeAll} writes: a directory stands there. For a caller
   * that checks its targets before the work that fills them, so that nothing is written where one fails.
   */
  public static void requireFileTarget(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new CannotWrite(target + ": is a directory (expected a file to write)", null);
    }
  }

  /** A text file to write in UTF-8 through {@code body}, for {@link #writeAll}. */
  public static Planned text(Path target, TextWriter body) {
    return new Planned(target, tmp -> {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
    });
  }

  /** A new empty file in {@code dir} whose name starts with {@code prefix}, with the default permissions. */
  private static Path temporary(Path dir, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(prefix + COUNTER.incrementAndGet() + ".tmp");
      IN_FLIGHT.add(tmp);
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException taken) {
        IN_FLIGHT.remove(tmp); // another's
        if (attempt >= 100) {
          throw taken;
        }
      } catch (IOException | RuntimeException e) {
        IN_FLIGHT.remove(tmp); // not made
        throw e;
      }
    }
  }
}
