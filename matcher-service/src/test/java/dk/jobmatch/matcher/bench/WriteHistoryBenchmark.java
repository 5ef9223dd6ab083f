package dk.jobmatch.matcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.HoursEntryInput;
import dk.jobmatch.api.model.PlacementProposal;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.api.model.WorkAgreement;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.matcher.reference.Cvr;
import dk.jobmatch.matcher.support.TestCitizens;
import dk.jobmatch.matcher.support.TestCompanies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write-history benchmark: does a history of writes leave the idle service busy, or its data file
 * fat? Starts the service as its own process on its embedded default (H2 file, demo data), makes
 * {@code bench.writes} (20,000) mixed writes over HTTP on 127.0.0.1 (companies, citizens, placements,
 * follow-ups, and mostly hours entries on a few placements), then measures the service's CPU over
 * {@code bench.idle.seconds} (15) of no traffic and the size of its data file; then kills it with
 * SIGKILL, starts it again on the same file and measures both again, and checks that every
 * acknowledged write is there and that the match index agrees with the data. Prints the figures and
 * writes them to {@code target/write-history.md}; never asserts a time. Run it with
 * {@code ./mvnw -B -Pwrite-history -pl matcher-service -am verify}.
 */
class WriteHistoryBenchmark {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration START_LIMIT = Duration.ofMinutes(10);
  private static final double MB = 1_000_000.0;
  /** How long after the writes (or the start) the second look is taken: past H2's 45 s retention time. */
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private final int writes = Integer.getInteger("bench.writes", 20_000);
  private final int placementCount = Integer.getInteger("bench.placements", 10);
  private final int concurrency = Integer.getInteger("bench.concurrency", 8);
  private final int idleSeconds = Integer.getInteger("bench.idle.seconds", 15);
  private final Path folder = Path.of("target", "write-history").toAbsolutePath();
  private final Path dataFile = folder.resolve("data").resolve("matcher.mv");
  private final BenchReport report = new BenchReport();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
  private final AtomicInteger cvrSerial = new AtomicInteger(7_100_000);

  private String base;
  private String token;

