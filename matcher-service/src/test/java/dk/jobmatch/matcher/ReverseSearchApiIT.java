package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Candidate;
import dk.jobmatch.api.model.CandidateList;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GoalMatchKind;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The reverse search, {@code GET /companies/{companyId}/tasks/{taskId}/candidates}: for one partial
 * task, the citizens of the caller's job centre who fit, best first, each explained as in their own
 * match list. The task is shop work (5223) in central København that demands heavy lifting.
 */
class ReverseSearchApiIT extends ApiTestSupport {

  private static CompanyInput shop() {
    return aCompany().named("Butikken").with(aTask().titled("Opfyldning af varer").occupation("5223")
        .demanding(Demand.HEAVY_LIFTING)).build();
  }

  @Test
  void ranksTheFittingCitizensOfTheCallersJobCentreBestFirst() {
    Company shop = createCompany(shop());
    UUID task = onlyTaskOf(shop);
    UUID minorGroup = createCitizen(KOBENHAVN, aCitizen().livingKmNorthOfCentre(1).goal(GoalRank.A, "5222", "Vareplacering").build());
    UUID exact = createCitizen(KOBENHAVN, aCitizen().livingKmNorthOfCentre(4).goal(GoalRank.A, "5223", "Butiksassistent").build());
    UUID noGoal = createCitizen(KOBENHAVN, aCitizen().build());
    // Would be first: exact goal, living at the shop. But Aarhus's citizens are not København's to search.
    createCitizen(AARHUS, aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    CandidateList result = candidates(KOBENHAVN, shop.getCompanyId(), task);

    assertThat(result.getCompanyId()).isEqualTo(shop.getCompanyId());
    assertThat(result.getTaskId()).isEqualTo(task);
    assertThat(citizenIds(result)).containsExactly(exact, minorGroup, noGoal);
    assertThat(result.getCandidates()).extracting(Candidate::getRank).containsExactly(1, 2, 3);
    assertThat(result.getCandidates()).allSatisfy(c -> {
      assertThat(c.getScoreBreakdown()).isNotNull();
      assertThat(c.getReasons()).isNotNull();
      assertThat(c.getReasons().getHours().getCitizenNow()).isEqualTo(10);
    });
    assertThat(result.getCandidates().getFirst().getReasons().getGoals()).singleElement()
        .satisfies(g -> assertThat(g.getKind()).isEqualTo(GoalMatchKind.EXACT_OCCUPATION));
    assertThat(result.getCandidates().getFirst().getScoreBreakdown().getGoals()).isEqualTo(10.0);
  }

  @Test
  void neverReturnsACitizenOfAnotherJobCentreHoweverWellTheyFit() {
    Company shop = createCompany(shop());
    createCitizen(AARHUS, aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());
    UUID ownCitizen = createCitizen(KOBENHAVN, aCitizen().build());

    assertThat(citizenIds(candidates(KOBENHAVN, shop.getCompanyId(), onlyTaskOf(shop)))).containsExactly(ownCitizen);
  }

  @Test
  void leavesOutCitizensWhoseMustNeedTheTaskViolatesOrWhoLiveTooFarAway() {
    Company shop = createCompany(shop());
    createCitizen(KOBENHAVN, aCitizen().goal(GoalRank.A, "5223", "Butiksassistent")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());
    createCitizen(KOBENHAVN, aCitizen().goal(GoalRank.A, "5223", "Butiksassistent")
        .livingKmNorthOfCentre(15).commuteKm(10).build());
    UUID fits = createCitizen(KOBENHAVN, aCitizen().livingKmNorthOfCentre(5).build());

    assertThat(citizenIds(candidates(KOBENHAVN, shop.getCompanyId(), onlyTaskOf(shop)))).containsExactly(fits);
  }

  @Test
  void aCandidatesScoreIsTheScoreTheTaskGetsInTheCitizensOwnMatchList() {
    Company shop = createCompany(shop());
    UUID task = onlyTaskOf(shop);
    UUID citizen = createCitizen(KOBENHAVN, aCitizen().livingKmNorthOfCentre(3).goal(GoalRank.B, "5223", "Butiksassistent")
        .skills("opfyldning").experiencedIn("5223", "Butiksassistent").developing("fylde varer op")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.PREFER).build());

    Candidate candidate = candidates(KOBENHAVN, shop.getCompanyId(), task).getCandidates().getFirst();
    TaskMatch forward = as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", citizen).exchange()
        .expectStatus().isOk().expectBody(MatchList.class).returnResult().getResponseBody()
        .getMatches().getFirst().getTasks().getFirst();

    assertThat(forward.getTaskId()).isEqualTo(task);
    assertThat(candidate.getScore()).isEqualTo(forward.getScore());
    assertThat(candidate.getScoreBreakdown()).isEqualTo(forward.getScoreBreakdown());
    assertThat(candidate.getReasons()).isEqualTo(forward.getReasons());
    assertThat(candidate.getReasons().getSoftConflicts()).containsExactly(NeedCode.NO_HEAVY_LIFTING);
    assertThat(candidate.getReasons().getExperience().getSameOccupation()).isTrue();
    assertThat(candidate.getScoreBreakdown().getDevelopmentGoals()).isPositive();
  }

