package nl.toplaag.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The machine and run a report was made on.
 *
 * @param dateUtc start time, ISO-8601 UTC
 * @param cpus processors available to the JVM
 * @param cpuModel CPU model from {@code /proc/cpuinfo}
 * @param memTotal total memory from {@code /proc/meminfo}
 * @param java Java runtime version and vendor
 * @param os operating system
 * @param maxHeapMb the JVM's maximum heap, MB
 * @param loadBefore 1-minute load average before the run
 * @param commit the git commit of the working directory ({@code git describe --always --dirty}), or "unknown"
 */
record RunInfo(String dateUtc, int cpus, String cpuModel, String memTotal, String java, String os, long maxHeapMb,
    String loadBefore, String commit) {

  static RunInfo now() {
    return new RunInfo(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)
        .withNano(0)) + "Z", Runtime.getRuntime().availableProcessors(), procField("/proc/cpuinfo", "model name"),
        readMemTotal(), System.getProperty("java.version") + " ("
        + System.getProperty("java.vm.name") + ", " + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage(), gitCommit());
  }

  private static String gitCommit() {
    try {
      Process p = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 && !s.isEmpty() && !s.contains(" ") ? s : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** The 1-, 5- and 15-minute load averages, or {@code "unknown"}. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split("\\s+");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String readMemTotal() {
    String kb = procField("/proc/meminfo", "MemTotal").replace("kB", "").trim();
    try {
      return String.format(Locale.ROOT, "%.1f GB", Long.parseLong(kb) / (1024.0 * 1024.0));
    } catch (NumberFormatException e) {
      return kb;
    }
  }

  private static String procField(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.US_ASCII)) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
    return "unknown";
  }
}
