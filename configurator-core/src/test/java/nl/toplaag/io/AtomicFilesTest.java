package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are written whole or not at all, and readable like any other new file. */
class AtomicFilesTest {

  @TempDir Path tmp;

  @Test
  void aWrittenFileHasThePermissionsOfANewFileAndNothingElseIsLeft() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path target = tmp.resolve("out/result.json");
    AtomicFiles.writeText(target, w -> w.write("{}"));
    Path plain = Files.createFile(tmp.resolve("out/plain"));
    // a temporary file would be the owner's only (rw-------); a result file is shared like any other (umask)
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    assertEquals("{}", Files.readString(target));
    try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
      assertEquals(2, s.count(), "no temporary file left");
    }
  }

  @Test
  void aFailedWriteLeavesNeitherTheTargetNorATemporaryFile() throws IOException {
    Path target = tmp.resolve("result.json");
    assertThrows(IOException.class, () -> AtomicFiles.writeText(target, w -> {
      w.write("half");
      throw new IOException("disk full");
    }));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(0, s.count());
    }
  }
}
