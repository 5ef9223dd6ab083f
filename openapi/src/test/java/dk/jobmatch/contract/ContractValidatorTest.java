package dk.jobmatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CollaborationStatus;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.Home;
import dk.jobmatch.api.model.HoursCapacity;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.PartialTask;
import dk.jobmatch.feed.model.FeedCompany;
import dk.jobmatch.feed.model.FeedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The validator every API test goes through finds each kind of drift it is there for. */
class ContractValidatorTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ContractValidator API = ContractValidator.api();
  private static final String COMPANY = "/companies/" + UUID.randomUUID();

  @Test
  void passesACompanyAsTheContractDescribesIt() {
    assertThat(API.problems(HttpMethod.GET, COMPANY, 200, json(), bytes(aCompany()))).isEmpty();
  }

  @Test
  void leavesAbsentOptionalFieldsOutOfTheJsonInsteadOfWritingNull() {
    assertThat(JSON.valueToTree(aCompany()).has("address")).isFalse();
  }

  @Test
  void findsNullInAFieldTheContractDoesNotDeclareNullable() {
    ObjectNode company = JSON.valueToTree(aCompany());
    company.putNull("address");

    assertThat(API.problems(HttpMethod.GET, COMPANY, 200, json(), bytes(company)))
        .singleElement().asString().contains("/address").contains("null");
  }

  @Test
  void findsAMissingRequiredField() {
    ObjectNode company = JSON.valueToTree(aCompany());
    company.remove("collaborationStatus");

    assertThat(API.problems(HttpMethod.GET, COMPANY, 200, json(), bytes(company)))
        .singleElement().asString().contains("collaborationStatus");
  }

  @Test
  void findsAFieldTheContractDoesNotDeclare() {
    ObjectNode company = JSON.valueToTree(aCompany());
    company.put("cprNumber", "0101011234");

    assertThat(API.problems(HttpMethod.GET, COMPANY, 200, json(), bytes(company)))
        .singleElement().asString().contains("additionalProperties").contains("cprNumber");
  }

  @Test
  void passesACitizenWhoseSchemaJoinsTheInputAndTheStoredFieldsWithAllOf() {
    Citizen citizen = new Citizen().citizenId(UUID.randomUUID()).jobCentre("101").version(0L)
        .hoursCapacity(new HoursCapacity().now(6).target(15))
        .home(new Home().location(new GeoPoint().lat(55.67).lon(12.52)).maxCommuteKm(8));

    assertThat(API.problems(HttpMethod.GET, "/citizens/" + citizen.getCitizenId(), 200, json(), bytes(citizen))).isEmpty();
  }

  @Test
  void findsAStatusTheOperationDoesNotDeclare() {
    assertThat(API.problems(HttpMethod.GET, COMPANY, 409, problemJson(), "{\"status\": 409}".getBytes(StandardCharsets.UTF_8)))
        .singleElement().asString().startsWith("validation.response.status.unknown");
  }

  @Test
  void findsAContentTypeTheStatusDoesNotDeclare() {
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);

    assertThat(API.problems(HttpMethod.GET, COMPANY, 404, text, "not found".getBytes(StandardCharsets.UTF_8)))
        .singleElement().asString().startsWith("validation.response.contentType.notAllowed");
  }

  @Test
  void leavesPathsOutsideTheContractAlone() {
    assertThat(API.problems(HttpMethod.GET, "/actuator/health", 200, json(), "{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void failsTheExchangeOfAResponseThatBreaksTheContract() {
    ObjectNode company = JSON.valueToTree(aCompany());
    company.putNull("availability");
    ClientResponse broken = ClientResponse.create(HttpStatus.OK).headers(h -> h.addAll(json())).body(company.toString()).build();

    assertThatThrownBy(() -> exchange(broken).block(Duration.ofSeconds(10)))
        .hasRootCauseInstanceOf(ContractValidator.ContractViolation.class)
        .rootCause().hasMessageContaining("GET " + COMPANY + " answered 200").hasMessageContaining("/availability");
  }

  @Test
  void handsTheBodyOfAGoodResponseOnUnchanged() {
    String body = JSON.writeValueAsString(aCompany());
    ClientResponse good = ClientResponse.create(HttpStatus.OK).headers(h -> h.addAll(json())).body(body).build();

    assertThat(exchange(good).flatMap(r -> r.bodyToMono(String.class)).block(Duration.ofSeconds(10))).isEqualTo(body);
  }

  @Test
  void readsTheCrmFeedContractWithItsNullableCursor() {
    FeedPage lastPage = new FeedPage().items(List.of(new FeedCompany().id("c-1").version("v1")
        .updatedAt(OffsetDateTime.parse("2026-11-02T08:06:00Z")).cvr("12345674").name("Feedvirksomhed")));
    ObjectNode page = JSON.valueToTree(lastPage);
    page.putNull("nextCursor");

    assertThat(ContractValidator.crmFeed().problems(HttpMethod.GET, "/companies", 200, json(), bytes(page))).isEmpty();
  }

  @Test
  void findsAFeedCompanyThatBreaksTheFeedsPattern() {
    FeedPage page = new FeedPage().items(List.of(new FeedCompany().id("c-1").version("v1")
        .updatedAt(OffsetDateTime.parse("2026-11-02T08:06:00Z")).cvr("1234")));

    assertThat(ContractValidator.crmFeed().problems(HttpMethod.GET, "/companies", 200, json(), bytes(page)))
        .singleElement().asString().contains("/items/0/cvr");
  }

  private static Mono<ClientResponse> exchange(ClientResponse response) {
    ClientRequest request = ClientRequest.create(HttpMethod.GET, URI.create("http://localhost" + COMPANY)).build();
    return API.filter().filter(request, r -> Mono.just(response));
  }

  private static Company aCompany() {
    return new Company().companyId(UUID.randomUUID()).version(1L).cvr("10150817").name("Lagerhuset Valby ApS")
        .municipalityCode("101").location(new GeoPoint().lat(55.664).lon(12.516)).industryCode("521000")
        .openToOrdinaryHours(OpenToOrdinaryHours.YES).collaborationStatus(CollaborationStatus.NEW)
        .partialTasks(List.of(new PartialTask().taskId(UUID.randomUUID()).title("Pakning af webordrer")
            .occupationCode("9321").weeklyHoursMin(4).weeklyHoursMax(12).capacity(2)));
  }

  private static byte[] bytes(Object body) {
    return JSON.writeValueAsBytes(body);
  }

  private static HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static HttpHeaders problemJson() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return headers;
  }
}
