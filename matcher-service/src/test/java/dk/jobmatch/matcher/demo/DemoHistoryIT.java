package dk.jobmatch.matcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.CompanyPage;
import dk.jobmatch.api.model.ContactPage;
import dk.jobmatch.api.model.HoursEntry;
import dk.jobmatch.api.model.HoursLedger;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NextStepPage;
import dk.jobmatch.api.model.OpenNextStep;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.api.model.PlacementPage;
import dk.jobmatch.api.model.PlacementStatus;
import dk.jobmatch.api.model.TeamFigures;
import dk.jobmatch.api.model.TeamList;
import dk.jobmatch.api.model.WeeklyOrdinaryHours;
import dk.jobmatch.contract.ContractValidator;
import dk.jobmatch.matcher.security.DevTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo data tells a year's story on the first start, read over the API as the consultant page
 * reads it: København's team figures have a weekly history, its placements are in every status and
 * every outcome with hours rising week by week and some follow-ups overdue, its teams are the demo
 * consultants', contacts leave next steps (some overdue) and companies not contacted for months,
 * some citizens have no acceptable match, and the README's tour citizen still gets its matches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.mongodb.uri=",
    "matcher.embedded-mongo.file=",
    "matcher.demo-data.enabled=true",
    "spring.mongodb.database=matcher-demo-history-test"})
class DemoHistoryIT {
  private static final String KOBENHAVN = "101";
  private static final List<String> SCOPES = List.of("companies.read", "citizens.read", "matches.read", "placements.read");

  @LocalServerPort
  private int port;
  @Autowired
  private DevTokens tokens;
  @Autowired
  private Clock clock;

  private WebTestClient consultant() {
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
        .filter(ContractValidator.api().filter())
        .defaultHeader("Authorization", "Bearer " + tokens.mint(DemoData.TEAMS.get("nord").getFirst(), KOBENHAVN, SCOPES))
        .build();
  }

  private <T> T get(String uri, Class<T> type) {
    return consultant().get().uri(uri).exchange().expectStatus().isOk().expectBody(type).returnResult().getResponseBody();
  }

  @Test
  void theTeamFiguresHaveAWeeklyHistoryOverManyWeeks() {
    TeamFigures figures = get("/figures?weeks=26", TeamFigures.class);

    assertThat(figures.getWeekly()).hasSize(26);
    assertThat(figures.getWeekly()).filteredOn(w -> w.getInActivePlacement() > 0).hasSizeGreaterThanOrEqualTo(24);
    assertThat(figures.getWeekly()).filteredOn(w -> w.getOrdinaryHoursTotal() > 0).hasSizeGreaterThanOrEqualTo(20);
    assertThat(figures.getWeekly().stream().map(WeeklyOrdinaryHours::getOrdinaryHoursTotal).distinct().count())
        .as("ordinary hours change from week to week").isGreaterThan(5);
    assertThat(figures.getTotals().getCitizens()).isGreaterThan(20);
    assertThat(figures.getTotals().getFollowUpsOverdue()).isPositive();
    assertThat(figures.getConsultants()).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(c -> assertThat(c.getCitizens()).isPositive());
  }

  @Test
  void theTeamsAreTheDemoConsultantsAndEachHasFigures() {
    TeamList teams = get("/teams", TeamList.class);

    assertThat(teams.getTeams()).extracting(t -> t.getName()).containsExactly("nord", "syd");
    assertThat(teams.getTeams().getFirst().getConsultants()).containsExactlyElementsOf(DemoData.TEAMS.get("nord"));
    for (String team : List.of("nord", "syd")) {
      TeamFigures figures = get("/figures?team=" + team, TeamFigures.class);
      assertThat(figures.getTotals().getCitizens()).as("citizens of team %s", team).isPositive();
      assertThat(figures.getTotals().getInActivePlacement()).as("in a placement, team %s", team).isPositive();
    }
  }

