package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input file may be a pipe or a device that reads like a file: a shell's {@code <(gunzip -c b.json.gz)} or
 * {@code /dev/stdin}. An environment QA pass found each called "file not found".
 */
class JsonInputReadTest {

  @TempDir Path tmp;

  @Test
  void aNamedPipeIsReadLikeAFile() throws Exception {
    Path fifo = tmp.resolve("building.json");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo (POSIX) not available");
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write("{\"id\": \"piped\"}".getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    JsonInput in = JsonInput.read(fifo);
    writer.join(10_000);
    assertEquals("piped", in.getString("id"));
  }

  @Test
  void anEmptyDeviceIsAnEmptyFileAndAMissingOneIsNotFound() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
    InputException empty = assertThrows(InputException.class, () -> JsonInput.read(Path.of("/dev/null")));
    assertEquals("file is empty (expected a JSON object)", empty.problem());
    InputException missing = assertThrows(InputException.class, () -> JsonInput.read(tmp.resolve("absent.json")));
    assertEquals("file not found (expected a JSON file)", missing.problem());
    InputException dir = assertThrows(InputException.class, () -> JsonInput.read(tmp));
    assertEquals("a directory (expected a JSON file)", dir.problem());
  }
}
