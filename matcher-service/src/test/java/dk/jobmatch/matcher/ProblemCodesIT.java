package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.JsonEdits.JSON;
import static dk.jobmatch.matcher.support.JsonEdits.json;
import static dk.jobmatch.matcher.support.JsonEdits.jsonWith;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every problem carries a stable {@code code}, on the problem and on each field error, whatever the
 * language; {@code detail} and the field messages are the English ones integrators have always read,
 * and the consultant's Danish with {@code Accept-Language: da} (or {@code da-DK}). One representative
 * request per kind of error, each sent once without and once with the header, over real HTTP, every
 * answer checked against the contract.
 */
class ProblemCodesIT extends PlacementApiTestSupport {

  @Test
  void aNumberBelowTheMinimumIsValidationMinWithTheMinimumInDanish() {
    Languages problem = inBothLanguages(c -> postJson(c, "/citizens", json(aCitizen().hours(0, 10).build())), 400,
        "validation.min");

    assertThat(problem.english().path("field").asString()).isEqualTo("hoursCapacity.now");
    assertThat(problem.englishError("hoursCapacity.now")).isEqualTo("must be greater than or equal to 1");
    assertThat(problem.danishError("hoursCapacity.now")).isEqualTo("Skal være mindst 1.");
    assertThat(problem.danish().path("detail").asString()).isEqualTo("Skal være mindst 1.");
  }

  @Test
  void aMissingRequiredFieldIsValidationRequired() {
    Languages problem = inBothLanguages(c -> postJson(c, "/companies", json(aCompany().with(aTask()).build().name(null))),
        400, "validation.required");

    assertThat(problem.english().path("field").asString()).isEqualTo("name");
    assertThat(problem.englishError("name")).isEqualTo("must not be null");
    assertThat(problem.danishError("name")).isEqualTo("Skal udfyldes.");
  }

  @Test
  void severalFieldsAtFaultAreCodedEachAndTheDanishDetailCountsThem() {
    Languages problem = inBothLanguages(c -> postJson(c, "/companies",
        json(aCompany().with(aTask().capacity(0)).build().name(null))), 400, "validation.required");

    assertThat(problem.codeOf(problem.english(), "partialTasks[0].capacity")).isEqualTo("validation.min");
    assertThat(problem.codeOf(problem.danish(), "partialTasks[0].capacity")).isEqualTo("validation.min");
    assertThat(problem.danish().path("detail").asString()).isEqualTo("2 felter skal rettes. Se beskeden ved hvert felt.");
  }

  @Test
  void theReadmesExampleAnswersAsTheReadmeShows() {
    Languages problem = inBothLanguages(c -> postJson(c, "/citizens", "{\"hoursCapacity\": {\"now\": 0, \"target\": 10}}"),
        400, "validation.required");

    assertThat(problem.danish().path("field").asString()).isEqualTo("home");
    assertThat(problem.danish().path("detail").asString()).isEqualTo("2 felter skal rettes. Se beskeden ved hvert felt.");
    assertThat(problem.danishError("home")).isEqualTo("Skal udfyldes.");
    assertThat(problem.codeOf(problem.danish(), "hoursCapacity.now")).isEqualTo("validation.min");
    assertThat(problem.danishError("hoursCapacity.now")).isEqualTo("Skal være mindst 1.");
  }

  @Test
  void malformedJsonIsRequestMalformedBody() {
    Languages problem = inBothLanguages(c -> postJson(c, "/companies", "{\"cvr\": \"1015"), 400,
        "request.malformed-body");

    assertThat(problem.english().path("detail").asString()).contains("is not valid JSON");
    assertThat(problem.danish().path("detail").asString()).isEqualTo("Tjenesten kunne ikke læse det, der blev sendt. Prøv igen.");
  }

  @Test
  void anUnknownEnumValueIsValidationUnknownValue() {
    String body = jsonWith(aCitizen().needing(NeedCode.LOW_TEMPO, Strictness.MUST).build(),
        "/accommodationNeeds/0/strictness", "MAYBE");

    Languages problem = inBothLanguages(c -> postJson(c, "/citizens", body), 400, "validation.unknown-value");

    assertThat(problem.englishError("accommodationNeeds[0].strictness")).startsWith("must be one of [");
    assertThat(problem.danishError("accommodationNeeds[0].strictness")).isEqualTo("Vælg en af de mulige værdier.");
  }

  @Test
  void aRuleOfTheFeatureHasItsOwnCode() {
    Languages problem = inBothLanguages(c -> postJson(c, "/citizens", json(aCitizen().hours(20, 10).build())), 400,
        "citizen.hours-now-above-target");

    assertThat(problem.englishError("hoursCapacity.now")).isEqualTo("must not exceed hoursCapacity.target");
    assertThat(problem.danishError("hoursCapacity.now")).isEqualTo("Timer om ugen nu må ikke være flere end målet for timer om ugen.");
  }