  @Test
  void writeHistoryThenIdle() throws Exception {
    deleteFolder();
    Files.createDirectories(dataFile.getParent());
    LocalDate today = LocalDate.now();
    report.heading("Write history: " + String.format("%,d", writes) + " writes over HTTP, then idle");
    report.line("service: its own JVM (-Xmx2g) on the embedded default, H2 file %s, demo data; traffic on 127.0.0.1 "
        + "from %d threads in this JVM", folder.relativize(dataFile), concurrency);

    List<String> placements;
    AtomicIntegerArray hoursAcknowledged;
    List<String> companies;
    List<String> sampleCitizens;
    Map<String, List<String>> rankingBefore;
    long started = System.nanoTime();
    try (ServiceProcess service = ServiceProcess.start(dataFile, folder.resolve("service-1.log"), START_LIMIT)) {
      report.line("first start on an empty file (demo data loaded, index built): %.1f s", seconds(started));
      connect(service);
      idle(service, "after the first start");

      SplittableRandom random = new SplittableRandom(20261205L);
      long writing = System.nanoTime();
      companies = Collections.synchronizedList(new ArrayList<>());
      List<String> citizens = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger done = new AtomicInteger();
      // Setup: companies and citizens to place, then the few placements that get most of the hours.
      for (int i = 0; i < placementCount * 2; i++) {
        createCompany(i, companies, done);
        createCitizen(i, citizens, done);
      }
      placements = new ArrayList<>();
      for (int i = 0; i < placementCount; i++) {
        placements.add(startPlacement(citizens.get(i), companies.get(i), today.minusDays(200), done));
      }
      hoursAcknowledged = new AtomicIntegerArray(placements.size());
      mixedWrites(random, today, placements, hoursAcknowledged, companies, citizens, done);
      double writeSeconds = seconds(writing);
      report.line("writes: %,d in %.1f s (%.0f/s): %s", done.get(), writeSeconds, done.get() / writeSeconds, statusSummary());
      report.line("of them hours entries: %,d on %d placements (%,d to %,d each)", sum(hoursAcknowledged),
          placements.size(), min(hoursAcknowledged), max(hoursAcknowledged));
      sampleCitizens = citizens.subList(0, Math.min(20, citizens.size()));
      rankingBefore = rankings(sampleCitizens);
      long writesEnded = System.nanoTime();
      idle(service, "right after the writes");
      // H2 keeps a commit's old space for 45 s (its retention time, so a crash cannot lose a commit to a
      // reordered disk write) before it reuses or gives it back: look again once that has passed.
      settle(writesEnded);
      idle(service, "a minute after the writes");

      service.kill();
      report.line("killed with SIGKILL (kill -9)");
    }

    long restart = System.nanoTime();
    try (ServiceProcess service = ServiceProcess.start(dataFile, folder.resolve("service-2.log"), START_LIMIT)) {
      report.line("restart on the same file (index rebuilt from it): %.1f s", seconds(restart));
      long ready = System.nanoTime();
      connect(service);
      idle(service, "right after the restart");
      settle(ready);
      idle(service, "a minute after the restart");

      report.heading("Nothing acknowledged lost, index agrees");
      int lost = 0;
      for (int i = 0; i < placements.size(); i++) {
        JsonNode placement = get("/placements/" + placements.get(i));
        // The start wrote the first entry from the work agreement; every other entry was acknowledged here.
        int found = placement.get("hoursEntries").asInt() - 1;
        lost += Math.max(0, hoursAcknowledged.get(i) - found);
        assertThat(found).as("hours entries of placement %d after kill -9 and restart", i)
            .isEqualTo(hoursAcknowledged.get(i));
        JsonNode ledger = get("/placements/" + placements.get(i) + "/hours");
        Set<Integer> sequences = new LinkedHashSet<>();
        ledger.get("entries").forEach(e -> sequences.add(e.get("sequence").asInt()));
        assertThat(sequences).as("sequences of placement %d are distinct", i).hasSize(found + 1);
      }
      int missingCompanies = 0;
      for (String company : companies) {
        if (status("GET", "/companies/" + company) != 200) {
          missingCompanies++;
        }
      }
      report.line("hours entries acknowledged and found again: %,d of %,d; companies created and found again: %,d of %,d",
          sum(hoursAcknowledged) - lost, sum(hoursAcknowledged), companies.size() - missingCompanies, companies.size());
      assertThat(missingCompanies).isZero();
      Map<String, List<String>> rankingAfter = rankings(sampleCitizens);
      long same = sampleCitizens.stream().filter(c -> rankingBefore.get(c).equals(rankingAfter.get(c))).count();
      report.line("match lists of %d citizens (top 10 companies) the same before the kill and after the restart: %d",
          sampleCitizens.size(), same);
      assertThat(rankingAfter).isEqualTo(rankingBefore);
    }
    report.write(Path.of("target", "write-history.md"));
  }

  // ---- the writes ------------------------------------------------------------------------------------

