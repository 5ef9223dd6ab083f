package dk.jobmatch.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dk.jobmatch.crm.support.CrmRecords.accounts;
import static dk.jobmatch.crm.support.CrmRecords.anAccount;
import static dk.jobmatch.crm.support.CrmRecords.odataPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dk.jobmatch.crm.mapping.CrmCompany;
import dk.jobmatch.crm.mapping.CrmRecordMapper;
import dk.jobmatch.crm.mapping.FieldMapping;
import dk.jobmatch.crm.odata.ClientCredentialsToken;
import dk.jobmatch.crm.odata.ODataConnector;
import dk.jobmatch.crm.odata.ODataSettings;
import dk.jobmatch.crm.remote.CrmHttp;
import dk.jobmatch.crm.remote.CrmRefused;
import dk.jobmatch.crm.remote.CrmUnavailable;
import dk.jobmatch.crm.remote.ResilientCalls;
import dk.jobmatch.crm.support.InMemoryPorts;
import dk.jobmatch.crm.support.Resilience;
import dk.jobmatch.crm.sync.CompanySync;
import dk.jobmatch.crm.sync.StoreOutcome;
import dk.jobmatch.crm.sync.SyncProgress;
import dk.jobmatch.crm.sync.SyncedCompanies;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The Dynamics 365-style connector and the sync against a WireMock OData Web API on 127.0.0.1. */
class ODataSyncIT {
  private static final String ROOT = "/api/data/v9.2";
  private static final String ACCOUNTS = ROOT + "/accounts";

  private final WireMockServer crm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private final InMemoryPorts ports = new InMemoryPorts();
  private ResilientCalls calls;

