package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.ScoreBreakdown;
import dk.jobmatch.api.model.ScoreWeights;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code weights} parameter of the match list: the weights used are echoed, an override changes
 * the order the way it says, and a bad value is refused as a problem naming the weight at fault.
 * The citizen's goal is shop work (5223); a far company has the exact occupation, a near one the
 * same minor group, so the default weights and a strong distance weight order them differently.
 */
class WeightsApiIT extends ApiTestSupport {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ScoreWeights DEFAULTS = new ScoreWeights().goals(10.0).experience(4.0).skills(3.0)
      .developmentGoals(2.0).wishes(5.0).hoursFit(2.0).distance(3.0).preferNeeds(5.0).ordinaryHours(2.0).paidHoursRecord(1.0);

  /** One refused weights parameter, the field the problem must name, and words its message must hold. */
  record BadWeights(String name, String weights, String field, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BadWeights> badWeights() {
    return Stream.of(
        new BadWeights("unknown name", "speed:3", "weights.speed", "is not a weight; known: goals, experience"),
        new BadWeights("negative", "distance:-1", "weights.distance", "must be between 0 and 50, was -1"),
        new BadWeights("above 50", "distance:51", "weights.distance", "must be between 0 and 50, was 51"),
        new BadWeights("NaN", "distance:NaN", "weights.distance", "must be between 0 and 50, was NaN"),
        new BadWeights("infinite", "distance:Infinity", "weights.distance", "must be between 0 and 50"),
        new BadWeights("not a number", "distance:far", "weights.distance", "'far' is not a number"),
        new BadWeights("missing colon", "distance6", "weights", "'distance6' is not name:value"),
        new BadWeights("two colons", "distance:6:7", "weights", "is not name:value"),
        new BadWeights("missing name", ":6", "weights", "is not name:value"),
        new BadWeights("missing value", "distance:", "weights.distance", "'' is not a number"),
        new BadWeights("duplicate name", "distance:6,skills:1,distance:7", "weights.distance", "is given more than once"),
        new BadWeights("empty pair", "distance:6,,skills:1", "weights", "'' is not name:value"),
        new BadWeights("trailing comma", "distance:6,", "weights", "'' is not name:value"),
        new BadWeights("over-long value", "distance:" + "1".repeat(400), "weights", "400"),
        new BadWeights("over-long number", "distance:" + "9".repeat(300), "weights.distance", "must be between 0 and 50"));
  }

  @Test
  void echoesTheDefaultWeightsWhenNoneAreGiven() {
    UUID citizen = createCitizen(aCitizen().build());

    assertThat(matches(citizen, null).getWeights()).isEqualTo(DEFAULTS);
  }

  @Test
  void echoesAnOverrideWithTheDefaultsForTheWeightsItLeavesOut() {
    UUID citizen = createCitizen(aCitizen().build());

    ScoreWeights used = matches(citizen, "distance:6, skills:1.5").getWeights();

    assertThat(used).isEqualTo(copyOfDefaults().distance(6.0).skills(1.5));
  }

  @Test
  void raisingDistancePutsANearMinorGroupCompanyAboveAFarExactGoalCompany() {
    UUID farExact = createCompany(aCompany().named("Langt væk, samme kode").kmNorthOfCentre(9)
        .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
    UUID nearMinorGroup = createCompany(aCompany().named("Tæt på, samme gruppe").kmNorthOfCentre(1)
        .with(aTask().titled("Vareplacering").occupation("5222")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    assertThat(companyIds(matches(citizen, null))).containsExactly(farExact, nearMinorGroup);
    assertThat(companyIds(matches(citizen, "distance:50"))).containsExactly(nearMinorGroup, farExact);
  }

  @Test
  void settingGoalsToZeroLetsNearnessDecide() {
    UUID farExact = createCompany(aCompany().named("Langt væk, samme kode").kmNorthOfCentre(9)
        .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
    UUID nearUnrelated = createCompany(aCompany().named("Tæt på, intet fælles").kmNorthOfCentre(1)
        .with(aTask().titled("Opvask").described("Opvask efter frokost").occupation("9412")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    MatchList withoutGoals = matches(citizen, "goals:0");

    assertThat(companyIds(matches(citizen, null))).containsExactly(farExact, nearUnrelated);
    assertThat(companyIds(withoutGoals)).containsExactly(nearUnrelated, farExact);
    assertThat(withoutGoals.getMatches()).extracting(m -> m.getTasks().getFirst().getScoreBreakdown().getGoals())
        .containsOnly(0.0);
  }

  @Test
  void theBreakdownIsWeightedWithTheEchoedWeightsAndSumsToTheScore() {
    createCompany(aCompany().named("Fem km").kmNorthOfCentre(5)
        .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    MatchList result = matches(citizen, "goals:20,distance:10");
    var task = result.getMatches().getFirst().getTasks().getFirst();
    ScoreBreakdown b = task.getScoreBreakdown();

    assertThat(b.getGoals()).isEqualTo(20.0);
    // 5 km of the 10 km radius.
    assertThat(b.getDistance()).isCloseTo(10 * (1 - 5 / 10.0), within(0.05));
    double sum = b.getGoals() + b.getExperience() + b.getSkills() + b.getDevelopmentGoals() + b.getHoursFit()
        + b.getDistance() + b.getPreferNeeds() + b.getOrdinaryHours() + b.getPaidHoursRecord();
    // Each part and the score are rounded to three decimals on the way out.
    assertThat(sum).isCloseTo(task.getScore(), within(0.005));
  }

  @ParameterizedTest(name = "weights {0}")
  @MethodSource("badWeights")
  void refusesBadWeightsAsAProblemNamingTheWeight(BadWeights bad) {
    UUID citizen = createCitizen(aCitizen().build());

    JsonNode problem = assertProblem(consultant().get()
        .uri(b -> b.path("/citizens/{id}/matches").queryParam("weights", "{weights}").build(citizen, bad.weights()))
        .exchange());

    assertThat(problem.path("field").asString()).isEqualTo(bad.field());
    assertThat(problem.path("detail").asString()).contains("weights");
    assertThat(messagesOf(problem, bad.field())).anySatisfy(m -> assertThat(m).contains(bad.message()));
  }

  @Test
  void listsEveryBadWeightAtOnce() {
    UUID citizen = createCitizen(aCitizen().build());

    JsonNode problem = assertProblem(consultant().get()
        .uri(b -> b.path("/citizens/{id}/matches").queryParam("weights", "{weights}")
            .build(citizen, "speed:1,distance:-1,skills:2"))
        .exchange());

    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
    assertThat(fields).containsExactly("weights.speed", "weights.distance");
  }

  @Test
  void aRefusedRequestChangesNothingForTheNext() {
    UUID farExact = createCompany(aCompany().named("Langt væk, samme kode").kmNorthOfCentre(9)
        .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
    UUID nearMinorGroup = createCompany(aCompany().named("Tæt på, samme gruppe").kmNorthOfCentre(1)
        .with(aTask().titled("Vareplacering").occupation("5222")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    // A valid weight next to a bad one must not be applied, now or later.
    assertProblem(consultant().get()
        .uri(b -> b.path("/citizens/{id}/matches").queryParam("weights", "{weights}").build(citizen, "distance:50,goals:-1"))
        .exchange());
    MatchList next = matches(citizen, null);

    assertThat(next.getWeights()).isEqualTo(DEFAULTS);
    assertThat(companyIds(next)).containsExactly(farExact, nearMinorGroup);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static ScoreWeights copyOfDefaults() {
    return new ScoreWeights().goals(DEFAULTS.getGoals()).experience(DEFAULTS.getExperience()).skills(DEFAULTS.getSkills())
        .developmentGoals(DEFAULTS.getDevelopmentGoals()).wishes(DEFAULTS.getWishes()).hoursFit(DEFAULTS.getHoursFit())
        .distance(DEFAULTS.getDistance())
        .preferNeeds(DEFAULTS.getPreferNeeds()).ordinaryHours(DEFAULTS.getOrdinaryHours())
        .paidHoursRecord(DEFAULTS.getPaidHoursRecord());
  }

  private WebTestClient consultant() {
    return as(consultantOf(KOBENHAVN));
  }

  private UUID createCompany(CompanyInput company) {
    return consultant().post().uri("/companies").contentType(MediaType.APPLICATION_JSON).bodyValue(company)
        .exchange().expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody().getCompanyId();
  }

  private UUID createCitizen(CitizenInput citizen) {
    return consultant().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(citizen)
        .exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private MatchList matches(UUID citizenId, String weights) {
    return consultant().get()
        .uri(b -> weights == null
            ? b.path("/citizens/{id}/matches").build(citizenId)
            : b.path("/citizens/{id}/matches").queryParam("weights", "{weights}").build(citizenId, weights))
        .exchange().expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }

  /** A 400 as application/problem+json with a detail; returns the problem for more checks. */
  private static JsonNode assertProblem(WebTestClient.ResponseSpec response) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    assertThat(result.getStatus().value()).as(body).isEqualTo(400);
    assertThat(result.getResponseHeaders().getContentType()).as(body)
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    JsonNode problem = JSON.readTree(body);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("detail").asString("")).as(body).isNotBlank();
    return problem;
  }

  private static List<String> messagesOf(JsonNode problem, String field) {
    List<String> messages = new ArrayList<>();
    problem.path("errors").forEach(e -> {
      if (e.path("field").asString().equals(field)) {
        messages.add(e.path("message").asString());
      }
    });
    return messages;
  }
}
