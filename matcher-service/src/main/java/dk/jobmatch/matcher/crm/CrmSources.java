package dk.jobmatch.matcher.crm;

import dk.jobmatch.crm.CrmConnector;
import dk.jobmatch.crm.feed.FeedSettings;
import dk.jobmatch.crm.feed.JsonFeedConnector;
import dk.jobmatch.crm.mapping.CrmRecordMapper;
import dk.jobmatch.crm.mapping.FieldMapping;
import dk.jobmatch.crm.mapping.ReferenceCodes;
import dk.jobmatch.crm.odata.ClientCredentialsToken;
import dk.jobmatch.crm.odata.ODataConnector;
import dk.jobmatch.crm.odata.ODataSettings;
import dk.jobmatch.crm.remote.CrmHttp;
import dk.jobmatch.crm.remote.ResilienceRegistries;
import dk.jobmatch.crm.remote.ResilientCalls;
import dk.jobmatch.crm.sync.CompanySync;
import dk.jobmatch.matcher.reference.Cvr;
import dk.jobmatch.matcher.reference.Municipalities;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The configured sources, each wired to its connector, mapping, resilience instances (registered
 * in the Spring Boot registries, so they show in {@code /actuator/health} and metrics) and the
 * MongoDB ports.
 */
@Component
@EnableConfigurationProperties(CrmProperties.class)
class CrmSources {
  private static final ReferenceCodes REFERENCE = new ReferenceCodes() {
    @Override
    public boolean validCvr(String cvr) {
      return Cvr.isValid(cvr);
    }

    @Override
    public boolean knownMunicipality(String code) {
      return Municipalities.bundled().contains(code);
    }
  };

  private final Map<String, CrmSource> byId = new LinkedHashMap<>();

  CrmSources(CrmProperties properties, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
      RateLimiterRegistry rateLimiters, BulkheadRegistry bulkheads, TimeLimiterRegistry timeLimiters,
      MongoCheckpoints checkpoints, CrmCompanyStore companies, MongoQuarantine quarantine, Clock clock) {
    ResilienceRegistries registries = new ResilienceRegistries(circuitBreakers, retries, rateLimiters, bulkheads, timeLimiters);
    CrmHttp http = new CrmHttp(Duration.ofSeconds(10), 16 * 1024 * 1024, clock);
    properties.sources().forEach((id, s) -> {
      ResilientCalls calls = new ResilientCalls(id, registries, s.resilience(), properties.maxRetryAfter());
      FieldMapping mapping = (s.kind() == CrmProperties.Kind.DYNAMICS ? FieldMapping.dynamicsDefaults() : FieldMapping.feedDefaults())
          .overriddenBy(s.fields(), s.codeTables(), s.activeValue());
      CrmConnector connector = switch (s.kind()) {
        case DYNAMICS -> new ODataConnector(
            new ODataSettings(s.baseUrl(), s.entitySet(), s.tokenUri(), s.clientId(), s.clientSecret(), s.scope(), s.pageSize(), mapping),
            http, new ClientCredentialsToken(http, s.tokenUri(), s.clientId(), s.clientSecret(), s.scope(), clock), calls);
        case FEED -> new JsonFeedConnector(new FeedSettings(s.baseUrl(), s.apiKey(), s.pageSize(), mapping), http, calls);
      };
      CompanySync sync = new CompanySync(id, connector, new CrmRecordMapper(mapping, REFERENCE), checkpoints, companies, quarantine, clock);
      byId.put(id, new CrmSource(id, s, calls, sync));
    });
  }

  Optional<CrmSource> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Collection<CrmSource> all() {
    return byId.values();
  }
}
