package dk.jobmatch.matcher.audit;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dk.jobmatch.api.model.AuditEntryPage;
import dk.jobmatch.api.model.AuditOperation;
import dk.jobmatch.api.model.AuditOutcome;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The audit log over HTTP: every citizen, match and placement endpoint leaves exactly its entry
 * (operation, resource, citizen, subject, job centre, status and outcome), refusals included; the
 * stored entries carry no personal data; {@code audit.read} lists and exports one job centre's
 * entries; old entries go; and a call whose entry cannot be stored answers 503.
 */
// Retention runs every 200 ms here, so a test sees the scheduled job remove what is past it.
@TestPropertySource(properties = "matcher.audit.purge-interval=200ms")
class AuditLogApiIT extends PlacementApiTestSupport {
  private static final String SUBJECT = "consultant-" + KOBENHAVN;

  @Autowired
  AuditRetention retention;

  @BeforeEach
  void emptyAuditLog() {
    mongo.remove(new Query(), AuditEntry.COLLECTION).block();
  }

  @AfterEach
  void dropTheIndexThatBreaksWrites() {
    mongo.indexOps(AuditEntry.COLLECTION).dropIndex("breaks_audit_writes").onErrorResume(e -> Mono.empty()).block();
  }

  @Test
  void everyCitizenEndpointLeavesItsOneEntry() {
    Citizen created = consultant().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build())
        .exchange().expectStatus().isCreated().expectBody(Citizen.class).returnResult().getResponseBody();
    UUID id = created.getCitizenId();
    consultant().get().uri("/citizens/{id}", id).exchange().expectStatus().isOk();
    consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().hours(6, 12).build()).exchange().expectStatus().isOk();
    consultant().post().uri("/citizens/{id}/assign-to-me", id).exchange().expectStatus().isOk();
    consultant().get().uri("/citizens/{id}/matches", id).exchange().expectStatus().isOk();
    consultant().get().uri("/citizens").exchange().expectStatus().isOk();
    consultant().delete().uri("/citizens/{id}", id).exchange().expectStatus().isNoContent();

    assertThat(entries(KOBENHAVN, "").getItems().reversed())
        .extracting(e -> e.getOperation(), e -> e.getResourceId(), e -> e.getCitizenId(), e -> e.getSubject(),
            e -> e.getJobCentre(), e -> e.getStatus(), e -> e.getOutcome())
        .containsExactly(
            tuple(AuditOperation.CITIZEN_CREATE, id.toString(), id, SUBJECT, KOBENHAVN, 201, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.CITIZEN_READ, id.toString(), id, SUBJECT, KOBENHAVN, 200, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.CITIZEN_UPDATE, id.toString(), id, SUBJECT, KOBENHAVN, 200, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.CITIZEN_ASSIGN, id.toString(), id, SUBJECT, KOBENHAVN, 200, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.MATCHES_READ, id.toString(), id, SUBJECT, KOBENHAVN, 200, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.CITIZENS_LIST, null, null, SUBJECT, KOBENHAVN, 200, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.CITIZEN_DELETE, id.toString(), id, SUBJECT, KOBENHAVN, 204, AuditOutcome.SUCCEEDED));
  }

  @Test
  void refusedCallsAreRecordedWithTheirStatusAndNoIdTheCallerMadeUp() {
    UUID id = createCitizen(aCitizen().build());
    as(consultantOf(AARHUS)).get().uri("/citizens/{id}", id).exchange().expectStatus().isNotFound();
    consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().build()).exchange().expectStatus().isEqualTo(412);
    consultant().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().hours(0, 10).build()).exchange().expectStatus().isBadRequest();
    consultant().get().uri("/citizens/0101901234").exchange().expectStatus().isBadRequest();

    assertThat(entries(AARHUS, "").getItems())
        .extracting(e -> e.getOperation(), e -> e.getResourceId(), e -> e.getJobCentre(), e -> e.getStatus(), e -> e.getOutcome())
        .containsExactly(tuple(AuditOperation.CITIZEN_READ, id.toString(), AARHUS, 404, AuditOutcome.REFUSED));
    assertThat(entries(KOBENHAVN, "").getItems().reversed())
        .extracting(e -> e.getOperation(), e -> e.getResourceId(), e -> e.getStatus(), e -> e.getOutcome())
        .containsExactly(
            tuple(AuditOperation.CITIZEN_CREATE, id.toString(), 201, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.CITIZEN_UPDATE, id.toString(), 412, AuditOutcome.REFUSED),
            tuple(AuditOperation.CITIZEN_CREATE, null, 400, AuditOutcome.REFUSED),
            // Whatever was typed in place of an id (here something like a CPR number) is not stored.
            tuple(AuditOperation.CITIZEN_READ, null, 400, AuditOutcome.REFUSED));
  }

  @Test
  void everyPlacementEndpointLeavesItsEntryWithThePlacementsCitizen() {
    Company company = createCompany(aCompany().with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    UUID taskId = company.getPartialTasks().getFirst().getTaskId();
    mongo.remove(new Query(), AuditEntry.COLLECTION).block();

    Placement proposed = propose(proposal(citizen, company));
    Placement started = post(post(putAgreement(proposed, agreementFor(proposed, 6, 2)), "agree", null), "start",
        new PlacementStart().startDate(TODAY));
    recordHours(started, hours(TODAY, 5, 3));
    followUp(started, TODAY);
    get(started);
    consultant().get().uri("/placements/{id}/hours", started.getPlacementId()).exchange().expectStatus().isOk();
    consultant().get().uri("/placements/{id}/follow-ups", started.getPlacementId()).exchange().expectStatus().isOk();
    consultant().get().uri("/placements").exchange().expectStatus().isOk();
    consultant().get().uri("/companies/{c}/tasks/{t}/candidates", company.getCompanyId(), taskId).exchange().expectStatus().isOk();
    consultant().get().uri("/exports/hours-ledger.csv").exchange().expectStatus().isOk();
    consultant().post().uri("/placements/{id}/withdraw", started.getPlacementId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}").exchange().expectStatus().is4xxClientError();
    as(consultantOf(AARHUS)).get().uri("/placements/{id}", started.getPlacementId()).exchange().expectStatus().isNotFound();

    String placement = proposed.getPlacementId().toString();
    assertThat(entries(KOBENHAVN, "").getItems().reversed())
        .extracting(e -> e.getOperation(), e -> e.getResourceId(), e -> e.getCitizenId(), e -> e.getOutcome())
        .containsExactly(
            tuple(AuditOperation.PLACEMENT_PROPOSE, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.WORK_AGREEMENT_WRITE, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.PLACEMENT_AGREE, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.PLACEMENT_START, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.HOURS_RECORD, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.FOLLOW_UP_RECORD, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.PLACEMENT_READ, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.HOURS_READ, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.FOLLOW_UPS_READ, placement, citizen, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.PLACEMENTS_LIST, null, null, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.CANDIDATES_READ, taskId.toString(), null, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.HOURS_LEDGER_EXPORT, null, null, AuditOutcome.SUCCEEDED),
            tuple(AuditOperation.PLACEMENT_WITHDRAW, placement, citizen, AuditOutcome.REFUSED));
    // Another job centre's call leaves no citizen behind: to Aarhus the placement does not exist.
    assertThat(entries(AARHUS, "").getItems()).singleElement()
        .satisfies(e -> assertThat(e.getCitizenId()).isNull())
        .satisfies(e -> assertThat(e.getStatus()).isEqualTo(404));
    assertThat(entries(KOBENHAVN, "?citizenId=" + citizen).getItems()).hasSize(10);
  }

  @Test
  void storedEntriesHoldIdsAndCodesButNoPersonalData() {
    UUID id = createCitizen(aCitizen().labelled("AB-77").goal(GoalRank.A, "5223", "Butiksassistent")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).developing("Mødestabilitet").build());
    consultant().get().uri("/citizens/{id}", id).exchange().expectStatus().isOk();
    consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().labelled("AB-77").needing(NeedCode.FREQUENT_BREAKS, Strictness.PREFER).build())
        .exchange().expectStatus().isOk();

    List<Document> stored = mongo.findAll(Document.class, AuditEntry.COLLECTION).collectList().block();
    assertThat(stored).hasSize(3);
    for (Document entry : stored) {
      assertThat(entry.keySet()).containsOnly("_id", "at", "subject", "jobCentre", "operation", "resourceId", "citizenId",
          "status", "outcome", "_class");
      assertThat(entry.toJson()).doesNotContain("AB-77", "Butiksassistent", "5223", "NO_HEAVY_LIFTING",
          "FREQUENT_BREAKS", "Mødestabilitet");
    }
  }

  @Test
  void onlyAuditReadListsTheLogAndOnlyTheCallersJobCentre() {
    createCitizen(aCitizen().build());

    as(consultantOf(KOBENHAVN)).get().uri("/audit-log").exchange()
        .expectStatus().isForbidden()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("auth.scope-missing");
    as(consultantOf(KOBENHAVN)).get().uri("/exports/audit-log.csv").exchange().expectStatus().isForbidden();

    assertThat(entries(KOBENHAVN, "").getItems()).hasSize(1);
    assertThat(entries(AARHUS, "").getItems()).isEmpty();
  }

  @Test
  void filtersBySubjectAndPeriodInDanishDays() {
    createCitizen(aCitizen().build());
    as(tokens.mint("bo", KOBENHAVN, ALL_SCOPES)).get().uri("/citizens").exchange().expectStatus().isOk();

    assertThat(entries(KOBENHAVN, "?subject=bo").getItems()).extracting(e -> e.getOperation())
        .containsExactly(AuditOperation.CITIZENS_LIST);
    assertThat(entries(KOBENHAVN, "?from=" + TODAY + "&to=" + TODAY).getPage().getTotalItems()).isEqualTo(2);
    assertThat(entries(KOBENHAVN, "?from=" + TODAY.plusDays(1)).getPage().getTotalItems()).isZero();
    assertThat(entries(KOBENHAVN, "?to=" + TODAY.minusDays(1)).getPage().getTotalItems()).isZero();
    assertThat(entries(KOBENHAVN, "?size=1&page=1").getItems()).extracting(e -> e.getOperation())
        .containsExactly(AuditOperation.CITIZEN_CREATE);
  }

  @Test
  void badParametersAre400NamingTheParameter() {
    for (String[] bad : new String[][] {{"?from=2026-03-31&to=2026-03-30", "to"}, {"?citizenId=abc", "citizenId"},
        {"?subject=", "subject"}, {"?from=31-03-2026", "from"}, {"?size=0", "size"}, {"?page=-1", "page"}}) {
      auditor(KOBENHAVN).get().uri("/audit-log" + bad[0]).exchange()
          .expectStatus().isBadRequest()
          .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody().jsonPath("$.field").isEqualTo(bad[1]);
    }
    auditor(KOBENHAVN).get().uri("/exports/audit-log.csv?from=2026-03-31&to=2026-03-30").exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("to");
  }

  @Test
  void csvExportIsInTheFormDanishExcelOpens() {
    UUID id = createCitizen(aCitizen().build());

    String csv = auditor(KOBENHAVN).get().uri("/exports/audit-log.csv").exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(csv).startsWith("\uFEFFtidspunkt;jobcenter;bruger;handling;ressource;borger;status;udfald\r\n");
    assertThat(csv).contains(";101;consultant-101;Oprettede borger;" + id + ";" + id + ";201;Gennemført\r\n");

    String plain = auditor(KOBENHAVN).get().uri("/exports/audit-log.csv?format=plain").exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(plain).startsWith("at,jobCentre,subject,operation,resourceId,citizenId,status,outcome\r\n")
        .contains(",101,consultant-101,CITIZEN_CREATE," + id + "," + id + ",201,SUCCEEDED\r\n");
  }

  @Test
  void theScheduledRetentionRemovesEntriesOlderThanItsDays() {
    createCitizen(aCitizen().build());
    clock.advance(Duration.ofDays(100));
    consultant().get().uri("/citizens").exchange().expectStatus().isOk();
    clock.advance(Duration.ofDays(81));

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(entries(KOBENHAVN, "").getItems()).extracting(e -> e.getOperation())
            .containsExactly(AuditOperation.CITIZENS_LIST));
    assertThat(retention.purge().block()).isZero();
  }

  @Test
  void aReadWhoseEntryCannotBeStoredAnswers503AndNoData() {
    UUID id = createCitizen(aCitizen().labelled("AB-77").build());
    breakAuditWritesAfterTheFirstOf("operation");
    consultant().get().uri("/citizens/{id}", id).exchange().expectStatus().isOk();

    consultant().get().uri("/citizens/{id}", id).exchange()
        .expectStatus().isEqualTo(503)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("service.audit-unavailable")
        .jsonPath("$.label").doesNotExist();
  }

  @Test
  void aWriteWhoseEntryCannotBeStoredBeforehandIsNotMade() {
    UUID id = createCitizen(aCitizen().hours(5, 10).build());
    breakAuditWritesAfterTheFirstOf("operation");
    update(id, 0, 6).expectStatus().isOk();

    update(id, 1, 7)
        .expectStatus().isEqualTo(503)
        .expectHeader().doesNotExist("ETag")
        .expectBody().jsonPath("$.code").isEqualTo("service.audit-unavailable");

    assertThat(citizenRepository.findById(id.toString()).block().version()).isEqualTo(1);
  }

  @Test
  void aWriteWhoseOutcomeCannotBeStoredAnswers503AndItsEntryStaysUnfinished() {
    UUID id = createCitizen(aCitizen().hours(5, 10).build());
    mongo.remove(new Query(), AuditEntry.COLLECTION).block();
    // Entries are stored without a status before the write; completing a second one with 200 breaks the index.
    mongo.indexOps(AuditEntry.COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC).unique().sparse()
        .named("breaks_audit_writes")).block();
    update(id, 0, 6).expectStatus().isOk();

    update(id, 1, 7).expectStatus().isEqualTo(503)
        .expectBody().jsonPath("$.code").isEqualTo("service.audit-unavailable");

    // The change was made (no transaction spans both), and the log says so: who, what, when, outcome unknown.
    assertThat(citizenRepository.findById(id.toString()).block().version()).isEqualTo(2);
    assertThat(entries(KOBENHAVN, "").getItems())
        .extracting(e -> e.getOperation(), e -> e.getResourceId(), e -> e.getStatus(), e -> e.getOutcome())
        .containsExactly(
            tuple(AuditOperation.CITIZEN_UPDATE, id.toString(), null, AuditOutcome.UNFINISHED),
            tuple(AuditOperation.CITIZEN_UPDATE, id.toString(), 200, AuditOutcome.SUCCEEDED));
  }

  private WebTestClient.ResponseSpec update(UUID id, int version, int hoursNow) {
    return consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"" + version + "\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(hoursNow, 14).build()).exchange();
  }

  /** A unique index the next entry of the same kind breaks: a real refused insert, no stand-in. */
  private void breakAuditWritesAfterTheFirstOf(String field) {
    mongo.remove(new Query(), AuditEntry.COLLECTION).block();
    mongo.indexOps(AuditEntry.COLLECTION).createIndex(new Index().on(field, Sort.Direction.ASC).unique()
        .named("breaks_audit_writes")).block();
  }

  private WebTestClient auditor(String jobCentre) {
    return as(tokens.mint("auditor-" + jobCentre, jobCentre, List.of("audit.read")));
  }

  private AuditEntryPage entries(String jobCentre, String query) {
    return auditor(jobCentre).get().uri("/audit-log" + (query.contains("size=") ? query
            : query.isEmpty() ? "?size=200" : query + "&size=200"))
        .exchange().expectStatus().isOk().expectBody(AuditEntryPage.class).returnResult().getResponseBody();
  }
}