  @Test
  void aLabelThatLooksLikeACprNumberIsCitizenLabelLikeCprInDanish() {
    Languages problem = inBothLanguages(c -> postJson(c, "/citizens", json(aCitizen().labelled("010190-1234").build())), 400,
        "citizen.label-like-cpr");

    assertThat(problem.english().path("field").asString()).isEqualTo("label");
    assertThat(problem.englishError("label")).startsWith("looks like a CPR number");
    assertThat(problem.danishError("label"))
        .isEqualTo("Må ikke ligne et CPR-nummer. Brug et sagsnummer eller initialer, aldrig navn eller CPR-nummer.");
  }

  @Test
  void startingAProposedPlacementIsAnIllegalTransitionNamedInDanish() {
    Placement proposed = propose(proposal(createCitizen(aCitizen().build()), aCompanyWithATask()));

    Languages problem = inBothLanguages(c -> postJson(c, "/placements/" + proposed.getPlacementId() + "/start",
        json(new PlacementStart().startDate(TODAY))), 409, "placement.illegal-transition");

    assertThat(problem.english().path("detail").asString()).startsWith("Cannot start a placement that is PROPOSED");
    assertThat(problem.danish().path("detail").asString()).isEqualTo("Forløbet kan ikke startes, fordi det er foreslået.");
  }

  @Test
  void agreeingWithoutAWorkAgreementIsWorkAgreementMissing() {
    Placement proposed = propose(proposal(createCitizen(aCitizen().build()), aCompanyWithATask()));

    Languages problem = inBothLanguages(c -> c.post().uri("/placements/{id}/agree", proposed.getPlacementId()).exchange(),
        409, "placement.work-agreement-missing");

    assertThat(problem.english().path("detail").asString()).contains("work agreement");
    assertThat(problem.danish().path("detail").asString())
        .isEqualTo("Forløbet kan ikke aftales uden en arbejdsaftale. Skriv arbejdsaftalen først.");
  }

