package dk.jobmatch.matcher.bench;

import dk.jobmatch.api.model.SupplyGap;
import dk.jobmatch.api.model.TeamFigures;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.CompanyMapping;
import dk.jobmatch.matcher.company.PlacementLoad;
import dk.jobmatch.matcher.figures.ProductionFigures;
import dk.jobmatch.matcher.match.CitizenProfiles;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.placement.FollowUp;
import dk.jobmatch.matcher.placement.HoursEntry;
import dk.jobmatch.matcher.placement.HoursLedger;
import dk.jobmatch.matcher.placement.HoursLedgers;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.placement.PlacementOutcome;
import dk.jobmatch.matcher.placement.WorkAgreement;
import dk.jobmatch.matcher.security.DevTokens;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import dk.jobmatch.matcher.synthetic.SyntheticSize;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The team figures benchmark: a year of placements for one large job centre (København, 101),
 * generated from a fixed seed and written to the service's MongoDB, then the figures asked for over
 * HTTP as a consultant's page would. Prints the timings and writes them to
 * {@code target/figures-benchmark.md}; never asserts a time. Run it with
 * {@code ./mvnw -B -Pfigures-bench -pl matcher-service -am verify}; sizes with
 * {@code -Dbench.figures.citizens=3000 -Dbench.figures.placements=1500}.
 *
 * <p>The year: 60 consultants in 10 teams, 90% of the citizens in a caseload; placements start
 * evenly over the last 51 weeks, about 45% have ended, ordinary hours are raised every 4 to 6 weeks
 * in most placements, some changes are corrected, and follow-ups come every 25 to 35 days with one
 * in seven missed, so some are overdue.
 *
 * <p>Then the supply gap of the same citizens with about 20,000 synthetic companies in the match index
 * ({@code -Dbench.figures.companies=19998}, a multiple of 3), over HTTP and in-process for as many synthetic citizens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "matcher.embedded-mongo.file=",
    "matcher.demo-data.enabled=false",
    "spring.mongodb.database=figures-bench",
    "logging.level.org.springframework=warn"})
@AutoConfigureWebTestClient
class FiguresBenchmark {
  private static final String JOB_CENTRE = "101";
  private static final int CONSULTANTS = 60;
  private static final int TEAM_SIZE = 6;
  private static final long SEED = 20260331L;
  private static final int RUNS = Integer.getInteger("bench.figures.runs", 20);
  private static final int WARM_UP = 10;

  private final int citizenCount = Integer.getInteger("bench.figures.citizens", 3000);
  private final int placementCount = Integer.getInteger("bench.figures.placements", 1500);
  /** Synthetic companies for the supply gap; a multiple of 3 (the generator's blocks). */
  private final int supplyCompanies = Integer.getInteger("bench.figures.companies", 19_998);
  private static final int SUPPLY_RUNS = Integer.getInteger("bench.figures.supplyRuns", 10);
  private static final int SUPPLY_WARM_UP = 3;
  private final BenchReport report = new BenchReport();

  @Autowired
  private WebTestClient http;
  @Autowired
  private ReactiveMongoTemplate mongo;
  @Autowired
  private DevTokens tokens;
  @Autowired
  private Clock clock;
  @Autowired
  private HoursLedgers ledgers;
  @Autowired
  private TaskSearch search;
  @Autowired
  private CitizenProfiles profiles;

  @DynamicPropertySource
  static void teams(DynamicPropertyRegistry registry) {
    for (int team = 0; team < CONSULTANTS / TEAM_SIZE; team++) {
      int first = team * TEAM_SIZE;
      String members = IntStream.range(first, first + TEAM_SIZE).mapToObj(FiguresBenchmark::consultant)
          .collect(Collectors.joining(","));
      registry.add("matcher.figures.teams." + JOB_CENTRE + ".team" + (team + 1), () -> members);
    }
  }

