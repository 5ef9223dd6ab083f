package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.MatchRows.row;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.support.ApiTestSupport;
import dk.jobmatch.matcher.support.TestPlacements;
import dk.jobmatch.matcher.support.TestCompanies.CompanyBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

/**
 * The index follows writes made to MongoDB by others (another replica of this service, the CRM
 * adapter, an operator), not only through this API: the change streams on {@code companies} and
 * {@code placements}. Each
 * test writes straight into MongoDB and waits, up to a few seconds, for the match list to show it;
 * a control company written through the API shows that the list itself works. The change streams
 * run as on the embedded default: an empty answer waits for the next write.
 */
class ChangeStreamIT extends ApiTestSupport {
  private static final Duration FEW_SECONDS = Duration.ofSeconds(10);

  private static final String COMPANIES = "companies";

  private static CompanyBuilder warehouse() {
    return aCompany().named("Lageret").kmNorthOfCentre(1).with(aTask().titled("Pakning"));
  }

  @Test
  void aCompanyInsertedStraightIntoMongoDbAppearsInTheMatches() {
    UUID citizen = createCitizen(aCitizen().build());
    UUID id = UUID.randomUUID();

    companyRepository.insert(warehouse().asStored(id, null)).block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).contains(id));
  }

  @Test
  void aCompanySavedByAnotherReplicaShowsTheChange() {
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());
    UUID id = UUID.randomUUID();
    Company stored = companyRepository.insert(warehouse().asStored(id, null)).block();
    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).contains(id));

    // The task now demands heavy lifting, which the citizen must avoid.
    companyRepository.save(aCompany().named("Lageret").kmNorthOfCentre(1)
        .with(aTask().withId(UUID.fromString(stored.partialTasks().getFirst().taskId())).titled("Tunge paller")
            .demanding(Demand.HEAVY_LIFTING))
        .asStored(id, stored.version())).block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).doesNotContain(id));
  }

  @Test
  void aCompanyChangedInPlaceByAnOperatorShowsTheChange() {
    UUID citizen = createCitizen(aCitizen().build());
    UUID id = UUID.randomUUID();
    companyRepository.insert(warehouse().asStored(id, null)).block();
    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).contains(id));

    // e.g. db.companies.updateOne({_id: ...}, {$set: {name: ..., "partialTasks.0.title": ...}}): no version change.
    mongo.updateFirst(Query.query(Criteria.where("_id").is(id.toString())),
        new Update().set("name", "Lageret Nord").set("partialTasks.0.title", "Pakning af webordrer"), COMPANIES).block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> {
      CompanyMatch row = row(matches(citizen), id);
      assertThat(row.getName()).isEqualTo("Lageret Nord");
      assertThat(row.getTasks()).extracting(TaskMatch::getTitle).containsExactly("Pakning af webordrer");
    });
  }

  @Test
  void aCompanyPausedInPlaceByAnOperatorIsHeldBack() {
    UUID citizen = createCitizen(aCitizen().build());
    UUID id = UUID.randomUUID();
    companyRepository.insert(warehouse().asStored(id, null)).block();
    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).contains(id));

    mongo.updateFirst(Query.query(Criteria.where("_id").is(id.toString())),
        new Update().set("availability.pausedUntil", LocalDate.now().plusDays(14)), COMPANIES).block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> {
      MatchList result = matches(citizen);
      assertThat(companyIds(result)).doesNotContain(id);
      assertThat(result.getHeldBack().getPaused()).isEqualTo(1);
    });
  }

  @Test
  void aCompanyDeletedStraightFromMongoDbLeavesTheMatches() {
    UUID citizen = createCitizen(aCitizen().build());
    UUID control = createCompany(aCompany().named("Bliver").kmNorthOfCentre(2).with(aTask()).build());
    UUID id = UUID.randomUUID();
    companyRepository.insert(warehouse().asStored(id, null)).block();
    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).contains(id, control));

    companyRepository.deleteById(id.toString()).block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).containsExactly(control));
  }

  @Test
  void aPlacementWrittenStraightIntoMongoDbTakesItsSeat() {
    UUID citizen = createCitizen(aCitizen().build());
    UUID id = UUID.randomUUID();
    Company stored = companyRepository.insert(warehouse().asStored(id, null)).block();
    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).contains(id));

    // The only task has capacity 1; an active placement written by someone else fills it.
    mongo.insert(TestPlacements.aPlacement().at(id)
        .holding(UUID.fromString(stored.partialTasks().getFirst().taskId())).active().build(),
        TestPlacements.COLLECTION).block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).doesNotContain(id));
  }

  @Test
  void aCompanyLeftIncompleteByAnotherWriterDoesNotStopTheIndexFollowing() {
    UUID citizen = createCitizen(aCitizen().build());
    // No location: it cannot be indexed, and must not end the change stream either.
    mongo.insert(new org.bson.Document("_id", UUID.randomUUID().toString()).append("name", "Halvfærdig")
        .append("version", 0L), COMPANIES).block();
    UUID id = UUID.randomUUID();

    companyRepository.insert(warehouse().asStored(id, null)).block();

    await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(companyIds(matches(citizen))).contains(id));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private UUID createCompany(CompanyInput company) {
    return as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(company).exchange().expectStatus().isCreated()
        .expectBody(dk.jobmatch.api.model.Company.class).returnResult().getResponseBody().getCompanyId();
  }

  private UUID createCitizen(CitizenInput citizen) {
    return as(consultantOf(KOBENHAVN)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(citizen).exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private MatchList matches(UUID citizenId) {
    return as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }
}