  @Test
  void aStaleIfMatchIsVersionStale() {
    UUID citizen = createCitizen(aCitizen().build());

    Languages problem = inBothLanguages(c -> c.put().uri("/citizens/{id}", citizen).header("If-Match", "\"7\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(json(aCitizen().build())).exchange(), 412, "version.stale");

    assertThat(problem.english().path("detail").asString()).contains("is not the current version");
    assertThat(problem.danish().path("detail").asString()).startsWith("En anden har ændret oplysningerne");
  }

  @Test
  void aMissingIfMatchIsVersionRequired() {
    UUID citizen = createCitizen(aCitizen().build());

    inBothLanguages(c -> c.put().uri("/citizens/{id}", citizen).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json(aCitizen().build())).exchange(), 428, "version.required");
  }

  @Test
  void aTokenWithoutTheScopeIsAuthScopeMissing() {
    String readOnly = tokenWith(KOBENHAVN, "citizens.read");

    Languages problem = inBothLanguages(readOnly, c -> postJson(c, "/companies", json(aCompany().with(aTask()).build())), 403,
        "auth.scope-missing");

    assertThat(problem.english().path("detail").asString()).contains("companies.write");
    assertThat(problem.danish().path("detail").asString()).startsWith("Dit log-ind giver ikke adgang til dette.");
  }

  @Test
  void noTokenIsAuthTokenMissing() {
    Languages problem = inBothLanguages(null, c -> c.get().uri("/citizens").exchange(), 401, "auth.token-missing");

    assertThat(problem.danish().path("detail").asString()).startsWith("Du er ikke logget ind");
  }

  @Test
  void anUnknownCitizenIsCitizenNotFound() {
    Languages problem = inBothLanguages(c -> c.get().uri("/citizens/{id}", UUID.randomUUID()).exchange(), 404,
        "citizen.not-found");

    assertThat(problem.english().path("detail").asString()).endsWith("was not found");
    assertThat(problem.danish().path("detail").asString()).isEqualTo("Borgeren findes ikke i dit jobcenter.");
  }

  @Test
  void plainTextIsRequestUnsupportedMediaType() {
    Languages problem = inBothLanguages(c -> c.post().uri("/companies").contentType(MediaType.TEXT_PLAIN)
        .bodyValue(json(aCompany().with(aTask()).build())).exchange(), 415, "request.unsupported-media-type");

    assertThat(problem.english().path("detail").asString()).startsWith("Send the request body as application/json");
    assertThat(problem.danish().path("detail").asString())
        .isEqualTo("Tjenesten kan ikke læse det format, oplysningerne blev sendt i.");
  }

  @Test
  void aParameterOfTheWrongTypeIsCodedByTheTypeItShouldHave() {
    Languages problem = inBothLanguages(c -> c.get().uri("/companies?size=abc").exchange(), 400,
        "validation.not-whole-number");

    assertThat(problem.danishError("size")).isEqualTo("Skal være et helt tal.");
  }

  @Test
  void danishIsAskedForWithTheRegionTooAndAnyOtherLanguageGetsEnglish() {
    Function<WebTestClient, WebTestClient.ResponseSpec> call = c -> c.get().uri("/citizens/{id}", UUID.randomUUID()).exchange();

    JsonNode danishDenmark = problem(call.apply(client(consultantOf(KOBENHAVN), "da-DK")), 404, "citizen.not-found");
    JsonNode swedish = problem(call.apply(client(consultantOf(KOBENHAVN), "sv-SE")), 404, "citizen.not-found");

    assertThat(danishDenmark.path("detail").asString()).isEqualTo("Borgeren findes ikke i dit jobcenter.");
    assertThat(swedish.path("detail").asString()).endsWith("was not found");
  }

  // ---------------------------------------------------------------------------------------------

  /** One problem as answered without Accept-Language and with {@code da}. */
  private record Languages(JsonNode english, JsonNode danish) {
    String englishError(String field) {
      return errorOf(english, field).path("message").asString();
    }

    String danishError(String field) {
      return errorOf(danish, field).path("message").asString();
    }

    String codeOf(JsonNode problem, String field) {
      return errorOf(problem, field).path("code").asString();
    }

    private static JsonNode errorOf(JsonNode problem, String field) {
      for (JsonNode error : problem.path("errors")) {
        if (field.equals(error.path("field").asString())) {
          return error;
        }
      }
      throw new AssertionError("no error on " + field + " in " + problem);
    }
  }

  private Languages inBothLanguages(Function<WebTestClient, WebTestClient.ResponseSpec> call, int status, String code) {
    return inBothLanguages(consultantOf(KOBENHAVN), call, status, code);
  }

  /**
   * Sends the same request in English and in Danish: both answer {@code status} with {@code code},
   * with the same fields and the same codes; only the texts differ.
   */
  private Languages inBothLanguages(String token, Function<WebTestClient, WebTestClient.ResponseSpec> call, int status,
      String code) {
    JsonNode english = problem(call.apply(client(token, null)), status, code);
    JsonNode danish = problem(call.apply(client(token, "da")), status, code);
    assertThat(danish.path("type").asString()).isEqualTo(english.path("type").asString());
    assertThat(danish.path("title").asString()).as("the title stays for integrators").isEqualTo(english.path("title").asString());
    assertThat(danish.path("field")).isEqualTo(english.path("field"));
    assertThat(codes(danish)).isEqualTo(codes(english));
    assertThat(danish.path("detail").asString()).isNotEqualTo(english.path("detail").asString());
    for (JsonNode error : danish.path("errors")) {
      assertThat(error.path("message").asString()).as("a Danish field message").doesNotContain("must");
    }
    return new Languages(english, danish);
  }

  private static String codes(JsonNode problem) {
    StringBuilder codes = new StringBuilder();
    problem.path("errors").forEach(e -> codes.append(e.path("field").asString()).append('=').append(e.path("code").asString())
        .append(' '));
    return codes.toString();
  }

  /** The problem answered: status, problem+json, a code on it and on each of its field errors. */
  private static JsonNode problem(WebTestClient.ResponseSpec response, int status, String code) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    String what = result.getMethod() + " " + result.getUrl().getPath() + " answered " + result.getStatus() + " " + body;
    assertThat(result.getStatus().value()).as(what).isEqualTo(status);
    assertThat(result.getResponseHeaders().getContentType()).as(what).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(what).isTrue());
    JsonNode problem = JSON.readTree(body);
    assertThat(problem.path("code").asString("")).as(what).isEqualTo(code);
    assertThat(problem.path("detail").asString("")).as(what).isNotBlank();
    for (JsonNode error : problem.path("errors")) {
      assertThat(error.path("code").asString("")).as(what + " errors[].code").isNotBlank();
      assertThat(error.path("message").asString("")).as(what + " errors[].message").isNotBlank();
    }
    if (problem.has("errors")) {
      assertThat(problem.path("errors").path(0).path("code").asString()).as("the problem's code is its first error's")
          .isEqualTo(code);
    }
    return problem;
  }

  private WebTestClient client(String token, String language) {
    WebTestClient.Builder builder = http.mutate();
    if (token != null) {
      builder.defaultHeader("Authorization", "Bearer " + token);
    }
    if (language != null) {
      builder.defaultHeader("Accept-Language", language);
    }
    return builder.build();
  }

  private static WebTestClient.ResponseSpec postJson(WebTestClient client, String path, String body) {
    return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private Company aCompanyWithATask() {
    return createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(3)).build());
  }
}
