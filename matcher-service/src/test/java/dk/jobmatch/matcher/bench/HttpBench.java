package dk.jobmatch.matcher.bench;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import dk.jobmatch.matcher.MatcherApplication;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.ChangeStreamSource;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.embedded.BoundedOplog;
import dk.jobmatch.matcher.embedded.InMemoryBackend;
import dk.jobmatch.matcher.embedded.OplogNews;
import dk.jobmatch.matcher.embedded.PacedChangeStreams;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The HTTP part: the real service in this JVM on 127.0.0.1, its MongoDB an in-memory
 * mongo-java-server that this class starts and fills with the bench data set through the service's
 * own repositories. The service is then restarted on the filled database, so the start-up rebuild
 * of the index from MongoDB is measured as in production, and then asked for matches over HTTP.
 */
final class HttpBench {
  private static final int BATCH = 2_000;
  private static final String DATABASE = "matcher";

  private final BenchSettings settings;
  private final SyntheticLabourMarket market;
  private final BenchReport report;
  private ChangeStreamSource changeStreamSource;

  HttpBench(BenchSettings settings, SyntheticLabourMarket market, BenchReport report) {
    this.settings = settings;
    this.market = market;
    this.report = report;
  }

  void run(List<Citizen> sample) throws Exception {
    OplogNews news = new OplogNews();
    InMemoryBackend backend = new InMemoryBackend(news, BoundedOplog.DEFAULT_CAPACITY);
    MongoServer mongo = new MongoServer(backend);
    mongo.bind("127.0.0.1", 0);
    InetSocketAddress address = mongo.getLocalAddress();
    String uri = "mongodb://127.0.0.1:" + address.getPort() + "/" + DATABASE;
    // mongo-java-server answers a change stream's getMore at once, where MongoDB waits for news:
    // served as the embedded default serves them, waiting on a port of their own, or they busy the cores.
    MongoServer changeStreams = new MongoServer(new PacedChangeStreams(backend, news, Duration.ofSeconds(1)));
    changeStreams.bind("127.0.0.1", 0);
    this.changeStreamSource = new ChangeStreamSource(new ConnectionString(
        "mongodb://127.0.0.1:" + changeStreams.getLocalAddress().getPort() + "/" + DATABASE));
    try {
      report.heading("HTTP: the service on 127.0.0.1, concurrency " + settings.httpConcurrency());
      long started = System.nanoTime();
      try (ConfigurableApplicationContext loader = start(uri)) {
        report.line("service start on the empty database: %.1f s", BenchReport.seconds(System.nanoTime() - started));
        long loading = System.nanoTime();
        CompanyRepository companies = loader.getBean(CompanyRepository.class);
        CitizenRepository citizens = loader.getBean(CitizenRepository.class);
        inBatches(market.companies(), batch -> companies.insert(batch).then().block());
        inBatches(market.citizens(), batch -> citizens.insert(batch).then().block());
        report.line("loading %,d companies and %,d citizens into MongoDB (in memory, through the service's repositories): %.1f s",
            settings.companies(), settings.citizens(), BenchReport.seconds(System.nanoTime() - loading));
      }
      // As the service's embedded default does; enabled only now, so the bulk load is not copied into the oplog.
      mongo.enableOplog();
      long restart = System.nanoTime();
      try (ConfigurableApplicationContext service = start(uri)) {
        report.line("service start on the filled database, including the index rebuild from MongoDB: %.1f s",
            BenchReport.seconds(System.nanoTime() - restart));
        report.line("heap after start (live, after GC; includes the in-memory MongoDB): %,.0f MiB", BenchReport.liveHeapMiB());
        lookups(service.getBean(CitizenRepository.class), sample);
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        load(port, sample);
      }
    } finally {
      changeStreams.shutdownNow();
      mongo.shutdownNow();
    }
  }

  /**
   * What one citizen lookup costs on this MongoDB, by id and job centre (as the match endpoint asks)
   * and by id alone: mongo-java-server uses its _id index only for a query on _id alone.
   */
  private void lookups(CitizenRepository citizens, List<Citizen> sample) {
    int n = Math.min(200, sample.size());
    long[] scoped = new long[n];
    long[] byId = new long[n];
    for (int i = 0; i < n; i++) {
      Citizen c = sample.get(i);
      long t = System.nanoTime();
      citizens.findByIdAndJobCentre(c.id(), c.jobCentre()).block();
      scoped[i] = System.nanoTime() - t;
      t = System.nanoTime();
      citizens.findById(c.id()).block();
      byId[i] = System.nanoTime() - t;
    }
    report.line("citizen lookup in MongoDB, one at a time: by id and job centre (what GET /matches does) %s; by id alone %s",
        new Latencies(scoped).summary(), new Latencies(byId).summary());
  }

