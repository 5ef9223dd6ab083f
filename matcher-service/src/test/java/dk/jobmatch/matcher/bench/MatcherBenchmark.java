package dk.jobmatch.matcher.bench;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.CompanyEntry;
import dk.jobmatch.index.MatchResult;
import dk.jobmatch.index.ScoreWeights;
import dk.jobmatch.index.TaskIndex;
import dk.jobmatch.index.TextStatistics;
import dk.jobmatch.index.WishSuggestions;
import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.CompanyMapping;
import dk.jobmatch.matcher.company.PlacementLoad;
import dk.jobmatch.matcher.match.CitizenProfiles;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import dk.jobmatch.matcher.synthetic.SyntheticSize;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark: one run prints every figure and writes them to {@code target/benchmark-results.md}.
 * Never asserts a time; it fails only when something is broken (a non-200 answer is reported, not
 * hidden). Run it with {@code ./mvnw -B -Pbench -pl matcher-service -am verify}; see docs/benchmarks.md.
 *
 * <ol>
 *   <li>Generate the bench data set, map it as the service does, build the Lucene index in memory.</li>
 *   <li>In-process latency over a sample of citizens (single thread after warm-up), then throughput with two threads.</li>
 *   <li>The grid baseline on the same data: agreement with Lucene's top ten, then its latency on the same queries.</li>
 *   <li>The real service over HTTP with its MongoDB filled with the same data set.</li>
 * </ol>
 */
class MatcherBenchmark {
  private static final Instant CREATED = Instant.parse("2026-01-15T08:00:00Z");
  private static final int LIMIT = 10;

  private final BenchSettings settings = BenchSettings.fromSystemProperties();
  private final BenchReport report = new BenchReport();
  /** Lucene's single-thread latencies, which the baseline's are compared with. */
  private Latencies luceneSingle;
  /** Lucene's throughput with {@code bench.threads} threads, which the HTTP throughput is compared with. */
  private double lucenePerSecond;