  @Test
  void benchmark() {
    LocalDate today = LocalDate.now(clock);
    mongo.remove(new Query(), "citizens").then(mongo.remove(new Query(), "placements"))
        .then(mongo.remove(new Query(), "placementHours")).then(mongo.remove(new Query(), "placementHoursCounters")).block();

    report.heading("A year of placements for one job centre (" + JOB_CENTRE + ")");
    long t0 = System.nanoTime();
    SplittableRandom random = new SplittableRandom(SEED);
    List<Citizen> citizens = citizens(random, today);
    List<Generated> generatedPlacements = placements(random, citizens, today);
    List<Placement> placements = generatedPlacements.stream().map(Generated::placement).toList();
    Map<String, HoursLedger> ledgerById = generatedPlacements.stream()
        .collect(Collectors.toMap(g -> g.placement().id(), Generated::ledger));
    long generated = System.nanoTime() - t0;
    long t1 = System.nanoTime();
    mongo.insertAll(citizens).then().block();
    mongo.insertAll(placements).then().block();
    // Each entry appended as the API appends it, numbered by the placement's counter in the same order.
    Flux.fromIterable(generatedPlacements)
        .concatMap(g -> Flux.fromIterable(g.recorded()).concatMap(e -> ledgers.append(g.placement(), e)))
        .then().block();
    long written = System.nanoTime() - t1;
    long entries = ledgerById.values().stream().mapToLong(l -> l.entries().size()).sum();
    long followUps = placements.stream().mapToLong(p -> p.followUps().size()).sum();
    report.line("%,d citizens, %,d placements (%,d ledger entries, %,d follow-ups): generated in %.2f s, written in %.2f s",
        citizens.size(), placements.size(), entries, followUps, BenchReport.seconds(generated),
        BenchReport.seconds(written));

    WebTestClient consultant = http.mutate().responseTimeout(Duration.ofMinutes(2))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
        .defaultHeader("Authorization", "Bearer " + tokens.mint("bench", JOB_CENTRE,
            List.of("placements.read", "placements.write"))).build();
    TeamFigures figures = consultant.get().uri("/figures").exchange().expectStatus().isOk()
        .expectBody(TeamFigures.class).returnResult().getResponseBody();
    report.line("figures today: %d citizens, %d with a CV, %d with a job goal, %d in an active placement, %d with "
            + "ordinary hours (average %.2f a week), %d past 13 weeks, %d follow-ups overdue, %d consultants",
        figures.getTotals().getCitizens(), figures.getTotals().getWithCv(), figures.getTotals().getWithJobGoal(),
        figures.getTotals().getInActivePlacement(), figures.getTotals().getWithOrdinaryHours(),
        figures.getTotals().getAverageOrdinaryHours(), figures.getTotals().getPlacementsPast13Weeks(),
        figures.getTotals().getFollowUpsOverdue(), figures.getConsultants().size());

    report.heading("Team figures over HTTP (" + RUNS + " calls each after " + WARM_UP + " to warm up; one at a time)");
    String lastWeek = ProductionFigures.isoWeek(today.minusWeeks(1));
    Map<String, String> calls = new LinkedHashMap<>();
    calls.put("job centre, today, 12 weeks of series", "/figures");
    calls.put("job centre, today, 53 weeks of series", "/figures?weeks=53");
    calls.put("job centre, last week (" + lastWeek + ")", "/figures?week=" + lastWeek);
    calls.put("one team of 6 consultants", "/figures?team=team1");
    calls.put("one consultant", "/figures?consultant=" + consultant(0));
    calls.put("figures as CSV", "/exports/figures.csv");
    calls.put("the whole hours ledger as CSV", "/exports/hours-ledger.csv");
    calls.forEach((name, uri) -> report.line("%s `GET %s`: %s", name, uri, timeOf(() -> consultant.get().uri(uri)
        .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody())));

    supplyGap(today);

    report.heading("In-process parts (same data, no HTTP)");
    report.line("read the job centre's started placements from MongoDB: %s", timeOf(() -> mongo.find(
        Query.query(Criteria.where("jobCentre").is(JOB_CENTRE)
            .and("activeFrom").ne(null)), Placement.class).collectList().block()));
    List<ProductionFigures.CaseloadGroup> groups = groups(citizens);
    report.line("derive the figures from them (ProductionFigures, 12 weeks): %s",
        timeOf(() -> ProductionFigures.compute(groups, placements, ledgerById, today, 12)));
    report.line("heap in use after the run (live, after GC): %,.0f MiB", BenchReport.liveHeapMiB());
    report.write(Path.of("target", "figures-benchmark.md"));
  }

