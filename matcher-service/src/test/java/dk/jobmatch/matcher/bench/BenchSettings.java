package dk.jobmatch.matcher.bench;

import java.time.LocalDate;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.companies=30000} on the Maven
 * command line for a quick, scaled-down run); the defaults are the full {@code bench} data set.
 */
record BenchSettings(
    int companies,
    int citizens,
    int sample,
    int warmup,
    int queries,
    int agreementQueries,
    int throughputThreads,
    int throughputSeconds,
    boolean http,
    int httpConcurrency,
    int httpWarmup,
    int httpRequests,
    int httpMaxSeconds,
    int httpRate,
    int httpRateRequests,
    int httpSingleRequests,
    int httpHealthRequests,
    String httpJfr,
    LocalDate today) {

  /** "Today" is fixed, so availability (paused until...) filters the same tasks on every run. */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  static BenchSettings fromSystemProperties() {
    int companies = integer("bench.companies", 300_000);
    return new BenchSettings(
        companies,
        integer("bench.citizens", companies / 3),
        integer("bench.sample", 20_000),
        integer("bench.warmup", 3_000),
        integer("bench.queries", 5_000),
        integer("bench.agreement", 500),
        integer("bench.threads", 2),
        integer("bench.throughputSeconds", 20),
        Boolean.parseBoolean(System.getProperty("bench.http", "true")),
        integer("bench.httpConcurrency", 16),
        integer("bench.httpWarmup", 8_000),
        integer("bench.httpRequests", 5_000),
        integer("bench.httpMaxSeconds", 300),
        integer("bench.httpRate", 100),
        integer("bench.httpRateRequests", 3_000),
        integer("bench.httpSingleRequests", 2_000),
        integer("bench.httpHealthRequests", 0),
        System.getProperty("bench.httpJfr", ""),
        TODAY);
  }

  private static int integer(String name, int otherwise) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip().replace("_", ""));
  }
}