  /** Mostly hours entries on the few placements, with companies, citizens, company updates and follow-ups among them. */
  private void mixedWrites(SplittableRandom seed, LocalDate today, List<String> placements, AtomicIntegerArray hours,
      List<String> companies, List<String> citizens, AtomicInteger done) throws InterruptedException {
    AtomicInteger next = new AtomicInteger(done.get());
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    for (int w = 0; w < concurrency; w++) {
      SplittableRandom random = seed.split();
      int worker = w;
      pool.execute(() -> {
        // Each worker updates only the companies it created itself, so its If-Match is never stale by its own doing.
        Map<String, Long> mine = new TreeMap<>();
        for (int i = next.getAndIncrement(); i < writes; i = next.getAndIncrement()) {
          int dice = random.nextInt(100);
          try {
            if (dice < 4) {
              String id = createCompany(i, companies, done);
              if (id != null) {
                mine.put(id, 0L);
              }
            } else if (dice < 7) {
              createCitizen(i, citizens, done);
            } else if (dice < 9 && !mine.isEmpty()) {
              String id = mine.keySet().stream().skip(random.nextInt(mine.size())).findFirst().orElseThrow();
              if (updateCompany(id, mine.get(id), i, done)) {
                mine.merge(id, 1L, Long::sum);
              }
            } else if (dice < 10) {
              int p = random.nextInt(placements.size());
              write("follow-up", "POST", "/placements/" + placements.get(p) + "/follow-ups", new FollowUpInput()
                  .date(today.minusDays(random.nextInt(150))).participants(Set.of(FollowUpParticipant.CITIZEN))
                  .notes("Opfølgning " + i).ordinaryHoursRaised(false), null, done);
            } else {
              int p = random.nextInt(placements.size());
              JsonNode entry = write("hours", "POST", "/placements/" + placements.get(p) + "/hours", new HoursEntryInput()
                  .effectiveFrom(today.minusDays(random.nextInt(200))).internshipHours(5 + random.nextInt(15))
                  .ordinaryHours(random.nextInt(10)).note("Uge " + i + " (" + worker + ")"), null, done);
              if (entry != null) {
                hours.incrementAndGet(p);
              }
            }
          } catch (IOException | RuntimeException e) {
            statuses.computeIfAbsent("error", k -> new ConcurrentHashMap<>())
                .computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
      pool.shutdownNow();
      throw new IllegalStateException("the writes did not finish within two hours");
    }
  }

  private String createCompany(int i, List<String> companies, AtomicInteger done) throws IOException, InterruptedException {
    JsonNode company = write("company", "POST", "/companies", TestCompanies.aCompany().cvr(nextCvr())
        .named("Skrivehistorik " + i).kmNorthOfCentre(0.5 + (i % 40) / 10.0)
        .with(TestCompanies.aTask().titled("Pakning af ordrer").occupation("9321").hours(4, 12).capacity(3))
        .with(TestCompanies.aTask().titled("Opfyldning af varer").occupation("5223").hours(4, 12)).build(), null, done);
    if (company == null) {
      return null;
    }
    companies.add(company.get("companyId").asString());
    return company.get("companyId").asString();
  }

  private boolean updateCompany(String id, long version, int i, AtomicInteger done) throws IOException, InterruptedException {
    JsonNode current = get("/companies/" + id);
    Map<String, Object> input = JSON.convertValue(current, JSON.getTypeFactory().constructMapType(Map.class, String.class,
        Object.class));
    input.keySet().retainAll(Set.of("cvr", "name", "municipalityCode", "location", "industryCode", "openToOrdinaryHours",
        "accommodationsOffered", "partialTasks", "availability"));
    input.put("name", "Skrivehistorik " + i + " (ændret)");
    List<Map<String, Object>> tasks = JSON.convertValue(current.get("partialTasks"),
        JSON.getTypeFactory().constructCollectionType(List.class, Map.class));
    for (Map<String, Object> task : tasks) {
      task.keySet().retainAll(Set.of("taskId", "title", "description", "occupationCode", "skills", "demands",
          "accommodationsOffered", "weeklyHoursMin", "weeklyHoursMax", "schedule", "eligibleForPaidHours", "capacity",
          "teamSize"));
    }
    input.put("partialTasks", tasks);
    return write("company-update", "PUT", "/companies/" + id, input, "\"" + version + "\"", done) != null;
  }

  private void createCitizen(int i, List<String> citizens, AtomicInteger done) throws IOException, InterruptedException {
    JsonNode citizen = write("citizen", "POST", "/citizens", TestCitizens.aCitizen()
        .goal(GoalRank.A, "9321", "Pakkeriarbejder").livingKmNorthOfCentre((i % 30) / 10.0).commuteKm(8).build(), null, done);
    if (citizen != null) {
      citizens.add(citizen.get("citizenId").asString());
    }
  }

  /** Proposed, given a work agreement of 15 + 2 hours, agreed and started {@code start}: four writes. */
  private String startPlacement(String citizen, String company, LocalDate start, AtomicInteger done)
      throws IOException, InterruptedException {
    JsonNode companyRead = get("/companies/" + company);
    UUID task = UUID.fromString(companyRead.get("partialTasks").get(0).get("taskId").asString());
    JsonNode proposed = write("placement", "POST", "/placements", new PlacementProposal().citizenId(UUID.fromString(citizen))
        .companyId(UUID.fromString(company)).taskIds(Set.of(task)), null, done);
    String id = proposed.get("placementId").asString();
    write("placement", "PUT", "/placements/" + id + "/work-agreement", new WorkAgreement().taskIds(Set.of(task))
        .weeklyInternshipHours(15).plannedOrdinaryHours(2).days(Set.of(Weekday.TUE, Weekday.THU))
        .reviewDate(LocalDate.now().plusMonths(3)).followUpEveryDays(30), "\"0\"", done);
    write("placement", "POST", "/placements/" + id + "/agree", null, null, done);
    write("placement", "POST", "/placements/" + id + "/start", new PlacementStart().startDate(start), null, done);
    return id;
  }

  private String nextCvr() {
    while (true) {
      var cvr = Cvr.withCheckDigit(String.valueOf(cvrSerial.incrementAndGet()));
      if (cvr.isPresent()) {
        return cvr.get();
      }
    }
  }

  // ---- measuring ---------------------------------------------------------------------------------------

  /** The service's CPU over {@code idleSeconds} of no traffic, as a share of one core, with how busy the machine was. */
  private void idle(ServiceProcess service, String when) throws InterruptedException {
    long[] machine = CpuMeter.machineTicks();
    long cpu = service.cpuNanos();
    long wall = System.nanoTime();
    // The measurement itself: a window with no traffic, whose length is the figure's denominator.
    TimeUnit.SECONDS.sleep(idleSeconds);
    double share = (service.cpuNanos() - cpu) / (double) (System.nanoTime() - wall);
    long[] now = CpuMeter.machineTicks();
    String busy = machine == null || now == null || now[1] == machine[1] ? "machine load unknown"
        : String.format("the machine %.0f%% busy meanwhile", 100.0 * (1 - (now[0] - machine[0]) / (double) (now[1] - machine[1])));
    report.line("idle %s: the service used %.1f%% of one core over %d s without traffic (%s); data file %.1f MB",
        when, 100 * share, idleSeconds, busy, sizeOf(dataFile) / MB);
  }

  /** Waits until {@code SETTLE} has passed since {@code since}. */
  private static void settle(long since) throws InterruptedException {
    long left = SETTLE.toNanos() - (System.nanoTime() - since);
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private Map<String, List<String>> rankings(List<String> citizens) throws IOException, InterruptedException {
    Map<String, List<String>> rankings = new TreeMap<>();
    for (String citizen : citizens) {
      List<String> ids = new ArrayList<>();
      get("/citizens/" + citizen + "/matches?limit=10").get("matches").forEach(row -> ids.add(row.get("companyId").asString()));
      rankings.put(citizen, ids);
    }
    return rankings;
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------

  private void connect(ServiceProcess service) throws IOException, InterruptedException {
    base = "http://127.0.0.1:" + service.port();
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/dev/token?jobCentre=101"))
        .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("POST /dev/token answered " + response.statusCode());
    }
    token = response.body().strip();
  }

  /** One write; its status is counted under {@code kind}. The answer's body when it was acknowledged (2xx), else null. */
  private JsonNode write(String kind, String method, String path, Object body, String ifMatch, AtomicInteger done)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    done.incrementAndGet();
    statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
    return response.statusCode() / 100 == 2 && !response.body().isEmpty() ? JSON.readTree(response.body())
        : response.statusCode() / 100 == 2 ? JSON.createObjectNode() : null;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private int status(String method, String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String statusSummary() {
    StringBuilder summary = new StringBuilder();
    new TreeMap<>(statuses).forEach((kind, byStatus) -> {
      summary.append(summary.isEmpty() ? "" : "; ").append(kind).append(' ');
      new TreeMap<>(byStatus).forEach((status, n) -> summary.append(status).append(" x ").append(String.format("%,d", n.get())).append(' '));
    });
    return summary.toString().strip().replace(" ;", ";");
  }

  // ---- small things ----------------------------------------------------------------------------------

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static int sum(AtomicIntegerArray a) {
    int s = 0;
    for (int i = 0; i < a.length(); i++) {
      s += a.get(i);
    }
    return s;
  }

  private static int min(AtomicIntegerArray a) {
    int m = Integer.MAX_VALUE;
    for (int i = 0; i < a.length(); i++) {
      m = Math.min(m, a.get(i));
    }
    return m;
  }

  private static int max(AtomicIntegerArray a) {
    int m = 0;
    for (int i = 0; i < a.length(); i++) {
      m = Math.max(m, a.get(i));
    }
    return m;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private void deleteFolder() throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
