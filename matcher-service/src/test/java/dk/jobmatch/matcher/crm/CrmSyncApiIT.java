package dk.jobmatch.matcher.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dk.jobmatch.crm.support.CrmRecords.aFeedCompany;
import static dk.jobmatch.crm.support.CrmRecords.feedPage;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.CrmPushResult;
import dk.jobmatch.api.model.CrmQuarantinePage;
import dk.jobmatch.api.model.CrmSource;
import dk.jobmatch.api.model.CrmSyncRun;
import dk.jobmatch.api.model.CrmSyncRunList;
import dk.jobmatch.api.model.CrmSyncStatus;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.crm.support.CrmRecords.FeedCompanyBuilder;
import dk.jobmatch.crm.sync.WebhookSignature;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * CRM sync through the real service: a stub CRM (WireMock on 127.0.0.1) behind a configured JSON
 * feed source ({@code feed}, on demand) and a scheduled one ({@code sched}, every 600 ms), real
 * MongoDB wire server, real index, real HTTP. Resilience4j is scaled down by configuration.
 */
class CrmSyncApiIT extends ApiTestSupport {
  private static final WireMockServer CRM = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private static final String SECRET = "webhook-secret-of-feed";

  static {
    CRM.start();
  }

  @DynamicPropertySource
  static void sources(DynamicPropertyRegistry p) {
    p.add("matcher.crm.sources.feed.kind", () -> "FEED");
    p.add("matcher.crm.sources.feed.base-url", () -> CRM.baseUrl() + "/feed");
    p.add("matcher.crm.sources.feed.api-key", () -> "feed-key");
    p.add("matcher.crm.sources.feed.page-size", () -> "2");
    p.add("matcher.crm.sources.feed.webhook-secret", () -> SECRET);
    p.add("matcher.crm.sources.feed.schedule", () -> "1h");
    p.add("matcher.crm.sources.feed.initial-delay", () -> "1h");
    p.add("matcher.crm.sources.sched.kind", () -> "FEED");
    p.add("matcher.crm.sources.sched.base-url", () -> CRM.baseUrl() + "/sched");
    p.add("matcher.crm.sources.sched.schedule", () -> "600ms");
    p.add("matcher.crm.sources.sched.initial-delay", () -> "300ms");
    p.add("matcher.crm.max-retry-after", () -> "2s");
    p.add("resilience4j.retry.configs.crm.max-attempts", () -> "3");
    p.add("resilience4j.retry.configs.crm.wait-duration", () -> "20ms");
    p.add("resilience4j.circuitbreaker.configs.crm.sliding-window-size", () -> "4");
    p.add("resilience4j.circuitbreaker.configs.crm.minimum-number-of-calls", () -> "4");
    p.add("resilience4j.circuitbreaker.configs.crm.wait-duration-in-open-state", () -> "1s");
    p.add("resilience4j.timelimiter.configs.crm.timeout-duration", () -> "10s");
  }

  @AfterAll
  static void stopCrm() {
    CRM.stop();
  }

  @BeforeEach
  void cleanCrmState() {
    CRM.resetAll();
    CRM.stubFor(get(urlPathEqualTo("/sched/companies")).willReturn(aResponse().withStatus(503)));
    for (String collection : List.of(MongoCheckpoints.COLLECTION, MongoQuarantine.COLLECTION, SyncRun.COLLECTION, SyncLease.COLLECTION)) {
      mongo.remove(new Query(), collection).block();
    }
  }

