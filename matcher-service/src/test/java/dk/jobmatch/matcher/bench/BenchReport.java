package dk.jobmatch.matcher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run: printed as they come, and written as Markdown to {@code target/benchmark-results.md}. */
final class BenchReport {
  private final List<String> lines = new ArrayList<>();

  void heading(String text) {
    add("");
    add("## " + text);
    add("");
  }

  void line(String format, Object... args) {
    add("- " + String.format(Locale.ROOT, format, args));
  }

  void text(String text) {
    add(text);
  }

  private void add(String line) {
    lines.add(line);
    System.out.println("[bench] " + line);
    System.out.flush();
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Heap in use after asking for two full collections, in MiB: what the live data takes. */
  static double liveHeapMiB() {
    for (int i = 0; i < 2; i++) {
      // With G1 (the default, without -XX:+ExplicitGCInvokesConcurrent) this is a full collection that returns when done.
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