  /**
   * The supply gap over HTTP with {@code bench.figures.companies} synthetic companies (about 20,000) in
   * the match index, for the job centre's citizens above; then in-process, without HTTP, for as many
   * synthetic citizens, whose homes, goals, hours and needs vary as the demo data's do.
   */
  private void supplyGap(LocalDate today) {
    report.heading("Supply gap with " + String.format("%,d", supplyCompanies) + " synthetic companies in the match index ("
        + SUPPLY_RUNS + " calls each after " + SUPPLY_WARM_UP + " to warm up; one at a time)");
    SyntheticLabourMarket market = new SyntheticLabourMarket(new SyntheticSize(supplyCompanies, citizenCount),
        SyntheticLabourMarket.DEFAULT_SEED, today, clock.instant());
    PlacementLoad none = new PlacementLoad(Map.of(), YearMonth.from(today), 0, 0, 0);
    long t0 = System.nanoTime();
    search.rebuild(market.companies().map(c -> new TaskSearch.VersionedEntry(CompanyMapping.toIndexEntry(c, none), 0L))
        .toList()).block();
    report.line("%,d companies generated and indexed in %.1f s", supplyCompanies, BenchReport.seconds(System.nanoTime() - t0));
    WebTestClient matcher = http.mutate().responseTimeout(Duration.ofMinutes(2))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
        .defaultHeader("Authorization", "Bearer " + tokens.mint("bench", JOB_CENTRE, List.of("matches.read"))).build();
    SupplyGap gap = matcher.get().uri("/supply-gap").exchange().expectStatus().isOk().expectBody(SupplyGap.class)
        .returnResult().getResponseBody();
    report.line("the job centre's gap: %,d citizens, %,d without a job goal, %,d in the gap in %d groups",
        gap.getCitizens(), gap.getWithoutJobGoal(), gap.getInGap(), gap.getGroups().size());
    Map<String, String> calls = new LinkedHashMap<>();
    calls.put("job centre, no acceptable company", "/supply-gap");
    calls.put("job centre, fewer than 3", "/supply-gap?fewerThan=3");
    calls.put("one team of 6 consultants", "/supply-gap?team=team1");
    calls.put("supply gap as CSV", "/exports/supply-gap.csv");
    calls.forEach((name, uri) -> report.line("%s `GET %s`: %s", name, uri, timeOf(SUPPLY_WARM_UP, SUPPLY_RUNS,
        () -> matcher.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult()
            .getResponseBody())));
    List<Citizen> synthetic = market.citizens().toList();
    List<TaskSearch.CitizenGap> gaps = search.goalGaps(synthetic, profiles::of, 1).block();
    report.line("%,d synthetic citizens: %,d with a job goal, %,d with no acceptable company", synthetic.size(), gaps.size(),
        gaps.stream().filter(g -> g.gap().acceptableCompanies() == 0).count());
    report.line("in-process `TaskSearch.goalGaps` for them (profiles included): %s", timeOf(SUPPLY_WARM_UP, SUPPLY_RUNS,
        () -> search.goalGaps(synthetic, profiles::of, 1).block()));
  }

  private static String timeOf(Supplier<?> call) {
    return timeOf(WARM_UP, RUNS, call);
  }

  private static String timeOf(int warmUp, int runs, Supplier<?> call) {
    for (int i = 0; i < warmUp; i++) {
      call.get();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      call.get();
      nanos[i] = System.nanoTime() - t;
    }
    return new Latencies(nanos).summary();
  }

  private static String consultant(int index) {
    return String.format("vk%02d", index + 1);
  }

  private List<Citizen> citizens(SplittableRandom random, LocalDate today) {
    Instant registered = today.minusYears(2).atStartOfDay(ZoneId.systemDefault()).toInstant();
    List<Citizen> citizens = new ArrayList<>(citizenCount);
    for (int i = 0; i < citizenCount; i++) {
      boolean cv = random.nextDouble() < 0.8;
      Citizen.Cv resume = new Citizen.Cv(List.of(), List.of(), cv ? List.of("lager", "rengøring") : List.of(), true);
      List<Citizen.JobGoal> goals = random.nextDouble() < 0.7
          ? List.of(new Citizen.JobGoal("A", "9321", "Pakkeriarbejder")) : List.of();
      String consultant = random.nextDouble() < 0.9 ? consultant(random.nextInt(CONSULTANTS)) : null;
      citizens.add(new Citizen(UUID.randomUUID().toString(), null, JOB_CENTRE, resume, goals, List.of(),
          new Citizen.HoursCapacity(8, 20), List.of(), new Citizen.Home(55.68, 12.57, 15), List.of(), registered,
          registered, consultant, List.of()));
    }
    return citizens;
  }

