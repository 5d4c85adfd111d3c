package nl.toplaag.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent validators of {@code scripts/validators} (the Khronos glTF validator, web-ifc) with Node.js,
 * which {@code scripts/test.sh} installs ({@code npm ci}). A test that needs them is skipped where Node.js or the
 * packages are missing; CI, which has both, fails on a skipped test.
 */
final class NodeValidators {

  private NodeValidators() {}

  /** What a validator printed, and its exit code. */
  record Run(int exitCode, String output) {}

  /** The folder {@code scripts/validators} of this checkout, with its packages installed; skips the test if none. */
  static Path folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("scripts/validators/package.json"))) {
      dir = dir.getParent();
    }
    assumeTrue(dir != null, "scripts/validators not found above " + Path.of("").toAbsolutePath());
    Path v = dir.resolve("scripts/validators");
    assumeTrue(Files.isDirectory(v.resolve("node_modules")), "the validators are not installed: run"
        + " npm ci --prefix scripts/validators (scripts/test.sh does)");
    return v;
  }

  /** Runs {@code node SCRIPT ARGS...} in the validators' folder; skips the test where Node.js is missing. */
  static Run run(String script, String... args) throws IOException, InterruptedException {
    Path v = folder();
    List<String> cmd = new ArrayList<>(List.of("node", v.resolve(script).toString()));
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).directory(v.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "Node.js (node) not found: " + e.getMessage());
      throw e;
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("node " + script + " did not finish in 120 s");
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
