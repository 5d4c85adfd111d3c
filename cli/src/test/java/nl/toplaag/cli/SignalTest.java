package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch stopped with Ctrl-C (SIGINT) ends as the JVM ends on it: exit 130, what it got through said, no temporary
 * file left and no crash. A QA pass found exit 134 ("terminate called after throwing an instance of
 * 'std::bad_function_call'") or a JVM crash with an hs_err file, from CP-SAT's own SIGINT handler.
 */
class SignalTest {

  @TempDir Path tmp;

  @Test
  void ctrlCStopsABatchCleanly() throws Exception {
    Path out = tmp.resolve("out");
    Path wd = Files.createDirectories(tmp.resolve("wd")); // where a crashing JVM writes its hs_err file
    // galerij-obstacles first, whose search runs CP-SAT (its handler, once installed, took the signal), then two more
    Path dir = CliRun.TEST_BUILDINGS.toAbsolutePath();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Toplaag.class.getName(), "batch",
        dir.resolve("galerij-obstacles.json").toString(), dir.resolve("zeist-1970-slab.json").toString(),
        dir.resolve("l-corner.json").toString(), "--jobs", "1", "--time-limit", "2", "--out", out.toString())
        .directory(wd.toFile())
        .redirectError(tmp.resolve("err.txt").toFile()).start();
    try (BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line = stdout.readLine();
      assertTrue(line != null && line.matches("\\S+ +(OPTIMAL|FEASIBLE).*"), "a first building done: " + line);
      // the second building is being configured (CP-SAT among it): Ctrl-C
      assertEquals(0, new ProcessBuilder("sh", "-c", "kill -INT " + p.pid()).start().waitFor()); // the shell's kill
      if (sigintIgnored()) {
        // started where SIGINT is ignored (a background job of a script, as some CI runners start builds): the JVM,
        // and this batch, inherit that, as nohup intends; it goes on, and did not crash on it: stopped with SIGTERM
        assertFalse(p.waitFor(1, TimeUnit.SECONDS), "SIGINT is ignored here, and the batch goes on");
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
        assertEquals(143, p.exitValue());
      } else {
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
        assertEquals(130, p.exitValue());
      }
    } finally {
      p.destroyForcibly();
    }
    String err = Files.readString(tmp.resolve("err.txt"));
    assertFalse(err.contains("terminate called"), err);
    assertTrue(err.matches("(?s).*toplaag: batch stopped after [12] of 3 building\\(s\\), in the order given: the"
        + " files written so far stand in .*"),
        err);
    try (Stream<Path> s = Files.list(wd)) {
      assertEquals(List.of(), s.toList(), "no hs_err file of a crash");
    }
    try (Stream<Path> s = Files.list(out)) {
      List<String> names = s.map(f -> f.getFileName().toString()).toList();
      assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), names.toString());
      assertFalse(names.contains(BatchFiles.SUMMARY), names.toString());
    }
  }

  /** Whether this process ignores SIGINT (its children inherit that): bit 2 of /proc/self/status's SigIgn. */
  private static boolean sigintIgnored() throws java.io.IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return false;
    }
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
        .anyMatch(l -> (Long.parseUnsignedLong(l.substring("SigIgn:".length()).trim(), 16) & 0b10) != 0);
  }
}