  /** A generated placement and the hours entries recorded after its start. */
  private record Generated(Placement placement, List<HoursEntry> recorded) {
    HoursLedger ledger() {
      return placement.ledger(recorded);
    }
  }

  /** Placements moved through the real transitions, so their records are what the API would have written. */
  private List<Generated> placements(SplittableRandom random, List<Citizen> citizens, LocalDate today) {
    List<Generated> placements = new ArrayList<>(placementCount);
    for (int i = 0; i < placementCount; i++) {
      Citizen citizen = citizens.get(random.nextInt(citizens.size()));
      LocalDate start = today.minusDays(7 + random.nextInt(358));
      Instant at = start.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
      String by = citizen.consultant() == null ? consultant(0) : citizen.consultant();
      int internship = 8 + random.nextInt(8);
      int ordinary = random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0;
      WorkAgreement agreement = new WorkAgreement(List.of("task-" + (i % 400)), internship, ordinary,
          List.of("TUE", "THU"), start.plusWeeks(8), 30, null, start, null);
      Placement p = Placement.proposed(UUID.randomUUID().toString(), JOB_CENTRE, citizen.id(),
              "company-" + (i % 400), agreement.taskIds(), by, null, start, null, List.of(), by, at)
          .withWorkAgreement(agreement, at)
          .agree(start, start, by, at)
          .start(start, UUID.randomUUID().toString(), by, at);
      LocalDate end = random.nextDouble() < 0.45 ? start.plusWeeks(4 + random.nextInt(27)) : null;
      LocalDate last = end != null && end.isBefore(today) ? end : today;
      LocalDate change = start.plusWeeks(4 + random.nextInt(3));
      List<HoursEntry> recorded = new ArrayList<>();
      while (!change.isAfter(last)) {
        if (random.nextDouble() < 0.6) {
          internship = Math.max(0, internship - 1);
          ordinary = Math.min(37, ordinary + 1 + random.nextInt(3));
          HoursEntry raise = entry(p.ledger(recorded), change, internship, ordinary, null, by);
          p.recordHours(p.ledger(recorded), raise);
          recorded.add(raise);
          if (random.nextDouble() < 0.05) {
            HoursEntry correction = entry(p.ledger(recorded), change.minusDays(7), internship, ordinary, raise.id(), by);
            p.recordHours(p.ledger(recorded), correction);
            recorded.add(correction);
          }
        }
        change = change.plusWeeks(4 + random.nextInt(3));
      }
      LocalDate followUp = start.plusDays(25 + random.nextInt(11));
      while (!followUp.isAfter(last)) {
        if (random.nextDouble() >= 1.0 / 7) {
          p = p.withFollowUp(new FollowUp(UUID.randomUUID().toString(), followUp, List.of("CITIZEN", "CONSULTANT"),
              "Progression", random.nextBoolean(), by, at), at);
        }
        followUp = followUp.plusDays(25 + random.nextInt(11));
      }
      if (end != null && end.isBefore(today)) {
        p = p.end(end, ordinary > 0 ? PlacementOutcome.ORDINARY_JOB : PlacementOutcome.ENDED_WITHOUT_JOB,
            ordinary > 0 ? null : "Afsluttet", p.ledger(recorded), by, at);
      }
      placements.add(new Generated(p, recorded));
    }
    return placements;
  }

  private static HoursEntry entry(HoursLedger ledger, LocalDate from, int internship, int ordinary, String corrects,
      String by) {
    return new HoursEntry(UUID.randomUUID().toString(), ledger.nextSequence(), from, internship, ordinary, 0,
        corrects, null, null, by, from.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  private static List<ProductionFigures.CaseloadGroup> groups(List<Citizen> citizens) {
    Map<String, List<Citizen>> byConsultant = new HashMap<>();
    citizens.forEach(c -> byConsultant.computeIfAbsent(c.consultant() == null ? "" : c.consultant(), k -> new ArrayList<>())
        .add(c));
    return byConsultant.entrySet().stream().map(e -> new ProductionFigures.CaseloadGroup(
        e.getKey().isEmpty() ? null : e.getKey(), e.getValue().size(),
        (int) e.getValue().stream().filter(c -> !c.cv().skills().isEmpty()).count(),
        (int) e.getValue().stream().filter(c -> !c.jobGoals().isEmpty()).count(),
        e.getValue().stream().map(Citizen::id).toList())).toList();
  }
}