  @Test
  void placementsAreInEveryStatusAndEndedOnesWithEveryOutcome() {
    for (PlacementStatus status : PlacementStatus.values()) {
      assertThat(get("/placements?size=1&status=" + status.getValue(), PlacementPage.class).getPage().getTotalItems())
          .as("placements %s", status).isPositive();
    }
    PlacementPage ended = get("/placements?size=200&status=ENDED", PlacementPage.class);
    assertThat(ended.getItems().stream().map(Placement::getOutcome).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PlacementOutcome.values());
    assertThat(get("/placements?size=1&overdue=true", PlacementPage.class).getPage().getTotalItems())
        .as("placements with their follow-up overdue").isPositive();
  }

  @Test
  void activePlacementsHaveHoursRisingWeekByWeekFromInternshipToOrdinaryHours() {
    List<Placement> active = get("/placements?size=200&status=ACTIVE", PlacementPage.class).getItems();
    long rising = active.stream().filter(p -> {
      HoursLedger ledger = get("/placements/" + p.getPlacementId() + "/hours", HoursLedger.class);
      List<HoursEntry> counting = ledger.getEntries().stream().filter(HoursEntry::getCounts).toList();
      return counting.size() >= 3 && counting.getFirst().getOrdinaryHours() == 0
          && counting.getLast().getOrdinaryHours() > 0
          && counting.getLast().getEffectiveFrom().isAfter(counting.getFirst().getEffectiveFrom().plusWeeks(2));
    }).count();
    assertThat(rising).isGreaterThanOrEqualTo(3);
    assertThat(active).filteredOn(p -> p.getFollowUps() > 0).isNotEmpty();
  }

  @Test
  void contactsLeaveNextStepsSomeOverdueAndCompaniesNotContactedForMonths() {
    LocalDate today = LocalDate.now(clock);
    List<OpenNextStep> steps = get("/contacts/next-steps?size=200", NextStepPage.class).getItems();
    assertThat(steps).isNotEmpty();
    assertThat(steps).filteredOn(s -> s.getDueDate().isBefore(today)).as("overdue next steps").isNotEmpty();
    assertThat(get("/contacts/next-steps?size=1&mine=true", NextStepPage.class).getPage().getTotalItems())
        .as("the first demo consultant's own").isPositive();

    List<Company> local = get("/companies?size=200&municipalityCode=" + KOBENHAVN, CompanyPage.class).getItems();
    List<OffsetDateTime> lastContacts = local.stream()
        .map(c -> get("/companies/" + c.getCompanyId(), Company.class).getLastContact())
        .filter(Objects::nonNull).map(last -> last.getAt()).toList();
    OffsetDateTime monthsAgo = OffsetDateTime.now(clock).minusMonths(3);
    assertThat(lastContacts).filteredOn(at -> at.isBefore(monthsAgo)).as("contacted last months ago").isNotEmpty();
    assertThat(lastContacts).filteredOn(at -> at.isAfter(monthsAgo)).as("contacted lately").isNotEmpty();
    assertThat(lastContacts.size()).as("companies never contacted").isLessThan(local.size());

    UUID withPlacement = get("/placements?size=1&status=ACTIVE", PlacementPage.class).getItems().getFirst().getCompanyId();
    assertThat(get("/companies/" + withPlacement + "/contacts", ContactPage.class).getItems())
        .extracting(c -> c.getKind().getValue()).contains("PROPOSAL", "MEETING");
  }

  @Test
  void someCitizensHaveNoAcceptableMatch() {
    for (String citizen : DemoData.NO_MATCH_CITIZEN_IDS) {
      MatchList matches = get("/citizens/" + citizen + "/matches", MatchList.class);
      assertThat(matches.getMatches()).as("matches of %s", citizen).isEmpty();
    }
  }

  @Test
  void theReadmeTourCitizenStillGetsItsMatchesAndHasNoHistoryOfItsOwn() {
    MatchList matches = get("/citizens/" + DemoData.TOUR_CITIZEN_ID + "/matches?limit=5", MatchList.class);

    assertThat(matches.getMatches()).hasSize(5);
    assertThat(matches.getMatches()).extracting(CompanyMatch::getRank)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 5).boxed().toList());
    assertThat(matches.getMatches()).allSatisfy(row -> assertThat(row.getName()).startsWith(DemoData.LABEL));
    assertThat(get("/placements?size=1&citizenId=" + DemoData.TOUR_CITIZEN_ID, PlacementPage.class).getPage()
        .getTotalItems()).isZero();
  }
}
