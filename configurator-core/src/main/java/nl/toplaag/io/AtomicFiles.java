package nl.toplaag.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

  private AtomicFiles() {}

  /** Writes {@code target} in UTF-8 through {@code body}, atomically. */
  public static void writeText(Path target, TextWriter body) throws IOException {
    write(target, tmp -> {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
    });
  }

  /** Writes {@code target} through {@code body}, which writes a temporary file; then moves it into place. */
  public static void write(Path target, PathWriter body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
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
}
