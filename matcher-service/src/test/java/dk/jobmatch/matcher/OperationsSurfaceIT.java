package dk.jobmatch.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations surface: metrics and health details need the operator scope operations.read;
 * health without it shows its status only (the probes need no more); and every 403 names the scope
 * that would have granted the call.
 */
class OperationsSurfaceIT extends ApiTestSupport {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String OPERATOR = "operations.read";

  // ---------------------------------------------------------------------------------------------
  // Metrics
  // ---------------------------------------------------------------------------------------------

  @Test
  void metricsNeedTheOperatorScope() {
    String everyDataScope = tokenWith(KOBENHAVN, "companies.read", "companies.write", "citizens.read", "citizens.write",
        "matches.read", "placements.read", "placements.write", "crm.sync");

    JsonNode refused = problem(as(everyDataScope).get().uri("/actuator/metrics").exchange(), 403);
    assertThat(refused.path("detail").asString()).contains(OPERATOR);
    problem(as(everyDataScope).get().uri("/actuator/metrics/jvm.memory.used").exchange(), 403);

    as(tokenWith(KOBENHAVN, OPERATOR)).get().uri("/actuator/metrics").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.names").isArray();
    as(tokenWith(KOBENHAVN, OPERATOR)).get().uri("/actuator/metrics/jvm.memory.used").exchange().expectStatus().isOk();
  }