  private ConfigurableApplicationContext start(String mongoUri) {
    // Command-line arguments, since application.yaml would override builder properties.
    return new SpringApplicationBuilder(MatcherApplication.class)
        .properties("spring.reactor.netty.shutdown-quiet-period=0s")
        .initializers(context -> context.getBeanFactory().registerSingleton("changeStreamSource", changeStreamSource))
        .run("--server.port=0", "--server.address=127.0.0.1", "--spring.mongodb.uri=" + mongoUri,
            "--spring.mongodb.database=" + DATABASE, "--matcher.demo-data.enabled=false",
            "--logging.level.org.springframework=warn", "--logging.level.org.mongodb=warn");
  }

  private void load(int port, List<Citizen> sample) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    String base = "http://127.0.0.1:" + port;
    Map<String, String> tokens = new HashMap<>();
    for (Citizen c : sample) {
      if (!tokens.containsKey(c.jobCentre())) {
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(base + "/dev/token?jobCentre="
            + c.jobCentre() + "&scope=matches.read")).header("Accept", "text/plain")
            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
          throw new IllegalStateException("POST /dev/token answered " + token.statusCode());
        }
        tokens.put(c.jobCentre(), token.body().strip());
      }
    }
    List<HttpRequest> requests = new ArrayList<>(sample.size());
    for (Citizen c : sample) {
      requests.add(HttpRequest.newBuilder(URI.create(base + "/citizens/" + c.id() + "/matches?limit=10"))
          .header("Authorization", "Bearer " + tokens.get(c.jobCentre())).timeout(Duration.ofSeconds(60)).GET().build());
    }
    Run warm = fire(client, requests, 0, settings.httpWarmup(), 0);
    report.line("warm-up: %,d requests in %.1f s", warm.done(), warm.seconds());
    CpuMeter cpu = CpuMeter.start();
    Run measured = fire(client, requests, settings.httpWarmup(), settings.httpRequests(), 0);
    report.line("GET /citizens/{id}/matches?limit=10: %s (%s; client and service share this JVM)",
        measured.latencies().summary(), cpu.since());
    report.line("throughput at concurrency %d: %,.0f requests/s (%,d requests in %.1f s%s)", settings.httpConcurrency(),
        measured.done() / measured.seconds(), measured.done(), measured.seconds(),
        measured.done() < settings.httpRequests() ? ", stopped at the time limit" : "");
    report.line("responses other than 200: %,d %s", measured.failures(), measured.statuses());
    CpuMeter paced = CpuMeter.start();
    Run steady = fire(client, requests, settings.httpWarmup() + settings.httpRequests(), settings.httpRateRequests(),
        TimeUnit.SECONDS.toNanos(1) / settings.httpRate());
    report.line("GET /citizens/{id}/matches?limit=10 at a steady %d requests/s (at most %d in flight; latency from each "
        + "request's planned start): %s (%s)", settings.httpRate(), settings.httpConcurrency(), steady.latencies().summary(),
        paced.since());
    report.line("responses other than 200 at the steady rate: %,d %s", steady.failures(), steady.statuses());
  }

  private record Run(int done, double seconds, Latencies latencies, int failures, Map<Integer, Integer> statuses) {}

  /**
   * {@code count} requests from {@code from} on (cycling through the sample), by {@code httpConcurrency}
   * threads: each sends its next request as soon as the last is answered ({@code intervalNanos} 0), or
   * at a steady rate, one every {@code intervalNanos}. At a steady rate a request's latency counts from
   * when it was planned to start, so one that waits for a free thread is charged for the wait.
   */
  private Run fire(HttpClient client, List<HttpRequest> requests, int from, int count, long intervalNanos)
      throws InterruptedException {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.httpMaxSeconds());
    ExecutorService pool = Executors.newFixedThreadPool(settings.httpConcurrency());
    long started = System.nanoTime();
    for (int w = 0; w < settings.httpConcurrency(); w++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          HttpRequest request = requests.get((from + i) % requests.size());
          long t0 = intervalNanos == 0 ? System.nanoTime() : started + i * intervalNanos;
          for (long wait = t0 - System.nanoTime(); wait > 0; wait = t0 - System.nanoTime()) {
            LockSupport.parkNanos(wait);
          }
          int status;
          try {
            status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
          } catch (IOException e) {
            status = -1;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          nanos[i] = System.nanoTime() - t0;
          if (status != 200) {
            failures.incrementAndGet();
            statuses.merge(status, 1, Integer::sum);
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(settings.httpMaxSeconds() + 60L, TimeUnit.SECONDS);
    pool.shutdownNow();
    double seconds = BenchReport.seconds(System.nanoTime() - started);
    int done = Math.min(count, next.get());
    long[] completed = Arrays.stream(nanos, 0, done).filter(n -> n > 0).toArray();
    return new Run(completed.length, seconds, new Latencies(completed), failures.get(), statuses);
  }

  private static <T> void inBatches(Stream<T> records, Consumer<List<T>> insert) {
    Iterator<T> it = records.iterator();
    List<T> batch = new ArrayList<>(BATCH);
    while (it.hasNext()) {
      batch.add(it.next());
      if (batch.size() == BATCH) {
        insert.accept(batch);
        batch = new ArrayList<>(BATCH);
      }
    }
    if (!batch.isEmpty()) {
      insert.accept(batch);
    }
  }
}
