package dk.jobmatch.matcher.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of a series of calls, in nanoseconds, read as percentiles in milliseconds. */
record Latencies(long[] nanos) {

  Latencies {
    nanos = nanos.clone();
    Arrays.sort(nanos);
  }

  /** The nearest-rank percentile in milliseconds. */
  double percentileMs(double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * nanos.length);
    return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
  }

  double maxMs() {
    return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
  }

  double meanMs() {
    return Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
  }

  int count() {
    return nanos.length;
  }

  String summary() {
    return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms (n=%d)",
        percentileMs(50), percentileMs(95), percentileMs(99), maxMs(), meanMs(), count());
  }
}
