package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory as a user meets it (QA58): said so, with how to give the JVM more, where it read "internal
 * error: java.lang.IllegalStateException: solving a product line failed" (the solver's threads wrap what failed on
 * them) or ended in a stack trace (one line, solved on the command's own thread); in a batch, the building skipped and
 * the rest configured.
 */
class OutOfMemoryTest {

  private static final String SLAB = """
      {"id": "oom-slab", "roofOutline": [[0,0],[36,0],[36,12],[0,12],[0,0]],
       "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 200}]},
       "loadReserve": {"foundationReserveKn": 20000},
       "zoning": {"maxAddedStoreys": 2}}
      """;

  @TempDir Path tmp;

  /** As the configurator reports running out of memory on a line's thread. */
  private static RuntimeException onALinesThread() {
    return new IllegalStateException("solving a product line failed", new OutOfMemoryError("Java heap space"));
  }

  @Test
  void configureOutOfMemorySaysSoAndHowToGiveTheJvmMore() throws Exception {
    Path b = Files.writeString(tmp.resolve("slab.json"), SLAB);
    Function<ConfigurationRequest, ConfigurationResult> configurator = ConfigureCommand.configurator;
    try {
      for (Runnable fail : List.<Runnable>of(() -> {
        throw onALinesThread();
      }, () -> {
        throw new OutOfMemoryError("Java heap space");
      })) {
        ConfigureCommand.configurator = req -> {
          fail.run();
          return null;
        };
        var r = CliRun.of("configure", "--building", b.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("toplaag: out of memory while configuring building oom-slab (the JVM may use at"
            + " most "), r.err());
        assertTrue(r.err().contains("give it more, e.g. JDK_JAVA_OPTIONS=-Xmx"), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
      }
    } finally {
      ConfigureCommand.configurator = configurator;
    }
  }

  @Test
  void batchSkipsABuildingThatRunsOutOfMemoryAndConfiguresTheRest() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    List<String> ids = List.of("oom-a", "oom-wrapped", "oom-raw", "oom-b");
    for (String id : ids) {
      Files.writeString(dir.resolve(id + ".json"), SLAB.replace("oom-slab", id));
    }
    Function<ConfigurationRequest, ConfigurationResult> configurator = BatchCommand.configurator;
    BatchCommand.configurator = req -> {
      switch (req.building().id()) {
        case "oom-wrapped" -> throw onALinesThread();
        case "oom-raw" -> throw new OutOfMemoryError("Java heap space");
        default -> {
          return configurator.apply(req);
        }
      }
    };
    try {
      Path out = tmp.resolve("out");
      var r = CliRun.of("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
          "--out", out.toString());
      assertEquals(1, r.code(), r.out() + r.err());
      for (String id : List.of("oom-wrapped", "oom-raw")) {
        assertTrue(r.err().contains("toplaag: skipped, out of memory while configuring building " + id + " (the JVM"
            + " may use at most "), r.err());
      }
      assertTrue(r.err().contains("or configure fewer buildings at a time (--jobs 1)"), r.err());
      assertFalse(r.err().contains("internal error"), r.err());
      assertTrue(r.out().contains("2 building(s) skipped for running out of memory"), r.out());
      List<String> csv = Files.readAllLines(out.resolve("batch-summary.csv"));
      assertEquals(5, csv.size(), csv.toString());
      assertTrue(csv.get(1).startsWith("1,oom-") && csv.get(2).startsWith("2,oom-"), csv.toString());
      for (String row : csv.subList(3, 5)) {
        assertTrue(row.matches(",oom-(wrapped|raw),error,.*,out of memory configuring the building \\(the JVM may use"
            + " at most .*\\),,,,,"), row); // the columns after reason empty, as the figures
      }
      assertTrue(Files.exists(out.resolve("oom-b.result.json")), "the building after them configured");
    } finally {
      BatchCommand.configurator = configurator;
    }
  }

  @Test
  void theJvmIsGivenTwiceTheMemoryItHadInWholeGibibytes() {
    long mib = 1024L * 1024;
    assertTrue(OutOfMemory.message("", 16 * mib, "").startsWith("out of memory (the JVM may use at most 16 MB):"
        + " give it more, e.g. JDK_JAVA_OPTIONS=-Xmx1g ./toplaag ..."));
    assertTrue(OutOfMemory.message("configuring building b", 1946 * mib, "").startsWith("out of memory while"
        + " configuring building b (the JVM may use at most 1.9 GB): give it more, e.g. JDK_JAVA_OPTIONS=-Xmx4g"));
  }
}