  @Test
  void benchmark() throws Exception {
    SyntheticSize size = new SyntheticSize(settings.companies(), settings.citizens());
    SyntheticLabourMarket market = new SyntheticLabourMarket(size, SyntheticLabourMarket.DEFAULT_SEED, settings.today(), CREATED);
    machine(size);

    List<Citizen> sample = sample(market);
    Vocabulary vocabulary = Vocabulary.bundled();
    CitizenProfiles profiles = new CitizenProfiles(OccupationCatalog.bundled(), new WishSuggestions(vocabulary),
        Clock.fixed(settings.today().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    List<CitizenProfile> queries = sample.stream().map(profiles::of).toList();

    report.heading("Data and index (in-process, memory-mapped Lucene directory as in the service)");
    PlacementLoad noPlacements = new PlacementLoad(Map.of(), YearMonth.from(settings.today()), 0, 0, 0);
    long t0 = System.nanoTime();
    List<CompanyEntry> entries = market.companies().map(c -> CompanyMapping.toIndexEntry(c, noPlacements)).toList();
    long generated = System.nanoTime() - t0;
    report.line("generate %,d companies with %,d partial tasks and map them to index entries: %.1f s",
        entries.size(), entries.stream().mapToLong(e -> e.tasks().size()).sum(), BenchReport.seconds(generated));
    double heapData = BenchReport.liveHeapMiB();
    report.line("heap with the generated entries (live, after GC): %,.0f MiB", heapData);

    TaskIndex index = TaskIndex.inTemporaryDirectory(vocabulary);
    CpuMeter buildCpu = CpuMeter.start();
    long t1 = System.nanoTime();
    index.replaceAll(entries);
    long built = System.nanoTime() - t1;
    double heapIndex = BenchReport.liveHeapMiB();
    report.line("index build (replaceAll: geographic order, one segment, commit): %.1f s (%s)", BenchReport.seconds(built),
        buildCpu.since());
    report.line("index size (TaskIndex.sizeInBytes, memory-mapped temporary directory): %,.1f MiB; %,d documents; %d segment(s)",
        index.sizeInBytes() / (1024.0 * 1024.0), index.taskCount(), index.segmentCount());
    report.line("heap after build (live, after GC): %,.0f MiB, of which the index about %,.0f MiB",
        heapIndex, heapIndex - heapData);

    TextStatistics statistics = index.textStatistics();
    long t2 = System.nanoTime();
    GridBaseline grid = new GridBaseline(entries, vocabulary, statistics, ScoreWeights.DEFAULTS);
    long gridBuilt = System.nanoTime() - t2;
    double heapGrid = BenchReport.liveHeapMiB();
    report.line("grid baseline build: %.1f s, %,d tasks, %,d distinct (demands, offers) profiles, %,d distinct texts, about %,.0f MiB heap",
        BenchReport.seconds(gridBuilt), grid.taskCount(), grid.distinctProfiles(), grid.distinctTexts(), heapGrid - heapIndex);
    entries = null;
    report.line("heap with index and grid, generated entries released (live, after GC): %,.0f MiB", BenchReport.liveHeapMiB());

    luceneInProcess(index, queries);
    baseline(index, grid, queries);
    statistics.close();
    index.close();
    grid = null;
    index = null;

    if (settings.http()) {
      new HttpBench(settings, market, report, new HttpBench.InProcess(luceneSingle, lucenePerSecond)).run(sample);
    }
    report.heading("End");
    report.line("system load average at the end: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    report.write(Path.of("target", "benchmark-results.md"));
  }

  private void machine(SyntheticSize size) {
    report.text("# Benchmark results");
    report.heading("Run");
    report.line("date: %s", ZonedDateTime.now().withNano(0));
    report.line("data set: %,d companies, %,d partial tasks, %,d citizens (seed %d), today = %s",
        size.companies(), size.tasks(), size.citizens(), SyntheticLabourMarket.DEFAULT_SEED, settings.today());
    report.line("machine: %d cores, %s %s, max heap %,d MiB, load average at start %.2f",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    report.line("queries: %,d warm-up, %,d measured, limit %d, default weights, sample of %,d citizens",
        settings.warmup(), settings.queries(), LIMIT, Math.min(settings.sample(), size.citizens()));
  }

  /** A deterministic sample of distinct citizens, each asking from their own home with their own needs and goals. */
  private List<Citizen> sample(SyntheticLabourMarket market) {
    int n = Math.min(settings.sample(), settings.citizens());
    SplittableRandom random = new SplittableRandom(4242);
    Set<Integer> picked = new LinkedHashSet<>();
    while (picked.size() < n) {
      picked.add(random.nextInt(settings.citizens()));
    }
    return picked.stream().map(market::citizen).toList();
  }

  private CitizenProfile query(List<CitizenProfile> queries, int i) {
    return queries.get(i % queries.size());
  }

  private void luceneInProcess(TaskIndex index, List<CitizenProfile> queries) throws Exception {
    report.heading("Lucene in-process: TaskIndex.match, limit " + LIMIT);
    for (int i = 0; i < settings.warmup(); i++) {
      index.match(query(queries, i), LIMIT, settings.today());
    }
    CpuMeter cpu = CpuMeter.start();
    long[] nanos = new long[settings.queries()];
    long companies = 0;
    int empty = 0;
    for (int i = 0; i < nanos.length; i++) {
      CitizenProfile q = query(queries, settings.warmup() + i);
      long t = System.nanoTime();
      MatchResult result = index.match(q, LIMIT, settings.today());
      nanos[i] = System.nanoTime() - t;
      companies += result.companies().size();
      empty += result.companies().isEmpty() ? 1 : 0;
    }
    Latencies single = new Latencies(nanos);
    luceneSingle = single;
    report.line("single thread: %s (%s)", single.summary(), cpu.since());
    report.line("results: %.1f companies per query on average, %d of %d queries found none",
        companies / (double) nanos.length, empty, nanos.length);

    int threads = settings.throughputThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.throughputSeconds());
    List<Future<Integer>> counts = new ArrayList<>();
    CpuMeter throughputCpu = CpuMeter.start();
    long started = System.nanoTime();
    for (int w = 0; w < threads; w++) {
      int offset = w * 997;
      counts.add(pool.submit(() -> {
        int done = 0;
        while (System.nanoTime() < deadline) {
          index.match(query(queries, settings.warmup() + offset + done), LIMIT, settings.today());
          done++;
        }
        return done;
      }));
    }
    int total = 0;
    for (Future<Integer> f : counts) {
      total += f.get();
    }
    double seconds = BenchReport.seconds(System.nanoTime() - started);
    pool.shutdown();
    lucenePerSecond = total / seconds;
    report.line("throughput with %d threads: %,.0f matches/s (%,d matches in %.1f s; %s)", threads, total / seconds, total,
        seconds, throughputCpu.since());
  }


  private void baseline(TaskIndex index, GridBaseline grid, List<CitizenProfile> queries) {
    report.heading("Grid baseline (plain Java, ~5 km cells) against Lucene");
    int agreeOrder = 0;
    int agreeSet = 0;
    int agreeTasks = 0;
    int shown = 0;
    int n = Math.min(settings.agreementQueries(), settings.queries());
    List<String> examples = new ArrayList<>();
    List<String> taskExamples = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CitizenProfile q = query(queries, settings.warmup() + i);
      List<MatchResult.CompanyMatch> lucene = index.match(q, LIMIT, settings.today()).companies();
      List<GridBaseline.CompanyRow> base = grid.match(q, LIMIT, settings.today());
      List<String> luceneIds = lucene.stream().map(MatchResult.CompanyMatch::companyId).toList();
      List<String> baseIds = base.stream().map(GridBaseline.CompanyRow::companyId).toList();
      if (luceneIds.equals(baseIds)) {
        agreeOrder++;
        boolean sameTasks = true;
        for (int k = 0; k < lucene.size(); k++) {
          List<MatchResult.TaskMatch> luceneTasks = lucene.get(k).tasks();
          if (!luceneTasks.stream().map(MatchResult.TaskMatch::taskId).toList().equals(base.get(k).taskIds())) {
            sameTasks = false;
            if (taskExamples.size() < 2) {
              taskExamples.add(String.format(Locale.ROOT, "query %d, company %s: Lucene %s; baseline %s",
                  i, lucene.get(k).companyId(), luceneTasks.stream()
                      .map(t -> t.taskId().substring(0, 8) + String.format(Locale.ROOT, " %.9f", t.score())).toList(),
                  base.get(k).taskIds().stream().map(id -> id.substring(0, 8)).toList()));
            }
          }
        }
        agreeTasks += sameTasks ? 1 : 0;
      } else if (shown < 3) {
        shown++;
        examples.add(difference(i, lucene, base));
      }
      if (Set.copyOf(luceneIds).equals(Set.copyOf(baseIds))) {
        agreeSet++;
      }
    }
    report.line("agreement over %d queries: same ordered top-%d companies %d (%.1f%%), same set %d (%.1f%%), "
        + "same three tasks per company where the order agrees %d", n, LIMIT, agreeOrder, 100.0 * agreeOrder / n,
        agreeSet, 100.0 * agreeSet / n, agreeTasks);
    for (String example : examples) {
      report.line("difference: %s", example);
    }
    for (String example : taskExamples) {
      report.line("difference in the tasks shown: %s", example);
    }

    for (int i = 0; i < settings.warmup(); i++) {
      grid.match(query(queries, i), LIMIT, settings.today());
    }
    CpuMeter cpu = CpuMeter.start();
    long[] nanos = new long[settings.queries()];
    long[] candidates = new long[settings.queries()];
    for (int i = 0; i < nanos.length; i++) {
      CitizenProfile q = query(queries, settings.warmup() + i);
      long t = System.nanoTime();
      grid.match(q, LIMIT, settings.today());
      nanos[i] = System.nanoTime() - t;
      candidates[i] = grid.lastCandidates();
    }
    Latencies single = new Latencies(nanos);
    report.line("baseline single thread: %s (%s)", single.summary(), cpu.since());
    Arrays.sort(candidates);
    report.line("candidates per query (tasks in reach that pass every hard filter; both engines score each): "
        + "p50 %,d, p95 %,d, p99 %,d, max %,d", candidates[candidates.length / 2], candidates[candidates.length * 95 / 100],
        candidates[candidates.length * 99 / 100], candidates[candidates.length - 1]);
    report.line("ratio baseline / Lucene: p50 %.2fx, p95 %.2fx, p99 %.2fx (above 1 means Lucene is faster)",
        single.percentileMs(50) / luceneSingle.percentileMs(50), single.percentileMs(95) / luceneSingle.percentileMs(95),
        single.percentileMs(99) / luceneSingle.percentileMs(99));
  }

  private static String difference(int query, List<MatchResult.CompanyMatch> lucene, List<GridBaseline.CompanyRow> base) {
    int at = 0;
    while (at < lucene.size() && at < base.size() && lucene.get(at).companyId().equals(base.get(at).companyId())) {
      at++;
    }
    String l = at < lucene.size() ? String.format(Locale.ROOT, "%s score %.9f at %.4f km",
        lucene.get(at).companyId(), lucene.get(at).score(), lucene.get(at).distanceKm()) : "none";
    String b = at < base.size() ? String.format(Locale.ROOT, "%s score %.9f at %.4f km",
        base.get(at).companyId(), base.get(at).score(), base.get(at).distanceKm()) : "none";
    return String.format(Locale.ROOT, "query %d, rank %d (Lucene %d rows, baseline %d): Lucene %s; baseline %s",
        query, at + 1, lucene.size(), base.size(), l, b);
  }
}
