package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * A run stopped by SIGTERM (or SIGINT) while writing removes its temporary file as it exits, and leaves the target
   * unwritten; an environment QA pass found ".b.result.json.4347.1.tmp" left for good. A JVM of its own writes a file
   * that never finishes ({@link SlowWriter}) and is stopped as a user's Ctrl-C or kill stops it.
   */
  @Test
  void aRunStoppedWhileWritingLeavesNoTemporaryFile() throws Exception {
    Path target = tmp.resolve("out/result.json");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), SlowWriter.class.getName(), target.toString())
        .redirectErrorStream(true).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      assertEquals("writing", out.readLine(), "the writer started");
      try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
        assertEquals(1, s.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(), "its temporary file");
      }
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
    } finally {
      p.destroyForcibly();
    }
    try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
      assertEquals(List.of(), s.toList(), "neither the target nor a temporary file");
    }
  }

  /** Writes the file its argument names, says "writing" once it has begun, and never finishes. */
  static final class SlowWriter {
    public static void main(String[] args) throws IOException {
      AtomicFiles.writeText(Path.of(args[0]), w -> {
        w.write("{");
        w.flush();
        System.out.println("writing");
        System.out.flush();
        try {
          Thread.sleep(600_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
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

  @Test
  void aDiskFullNamesTheFileThatCouldNotBeWrittenAndWritesNone() throws IOException {
    // a QA pass (QA58): a disk full read "cannot write or read a file: No space left on device", naming no file
    Path result = tmp.resolve("b.result.json");
    Path glb = tmp.resolve("b.glb");
    IOException full = new IOException("No space left on device");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(
        AtomicFiles.text(result, w -> w.write("{}")), new AtomicFiles.Planned(glb, t -> {
          Files.writeString(t, "half");
          throw full;
        }))));
    assertEquals(glb + ": No space left on device", e.getMessage());
    assertSame(full, e.getCause(), "the cause kept");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(0, s.count(), "neither file nor a temporary file");
    }
  }

  @Test
  void aFailureOnTheTemporaryFileNamesTheTargetInstead() throws IOException {
    Path target = tmp.resolve("b.bom.csv");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, t -> {
      throw new FileSystemException(t.toString(), null, "No space left on device");
    }));
    assertEquals(target + ": No space left on device", e.getMessage());
    assertFalse(Files.exists(target));
  }

  @Test
  void aTemporaryFileThatCannotBeMadeIsNotNamed() {
    // a QA pass: "--out /proc/x.glb" read "/proc/x.glb: /proc/.x.glb.10142.1.tmp: no such file or directory"
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a /proc where no file can be made");
    Path target = Path.of("/proc/x.glb");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(target, w -> w.write("x")));
    assertTrue(e.getMessage().startsWith("/proc/x.glb: "), e.getMessage());
    assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
  }

  @Test
  void filesWrittenTogetherAreAllWrittenOrNone() throws IOException {
    Path result = tmp.resolve("b.result.json");
    Path csv = tmp.resolve("b.bom.csv");
    Files.createDirectories(csv.resolve("inner")); // the second target is a directory: nothing may be written
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(
        AtomicFiles.text(result, w -> w.write("{}")), AtomicFiles.text(csv, w -> w.write("a,b")))));
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(csv), s.toList(), "neither the result file nor a temporary file");
    }
    Files.delete(csv.resolve("inner"));
    Files.delete(csv);
    AtomicFiles.writeAll(List.of(AtomicFiles.text(result, w -> w.write("{}")), AtomicFiles.text(csv,
        w -> w.write("a,b"))));
    assertEquals("{}", Files.readString(result));
    assertEquals("a,b", Files.readString(csv));
  }

  @Test
  void aByteOrderMarkBeforeTheJsonIsRead() throws IOException, InputException {
    Path f = tmp.resolve("notepad.json");
    Files.writeString(f, "\uFEFF{\"id\": \"t\"}");
    assertEquals("t", JsonInput.read(f).getString("id"));
  }

  @Test
  void aFileThatIsNotUtf8IsBadInputSayingSo() throws IOException {
    Path f = tmp.resolve("latin1.json");
    Files.write(f, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}'});
    InputException e = assertThrows(InputException.class, () -> JsonInput.read(f));
    assertEquals("not UTF-8 text (expected a JSON file in UTF-8)", e.problem());
  }
}
