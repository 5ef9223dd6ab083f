package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.MatchRows.row;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static dk.jobmatch.matcher.support.TestPlacements.aPlacement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.api.model.Candidate;
import dk.jobmatch.api.model.CandidateList;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.HeldBack;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.PaidHoursRecord;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.matcher.company.CompanyIndexFeed;
import dk.jobmatch.matcher.support.ApiTestSupport;
import dk.jobmatch.matcher.support.TestPlacements;
import dk.jobmatch.matcher.support.TestPlacements.PlacementBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Availability and placement load through the API: a paused company and one at its monthly limit
 * are held back and counted, a task whose seats are taken by placements disappears, and ended
 * placements that led to ordinary hours build the company's record. Placements are written straight
 * into the {@code placements} collection (as another writer would), then the company is re-indexed the
 * way a placement change does it ({@link CompanyIndexFeed#refresh}) or by updating the company.
 * Every company under test is nearer than the control company that stays on the list.
 */
class PlacementLoadApiIT extends ApiTestSupport {
  @Autowired
  private CompanyIndexFeed feed;

  @Test
  void aPausedCompanyIsHeldBackAndCounted() {
    UUID paused = createCompany(aCompany().named("Holder pause").kmNorthOfCentre(1)
        .pausedUntil(LocalDate.now().plusDays(7)).with(aTask()).build()).getCompanyId();
    UUID notYet = createCompany(aCompany().named("Først om en måned").kmNorthOfCentre(1)
        .nextAvailableOn(LocalDate.now().plusMonths(1)).with(aTask()).build()).getCompanyId();
    UUID control = createControl();
    UUID citizen = createCitizen(aCitizen().build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).containsExactly(control).doesNotContain(paused, notYet);
    assertThat(result.getHeldBack()).isEqualTo(new HeldBack().paused(2).monthlyLimitReached(0).contactLimitReached(0));
  }

  @Test
  void aCompanyAtItsMonthlyLimitAfterARefreshIsHeldBackAndCounted() {
    // Seats to spare: only the monthly limit can hold the company back.
    Company limited = createCompany(aCompany().named("Én om måneden").kmNorthOfCentre(1).monthlyLimit(1)
        .with(aTask().capacity(5)).build());
    UUID control = createControl();
    UUID citizen = createCitizen(aCitizen().build());
    assertThat(companyIds(matches(citizen))).containsExactly(limited.getCompanyId(), control);

    placed(aPlacement().at(limited.getCompanyId()).holding(onlyTaskOf(limited)).agreed().startedOn(LocalDate.now()));
    feed.refresh(limited.getCompanyId().toString()).block();

    MatchList result = matches(citizen);
    assertThat(companyIds(result)).containsExactly(control);
    assertThat(result.getHeldBack()).isEqualTo(new HeldBack().paused(0).monthlyLimitReached(1).contactLimitReached(0));
  }

  @Test
  void theReverseSearchShowsThatACompanyAtItsMonthlyLimitIsNotAvailable() {
    Company limited = createCompany(aCompany().named("Én om måneden").kmNorthOfCentre(1).monthlyLimit(1)
        .with(aTask().capacity(5)).build());
    UUID citizen = createCitizen(aCitizen().build());
    UUID task = onlyTaskOf(limited);
    assertThat(candidates(limited, task).getCompanyAvailable()).isTrue();

    placed(aPlacement().at(limited.getCompanyId()).holding(task).active().startedOn(LocalDate.now()));

    CandidateList afterPlacement = candidates(limited, task);
    assertThat(afterPlacement.getCompanyAvailable()).isFalse();
    assertThat(afterPlacement.getCandidates()).extracting(Candidate::getCitizenId).containsExactly(citizen);
  }

  @Test
  void aCompanyAtItsMonthlyLimitIsHeldBackAfterItIsUpdatedThroughTheApi() {
    Company limited = createCompany(aCompany().named("To om måneden").kmNorthOfCentre(1)
        .with(aTask().capacity(5)).build());
    UUID control = createControl();
    UUID citizen = createCitizen(aCitizen().build());
    UUID task = onlyTaskOf(limited);
    placed(aPlacement().at(limited.getCompanyId()).holding(task).active().startedOn(LocalDate.now()));
    placed(aPlacement().at(limited.getCompanyId()).holding(task).ended(false).startedOn(LocalDate.now()));

    // The consultant records that the company takes at most two new placements a month.
    consultant().put().uri("/companies/{id}", limited.getCompanyId()).header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().cvr(limited.getCvr()).named("To om måneden").kmNorthOfCentre(1).monthlyLimit(2)
            .with(aTask().withId(task).capacity(5)).build())
        .exchange().expectStatus().isOk();

    MatchList result = matches(citizen);
    assertThat(companyIds(result)).containsExactly(control);
    assertThat(result.getHeldBack().getMonthlyLimitReached()).isEqualTo(1);
  }

  @Test
  void placementsStartedInAnEarlierMonthOrOnlyProposedDoNotCountAgainstTheLimit() {
    Company limited = createCompany(aCompany().named("Én om måneden").kmNorthOfCentre(1).monthlyLimit(1)
        .with(aTask().capacity(5)).build());
    UUID control = createControl();
    UUID citizen = createCitizen(aCitizen().build());
    UUID task = onlyTaskOf(limited);

    placed(aPlacement().at(limited.getCompanyId()).holding(task).active().startedOn(LocalDate.now().minusMonths(1)));
    placed(aPlacement().at(limited.getCompanyId()).holding(task).proposed().startedOn(LocalDate.now()));
    feed.refresh(limited.getCompanyId().toString()).block();

    MatchList result = matches(citizen);
    assertThat(companyIds(result)).containsExactly(limited.getCompanyId(), control);
    assertThat(result.getHeldBack().getMonthlyLimitReached()).isZero();
  }

  @Test
  void aTaskWhoseOnlySeatIsTakenByAnActivePlacementDisappearsAfterARefresh() {
    Company company = createCompany(aCompany().named("Én plads").kmNorthOfCentre(1)
        .with(aTask().titled("Eneste plads").capacity(1))
        .with(aTask().titled("Stadig ledig").capacity(1)).build());
    UUID citizen = createCitizen(aCitizen().build());
    UUID taken = taskTitled(company, "Eneste plads");
    assertThat(taskIds(matches(citizen))).contains(taken);

    placed(aPlacement().at(company.getCompanyId()).holding(taken).active().startedOn(LocalDate.now().minusMonths(2)));
    feed.refresh(company.getCompanyId().toString()).block();

    assertThat(taskIds(matches(citizen))).containsExactly(taskTitled(company, "Stadig ledig"));
  }

  @Test
  void aTaskWithASeatLeftStaysAndEndedOrProposedPlacementsTakeNoSeat() {
    Company company = createCompany(aCompany().named("Delt plads").kmNorthOfCentre(1)
        .with(aTask().titled("To pladser").capacity(2))
        .with(aTask().titled("Én plads").capacity(1)).build());
    UUID citizen = createCitizen(aCitizen().build());
    UUID twoSeats = taskTitled(company, "To pladser");
    UUID oneSeat = taskTitled(company, "Én plads");

    placed(aPlacement().at(company.getCompanyId()).holding(twoSeats).active().startedOn(LocalDate.now().minusMonths(2)));
    placed(aPlacement().at(company.getCompanyId()).holding(oneSeat).ended(true).startedOn(LocalDate.now().minusMonths(6)));
    placed(aPlacement().at(company.getCompanyId()).holding(oneSeat).proposed());
    feed.refresh(company.getCompanyId().toString()).block();

    assertThat(taskIds(matches(citizen))).containsExactlyInAnyOrder(twoSeats, oneSeat);
  }

  @Test
  void endedPlacementsWithOrdinaryHoursBuildTheCompanysPaidHoursRecord() {
    Company company = createCompany(aCompany().named("Ansætter ofte").kmNorthOfCentre(1).with(aTask().capacity(3)).build());
    // The task is in the citizen's goal occupation, so its context parts (the record among them) count in full.
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());
    UUID task = onlyTaskOf(company);
    CompanyMatch before = row(matches(citizen), company.getCompanyId());
    assertThat(before.getPaidHoursRecord()).isEqualTo(new PaidHoursRecord().placementsEnded(0).withOrdinaryHours(0));

    LocalDate longAgo = LocalDate.now().minusYears(1);
    placed(aPlacement().at(company.getCompanyId()).holding(task).ended(true).startedOn(longAgo));
    placed(aPlacement().at(company.getCompanyId()).holding(task).ended(true).startedOn(longAgo));
    placed(aPlacement().at(company.getCompanyId()).holding(task).ended(false).startedOn(longAgo));
    feed.refresh(company.getCompanyId().toString()).block();

    CompanyMatch after = row(matches(citizen), company.getCompanyId());
    assertThat(after.getPaidHoursRecord()).isEqualTo(new PaidHoursRecord().placementsEnded(3).withOrdinaryHours(2));
    // (2 + 1) / (3 + 2) under weight 1, against an unknown record's 1/2.
    TaskMatch row = after.getTasks().getFirst();
    assertThat(row.getScoreBreakdown().getPaidHoursRecord()).isCloseTo(0.6, within(0.001));
    assertThat(row.getScore()).isGreaterThan(before.getTasks().getFirst().getScore());
  }

  @Test
  void aBetterPaidHoursRecordLiftsACompanyAboveANearerOneWithoutRecord() {
    Company proven = createCompany(aCompany().named("Ansætter ofte").kmNorthOfCentre(1.5).with(aTask()).build());
    UUID unknown = createCompany(aCompany().named("Ukendt").kmNorthOfCentre(1).with(aTask()).build()).getCompanyId();
    UUID citizen = createCitizen(aCitizen().build());
    assertThat(companyIds(matches(citizen))).containsExactly(unknown, proven.getCompanyId());

    for (int i = 0; i < 4; i++) {
      placed(aPlacement().at(proven.getCompanyId()).holding(onlyTaskOf(proven)).ended(true)
          .startedOn(LocalDate.now().minusYears(1)));
    }
    feed.refresh(proven.getCompanyId().toString()).block();

    assertThat(companyIds(matches(citizen))).containsExactly(proven.getCompanyId(), unknown);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private WebTestClient consultant() {
    return as(consultantOf(KOBENHAVN));
  }

  /** An always-available company farther away than the company under test. */
  private UUID createControl() {
    return createCompany(aCompany().named("Altid ledig").kmNorthOfCentre(5).with(aTask()).build()).getCompanyId();
  }

  private CandidateList candidates(Company company, UUID taskId) {
    return consultant().get().uri("/companies/{c}/tasks/{t}/candidates", company.getCompanyId(), taskId).exchange()
        .expectStatus().isOk()
        .expectBody(CandidateList.class).returnResult().getResponseBody();
  }

  private void placed(PlacementBuilder placement) {
    mongo.insert(placement.build(), TestPlacements.COLLECTION).block();
  }

  private Company createCompany(CompanyInput company) {
    return consultant().post().uri("/companies").contentType(MediaType.APPLICATION_JSON).bodyValue(company)
        .exchange().expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private UUID createCitizen(CitizenInput citizen) {
    return consultant().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(citizen)
        .exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private MatchList matches(UUID citizenId) {
    return consultant().get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }

  private static UUID onlyTaskOf(Company company) {
    assertThat(company.getPartialTasks()).hasSize(1);
    return company.getPartialTasks().getFirst().getTaskId();
  }

  private static UUID taskTitled(Company company, String title) {
    return company.getPartialTasks().stream().filter(t -> t.getTitle().equals(title)).findFirst().orElseThrow().getTaskId();
  }

  private static List<UUID> taskIds(MatchList matches) {
    return matches.getMatches().stream().flatMap(m -> m.getTasks().stream()).map(TaskMatch::getTaskId).toList();
  }
}
