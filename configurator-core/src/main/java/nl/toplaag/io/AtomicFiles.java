package nl.toplaag.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  private AtomicFiles() {}

  /** Writes {@code target} in UTF-8 through {@code body}, atomically. */
  public static void writeText(Path target, TextWriter body) throws IOException {
    write(target, tmp -> {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
    });
  }

  /**
   * Writes {@code target} through {@code body}, which writes a temporary file; then moves it into place. The file
   * gets the permissions of any new file (the user's umask), not those of a temporary file (owner only).
   */
  public static void write(Path target, PathWriter body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = temporary(dir, "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".");
    try {
      body.write(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A new empty file in {@code dir} whose name starts with {@code prefix}, with the default permissions. */
  private static Path temporary(Path dir, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(prefix + COUNTER.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException taken) {
        if (attempt >= 100) {
          throw taken;
        }
      }
    }
  }
}