  @Test
  void companiesSyncedFromStubCrmAppearInMatches() {
    stubFeed(null, List.of(inKobenhavn(1), inKobenhavn(2)), "c2");
    stubFeed("c2", List.of(inKobenhavn(3).named("Lagerhuset Valby ApS")), null);
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "butiksassistent").build());

    CrmSyncRun run = syncToEnd("feed");

    assertThat(run.getStatus()).isEqualTo(CrmSyncStatus.COMPLETED);
    assertThat(run.getCreated()).isEqualTo(3);
    assertThat(run.getPages()).isEqualTo(2);
    assertThat(matches(citizen).getMatches()).extracting(CompanyMatch::getName)
        .contains("Lagerhuset Valby ApS", "Feedvirksomhed 1", "Feedvirksomhed 2");
  }

  @Test
  void repeatedSyncChangesNothingAndHistoryShowsBothRuns() {
    stubFeed(null, List.of(inKobenhavn(1), inKobenhavn(2)), null);
    syncToEnd("feed");
    List<Long> versionsBefore = storedVersions();

    CrmSyncRun again = syncToEnd("feed");

    assertThat(again.getUnchanged()).isEqualTo(2);
    assertThat(again.getCreated() + again.getUpdated() + again.getDeactivated()).isZero();
    assertThat(storedVersions()).isEqualTo(versionsBefore);
    CrmSyncRunList history = as(crmOperator()).get().uri("/crm-sources/feed/runs").exchange()
        .expectStatus().isOk().expectBody(CrmSyncRunList.class).returnResult().getResponseBody();
    assertThat(history.getItems()).extracting(CrmSyncRun::getRunId).containsExactly(again.getRunId(), history.getItems().get(1).getRunId());
    assertThat(history.getItems()).hasSize(2);
  }

  @Test
  void companyDeletedInCrmAndPushedThroughWebhookLeavesTheMatches() {
    stubFeed(null, List.of(inKobenhavn(1), inKobenhavn(2)), null);
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "butiksassistent").build());
    syncToEnd("feed");
    byte[] body = pushBody(aFeedCompany(1).deleted().build());

    CrmPushResult result = http.post().uri("/crm-sources/feed/webhook").contentType(MediaType.APPLICATION_JSON)
        .header(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, body)).bodyValue(body)
        .exchange().expectStatus().isAccepted().expectBody(CrmPushResult.class).returnResult().getResponseBody();

    assertThat(result.getDeactivated()).isEqualTo(1);
    assertThat(matches(citizen).getMatches()).extracting(CompanyMatch::getName)
        .contains("Feedvirksomhed 2").doesNotContain("Feedvirksomhed 1");
    String id = CrmCompanyStore.companyId("feed", "c-1");
    as(consultantOf(KOBENHAVN)).get().uri("/companies/{id}", id).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.crm.deactivatedAt").isNotEmpty();
  }

  @Test
  void webhookWithBadOrMissingSignatureIsRejectedAndChangesNothing() {
    byte[] body = pushBody(inKobenhavn(7).build());

    http.post().uri("/crm-sources/feed/webhook").contentType(MediaType.APPLICATION_JSON)
        .header(WebhookSignature.HEADER, WebhookSignature.sign("not-the-secret", body)).bodyValue(body)
        .exchange().expectStatus().isUnauthorized()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo(WebhookSignature.HEADER)
        .jsonPath("$.detail").value(d -> assertThat((String) d).contains("does not match"));
    http.post().uri("/crm-sources/feed/webhook").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isUnauthorized()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    http.post().uri("/crm-sources/sched/webhook").contentType(MediaType.APPLICATION_JSON)
        .header(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, body)).bodyValue(body)
        .exchange().expectStatus().isUnauthorized();

    assertThat(companiesFrom("feed")).isEmpty();
  }

  @Test
  void signedWebhookWithMalformedBodyIsABadRequest() {
    byte[] body = "{\"records\": [".getBytes(StandardCharsets.UTF_8);

    http.post().uri("/crm-sources/feed/webhook").contentType(MediaType.APPLICATION_JSON)
        .header(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, body)).bodyValue(body)
        .exchange().expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void unmappableRecordsAreQuarantinedAndShownWhileTheRestSyncs() {
    stubFeed(null, List.of(inKobenhavn(1), inKobenhavn(2).cvr("12345678"), inKobenhavn(3).withoutName()), null);

    CrmSyncRun run = syncToEnd("feed");

    assertThat(run.getCreated()).isEqualTo(1);
    assertThat(run.getQuarantined()).isEqualTo(2);
    CrmQuarantinePage quarantine = as(crmOperator()).get().uri("/crm-sources/feed/quarantine").exchange()
        .expectStatus().isOk().expectBody(CrmQuarantinePage.class).returnResult().getResponseBody();
    assertThat(quarantine.getPage().getTotalItems()).isEqualTo(2);
    assertThat(quarantine.getItems()).extracting(r -> r.getExternalId() + ": " + r.getReason()).containsExactlyInAnyOrder(
        "c-2: bad CVR number '12345678': must be 8 digits with a valid modulus-11 check digit",
        "c-3: missing name (name)");
  }

  @Test
  void secondSyncWhileOneRunsIsRefusedWithConflict() {
    CRM.stubFor(feed(null).willReturn(okJson(feedPage(List.of(inKobenhavn(1).build()), null)).withFixedDelay(1500)));
    CrmSyncRun first = startSync("feed");

    as(crmOperator()).post().uri("/crm-sources/feed/sync").exchange()
        .expectStatus().isEqualTo(409)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains(first.getRunId().toString()));

    assertThat(awaitEnd("feed", first.getRunId()).getStatus()).isEqualTo(CrmSyncStatus.COMPLETED);
  }

  @Test
  void syncIsRefusedWhileAnotherReplicaHoldsTheSource() {
    mongo.save(new org.bson.Document("_id", "feed").append("runId", "other-replica-run")
        .append("until", java.util.Date.from(java.time.Instant.now().plus(Duration.ofHours(1)))), SyncLease.COLLECTION).block();

    as(crmOperator()).post().uri("/crm-sources/feed/sync").exchange()
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("another replica"));

    mongo.remove(new Query(), SyncLease.COLLECTION).block();
    stubFeed(null, List.of(inKobenhavn(1)), null);
    assertThat(syncToEnd("feed").getStatus()).isEqualTo(CrmSyncStatus.COMPLETED);
  }

  @Test
  void crmSourcesNeedTheCrmSyncScopeAndAKnownSource() {
    as(tokenWith(KOBENHAVN, "companies.write")).post().uri("/crm-sources/feed/sync").exchange().expectStatus().isForbidden();
    as(crmOperator()).get().uri("/crm-sources/nope").exchange().expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    as(crmOperator()).get().uri("/crm-sources/feed/runs?limit=0").exchange().expectStatus().isBadRequest();
    as(crmOperator()).get().uri("/crm-sources/feed/runs/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();
  }

  @Test
  void scheduledRunAfterTheCrmRecoversCompletesWithNothingLostOrDuplicated() {
    await().atMost(Duration.ofSeconds(30)).until(() -> runs("sched").stream()
        .anyMatch(r -> r.getStatus() == CrmSyncStatus.FAILED && r.getProblem().startsWith("circuit open")));
    CrmSource open = as(crmOperator()).get().uri("/crm-sources/sched").exchange()
        .expectStatus().isOk().expectBody(CrmSource.class).returnResult().getResponseBody();
    assertThat(open.getCircuitBreaker()).isIn("OPEN", "HALF_OPEN");
    // Health details and metrics are for operators (operations.read), not for the CRM scope.
    as(tokenWith(KOBENHAVN, "operations.read")).get().uri("/actuator/health").exchange().expectBody()
        .jsonPath("$.components.circuitBreakers.details.crm-sched.details.state").exists();
    as(tokenWith(KOBENHAVN, "operations.read")).get()
        .uri("/actuator/metrics/resilience4j.circuitbreaker.not.permitted.calls?tag=name:crm-sched").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.measurements[0].value").value(v -> assertThat(((Number) v).doubleValue()).isPositive());

    CRM.stubFor(get(urlPathEqualTo("/sched/companies")).withQueryParam("cursor", absent())
        .willReturn(okJson(feedPage(List.of(inKobenhavn(20).build(), inKobenhavn(21).build()), "s2"))));
    CRM.stubFor(get(urlPathEqualTo("/sched/companies")).withQueryParam("cursor", equalTo("s2"))
        .willReturn(okJson(feedPage(List.of(inKobenhavn(22).build()), null))));

    await().atMost(Duration.ofSeconds(30)).until(() -> runs("sched").stream()
        .anyMatch(r -> r.getStatus() == CrmSyncStatus.COMPLETED && r.getTrigger().getValue().equals("SCHEDULE")));
    assertThat(companiesFrom("sched")).extracting(c -> c.crm().externalId()).containsExactlyInAnyOrder("c-20", "c-21", "c-22");
  }

  private static FeedCompanyBuilder inKobenhavn(int n) {
    return aFeedCompany(n).at("101", 55.68, 12.57);
  }

  private static void stubFeed(String cursor, List<FeedCompanyBuilder> companies, String next) {
    CRM.stubFor(feed(cursor).willReturn(okJson(feedPage(companies.stream().map(FeedCompanyBuilder::build).toList(), next))));
  }

  private static MappingBuilder feed(String cursor) {
    return get(urlPathEqualTo("/feed/companies")).withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor));
  }

  private static byte[] pushBody(JsonNode... records) {
    return ("{\"records\": " + List.of(records) + "}").getBytes(StandardCharsets.UTF_8);
  }

  private String crmOperator() {
    return tokenWith(KOBENHAVN, "crm.sync");
  }

  private CrmSyncRun startSync(String sourceId) {
    return as(crmOperator()).post().uri("/crm-sources/{id}/sync", sourceId).exchange()
        .expectStatus().isAccepted()
        .expectBody(CrmSyncRun.class).returnResult().getResponseBody();
  }

  private CrmSyncRun syncToEnd(String sourceId) {
    return awaitEnd(sourceId, startSync(sourceId).getRunId());
  }

  private CrmSyncRun awaitEnd(String sourceId, UUID runId) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> as(crmOperator()).get()
            .uri("/crm-sources/{s}/runs/{r}", sourceId, runId).exchange()
            .expectStatus().isOk().expectBody(CrmSyncRun.class).returnResult().getResponseBody(),
        run -> run.getStatus() != CrmSyncStatus.RUNNING);
  }

  private List<CrmSyncRun> runs(String sourceId) {
    return as(crmOperator()).get().uri("/crm-sources/{s}/runs", sourceId).exchange()
        .expectStatus().isOk().expectBody(CrmSyncRunList.class).returnResult().getResponseBody().getItems();
  }

  /** Versions of the feed's companies (the scheduled source may write its own meanwhile). */
  private List<Long> storedVersions() {
    return companiesFrom("feed").stream().map(Company::version).sorted().toList();
  }

  private List<Company> companiesFrom(String sourceId) {
    return mongo.find(Query.query(Criteria.where("crm.source").is(sourceId)), Company.class).collectList().block();
  }

  private UUID createCitizen(CitizenInput citizen) {
    return as(consultantOf(KOBENHAVN)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(citizen)
        .exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private MatchList matches(UUID citizenId) {
    return as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk().expectBody(MatchList.class).returnResult().getResponseBody();
  }
}
