package dk.jobmatch.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.OccupationSuggestion;
import dk.jobmatch.api.model.OccupationSuggestionList;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /occupations}: occupation suggestions (stillingsbetegnelser) for what a consultant
 * types, over real HTTP. Query values are sent as URI variables, so they arrive exactly as typed.
 */
class OccupationApiIT extends ApiTestSupport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  // ---- suggestions ------------------------------------------------------------------------------

  @Test
  void lagerSuggestsFreightHandlerAndStockClerkFirst() {
    OccupationSuggestionList list = suggest("lager");

    assertThat(list.getQuery()).isEqualTo("lager");
    assertThat(codes(list).subList(0, 2)).containsExactlyInAnyOrder("9333", "4321");
  }

  @Test
  void butiksassistentSuggestsShopSalesAssistantFirst() {
    OccupationSuggestion first = suggest("butiksassistent").getSuggestions().getFirst();

    assertThat(first.getOccupationCode()).isEqualTo("5223");
    assertThat(first.getTitle()).isEqualTo("butiksmedhjælper, butiksassistent");
    assertThat(first.getTitleEn()).isEqualTo("shop sales assistant");
    assertThat(first.getScore()).isPositive();
  }

  @Test
  void paedagogmedhjaelperSuggestsChildCareWorkerFirst() {
    assertThat(codes(suggest("pædagogmedhjælper")).getFirst()).isEqualTo("5311");
  }

  @Test
  void typoStillSuggestsTheOccupation() {
    assertThat(codes(suggest("lagermedarbjder")).getFirst()).isEqualTo("9333");
  }

  @Test
  void suggestionsComeBestFirst() {
    assertThat(suggest("lager").getSuggestions()).extracting(OccupationSuggestion::getScore)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void surroundingSpacesAreNotPartOfTheQuery() {
    OccupationSuggestionList list = suggest("  kok ");

    assertThat(list.getQuery()).isEqualTo("kok");
    assertThat(codes(list).getFirst()).isEqualTo("5120");
  }

  @Test
  void gibberishGivesAnEmptyListAndSaysSoInDanish() {
    OccupationSuggestionList list = suggest("xqzv");

    assertThat(list.getSuggestions()).isEmpty();
    assertThat(list.getMessage())
        .isEqualTo("Ingen stillingsbetegnelse passer til »xqzv«. Prøv et andet ord, eller skriv titlen som fritekst.");
  }

  @Test
  void listWithSuggestionsHasNoMessage() {
    assertThat(suggest("kok").getMessage()).isNull();
  }

  @ParameterizedTest(name = "{0} suggests {1} first")
  @CsvSource({"frisør, 5141", "tømrer, 7115", "elektriker, 7411", "florist, 7549", "dyrepasser, 5164",
      "tandklinikassistent, 3251", "maler, 7131", "sygehjælper, 5322", "ekspedient, 5223", "tomrer, 7115"})
  void everydayTitleSuggestsItsOccupationFirst(String typed, String code) {
    assertThat(codes(suggest(typed)).getFirst()).isEqualTo(code);
  }

  @Test
  void suggestionFoundByAnotherTitleNamesIt() {
    OccupationSuggestion first = suggest("sygehjælper").getSuggestions().getFirst();

    assertThat(first.getTitle()).isEqualTo("hjemmehjælper, social- og sundhedshjælper");
    assertThat(first.getMatchedTitle()).isEqualTo("sygehjælper");
    assertThat(suggest("frisør").getSuggestions().getFirst().getMatchedTitle()).isNull();
  }

  @Test
  void querySyntaxIsReadAsWords() {
    assertThat(codes(suggest("lager*~\"(AND")).subList(0, 2)).containsExactlyInAnyOrder("9333", "4321");
    assertThat(suggest("\\").getSuggestions()).isEmpty();
  }

  // ---- limit ------------------------------------------------------------------------------------

  @Test
  void limitIsRespected() {
    assertThat(suggest("assistent", 2).getSuggestions()).hasSize(2);
    assertThat(suggest("assistent", 20).getSuggestions()).hasSizeGreaterThan(2);
  }

  @Test
  void fiveSuggestionsAtMostByDefault() {
    assertThat(suggest("assistent").getSuggestions()).hasSize(5);
  }

  // ---- refused parameters -----------------------------------------------------------------------

  /** A refused query string; {@code uri} is a template whose one variable is {@code value}. */
  record RefusedQuery(String name, String uri, String value, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<RefusedQuery> refusedQueries() {
    return Stream.of(
        new RefusedQuery("q missing", "/occupations?limit={v}", "5", "q"),
        new RefusedQuery("q empty", "/occupations?q={v}", "", "q"),
        new RefusedQuery("q only spaces", "/occupations?q={v}", "   ", "q"),
        new RefusedQuery("q of 101 characters", "/occupations?q={v}", "l".repeat(101), "q"),
        new RefusedQuery("limit 0", "/occupations?q=lager&limit={v}", "0", "limit"),
        new RefusedQuery("limit 21", "/occupations?q=lager&limit={v}", "21", "limit"),
        new RefusedQuery("limit abc", "/occupations?q=lager&limit={v}", "abc", "limit"));
  }

  @ParameterizedTest(name = "GET /occupations with {0} is 400")
  @MethodSource("refusedQueries")
  void refusesInvalidQuery(RefusedQuery c) {
    JsonNode problem = assertProblem(consultant().get().uri(c.uri(), c.value()).exchange(), 400);

    assertThat(problem.path("field").asString("")).isEqualTo(c.field());
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
    assertThat(fields).contains(c.field());
  }

  @Test
  void qOfOneHundredCharactersIsAccepted() {
    consultant().get().uri("/occupations?q={q}", "l".repeat(100)).exchange().expectStatus().isOk();
  }

  // ---- who may ask ------------------------------------------------------------------------------

  @Test
  void callWithoutTokenIsUnauthorized() {
    var response = http.get().uri("/occupations?q={q}", "lager").exchange();

    EntityExchangeResult<byte[]> result = checked(response, 401);
    assertThat(result.getResponseHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
  }

  @ParameterizedTest(name = "a token with only {0} may ask")
  @ValueSource(strings = {"companies.read", "companies.write", "citizens.read", "citizens.write", "matches.read"})
  void anyScopeMayAsk(String scope) {
    as(tokenWith(KOBENHAVN, scope)).get().uri("/occupations?q={q}", "lager").exchange().expectStatus().isOk();
  }

  @Test
  void tokenWithoutAnyScopeIsForbidden() {
    JsonNode problem = assertProblem(as(tokenWith(KOBENHAVN)).get().uri("/occupations?q={q}", "lager").exchange(), 403);

    assertThat(problem.path("detail").asString("")).contains("scope");
  }

  @Test
  void referenceDataNeedsNoJobCentre() {
    String token = tokens.mint("consultant-nowhere", null, ALL_SCOPES);

    as(token).get().uri("/occupations?q={q}", "lager").exchange().expectStatus().isOk();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private WebTestClient consultant() {
    return as(consultantOf(KOBENHAVN));
  }

  private OccupationSuggestionList suggest(String q) {
    return consultant().get().uri("/occupations?q={q}", q).exchange()
        .expectStatus().isOk()
        .expectBody(OccupationSuggestionList.class).returnResult().getResponseBody();
  }

  private OccupationSuggestionList suggest(String q, int limit) {
    return consultant().get().uri("/occupations?q={q}&limit={limit}", q, limit).exchange()
        .expectStatus().isOk()
        .expectBody(OccupationSuggestionList.class).returnResult().getResponseBody();
  }

  private static List<String> codes(OccupationSuggestionList list) {
    return list.getSuggestions().stream().map(OccupationSuggestion::getOccupationCode).toList();
  }

  /** Asserts the status, problem+json, a detail and a type; returns the problem. */
  private static JsonNode assertProblem(WebTestClient.ResponseSpec response, int status) {
    EntityExchangeResult<byte[]> result = checked(response, status);
    JsonNode problem = JSON.readTree(new String(result.getResponseBody(), StandardCharsets.UTF_8));
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asString("")).isNotBlank();
    assertThat(problem.path("type").asString("")).startsWith("https://");
    return problem;
  }

  private static EntityExchangeResult<byte[]> checked(WebTestClient.ResponseSpec response, int status) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    String what = result.getMethod() + " " + result.getUrl() + " answered " + result.getStatus() + " " + body;
    assertThat(result.getStatus().value()).as(what).isEqualTo(status);
    assertThat(result.getResponseHeaders().getContentType()).as(what).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(what).isTrue());
    return result;
  }
}