  @BeforeEach
  void start() {
    crm.start();
    crm.stubFor(post(urlPathEqualTo("/oauth2/token"))
        .willReturn(okJson("{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    calls = new ResilientCalls("dyn", Resilience.fast(), "crm", Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    crm.stop();
  }

  @Test
  void fullSyncFollowsNextLinksOverSeveralPagesWithOneToken() {
    threePagesOfSevenAccounts();

    assertThat(run(sync())).isEqualTo(CompanySync.Ending.COMPLETED);

    assertThat(ports.companies).hasSize(7);
    assertThat(ports.companies.get("acc-5").openings()).hasSize(1);
    crm.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/token"))
        .withRequestBody(containing("grant_type=client_credentials")).withRequestBody(containing("client_id=matcher")));
    crm.verify(3, getRequestedFor(urlPathEqualTo(ACCOUNTS))
        .withHeader("Authorization", equalTo("Bearer token-1"))
        .withHeader("Prefer", equalTo("odata.maxpagesize=3")));
    crm.verify(1, getRequestedFor(urlPathEqualTo(ACCOUNTS))
        .withQueryParam("$select", containing("accountid,versionnumber,modifiedon"))
        .withQueryParam("$orderby", equalTo("modifiedon asc"))
        .withQueryParam("$expand", containing("contact_customer_accounts($select=fullname"))
        .withQueryParam("$filter", absent()));
    assertThat(ports.checkpoints.get("dyn")).isEqualTo(new Checkpoint("dyn", "2026-11-01T10:07:00Z", null, null));
  }

  @Test
  void incrementalSyncAsksOnlyForChangesSinceTheCheckpoint() {
    threePagesOfSevenAccounts();
    run(sync());
    int writesAfterFirst = ports.writes.get();
    crm.stubFor(firstPage().withQueryParam("$filter", equalTo("modifiedon gt 2026-11-01T10:07:00Z"))
        .willReturn(okJson(odataPage(List.of(anAccount(4).named("Nyt navn ApS").version(2004)
            .modifiedOn("2026-11-02T09:00:00Z").build()), null))));

    SyncProgress progress = new SyncProgress();
    run(sync(), progress);

    assertThat(progress.counts().updated()).isEqualTo(1);
    assertThat(progress.counts().pages()).isEqualTo(1);
    assertThat(ports.writes.get()).isEqualTo(writesAfterFirst + 1);
    assertThat(ports.companies.get("acc-4").name()).isEqualTo("Nyt navn ApS");
    assertThat(ports.checkpoints.get("dyn").since()).isEqualTo("2026-11-02T09:00:00Z");
  }

  @Test
  void repeatedSyncOfTheSameVersionsChangesNothing() {
    threePagesOfSevenAccounts();
    run(sync());
    int writes = ports.writes.get();
    ports.checkpoints.clear();

    SyncProgress again = new SyncProgress();
    run(sync(), again);

    assertThat(again.counts().unchanged()).isEqualTo(7);
    assertThat(again.counts().changed()).isZero();
    assertThat(ports.writes.get()).isEqualTo(writes);
  }

  @Test
  void schedulesTheRetryAfterWhatRetryAfterAsksWhenThrottledWith429() {
    crm.stubFor(firstPage().willReturn(okJson(odataPage(accounts(1, 2), nextLink("p2")))));
    crm.stubFor(page("p2").inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
    crm.stubFor(page("p2").inScenario("throttled").whenScenarioStateIs("open")
        .willReturn(okJson(odataPage(accounts(3, 4), null))));
    // The wait the retry was scheduled with, as Resilience4j reports it: no clock is read, so the
    // test says which rule chose the wait (the header's 1 s, not the 20 ms backoff), never how fast.
    List<Duration> scheduledWaits = new CopyOnWriteArrayList<>();
    calls.retry().getEventPublisher().onRetry(event -> scheduledWaits.add(event.getWaitInterval()));

    assertThat(run(sync())).isEqualTo(CompanySync.Ending.COMPLETED);

    assertThat(scheduledWaits).containsExactly(Duration.ofSeconds(1));
    assertThat(ports.companies).hasSize(4);
    crm.verify(2, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", equalTo("p2")));
  }

  @Test
  void serverErrorsAreRetriedThenOpenTheCircuitAndTheRunAfterRecoveryLosesAndDuplicatesNothing() {
    crm.stubFor(firstPage().willReturn(okJson(odataPage(accounts(1, 3), nextLink("p2")))));
    crm.stubFor(page("p2").willReturn(aResponse().withStatus(503)));

    StepVerifier.create(sync().run(new SyncProgress())).expectError(CrmUnavailable.class).verify(Duration.ofSeconds(20));
    crm.verify(Resilience.ATTEMPTS, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", equalTo("p2")));
    assertThat(calls.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

    StepVerifier.create(sync().run(new SyncProgress())).expectError(CallNotPermittedException.class).verify(Duration.ofSeconds(20));
    crm.verify(Resilience.ATTEMPTS, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", equalTo("p2")));

    crm.stubFor(page("p2").willReturn(okJson(odataPage(accounts(4, 6), null))));
    await().atMost(Duration.ofSeconds(10)).until(() -> calls.circuitState() == CircuitBreaker.State.HALF_OPEN);

    assertThat(run(sync())).isEqualTo(CompanySync.Ending.COMPLETED);
    assertThat(ports.companies).hasSize(6);
    assertThat(ports.writes.get()).isEqualTo(6);
    crm.verify(1, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", absent()));
    assertThat(calls.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void callsThatTimeOutAreRetried() {
    Duration limit = Duration.ofSeconds(2);
    calls = new ResilientCalls("dyn-slow", Resilience.fast(limit), "crm", Duration.ofSeconds(2));
    crm.stubFor(firstPage().inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(odataPage(accounts(1, 2), null)).withFixedDelay((int) limit.toMillis() * 3))
        .willSetStateTo("fast"));
    crm.stubFor(firstPage().inScenario("slow").whenScenarioStateIs("fast").willReturn(okJson(odataPage(accounts(1, 2), null))));

    assertThat(run(sync())).isEqualTo(CompanySync.Ending.COMPLETED);

    assertThat(ports.companies).hasSize(2);
    crm.verify(2, getRequestedFor(urlPathEqualTo(ACCOUNTS)));
  }

  @Test
  void runThatStopsAfterPageTwoResumesFromTheCheckpoint() {
    threePagesOfSevenAccounts();
    AtomicBoolean crashed = new AtomicBoolean();
    SyncedCompanies dyingOnPageThree = new SyncedCompanies() {
      @Override
      public Mono<StoreOutcome> upsert(String sourceId, CrmCompany company) {
        if (company.externalId().equals("acc-7") && crashed.compareAndSet(false, true)) {
          return Mono.error(new IllegalStateException("process stopped"));
        }
        return ports.upsert(sourceId, company);
      }

      @Override
      public Mono<StoreOutcome> deactivate(String sourceId, String externalId) {
        return ports.deactivate(sourceId, externalId);
      }
    };
    StepVerifier.create(sync(dyingOnPageThree).run(new SyncProgress())).expectError(IllegalStateException.class).verify();
    assertThat(ports.checkpoints.get("dyn").resumeAt()).endsWith("$skiptoken=p3");

    assertThat(run(sync())).isEqualTo(CompanySync.Ending.COMPLETED);

    assertThat(ports.companies).hasSize(7);
    assertThat(ports.writes.get()).isEqualTo(7);
    crm.verify(1, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", absent()));
    crm.verify(1, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", equalTo("p2")));
    crm.verify(2, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", equalTo("p3")));
  }

  @Test
  void malformedPageIsQuarantinedAndTheNextRunTriesItAgain() {
    crm.stubFor(firstPage().willReturn(okJson(odataPage(accounts(1, 2), nextLink("p2")))));
    crm.stubFor(page("p2").willReturn(okJson("{\"value\": [ {\"accountid\": ")));

    assertThat(run(sync())).isEqualTo(CompanySync.Ending.PARTIAL);

    assertThat(ports.companies).hasSize(2);
    assertThat(ports.quarantineReasons()).singleElement().asString().startsWith("malformed JSON");
    assertThat(ports.checkpoints.get("dyn").resumeAt()).endsWith("$skiptoken=p2");
  }

  @Test
  void unmappableAccountsAreQuarantinedWhileTheRestOfThePageSyncs() {
    crm.stubFor(firstPage().willReturn(okJson(odataPage(List.of(anAccount(1).build(), anAccount(2).cvr("11111111").build(),
        anAccount(3).withoutName().build(), anAccount(4).build()), null))));

    SyncProgress progress = new SyncProgress();
    run(sync(), progress);

    assertThat(ports.companies.keySet()).containsExactlyInAnyOrder("acc-1", "acc-4");
    assertThat(progress.counts().quarantined()).isEqualTo(2);
    assertThat(ports.quarantineReasons()).containsExactly("bad CVR number '11111111': must be 8 digits with a valid modulus-11 check digit",
        "missing name (name)");
  }

  @Test
  void tokenRejectedWith401IsFetchedAgainAndTheCallRetried() {
    crm.stubFor(post(urlPathEqualTo("/oauth2/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"revoked\",\"expires_in\":3600}")).willSetStateTo("second"));
    crm.stubFor(post(urlPathEqualTo("/oauth2/token")).inScenario("tokens").whenScenarioStateIs("second")
        .willReturn(okJson("{\"access_token\":\"token-2\",\"expires_in\":3600}")));
    crm.stubFor(firstPage().withHeader("Authorization", equalTo("Bearer revoked")).willReturn(aResponse().withStatus(401)));
    crm.stubFor(firstPage().withHeader("Authorization", equalTo("Bearer token-2")).willReturn(okJson(odataPage(accounts(1, 2), null))));

    assertThat(run(sync())).isEqualTo(CompanySync.Ending.COMPLETED);

    assertThat(ports.companies).hasSize(2);
    crm.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
  }

  @Test
  void nextLinkToAnotherHostIsNotFollowed() {
    crm.stubFor(firstPage().willReturn(okJson(odataPage(accounts(1, 2), "http://127.0.0.2:9/api/data/v9.2/accounts?$skiptoken=x"))));

    StepVerifier.create(sync().run(new SyncProgress())).expectError(CrmRefused.class).verify(Duration.ofSeconds(20));

    assertThat(ports.companies).isEmpty();
    assertThat(ports.checkpoints).isEmpty();
  }

  private void threePagesOfSevenAccounts() {
    crm.stubFor(firstPage().willReturn(okJson(odataPage(accounts(1, 3), nextLink("p2")))));
    crm.stubFor(page("p2").willReturn(okJson(odataPage(accounts(4, 6), nextLink("p3")))));
    crm.stubFor(page("p3").willReturn(okJson(odataPage(accounts(7, 7), null))));
  }

  private MappingBuilder firstPage() {
    return get(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", absent());
  }

  private MappingBuilder page(String skipToken) {
    return get(urlPathEqualTo(ACCOUNTS)).withQueryParam("$skiptoken", equalTo(skipToken));
  }

  private String nextLink(String skipToken) {
    return crm.baseUrl() + ACCOUNTS + "?$select=accountid,name&$skiptoken=" + skipToken;
  }

  private CompanySync sync() {
    return sync(ports);
  }

  private CompanySync sync(SyncedCompanies companies) {
    CrmHttp http = new CrmHttp(Duration.ofSeconds(2), 1 << 20, Clock.systemUTC());
    ODataSettings settings = new ODataSettings(URI.create(crm.baseUrl() + ROOT), "accounts",
        URI.create(crm.baseUrl() + "/oauth2/token"), "matcher", "secret", "https://crm.example/.default", 3,
        FieldMapping.dynamicsDefaults());
    ODataConnector connector = new ODataConnector(settings, http,
        new ClientCredentialsToken(http, settings.tokenUri(), "matcher", "secret", settings.scope(), Clock.systemUTC()), calls);
    return new CompanySync("dyn", connector, new CrmRecordMapper(FieldMapping.dynamicsDefaults(), InMemoryPorts.REFERENCE),
        ports, companies, ports, Clock.systemUTC());
  }

  private static CompanySync.Ending run(CompanySync sync) {
    return run(sync, new SyncProgress());
  }

  private static CompanySync.Ending run(CompanySync sync, SyncProgress progress) {
    return sync.run(progress).block(Duration.ofSeconds(30));
  }
}
