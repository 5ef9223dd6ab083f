package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Candidate;
import dk.jobmatch.api.model.CandidateList;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.OpenProposal;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementWithdrawal;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Shared openings (delte åbninger) over real HTTP: a task in an open proposal for another citizen of
 * my job centre shows on my match rows and candidate rows (which placement, the citizen by the start
 * of the pseudonymous id, by whom, when), never another job centre's; and the same citizen is not
 * proposed twice for the same task while the first proposal is open. Today is 2026-03-31.
 */
class SharedOpeningsApiIT extends PlacementApiTestSupport {
  private Company company;
  private UUID task;
  private UUID first;
  private UUID second;

  @BeforeEach
  void aCompanyWithASharedTaskAndTwoCitizens() {
    company = createCompany(aCompany().named("Fælles Lager ApS").kmNorthOfCentre(1)
        .with(aTask().titled("Pakning").capacity(3)).with(aTask().titled("Rengøring").occupation("9112")).build());
    task = company.getPartialTasks().getFirst().getTaskId();
    first = createCitizen(aCitizen().build());
    second = createCitizen(aCitizen().build());
  }

  private Placement proposeBy(String consultant, UUID citizen, UUID... tasks) {
    return propose(new dk.jobmatch.api.model.PlacementProposal().citizenId(citizen).companyId(company.getCompanyId())
        .taskIds(Set.of(tasks)).consultant(consultant));
  }

  private CompanyMatch rowOf(MatchList list) {
    return list.getMatches().stream().filter(m -> m.getCompanyId().equals(company.getCompanyId())).findFirst().orElseThrow();
  }

  private CandidateList candidates(WebTestClient client) {
    return client.get().uri("/companies/{c}/tasks/{t}/candidates", company.getCompanyId(), task).exchange()
        .expectStatus().isOk().expectBody(CandidateList.class).returnResult().getResponseBody();
  }

  private WebTestClient aarhus() {
    return as(consultantOf(AARHUS));
  }

  @Test
  void aTaskProposedForAnotherCitizenShowsOnTheMatchRowByReferenceConsultantAndTime() {
    Placement proposed = proposeBy("anne", first, task);

    List<OpenProposal> shown = rowOf(matches(second)).getOpenProposals();

    assertThat(shown).singleElement().satisfies(open -> {
      assertThat(open.getPlacementId()).isEqualTo(proposed.getPlacementId());
      assertThat(open.getStatus()).isEqualTo(OpenProposal.StatusEnum.PROPOSED);
      assertThat(open.getCitizenRef()).isEqualTo(first.toString().substring(0, 8));
      assertThat(open.getConsultant()).isEqualTo("anne");
      assertThat(open.getTaskIds()).containsExactly(task);
      assertThat(open.getProposedAt().toInstant()).isEqualTo(clock.instant());
    });
  }

  @Test
  void theCitizensOwnProposalIsNotASharedOpeningOnTheirOwnRow() {
    proposeBy("anne", first, task);

    assertThat(rowOf(matches(first)).getOpenProposals()).isEmpty();
  }

  @Test
  void anAgreedPlacementStillShowsAndAWithdrawnOneNoLonger() {
    Placement agreed = agreed(first, company, 10, 0);
    Placement withdrawn = proposeBy("bo", createCitizen(aCitizen().build()), task);
    post(withdrawn, "withdraw", new PlacementWithdrawal().reason("Borgeren takkede nej"));

    assertThat(rowOf(matches(second)).getOpenProposals()).extracting(OpenProposal::getPlacementId, OpenProposal::getStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(agreed.getPlacementId(), OpenProposal.StatusEnum.AGREED));
  }

