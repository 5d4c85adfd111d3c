package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OR-Tools' native libraries load from a directory they were unpacked into (the launcher's, from the build:
 * {@link CpSatConfigurator#NATIVES_PROPERTY}), and CP-SAT then solves; a directory without them is declined, and the
 * configurator falls back to OR-Tools' own loader.
 */
class NativesTest {

  /** Declined: no directory, and one without the libraries. */
  @Test
  void declinesADirectoryWithoutTheLibraries(@TempDir Path dir) {
    assertFalse(CpSatConfigurator.loadUnpacked(null));
    assertFalse(CpSatConfigurator.loadUnpacked(" "));
    assertFalse(CpSatConfigurator.loadUnpacked(dir.toString()));
  }

  /**
   * Unpacked as the build unpacks them, the libraries load in a fresh JVM, where nothing loaded them before, and its
   * CP-SAT solves a model; the JNI library alone, without the libraries it needs, is declined there (nothing is
   * loaded, so OR-Tools' own loader can still load them all). A fresh JVM each: in this one, other tests may have
   * loaded the libraries already, and the JNI library alone would find them.
   */
  @Test
  void loadsTheUnpackedLibrariesInAFreshJvm(@TempDir Path dir) throws Exception {
    Path all = Files.createDirectory(dir.resolve("all"));
    unpack(all, name -> true);
    assertEquals("loaded OPTIMAL 7", probe(all));
    String jni = System.mapLibraryName("jniortools");
    Path alone = Files.createDirectory(dir.resolve("alone"));
    unpack(alone, jni::equals);
    assertTrue(Files.isRegularFile(alone.resolve(jni)));
    assertEquals("not loaded", probe(alone));
  }

  /** What {@link Probe} prints in a fresh JVM for directory {@code dir}. */
  private static String probe(Path dir) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        Probe.class.getName(), dir.toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
    return out;
  }

  /**
   * Copies the files of OR-Tools' native jar for this platform whose names {@code which} accepts into {@code dir}, as
   * the build unpacks them (cli/pom.xml: the jar's directory for the platform).
   */
  private static void unpack(Path dir, Predicate<String> which) throws IOException {
    String platform = "ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX;
    URL url = CpSatConfigurator.class.getClassLoader().getResource(platform);
    assertNotNull(url, "OR-Tools' native jar for this platform on the class path");
    String jarUrl = url.toString(); // jar:file:/…/ortools-linux-x86-64-9.12.4544.jar!/ortools-linux-x86-64
    Path jar = Path.of(URI.create(jarUrl.substring("jar:".length(), jarUrl.indexOf("!/"))));
    try (FileSystem fs = FileSystems.newFileSystem(jar); Stream<Path> files = Files.list(fs.getPath(platform))) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (which.test(name)) {
          Files.copy(f, dir.resolve(name));
        }
      }
    }
  }

  /** The fresh JVM: loads the libraries from the directory given, then solves max x, x ≤ 7. */
  static final class Probe {
    public static void main(String[] args) {
      if (!CpSatConfigurator.loadUnpacked(args[0])) {
        System.out.println("not loaded");
        return;
      }
      CpModel model = new CpModel();
      IntVar x = model.newIntVar(0, 7, "x");
      model.maximize(x);
      CpSolver solver = new CpSolver();
      System.out.println("loaded " + solver.solve(model) + " " + solver.value(x));
    }
  }
}
