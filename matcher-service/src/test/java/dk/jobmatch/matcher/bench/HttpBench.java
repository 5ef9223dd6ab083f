package dk.jobmatch.matcher.bench;

import com.mongodb.ConnectionString;
import dk.jobmatch.matcher.MatcherApplication;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.TaskIndex;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.ChangeStreamSource;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.match.CitizenProfiles;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The HTTP part: the real service in this JVM on 127.0.0.1, its MongoDB an in-memory
 * mongo-java-server in a process of its own ({@link MongoProcess}), filled with the bench data set
 * through the service's own repositories. The service is then restarted on the filled database, so the start-up rebuild
 * of the index from MongoDB is measured as in production, and then asked for matches over HTTP by
 * a load generator in a JVM of its own ({@link LoadGenerator}).
 */
final class HttpBench {
  private static final int BATCH = 2_000;
  private static final String DATABASE = "matcher";
  /** Enough for the full data set in mongo-java-server's memory, with room for its indexes. */
  private static final String MONGO_HEAP = "8g";

  private final BenchSettings settings;
  private final SyntheticLabourMarket market;
  private final BenchReport report;
  private final InProcess inProcess;
  private ChangeStreamSource changeStreamSource;
  private MongoProcess mongo;

  /** What the engine did in-process on the same queries, which the HTTP figures are set beside. */
  record InProcess(Latencies latencies, double perSecond) {}

  HttpBench(BenchSettings settings, SyntheticLabourMarket market, BenchReport report, InProcess inProcess) {
    this.settings = settings;
    this.market = market;
    this.report = report;
    this.inProcess = inProcess;
  }

  void run(List<Citizen> sample) throws Exception {
    try (MongoProcess mongo = MongoProcess.start(MONGO_HEAP)) {
      this.mongo = mongo;
      String uri = "mongodb://127.0.0.1:" + mongo.port() + "/" + DATABASE;
      this.changeStreamSource = new ChangeStreamSource(new ConnectionString(
          "mongodb://127.0.0.1:" + mongo.changeStreamPort() + "/" + DATABASE));
      report.heading("HTTP: the service on 127.0.0.1, concurrency " + settings.httpConcurrency());
      report.line("MongoDB: in-memory mongo-java-server in a process of its own on 127.0.0.1 (-Xmx%s), as MongoDB "
          + "runs beside the service in production; its CPU time is reported apart", MONGO_HEAP);
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
        report.line("heap after start (live, after GC; the service alone): %,.0f MiB", BenchReport.liveHeapMiB());
        lookups(service.getBean(CitizenRepository.class), sample);
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        load(port, sample);
        engineInTheService(service, sample);
      }
    } finally {
      this.mongo = null;
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

  /**
   * The engine called directly inside the serving JVM, after the HTTP phases, on the same citizens,
   * warm-up and measured queries as the in-process phase: sets the HTTP figures apart from how the
   * engine runs in that JVM. The index is the service's own, reached by reflection since the
   * service offers no way around HTTP to it, on purpose.
   */
  private void engineInTheService(ConfigurableApplicationContext service, List<Citizen> sample) throws Exception {
    TaskSearch search = service.getBean(TaskSearch.class);
    java.lang.reflect.Field field = TaskSearch.class.getDeclaredField("index");
    field.setAccessible(true);
    TaskIndex index = (TaskIndex) field.get(search);
    CitizenProfiles profiles = service.getBean(CitizenProfiles.class);
    List<CitizenProfile> queries = sample.stream().map(profiles::of).toList();
    int warmup = settings.warmup();
    for (int i = 0; i < warmup; i++) {
      index.match(queries.get(i % queries.size()), 10, settings.today());
    }
    long[] nanos = new long[settings.queries()];
    CpuMeter cpu = CpuMeter.start();
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      index.match(queries.get((warmup + i) % queries.size()), 10, settings.today());
      nanos[i] = System.nanoTime() - t;
    }
    report.line("the engine called directly inside the serving JVM after the HTTP phases, the in-process phase's "
        + "citizens and queries, the service's index: %s (%s); in-process: %s", new Latencies(nanos).summary(),
        cpu.since(), inProcess.latencies().summary());
  }