  @Test
  void showsThatAPausedCompanyIsNotAvailableAndStillRanksCitizens() {
    Company paused = createCompany(aCompany().named("Holder pause").pausedUntil(LocalDate.now().plusDays(14))
        .with(aTask()).build());
    Company open = createCompany(aCompany().named("Åben").with(aTask()).build());
    UUID citizen = createCitizen(KOBENHAVN, aCitizen().build());

    CandidateList forPaused = candidates(KOBENHAVN, paused.getCompanyId(), onlyTaskOf(paused));

    assertThat(forPaused.getCompanyAvailable()).isFalse();
    assertThat(citizenIds(forPaused)).containsExactly(citizen);
    assertThat(candidates(KOBENHAVN, open.getCompanyId(), onlyTaskOf(open)).getCompanyAvailable()).isTrue();
  }

  @Test
  void returnsNoMoreCitizensThanTheLimit() {
    Company shop = createCompany(shop());
    UUID nearest = createCitizen(KOBENHAVN, aCitizen().livingKmNorthOfCentre(1).build());
    createCitizen(KOBENHAVN, aCitizen().livingKmNorthOfCentre(3).build());
    createCitizen(KOBENHAVN, aCitizen().livingKmNorthOfCentre(5).build());

    CandidateList result = consultant().get()
        .uri(b -> b.path("/companies/{c}/tasks/{t}/candidates").queryParam("limit", 1).build(shop.getCompanyId(), onlyTaskOf(shop)))
        .exchange().expectStatus().isOk().expectBody(CandidateList.class).returnResult().getResponseBody();

    assertThat(citizenIds(result)).containsExactly(nearest);
  }

  @Test
  void anUnknownCompanyIsNotFound() {
    Company shop = createCompany(shop());

    assertNotFound(consultant().get()
        .uri("/companies/{c}/tasks/{t}/candidates", UUID.randomUUID(), onlyTaskOf(shop)).exchange());
  }

  @Test
  void anUnknownTaskOfAKnownCompanyIsNotFound() {
    Company shop = createCompany(shop());

    assertNotFound(consultant().get()
        .uri("/companies/{c}/tasks/{t}/candidates", shop.getCompanyId(), UUID.randomUUID()).exchange());
  }

  @Test
  void aTaskOfAnotherCompanyIsNotFound() {
    Company shop = createCompany(shop());
    Company other = createCompany(aCompany().named("Anden butik").with(aTask()).build());

    assertNotFound(consultant().get()
        .uri("/companies/{c}/tasks/{t}/candidates", shop.getCompanyId(), onlyTaskOf(other)).exchange());
  }

  @Test
  void isForbiddenWithoutTheMatchesReadScope() {
    Company shop = createCompany(shop());

    as(tokenWith(KOBENHAVN, "companies.read", "citizens.read")).get()
        .uri("/companies/{c}/tasks/{t}/candidates", shop.getCompanyId(), onlyTaskOf(shop)).exchange()
        .expectStatus().isForbidden()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void isUnauthorizedWithoutAToken() {
    Company shop = createCompany(shop());

    http.get().uri("/companies/{c}/tasks/{t}/candidates", shop.getCompanyId(), onlyTaskOf(shop)).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void refusesBadWeightsAsOnTheMatchList() {
    Company shop = createCompany(shop());

    consultant().get()
        .uri(b -> b.path("/companies/{c}/tasks/{t}/candidates").queryParam("weights", "{w}")
            .build(shop.getCompanyId(), onlyTaskOf(shop), "distance:51"))
        .exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo("weights.distance");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private WebTestClient consultant() {
    return as(consultantOf(KOBENHAVN));
  }

  private Company createCompany(CompanyInput company) {
    return consultant().post().uri("/companies").contentType(MediaType.APPLICATION_JSON).bodyValue(company)
        .exchange().expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private static UUID onlyTaskOf(Company company) {
    assertThat(company.getPartialTasks()).hasSize(1);
    return company.getPartialTasks().getFirst().getTaskId();
  }

  private UUID createCitizen(String jobCentre, CitizenInput citizen) {
    return as(consultantOf(jobCentre)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(citizen).exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private CandidateList candidates(String jobCentre, UUID companyId, UUID taskId) {
    return as(consultantOf(jobCentre)).get().uri("/companies/{c}/tasks/{t}/candidates", companyId, taskId).exchange()
        .expectStatus().isOk()
        .expectBody(CandidateList.class).returnResult().getResponseBody();
  }

  private static List<UUID> citizenIds(CandidateList candidates) {
    return candidates.getCandidates().stream().map(Candidate::getCitizenId).toList();
  }

  private static void assertNotFound(WebTestClient.ResponseSpec response) {
    response.expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").isNotEmpty();
  }
}
