package dk.jobmatch.matcher.bench;

import dk.jobmatch.api.model.SupplyGap;
import dk.jobmatch.api.model.TeamFigures;
import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.CompanyMapping;
import dk.jobmatch.matcher.company.PlacementLoad;
import dk.jobmatch.matcher.figures.ProductionFigures;
import dk.jobmatch.matcher.match.CitizenProfiles;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.placement.HoursLedger;
import dk.jobmatch.matcher.placement.HoursLedgers;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.security.DevTokens;
import dk.jobmatch.matcher.synthetic.PlacementHistory;
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

/**
 * The team figures benchmark: a year of placements for one large job centre (København, 101),
 * generated from a fixed seed and written to the service's MongoDB, then the figures asked for over
 * HTTP as a consultant's page would. Prints the timings and writes them to
 * {@code target/figures-benchmark.md}; never asserts a time. Run it with
 * {@code ./mvnw -B -Pfigures-bench -pl matcher-service -am verify}; sizes with
 * {@code -Dbench.figures.citizens=3000 -Dbench.figures.placements=1500}.
 *
 * <p>The year: 60 consultants in 10 teams, 90% of the citizens in a caseload; the placements are
 * the demo data's kind ({@link PlacementHistory}: each citizen's placements one after another over
 * the year, in every state, ordinary hours replacing internship hours week by week in most, some
 * corrected, follow-ups at each agreement's cadence with some overdue), at the tasks of the
 * synthetic companies near København, until there are as many as asked for.
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
  /** Where every citizen lives: central København. */
  private static final double HOME_LAT = 55.68;
  private static final double HOME_LON = 12.57;

  private final int citizenCount = Integer.getInteger("bench.figures.citizens", 3000);
  private final int placementCount = Integer.getInteger("bench.figures.placements", 1500);
  /** Synthetic companies for the supply gap; a multiple of 3 (the generator's blocks). */
  private final int supplyCompanies = Integer.getInteger("bench.figures.companies", 19_998);
  private static final int SUPPLY_RUNS = Integer.getInteger("bench.figures.supplyRuns", 10);
  private static final int SUPPLY_WARM_UP = 3;
  private final BenchReport report = new BenchReport();
  private PlacementHistory history;

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
    history = new PlacementHistory(SEED, today, clock.instant(), clock.getZone());
    List<Citizen> citizens = citizens(new SplittableRandom(SEED), today);
    List<PlacementHistory.Placed> generatedPlacements = history.of(JOB_CENTRE, citizens,
        companiesNearby(today, clock.instant()), consultant(0), placementCount);
    List<Placement> placements = generatedPlacements.stream().map(PlacementHistory.Placed::placement).toList();
    Map<String, HoursLedger> ledgerById = generatedPlacements.stream()
        .collect(Collectors.toMap(g -> g.placement().id(), PlacementHistory.Placed::ledger));
    long generated = System.nanoTime() - t0;
    long t1 = System.nanoTime();
    mongo.insertAll(citizens).then().block();
    mongo.insertAll(placements).then().block();
    // Each ledger stored as the API's appends would have stored it, numbered by the placement's counter.
    ledgers.appendToNew(placements, generatedPlacements.stream()
        .collect(Collectors.toMap(g -> g.placement().id(), PlacementHistory.Placed::recorded))).block();
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
      citizens.add(new Citizen(new UUID(SEED, i).toString(), null, JOB_CENTRE, resume, goals, List.of(),
          new Citizen.HoursCapacity(8, 20), List.of(), new Citizen.Home(HOME_LAT, HOME_LON, 15), List.of(), registered,
          registered));
    }
    return history.inCaseloads(JOB_CENTRE, citizens, IntStream.range(0, CONSULTANTS).mapToObj(FiguresBenchmark::consultant)
        .toList(), 0.9);
  }

  /**
   * The synthetic companies of a 30,000-company labour market within the citizens' reach: enough
   * seats for a year of placements of a large job centre.
   */
  private static List<Company> companiesNearby(LocalDate today, Instant now) {
    GeoPoint home = new GeoPoint(HOME_LAT, HOME_LON);
    return new SyntheticLabourMarket(new SyntheticSize(30_000, 0), SyntheticLabourMarket.DEFAULT_SEED, today, now)
        .companies()
        .filter(c -> home.distanceKm(new GeoPoint(c.location().lat(), c.location().lon())) <= 16)
        .toList();
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