  private ConfigurableApplicationContext start(String mongoUri) {
    // The day the in-process queries are asked on: the data set's availability dates and monthly
    // limits, and the CV's years ago, are made for it, and the service must do the same work.
    Clock today = Clock.fixed(settings.today().atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    // Command-line arguments, since application.yaml would override builder properties.
    return new SpringApplicationBuilder(MatcherApplication.class)
        .properties("spring.reactor.netty.shutdown-quiet-period=0s")
        .initializers(context -> {
          context.getBeanFactory().registerSingleton("changeStreamSource", changeStreamSource);
          ((GenericApplicationContext) context).registerBean("benchToday", Clock.class, () -> today,
              definition -> definition.setPrimary(true));
        })
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
    client.close();
    Path work = Files.createDirectories(Path.of("target", "bench-http"));
    Path requestFile = work.resolve("requests.txt");
    StringBuilder lines = new StringBuilder();
    for (Citizen c : sample) {
      lines.append("/citizens/").append(c.id()).append("/matches?limit=10 ").append(tokens.get(c.jobCentre())).append('\n');
    }
    Files.writeString(requestFile, lines);
    Path healthFile = work.resolve("health.txt");
    Files.writeString(healthFile, "/actuator/health\n");
    try {
      new LoadRun(port, requestFile, healthFile, work).run();
    } finally {
      // The development tokens die with the service anyway; the file need not outlive the run.
      Files.deleteIfExists(requestFile);
    }
  }

  /**
   * The load generator ({@link LoadGenerator}) in a JVM of its own, started with this JVM's java and
   * the test classes only (it needs nothing else), its phases followed line by line from its output:
   * each phase's CPU share of this (the service's) JVM is measured while that phase runs.
   */
  private final class LoadRun {
    private final int port;
    private final Path requestFile;
    private final Path healthFile;
    private final Path work;
    private CpuMeter phaseCpu;
    private long mongoCpuAtStart;
    private Recording recording;
    private final Map<String, Phase> phases = new HashMap<>();

    LoadRun(int port, Path requestFile, Path healthFile, Path work) {
      this.port = port;
      this.requestFile = requestFile;
      this.healthFile = healthFile;
      this.work = work;
    }

    void run() throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classes = Path.of(LoadGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", classes,
          LoadGenerator.class.getName(), Integer.toString(port), requestFile.toString(), work.toString(),
          Integer.toString(settings.httpMaxSeconds()),
          "warmup:" + settings.httpConcurrency() + ":" + settings.httpWarmup() + ":0",
          "single:1:" + settings.httpSingleRequests() + ":0",
          "concurrent:" + settings.httpConcurrency() + ":" + settings.httpRequests() + ":0",
          "steady:" + settings.httpConcurrency() + ":" + settings.httpRateRequests() + ":"
              + TimeUnit.SECONDS.toNanos(1) / settings.httpRate(),
          // Citizens the steady phase asked for, each again.
          "again:1:" + settings.httpSingleRequests() / 2 + ":0:back=" + settings.httpRateRequests()));
      if (settings.httpHealthRequests() > 0) {
        command.add("health:1:" + settings.httpHealthRequests() + ":0:" + healthFile);
      }
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      report.line("load generator: a JVM of its own (pid %d; plain sockets, one kept-alive HTTP/1.1 connection per client "
          + "thread), on the same two cores as the service, which runs in this JVM", process.pid());
      try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          String[] f = line.split(" ");
          switch (f[0]) {
            case "start" -> started(f[1]);
            case "end" -> ended(f);
            default -> System.out.println("[load generator] " + line);
          }
        }
      } finally {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
        stopRecording();
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("the load generator exited with " + process.exitValue());
      }
      summarise();
    }

    private void started(String phase) {
      phaseCpu = CpuMeter.start();
      mongoCpuAtStart = mongo.cpuNanos();
      String jfr = settings.httpJfr();
      if (!phase.equals("warmup") && !jfr.isBlank()) {
        try {
          recording = new Recording(Configuration.getConfiguration("profile"));
          recording.setDestination(Path.of(jfr + "-" + phase + ".jfr"));
          recording.start();
        } catch (IOException | ParseException e) {
          throw new IllegalStateException(e);
        }
      }
    }

    private void ended(String[] f) throws IOException {
      stopRecording();
      String name = f[1];
      long[] nanos = Files.readAllLines(work.resolve(name + ".nanos")).stream().mapToLong(Long::parseLong).toArray();
      int done = Integer.parseInt(f[2]);
      double seconds = Double.parseDouble(f[3]);
      phases.put(name, new Phase(new Latencies(nanos), done, seconds, phaseCpu.since(), phaseCpu.cpuNanos(),
          mongo.cpuNanos() - mongoCpuAtStart,
          Long.parseLong(f[4]), Long.parseLong(f[5]), f[6].equals("-") ? "none" : f[6]));
    }

    private void stopRecording() {
      if (recording != null) {
        recording.stop();
        recording.close();
        recording = null;
      }
    }

    private void summarise() {
      Phase warm = phases.get("warmup");
      report.line("warm-up: %,d requests at concurrency %d in %.1f s", warm.done(), settings.httpConcurrency(), warm.seconds());
      Phase single = phases.get("single");
      report.line("one connection (concurrency 1), GET /citizens/{id}/matches?limit=10: %s (%s); %s",
          single.latencies().summary(), single.cpu(), single.costs());
      Phase concurrent = phases.get("concurrent");
      report.line("concurrency %d: %s (%s); %s", settings.httpConcurrency(), concurrent.latencies().summary(),
          concurrent.cpu(), concurrent.costs());
      double perSecond = concurrent.done() / concurrent.seconds();
      report.line("throughput at concurrency %d: %,.0f requests/s (%,d requests in %.1f s%s)", settings.httpConcurrency(),
          perSecond, concurrent.done(), concurrent.seconds(),
          concurrent.done() < settings.httpRequests() ? ", stopped at the time limit" : "");
      Phase steady = phases.get("steady");
      report.line("at a steady %d requests/s (at most %d in flight; latency from each request's planned start): %s (%s); %s",
          settings.httpRate(), settings.httpConcurrency(), steady.latencies().summary(), steady.cpu(), steady.costs());
      Phase again = phases.get("again");
      report.line("one connection again, citizens the steady phase asked for (the phases before ask for each citizen "
          + "the first time): %s (%s); %s", again.latencies().summary(),
          again.cpu(), again.costs());
      report.line("responses other than 200: one connection %s, concurrency %d %s, steady rate %s, again %s",
          single.statuses(), settings.httpConcurrency(), concurrent.statuses(), steady.statuses(), again.statuses());
      Phase health = phases.get("health");
      if (health != null) {
        report.line("GET /actuator/health, one connection: %s (%s); %s; responses other than 200: %s",
            health.latencies().summary(), health.cpu(), health.costs(), health.statuses());
      }
      report.line("against in-process (%s; %,.0f matches/s with %d threads): one connection p50 %+.2f ms (goal <= +1 ms), "
          + "p99 %+.2f ms; throughput at concurrency %d %.0f%% of in-process (goal >= 70%%); p99 at %d requests/s %.1f ms "
          + "(goal <= 20 ms)", inProcess.latencies().summary(), inProcess.perSecond(), settings.throughputThreads(),
          single.latencies().percentileMs(50) - inProcess.latencies().percentileMs(50),
          single.latencies().percentileMs(99) - inProcess.latencies().percentileMs(99), settings.httpConcurrency(),
          100 * perSecond / inProcess.perSecond(), settings.httpRate(), steady.latencies().percentileMs(99));
    }
  }

  /** One phase of the load generator, with what this (the service's) JVM and the MongoDB process spent on it. */
  private record Phase(Latencies latencies, int done, double seconds, String cpu, long serviceCpuNanos, long mongoCpuNanos,
      long generatorCpuNanos, long bodyBytes, String statuses) {

    /** CPU per request, in the service's JVM, MongoDB's and the load generator's, and the answer's size. */
    String costs() {
      return String.format(Locale.ROOT, "CPU per request: service %.2f ms, MongoDB %.2f ms, load generator %.2f ms; "
          + "%,d bytes per answer", serviceCpuNanos / 1e6 / Math.max(1, done), mongoCpuNanos / 1e6 / Math.max(1, done),
          generatorCpuNanos / 1e6 / Math.max(1, done), bodyBytes / Math.max(1, done));
    }
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
