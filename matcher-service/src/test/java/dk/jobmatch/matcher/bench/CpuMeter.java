package dk.jobmatch.matcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much of the machine this JVM had during a phase, and how busy the whole machine was: on a
 * shared machine a latency only means something next to these. One thread at full speed is 1/cores.
 */
final class CpuMeter {
  private final long processCpu;
  private final long wall;
  private final long[] machine;

  private CpuMeter() {
    processCpu = processCpuNanos();
    wall = System.nanoTime();
    machine = machineTicks();
  }

  static CpuMeter start() {
    return new CpuMeter();
  }

  /** CPU time this JVM has used since the start, all threads. */
  long cpuNanos() {
    return processCpuNanos() - processCpu;
  }

  /** e.g. "this JVM 49% of 2 cores, machine 98% busy". */
  String since() {
    int cores = Runtime.getRuntime().availableProcessors();
    double jvm = (processCpuNanos() - processCpu) / (double) ((System.nanoTime() - wall) * cores);
    long[] now = machineTicks();
    String busy = machine == null || now == null || now[1] == machine[1] ? "machine load unknown"
        : String.format(Locale.ROOT, "machine %.0f%% busy", 100.0 * (1 - (now[0] - machine[0]) / (double) (now[1] - machine[1])));
    return String.format(Locale.ROOT, "this JVM %.0f%% of %d cores, %s", 100 * jvm, cores, busy);
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Idle and total jiffies of all CPUs from /proc/stat (Linux), or null elsewhere. */
  static long[] machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
      return new long[] {idle, total};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
