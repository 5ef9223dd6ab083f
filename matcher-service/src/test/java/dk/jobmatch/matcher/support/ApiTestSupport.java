package dk.jobmatch.matcher.support;

import dk.jobmatch.contract.ContractValidator;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.security.DevTokens;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the API tests: the real service on a random port, over real HTTP, on the embedded MongoDB
 * wire server (or the MongoDB named by {@code SPRING_MONGODB_URI}), with a real in-memory Lucene
 * index. Every test starts from empty collections and an empty index, and every response it
 * receives must be one the contract allows ({@link ContractValidator}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "matcher.embedded-mongo.file=",
    "matcher.demo-data.enabled=false",
    "spring.mongodb.database=matcher-test"})
// A first request on a busy two-core CI machine (JIT, index warm-up) has taken more than the default 5 s.
@AutoConfigureWebTestClient(timeout = "PT30S")
public abstract class ApiTestSupport {
  /** Two job centres: København and Aarhus. */
  protected static final String KOBENHAVN = "101";
  protected static final String AARHUS = "751";
  protected static final List<String> ALL_SCOPES =
      List.of("companies.read", "companies.write", "citizens.read", "citizens.write", "matches.read",
          "placements.read", "placements.write");

  /** A client of the running service whose every response is checked against openapi.yaml. */
  protected WebTestClient http;
  @Autowired
  protected DevTokens tokens;
  @Autowired
  protected CompanyRepository companyRepository;
  @Autowired
  protected CitizenRepository citizenRepository;
  @Autowired
  protected TaskSearch taskSearch;
  @Autowired
  protected ReactiveMongoTemplate mongo;

  @Autowired
  void checkEveryResponseAgainstTheContract(WebTestClient client) {
    // A filter, not an assertion in each test: every call through http or as(...) is checked, also
    // the error responses tests provoke on purpose, so the contract cannot drift from what is served.
    // The check reads the whole body within the exchange, so its time counts against the response
    // timeout: 30 s instead of 5, for a machine whose cores other builds share.
    http = client.mutate().filter(ContractValidator.api().filter()).responseTimeout(Duration.ofSeconds(30)).build();
  }

  @BeforeEach
  void startFromNothing() {
    companyRepository.deleteAll().then(citizenRepository.deleteAll())
        .then(mongo.remove(new Query(), TestPlacements.COLLECTION)).then(mongo.remove(new Query(), "contacts")).block();
    taskSearch.rebuild(List.of()).block();
  }

  /** A consultant of {@code jobCentre} with every scope. */
  protected String consultantOf(String jobCentre) {
    return tokens.mint("consultant-" + jobCentre, jobCentre, ALL_SCOPES);
  }

  protected String tokenWith(String jobCentre, String... scopes) {
    return tokens.mint("consultant-" + jobCentre, jobCentre, Arrays.asList(scopes));
  }

  /** A client that sends {@code token} as bearer. */
  protected WebTestClient as(String token) {
    return http.mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }
}
