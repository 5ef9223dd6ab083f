package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenPage;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.CompanyPage;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.NeedOutcome;
import dk.jobmatch.api.model.PlacementPage;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.contract.ContractValidator;
import dk.jobmatch.matcher.demo.DemoData;
import dk.jobmatch.matcher.security.DevTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The embedded default keeps its data in an H2 MVStore file: a restart on the same file must find
 * every acknowledged write, and rebuild the same index from it. Starts the whole application itself,
 * twice on one file, so it does not use the shared test context of {@code ApiTestSupport}.
 */
// With SPRING_MONGODB_URI set, the service uses that MongoDB and never starts the embedded file
// backend (nor loads demo data), so there is nothing here to test: the restart would only prove
// that the external MongoDB keeps its data.
@DisabledIfEnvironmentVariable(named = "SPRING_MONGODB_URI", matches = ".+")
class PersistenceIT {
  private static final List<String> ALL_SCOPES =
      List.of("companies.read", "companies.write", "citizens.read", "citizens.write", "matches.read", "placements.read");
  private static final String KOBENHAVN = "101";

  @TempDir
  Path temp;

  @Test
  void restartOnTheSameFileKeepsCompaniesCitizensAndTheMatchRanking() {
    Path file = temp.resolve("db").resolve("matcher.mv");
    UUID near;
    UUID far;
    UUID citizen;
    List<UUID> rankingBefore;

    try (ConfigurableApplicationContext app = start(file, "restart-test", false)) {
      WebTestClient http = client(app);
      near = createCompany(http, aCompany().named("Nær butik").kmNorthOfCentre(2)
          .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
      far = createCompany(http, aCompany().named("Fjern butik").kmNorthOfCentre(6)
          .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
      UUID bestGoal = createCompany(http, aCompany().named("Bedste mål").kmNorthOfCentre(8)
          .with(aTask().titled("Pakning af ordrer").occupation("9321")).build());
      citizen = http.post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(aCitizen().goal(GoalRank.A, "9321", "Pakkeriarbejder").goal(GoalRank.C, "5223", "Butiksassistent")
              .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build())
          .exchange()
          .expectStatus().isCreated()
          .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();

      rankingBefore = companyIds(matches(http, citizen));
      assertThat(rankingBefore).containsExactly(bestGoal, near, far);
    }

    assertThat(file).exists();
    try (ConfigurableApplicationContext app = start(file, "restart-test", false)) {
      WebTestClient http = client(app);

      Company company = http.get().uri("/companies/{id}", near).exchange()
          .expectStatus().isOk()
          .expectHeader().valueEquals("ETag", "\"0\"")
          .expectBody(Company.class).returnResult().getResponseBody();
      assertThat(company.getName()).isEqualTo("Nær butik");
      assertThat(company.getPartialTasks()).singleElement()
          .satisfies(t -> assertThat(t.getTitle()).isEqualTo("Opfyldning af varer"));
      http.get().uri("/companies/{id}", far).exchange().expectStatus().isOk();
      Citizen read = http.get().uri("/citizens/{id}", citizen).exchange()
          .expectStatus().isOk()
          .expectBody(Citizen.class).returnResult().getResponseBody();
      assertThat(read.getJobCentre()).isEqualTo(KOBENHAVN);
      assertThat(read.getAccommodationNeeds()).singleElement()
          .satisfies(n -> assertThat(n.getCode()).isEqualTo(NeedCode.NO_HEAVY_LIFTING));

      assertThat(companyIds(matches(http, citizen))).containsExactlyElementsOf(rankingBefore);
    }
  }

  @Test
  void writesAfterARestartAreKeptByTheNextRestart() {
    Path file = temp.resolve("db").resolve("matcher.mv");
    UUID company;
    try (ConfigurableApplicationContext app = start(file, "restart-test", false)) {
      company = createCompany(client(app), aCompany().named("Før").with(aTask()).build());
    }
    try (ConfigurableApplicationContext app = start(file, "restart-test", false)) {
      client(app).put().uri("/companies/{id}", company).header("If-Match", "\"0\"")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(aCompany().cvr(read(client(app), company).getCvr()).named("Efter").with(aTask()).build())
          .exchange()
          .expectStatus().isOk();
    }
    try (ConfigurableApplicationContext app = start(file, "restart-test", false)) {
      Company read = read(client(app), company);
      assertThat(read.getName()).isEqualTo("Efter");
      assertThat(read.getVersion()).isEqualTo(1L);
    }
  }

  @Test
  void loadsDemoDataIntoAnEmptyFileDatabaseOnceAndMatchesTheDemoCitizen() {
    Path file = temp.resolve("demo").resolve("matcher.mv");

    long placements;
    try (ConfigurableApplicationContext app = start(file, "demo-test", true)) {
      assertDemoDataSet(app);
      placements = placementsOfKobenhavn(app);
      assertThat(placements).as("the demo's year of placements").isPositive();

      MatchList matches = as(app, KOBENHAVN).get()
          .uri("/citizens/{id}/matches", UUID.fromString(DemoData.TOUR_CITIZEN_ID)).exchange()
          .expectStatus().isOk()
          .expectBody(MatchList.class).returnResult().getResponseBody();
      assertThat(matches.getMatches()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(matches.getMatches()).extracting(CompanyMatch::getRank)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, matches.getMatches().size()).boxed().toList());
      assertThat(matches.getMatches()).allSatisfy(row -> {
        assertThat(row.getName()).startsWith(DemoData.LABEL);
        assertThat(row.getTasks()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (TaskMatch task : row.getTasks()) {
          assertThat(task.getReasons()).isNotNull();
          assertThat(task.getReasons().getHours().getCitizenNow()).isEqualTo(8);
          assertThat(task.getReasons().getHours().getTaskMin()).isLessThanOrEqualTo(8);
          assertThat(task.getReasons().getDistanceKm()).isLessThanOrEqualTo(15.0);
          assertThat(task.getReasons().getNeeds()).extracting(n -> n.getCode())
              .containsExactlyInAnyOrder(NeedCode.NO_HEAVY_LIFTING, NeedCode.FEW_PEOPLE);
          assertThat(task.getReasons().getNeeds()).filteredOn(n -> n.getStrictness() == Strictness.MUST)
              .allSatisfy(n -> assertThat(n.getOutcome()).isNotEqualTo(NeedOutcome.VIOLATED));
        }
      });
      assertThat(matches.getMatches().getFirst().getTasks().getFirst().getReasons().getGoals()).isNotEmpty();
    }

    // A second start on the same file finds the data and does not load it again, its history neither.
    try (ConfigurableApplicationContext app = start(file, "demo-test", true)) {
      assertDemoDataSet(app);
      assertThat(placementsOfKobenhavn(app)).isEqualTo(placements);
    }
  }

  private static long placementsOfKobenhavn(ConfigurableApplicationContext app) {
    return as(app, KOBENHAVN).get().uri(b -> b.path("/placements").queryParam("size", 1).build()).exchange()
        .expectStatus().isOk()
        .expectBody(PlacementPage.class).returnResult().getResponseBody().getPage().getTotalItems();
  }

  private void assertDemoDataSet(ConfigurableApplicationContext app) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();
    CompanyPage companies = as(app, KOBENHAVN).get().uri(b -> b.path("/companies").queryParam("size", 1).build())
        .exchange()
        .expectStatus().isOk()
        .expectBody(CompanyPage.class).returnResult().getResponseBody();
    assertThat(companies.getPage().getTotalItems()).isEqualTo((long) DemoData.companies(now, today).size());
    assertThat(companies.getItems()).allSatisfy(c -> assertThat(c.getName()).startsWith(DemoData.LABEL));

    Map<String, Long> citizensPerJobCentre = DemoData.citizens(now, today).stream()
        .collect(Collectors.groupingBy(dk.jobmatch.matcher.citizen.Citizen::jobCentre, Collectors.counting()));
    for (String jobCentre : List.of(KOBENHAVN, "751", "461", "851")) {
      CitizenPage page = as(app, jobCentre).get().uri(b -> b.path("/citizens").queryParam("size", 1).build())
          .exchange()
          .expectStatus().isOk()
          .expectBody(CitizenPage.class).returnResult().getResponseBody();
      assertThat(page.getPage().getTotalItems()).as("demo citizens of job centre %s", jobCentre)
          .isPositive()
          .isEqualTo(citizensPerJobCentre.get(jobCentre));
    }
    CitizenPage kobenhavn = as(app, KOBENHAVN).get().uri(b -> b.path("/citizens").queryParam("size", 100).build())
        .exchange()
        .expectBody(CitizenPage.class).returnResult().getResponseBody();
    assertThat(kobenhavn.getItems()).extracting(c -> c.getCitizenId().toString()).contains(DemoData.TOUR_CITIZEN_ID);
  }

  /**
   * Starts the service on {@code file}. Settings that application.yaml also sets go in as
   * command-line arguments: {@link SpringApplicationBuilder#properties} only supplies defaults, and
   * application.yaml (matcher.embedded-mongo.file, matcher.demo-data.enabled, spring.mongodb.database)
   * would override them. A zero Reactor Netty quiet period only makes each shutdown quicker.
   */
  private static ConfigurableApplicationContext start(Path file, String database, boolean demoData) {
    return new SpringApplicationBuilder(MatcherApplication.class)
        .properties("server.port=0", "spring.reactor.netty.shutdown-quiet-period=0s")
        .run("--matcher.embedded-mongo.file=" + file.toAbsolutePath(),
            "--matcher.demo-data.enabled=" + demoData,
            "--spring.mongodb.database=" + database);
  }

  /** A client of a running service as a consultant of København; tokens are minted per start (new key each time). */
  private static WebTestClient client(ConfigurableApplicationContext app) {
    return as(app, KOBENHAVN);
  }

  private static WebTestClient as(ConfigurableApplicationContext app, String jobCentre) {
    String port = app.getEnvironment().getProperty("local.server.port");
    String token = app.getBean(DevTokens.class).mint("consultant-" + jobCentre, jobCentre, ALL_SCOPES);
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
        .filter(ContractValidator.api().filter())
        .responseTimeout(Duration.ofSeconds(30))
        .defaultHeader("Authorization", "Bearer " + token)
        .build();
  }

  private static UUID createCompany(WebTestClient http, dk.jobmatch.api.model.CompanyInput company) {
    return http.post().uri("/companies").contentType(MediaType.APPLICATION_JSON).bodyValue(company)
        .exchange()
        .expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody().getCompanyId();
  }

  private static Company read(WebTestClient http, UUID companyId) {
    return http.get().uri("/companies/{id}", companyId).exchange()
        .expectStatus().isOk()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private static MatchList matches(WebTestClient http, UUID citizenId) {
    return http.get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }
}
