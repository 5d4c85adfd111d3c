package nl.toplaag.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this process: the Java heap (sum of the heap pools' peaks since the last reset, an upper bound on
 * the true peak) and the resident set including native CP-SAT memory ({@code VmHWM} in {@code /proc/self/status},
 * reset per instance through {@code /proc/self/clear_refs} where the kernel allows it). Linux only for the
 * resident set; elsewhere it reads -1.
 */
final class Memory {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR = Path.of("/proc/self/clear_refs");

  private Memory() {}

  /** Resets both peaks (best effort). Returns whether the resident peak could be reset. */
  static boolean reset() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
    try {
      Files.writeString(CLEAR, "5", StandardCharsets.US_ASCII);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Sum of the heap pools' peak usage since the last reset, MB. */
  static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }

  /** Peak resident set size ({@code VmHWM}), MB, or -1 when unknown. */
  static double peakRssMb() {
    return statusKb("VmHWM:") / 1024.0;
  }

  private static double statusKb(String key) {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
        if (line.startsWith(key)) {
          return Double.parseDouble(line.substring(key.length()).replace("kB", "").trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1024;
    }
    return -1024;
  }
}
