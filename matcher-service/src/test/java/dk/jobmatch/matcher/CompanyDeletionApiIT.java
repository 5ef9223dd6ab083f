package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A company is not deleted from under placements that are agreed or active, whichever job centre's:
 * the answer is a 409 that says how many there are, and how many belong to another job centre, and
 * nothing else about those. Once they have ended the company can go; proposals and ended placements
 * do not hold it back.
 */
class CompanyDeletionApiIT extends PlacementApiTestSupport {

  @Test
  void aCompanyWithAnActivePlacementIsNotDeletedAndTheAnswerCountsIt() {
    Company company = company();
    Placement active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 15, 2);

    Map<String, Object> problem = deleteRefused(consultant(), company);

    assertThat(problem.get("type")).asString().endsWith("/problems/conflict");
    assertThat(problem.get("detail")).asString()
        .contains("1 placement at it is agreed or active").doesNotContain("another job centre");
    consultant().get().uri("/companies/{id}", company.getCompanyId()).exchange().expectStatus().isOk();
    // Hours can still be recorded on the placement: its company is still there.
    recordHours(active, hours(TODAY, 14, 5));
  }

  @Test
  void anotherJobCentresPlacementsHoldTheCompanyBackWithoutBeingShown() {
    Company company = company();
    WebTestClient aarhus = as(consultantOf(AARHUS)).mutate().responseTimeout(Duration.ofSeconds(30)).build();
    UUID aarhusCitizen = aarhus.post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().build()).exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
    Placement theirs = startedBy(aarhus, aarhusCitizen, company);
    agreed(createCitizen(aCitizen().build()), company, 15, 0);

    Map<String, Object> problem = deleteRefused(consultant(), company);

    assertThat(problem.get("detail")).asString()
        .contains("2 placements at it are agreed or active")
        .contains("1 of them at another job centre")
        .doesNotContain(theirs.getPlacementId().toString())
        .doesNotContain(aarhusCitizen.toString())
        .doesNotContain(AARHUS);
  }

  @Test
  void onceItsPlacementsHaveEndedTheCompanyIsDeleted() {
    Company company = company();
    Placement active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 15, 2);
    deleteRefused(consultant(), company);

    ended(active, TODAY, PlacementOutcome.EDUCATION);

    consultant().delete().uri("/companies/{id}", company.getCompanyId()).exchange().expectStatus().isNoContent();
    consultant().get().uri("/companies/{id}", company.getCompanyId()).exchange().expectStatus().isNotFound();
  }

  @Test
  void aProposalDoesNotHoldTheCompanyBackAndCannotBeAgreedAfterwards() {
    Company company = company();
    Placement proposed = propose(proposal(createCitizen(aCitizen().build()), company));
    Placement withAgreement = putAgreement(proposed, agreementFor(proposed, 15, 0));

    consultant().delete().uri("/companies/{id}", company.getCompanyId()).exchange().expectStatus().isNoContent();

    Map<?, ?> refused = consultant().post().uri("/placements/{id}/agree", withAgreement.getPlacementId()).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat(refused.get("detail")).asString().contains("no longer exists");
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private Company company() {
    return createCompany(aCompany().named("Lukker måske").kmNorthOfCentre(1)
        .with(aTask().titled("Pakning").capacity(3)).build());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deleteRefused(WebTestClient client, Company company) {
    return client.delete().uri("/companies/{id}", company.getCompanyId()).exchange()
        .expectStatus().isEqualTo(409)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(Map.class).returnResult().getResponseBody();
  }

  /** Proposed, agreed and started by a consultant of another job centre, through the same API. */
  private static Placement startedBy(WebTestClient client, UUID citizen, Company company) {
    Placement proposed = client.post().uri("/placements").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(proposal(citizen, company)).exchange().expectStatus().isCreated()
        .expectBody(Placement.class).returnResult().getResponseBody();
    Placement withAgreement = client.put().uri("/placements/{id}/work-agreement", proposed.getPlacementId())
        .header("If-Match", "\"" + proposed.getVersion() + "\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(agreementFor(proposed, 15, 0)).exchange().expectStatus().isOk()
        .expectBody(Placement.class).returnResult().getResponseBody();
    client.post().uri("/placements/{id}/agree", withAgreement.getPlacementId()).exchange().expectStatus().isOk();
    return client.post().uri("/placements/{id}/start", withAgreement.getPlacementId()).exchange().expectStatus().isOk()
        .expectBody(Placement.class).returnResult().getResponseBody();
  }
}
