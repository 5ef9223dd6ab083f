package dk.jobmatch.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dk.jobmatch.crm.support.CrmRecords.aFeedCompany;
import static dk.jobmatch.crm.support.CrmRecords.feedPage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dk.jobmatch.crm.feed.FeedSettings;
import dk.jobmatch.crm.feed.JsonFeedConnector;
import dk.jobmatch.crm.mapping.CrmRecordMapper;
import dk.jobmatch.crm.mapping.FieldMapping;
import dk.jobmatch.crm.remote.CrmHttp;
import dk.jobmatch.crm.remote.ResilientCalls;
import dk.jobmatch.crm.support.InMemoryPorts;
import dk.jobmatch.crm.support.Resilience;
import dk.jobmatch.crm.sync.CompanySync;
import dk.jobmatch.crm.sync.SyncProgress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generic JSON feed connector (crm-feed.yaml) and the sync against WireMock on 127.0.0.1. */
class JsonFeedSyncIT {
  private final WireMockServer crm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private final InMemoryPorts ports = new InMemoryPorts();

  @BeforeEach
  void start() {
    crm.start();
  }

  @AfterEach
  void stop() {
    crm.stop();
  }

  @Test
  void malformedPageAndMalformedRecordsAreQuarantinedWithoutStoppingTheSync() {
    crm.stubFor(page(null).willReturn(okJson(feedPage(List.of(aFeedCompany(1).build(), aFeedCompany(2).cvr("1234").build(),
        aFeedCompany(3).withoutName().build(), aFeedCompany(4).build()), "c2"))));
    crm.stubFor(page("c2").willReturn(okJson("{\"items\": [ {\"id\": \"c-5\", ").withHeader("X-Next-Cursor", "c3")));
    crm.stubFor(page("c3").willReturn(okJson(feedPage(List.of(aFeedCompany(6).build()), null))));

    SyncProgress progress = new SyncProgress();
    CompanySync.Ending ending = sync().run(progress).block(Duration.ofSeconds(30));

    assertThat(ending).isEqualTo(CompanySync.Ending.COMPLETED);
    assertThat(ports.companies.keySet()).containsExactlyInAnyOrder("c-1", "c-4", "c-6");
    assertThat(ports.quarantineReasons()).hasSize(3)
        .anySatisfy(r -> assertThat(r).startsWith("bad CVR number '1234'"))
        .anySatisfy(r -> assertThat(r).isEqualTo("missing name (name)"))
        .anySatisfy(r -> assertThat(r).startsWith("malformed JSON"));
    assertThat(progress.counts().quarantined()).isEqualTo(3);
    assertThat(ports.checkpoints.get("feed").since()).isEqualTo("2026-11-02T08:06:00Z");
  }

  @Test
  void incrementalSyncSendsUpdatedSinceAndDeletedCompaniesAreDeactivated() {
    crm.stubFor(page(null).withQueryParam("updatedSince", absent())
        .willReturn(okJson(feedPage(List.of(aFeedCompany(1).build(), aFeedCompany(2).build()), null))));
    crm.stubFor(page(null).withQueryParam("updatedSince", equalTo("2026-11-02T08:02:00Z"))
        .willReturn(okJson(feedPage(List.of(aFeedCompany(1).deleted().updatedAt("2026-11-03T12:00:00Z").build()), null))));
    sync().run(new SyncProgress()).block(Duration.ofSeconds(30));

    SyncProgress second = new SyncProgress();
    sync().run(second).block(Duration.ofSeconds(30));

    assertThat(second.counts().deactivated()).isEqualTo(1);
    assertThat(ports.companies.get("c-1").active()).isFalse();
    assertThat(ports.companies.get("c-2").active()).isTrue();
    crm.verify(1, getRequestedFor(urlPathEqualTo("/feed/companies")).withQueryParam("updatedSince", equalTo("2026-11-02T08:02:00Z"))
        .withQueryParam("limit", equalTo("50")).withHeader("Authorization", equalTo("Bearer feed-key")));
  }

  private MappingBuilder page(String cursor) {
    return get(urlPathEqualTo("/feed/companies")).withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor));
  }

  private CompanySync sync() {
    ResilientCalls calls = new ResilientCalls("feed", Resilience.fast(), "crm", Duration.ofSeconds(2));
    JsonFeedConnector connector = new JsonFeedConnector(new FeedSettings(URI.create(crm.baseUrl() + "/feed"), "feed-key", 50,
        FieldMapping.feedDefaults()), new CrmHttp(Duration.ofSeconds(2), 1 << 20, Clock.systemUTC()), calls);
    return new CompanySync("feed", connector, new CrmRecordMapper(FieldMapping.feedDefaults(), InMemoryPorts.REFERENCE),
        ports, ports, ports, Clock.systemUTC());
  }
}
