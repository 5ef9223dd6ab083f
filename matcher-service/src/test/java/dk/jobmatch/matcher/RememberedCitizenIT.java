package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

/**
 * The match endpoint remembers the citizens it was asked about (their profile, not their matches):
 * every test first asks, so the citizen is remembered, then changes the citizen and asks again.
 * A change through this API is seen by the very next match; a change written straight into
 * MongoDB by someone else is seen once MongoDB reports it (the change stream), within a few
 * seconds. Remembering never lets a caller reach a citizen of another job centre.
 */
class RememberedCitizenIT extends ApiTestSupport {
  private static final Duration FEW_SECONDS = Duration.ofSeconds(10);

  @Test
  void aCitizenChangedThroughTheApiIsSeenByTheNextMatch() {
    UUID near = createCompany(aCompany().named("Nær").kmNorthOfCentre(1).with(aTask()).build());
    UUID far = createCompany(aCompany().named("Fjern").kmNorthOfCentre(4).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    assertThat(companyIds(matches(citizen, KOBENHAVN))).containsExactly(near, far);

    update(citizen, "\"0\"", aCitizen().excluding(near).build());

    assertThat(companyIds(matches(citizen, KOBENHAVN))).containsExactly(far);
  }

  @Test
  void aChangedRadiusIsSeenByTheNextMatch() {
    UUID near = createCompany(aCompany().named("Nær").kmNorthOfCentre(1).with(aTask()).build());
    UUID far = createCompany(aCompany().named("Fjern").kmNorthOfCentre(4).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().commuteKm(10).build());
    assertThat(companyIds(matches(citizen, KOBENHAVN))).containsExactly(near, far);

    update(citizen, "\"0\"", aCitizen().commuteKm(2).build());

    MatchList after = matches(citizen, KOBENHAVN);
    assertThat(companyIds(after)).containsExactly(near);
    assertThat(after.getRadiusKm()).isEqualTo(2);
  }

  @Test
  void aCitizenDeletedThroughTheApiIsGoneForTheNextMatch() {
    createCompany(aCompany().named("Nær").kmNorthOfCentre(1).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    matches(citizen, KOBENHAVN);

    as(consultantOf(KOBENHAVN)).delete().uri("/citizens/{id}", citizen).exchange().expectStatus().isNoContent();

    as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", citizen).exchange().expectStatus().isNotFound();
  }

  @Test
  void aCitizenChangedStraightInMongoDbIsSeenOnceMongoDbReportsIt() {
    UUID near = createCompany(aCompany().named("Nær").kmNorthOfCentre(1).with(aTask()).build());
    UUID far = createCompany(aCompany().named("Fjern").kmNorthOfCentre(4).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    assertThat(companyIds(matches(citizen, KOBENHAVN))).containsExactly(near, far);

    // Another replica, or an operator: no event in this process, only the change stream tells.
    mongo.updateFirst(Query.query(Criteria.where("_id").is(citizen.toString())),
        new Update().set("excludedCompanies", List.of(new org.bson.Document("companyId", near.toString())
            .append("reason", "Ønsker ikke")))
            .inc("version", 1), "citizens").block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen, KOBENHAVN))).containsExactly(far));
  }

  @Test
  void aCitizenDeletedStraightFromMongoDbIsGoneOnceMongoDbReportsIt() {
    createCompany(aCompany().named("Nær").kmNorthOfCentre(1).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    matches(citizen, KOBENHAVN);

    mongo.remove(Query.query(Criteria.where("_id").is(citizen.toString())), "citizens").block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> as(consultantOf(KOBENHAVN)).get()
        .uri("/citizens/{id}/matches", citizen).exchange().expectStatus().isNotFound());
  }

  @Test
  void aRememberedCitizenIsStillNotFoundForAnotherJobCentre() {
    createCompany(aCompany().named("Nær").kmNorthOfCentre(1).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    matches(citizen, KOBENHAVN);

    as(consultantOf(AARHUS)).get().uri("/citizens/{id}/matches", citizen).exchange().expectStatus().isNotFound();
    // and still found for its own
    matches(citizen, KOBENHAVN);
  }

  @Test
  void aCitizenFirstAskedForByAnotherJobCentreIsStillFoundForItsOwn() {
    createCompany(aCompany().named("Nær").kmNorthOfCentre(1).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());

    as(consultantOf(AARHUS)).get().uri("/citizens/{id}/matches", citizen).exchange().expectStatus().isNotFound();

    assertThat(matches(citizen, KOBENHAVN).getCitizenId()).isEqualTo(citizen);
    as(consultantOf(AARHUS)).get().uri("/citizens/{id}/matches", citizen).exchange().expectStatus().isNotFound();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private UUID createCompany(CompanyInput company) {
    return as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(company).exchange().expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody().getCompanyId();
  }

  private UUID createCitizen(CitizenInput citizen) {
    return as(consultantOf(KOBENHAVN)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(citizen).exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private void update(UUID citizen, String etag, CitizenInput changed) {
    as(consultantOf(KOBENHAVN)).put().uri("/citizens/{id}", citizen).header("If-Match", etag)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(changed).exchange().expectStatus().isOk();
  }

  private MatchList matches(UUID citizenId, String jobCentre) {
    return as(consultantOf(jobCentre)).get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }
}