  @Test
  void theDevelopmentIssuerMintsTheOperatorScope() {
    String asked = JSON.readTree(http.post().uri("/dev/token?scope=" + OPERATOR).accept(MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).path("access_token").asString();
    JsonNode everything = JSON.readTree(http.post().uri("/dev/token").accept(MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

    as(asked).get().uri("/actuator/metrics").exchange().expectStatus().isOk();
    problem(as(asked).get().uri("/companies").exchange(), 403);
    assertThat(everything.path("scope").asString().split(" ")).contains(OPERATOR);
  }

  // ---------------------------------------------------------------------------------------------
  // Health
  // ---------------------------------------------------------------------------------------------

  @Test
  void healthWithoutTokenShowsItsStatusOnly() {
    JsonNode health = json(http.get().uri("/actuator/health").exchange().expectStatus().isOk());

    assertThat(health.path("status").asString()).isEqualTo("UP");
    assertThat(health.has("components")).as("components in " + health).isFalse();
    assertThat(health.toString()).doesNotContain("diskSpace").doesNotContain("path").doesNotContain("free");
  }

  @Test
  void probesWithoutTokenShowTheirStatusOnly() {
    for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
      JsonNode health = json(http.get().uri(probe).exchange().expectStatus().isOk());
      assertThat(health.path("status").asString()).as(probe).isEqualTo("UP");
      assertThat(health.has("components")).as(probe + ": " + health).isFalse();
    }
  }

  @Test
  void healthForAConsultantShowsItsStatusOnly() {
    JsonNode health = json(as(consultantOf(KOBENHAVN)).get().uri("/actuator/health").exchange().expectStatus().isOk());

    assertThat(health.has("components")).as("components in " + health).isFalse();
  }

  @Test
  void healthForTheOperatorShowsComponentsAndDetails() {
    WebTestClient operator = as(tokenWith(KOBENHAVN, OPERATOR));

    JsonNode health = json(operator.get().uri("/actuator/health").exchange().expectStatus().isOk());
    assertThat(health.path("components").path("diskSpace").path("details").has("free")).as(health.toString()).isTrue();
    assertThat(health.path("components").path("index").path("status").asString()).isEqualTo("UP");

    JsonNode readiness = json(operator.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
    for (String component : List.of("readinessState", "startup", "index", "mongo")) {
      assertThat(readiness.path("components").path(component).path("status").asString()).as(component + " in " + readiness)
          .isEqualTo("UP");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Every 403 names its scope
  // ---------------------------------------------------------------------------------------------

  /** A call made with a token that lacks its scope, and what the 403 must name. */
  record Call(HttpMethod method, String path, List<String> scopes, String grantedBy) {
    @Override
    public String toString() {
      return method + " " + path + " with " + (scopes.isEmpty() ? "no scope" : String.join(" ", scopes));
    }
  }

  static Stream<Call> callsWithoutTheirScope() {
    List<String> operator = List.of(OPERATOR);
    List<String> companies = List.of("companies.read", "companies.write");
    return Stream.of(
        new Call(HttpMethod.GET, "/occupations?q=lager", operator, "matches.read"),
        new Call(HttpMethod.GET, "/occupations?q=lager", List.of(), "companies.read"),
        new Call(HttpMethod.GET, "/citizens", companies, "citizens.read or citizens.write"),
        new Call(HttpMethod.GET, "/citizens/d4fa618b-723c-3f25-a9d8-71ccfc78893c", companies, "citizens.read or citizens.write"),
        new Call(HttpMethod.POST, "/citizens", List.of("citizens.read"), "citizens.write"),
        new Call(HttpMethod.DELETE, "/citizens/d4fa618b-723c-3f25-a9d8-71ccfc78893c", List.of("citizens.read"), "citizens.write"),
        new Call(HttpMethod.GET, "/citizens/d4fa618b-723c-3f25-a9d8-71ccfc78893c/matches", List.of("citizens.read"), "matches.read"),
        new Call(HttpMethod.GET, "/companies/d4fa618b-723c-3f25-a9d8-71ccfc78893c/tasks/x/candidates", companies, "matches.read"),
        new Call(HttpMethod.GET, "/companies", List.of("citizens.write"), "companies.read or companies.write"),
        new Call(HttpMethod.PUT, "/companies/d4fa618b-723c-3f25-a9d8-71ccfc78893c", List.of("companies.read"), "companies.write"),
        new Call(HttpMethod.GET, "/crm-sources", companies, "crm.sync"),
        new Call(HttpMethod.POST, "/crm-sources/kmd/sync", companies, "crm.sync"),
        new Call(HttpMethod.GET, "/placements", companies, "placements.read or placements.write"),
        new Call(HttpMethod.POST, "/placements", List.of("placements.read"), "placements.write"),
        new Call(HttpMethod.GET, "/figures", companies, "placements.read or placements.write"),
        new Call(HttpMethod.GET, "/teams", companies, "placements.read or placements.write"),
        new Call(HttpMethod.GET, "/exports/ledger.csv", companies, "placements.read or placements.write"),
        new Call(HttpMethod.GET, "/actuator/metrics", companies, OPERATOR),
        new Call(HttpMethod.GET, "/actuator/env", companies, OPERATOR));
  }

  @ParameterizedTest(name = "{0} is 403 naming {3}")
  @MethodSource("callsWithoutTheirScope")
  void everyForbiddenCallNamesTheScopeThatWouldGrantIt(Call call) {
    var request = as(tokenWith(KOBENHAVN, call.scopes().toArray(String[]::new))).method(call.method()).uri(call.path());
    var response = call.method() == HttpMethod.POST || call.method() == HttpMethod.PUT
        ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
        : request.exchange();

    String detail = problem(response, 403).path("detail").asString();

    assertThat(detail).contains("scope").contains(call.grantedBy()).doesNotContain("none grants");
  }

  // ---------------------------------------------------------------------------------------------

  private static JsonNode json(WebTestClient.ResponseSpec response) {
    return JSON.readTree(response.expectBody(String.class).returnResult().getResponseBody());
  }

  private static JsonNode problem(WebTestClient.ResponseSpec response, int status) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    assertThat(result.getStatus().value()).as(result.getMethod() + " " + result.getUrl() + ": " + body).isEqualTo(status);
    assertThat(result.getResponseHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    return JSON.readTree(body);
  }
}