  @Test
  void anotherJobCentresProposalIsNeverShownEitherWay() {
    UUID theirCitizen = aarhus().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().build())
        .exchange().expectStatus().isCreated().expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
    UUID theirOther = aarhus().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().build())
        .exchange().expectStatus().isCreated().expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
    Placement theirs = aarhus().post().uri("/placements").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(proposal(theirCitizen, company)).exchange().expectStatus().isCreated()
        .expectBody(Placement.class).returnResult().getResponseBody();
    Placement ours = proposeBy("anne", first, task);

    String ourView = consultant().get().uri("/citizens/{id}/matches", second).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    MatchList theirView = aarhus().get().uri("/citizens/{id}/matches", theirOther).exchange().expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();

    assertThat(ourView).contains(ours.getPlacementId().toString())
        .doesNotContain(theirs.getPlacementId().toString()).doesNotContain(theirCitizen.toString().substring(0, 8));
    assertThat(rowOf(theirView).getOpenProposals()).extracting(OpenProposal::getPlacementId)
        .containsExactly(theirs.getPlacementId());
    assertThat(candidates(aarhus()).getCandidates()).flatExtracting(Candidate::getOpenProposals)
        .extracting(OpenProposal::getPlacementId).containsOnly(theirs.getPlacementId());
  }

  @Test
  void candidateRowsShowTheTasksOpenProposalsOfOtherCitizens() {
    Placement proposed = proposeBy("anne", first, task);

    List<Candidate> rows = candidates(consultant()).getCandidates();

    assertThat(rows).extracting(Candidate::getCitizenId).contains(first, second);
    assertThat(rows).filteredOn(c -> c.getCitizenId().equals(second)).singleElement()
        .satisfies(row -> assertThat(row.getOpenProposals()).extracting(OpenProposal::getPlacementId, OpenProposal::getCitizenRef)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(proposed.getPlacementId(), first.toString().substring(0, 8))));
    assertThat(rows).filteredOn(c -> c.getCitizenId().equals(first)).singleElement()
        .satisfies(row -> assertThat(row.getOpenProposals()).isEmpty());
  }

  @Test
  void aSecondOpenProposalOfTheSameCitizenForTheSameTaskIsRefusedNamingTheOpenOne() {
    Placement open = proposeBy("anne", first, task);

    Map<String, Object> problem = refusedProposal(consultant(), first, task);
    Map<String, Object> danish = refusedProposal(consultant().mutate().defaultHeader("Accept-Language", "da").build(), first,
        task, company.getPartialTasks().get(1).getTaskId());

    assertThat(problem.get("status")).isEqualTo(409);
    assertThat(problem.get("code")).isEqualTo("placement.already-proposed");
    assertThat(problem.get("placementId")).isEqualTo(open.getPlacementId().toString());
    assertThat(problem.get("detail")).asString().contains(open.getPlacementId().toString());
    assertThat(danish.get("detail")).asString().contains("allerede foreslået").contains(open.getPlacementId().toString());
    assertThat(consultant().get().uri("/placements?citizenId={id}", first).exchange().expectStatus().isOk()
        .expectBody(dk.jobmatch.api.model.PlacementPage.class).returnResult().getResponseBody().getItems()).hasSize(1);
  }

  @Test
  void theSameCitizenMayBeProposedForAnotherTaskOrAgainOnceTheFirstIsWithdrawn() {
    Placement open = proposeBy("anne", first, task);
    proposeBy("anne", first, company.getPartialTasks().get(1).getTaskId());
    refusedProposal(consultant(), first, task);

    post(open, "withdraw", new PlacementWithdrawal().reason("Virksomheden havde ikke tid alligevel"));

    assertThat(proposeBy("anne", first, task).getStatus()).isEqualTo(dk.jobmatch.api.model.PlacementStatus.PROPOSED);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> refusedProposal(WebTestClient client, UUID citizen, UUID... tasks) {
    return client.post().uri("/placements").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new dk.jobmatch.api.model.PlacementProposal().citizenId(citizen).companyId(company.getCompanyId())
            .taskIds(Set.of(tasks)))
        .exchange().expectStatus().isEqualTo(409)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(Map.class).returnResult().getResponseBody();
  }
}
