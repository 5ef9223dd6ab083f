package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.JsonEdits.json;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.CitizenPage;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

/**
 * "My citizens" over HTTP: the consultant's pseudonymous label on a citizen (never a name or CPR
 * number), the list of one's own caseload searched and sorted by last activity, and assigning a
 * citizen to oneself, always within the caller's job centre. The clock moves a minute between the
 * steps that must be told apart.
 */
class MyCitizensApiIT extends PlacementApiTestSupport {
  /** The subject of {@code consultantOf(KOBENHAVN)}: the caller of {@link #consultant()}. */
  private static final String ME = "consultant-" + KOBENHAVN;
  private static final String COLLEAGUE = "colleague-101";

  // ---- labels -----------------------------------------------------------------------------------

  @Test
  void aLabelIsStoredAndReadBackAsGiven() {
    UUID id = createCitizen(aCitizen().labelled("Sag 2024-0113 ÆØ").build());

    assertThat(read(id).getLabel()).isEqualTo("Sag 2024-0113 ÆØ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB", "2024-0113", "Æbø/#12_x.y", "ABCDEFGHIJ-1234-KLMNOPQRST-5678-UVWXYZ-9", "010190-123"})
  void acceptsCaseNumbersAndInitialsUpToFortyCharacters(String label) {
    UUID id = createCitizen(aCitizen().labelled(label).build());

    assertThat(read(id).getLabel()).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"010190-1234", "0101901234", "010190 1234", "sag 010190-1234", "x0101901234y", "AB-31129912345"})
  void refusesALabelThatLooksLikeACprNumberAndStoresNothing(String label) {
    problem(post(aCitizen().labelled(label).build()), "label", "citizen.label-like-cpr");

    assertThat(list(b -> b).getPage().getTotalItems()).isZero();
  }

  @Test
  void refusesALabelLongerThanFortyCharacters() {
    problem(post(aCitizen().labelled("A".repeat(41)).build()), "label", "validation.too-long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ole <b>", "a@b", " AB", "AB ", "A  B", "AB\n", "Jørgen's", "É"})
  void refusesALabelWithCharactersOutsideTheAllowedOnes(String label) {
    problem(post(aCitizen().labelled(label).build()), "label", "validation.pattern");
  }

  @Test
  void refusesAnEmptyLabel() {
    // Empty breaks both the length and the characters; the length is the one that says what to do.
    post(aCitizen().labelled("").build()).expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.field").isEqualTo("label")
        .jsonPath("$.errors[?(@.code == 'validation.too-short')].field").value(hasItem("label"));
  }

  @Test
  void anUpdateToACprLikeLabelIsRefusedAndTheStoredLabelStays() {
    UUID id = createCitizen(aCitizen().labelled("AB").build());

    problem(consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().labelled("AB 010190-1234").build()).exchange(), "label", "citizen.label-like-cpr");

    Citizen stored = read(id);
    assertThat(stored.getLabel()).isEqualTo("AB");
    assertThat(stored.getVersion()).isZero();
  }

  // ---- mine, q, sort ----------------------------------------------------------------------------

  @Test
  void mineListsOnlyTheCallersOwnCaseload() {
    UUID mine = createCitizen(aCitizen().labelled("M1").inCaseloadOf(ME).build());
    UUID mineToo = createCitizen(aCitizen().labelled("M2").inCaseloadOf(ME).build());
    createCitizen(aCitizen().labelled("C1").inCaseloadOf(COLLEAGUE).build());
    createCitizen(aCitizen().labelled("N1").build());

    CitizenPage page = list(b -> b.queryParam("mine", true));

    assertThat(ids(page)).containsExactlyInAnyOrder(mine, mineToo);
    assertThat(page.getPage().getTotalItems()).isEqualTo(2);
    assertThat(list(b -> b.queryParam("mine", false)).getPage().getTotalItems()).isEqualTo(4);
    assertThat(list(b -> b).getPage().getTotalItems()).isEqualTo(4);
  }

  @Test
  void searchFindsPartOfTheLabelWhateverTheCase() {
    UUID wanted = createCitizen(aCitizen().labelled("Sag-2024-0113").build());
    createCitizen(aCitizen().labelled("Sag-2025-0007").build());

    assertThat(ids(list(b -> b.queryParam("q", "2024-01")))).containsExactly(wanted);
    assertThat(ids(list(b -> b.queryParam("q", "SAG-2024")))).containsExactly(wanted);
  }

  @Test
  void searchFindsAJobGoalByPartOfItsTitleWithDanishLettersInEitherCase() {
    UUID cleaner = createCitizen(aCitizen().goal(GoalRank.B, "9112", "Rengøringsassistent").build());
    createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    assertThat(ids(list(b -> b.queryParam("q", "RENGØRING")))).containsExactly(cleaner);
  }

  @Test
  void searchFindsAJobGoalByTheStartOfItsOccupationCode() {
    UUID shop = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());
    createCitizen(aCitizen().goal(GoalRank.A, "9321", "Pakkeriarbejder").build());

    assertThat(ids(list(b -> b.queryParam("q", "52")))).containsExactly(shop);
    assertThat(ids(list(b -> b.queryParam("q", "5223")))).containsExactly(shop);
    assertThat(ids(list(b -> b.queryParam("q", "23")))).isEmpty();
  }

  @Test
  void searchWithinMineSearchesOnlyTheCaseload() {
    UUID mine = createCitizen(aCitizen().labelled("AB-1").inCaseloadOf(ME).build());
    createCitizen(aCitizen().labelled("AB-2").inCaseloadOf(COLLEAGUE).build());

    CitizenPage page = list(b -> b.queryParam("mine", true).queryParam("q", "ab"));

    assertThat(ids(page)).containsExactly(mine);
    assertThat(page.getPage().getTotalItems()).isEqualTo(1);
  }

  @Test
  void searchTreatsRegularExpressionCharactersAsText() {
    createCitizen(aCitizen().labelled("AB").build());
    UUID dotted = createCitizen(aCitizen().labelled("A.B").build());

    assertThat(ids(list(b -> b.queryParam("q", "a.b")))).containsExactly(dotted);
    assertThat(ids(list(b -> b.queryParam("q", ".*")))).isEmpty();
  }

  @Test
  void lastActivityIsTheLaterOfTheProfilesChangeAndItsPlacementsChange() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(3)).build());
    UUID first = createCitizen(aCitizen().labelled("first").build());
    clock.advance(Duration.ofMinutes(1));
    UUID second = createCitizen(aCitizen().labelled("second").build());
    clock.advance(Duration.ofMinutes(1));
    UUID third = createCitizen(aCitizen().labelled("third").build());
    assertThat(ids(list(b -> b.queryParam("sort", "lastActivity")))).containsExactly(third, second, first);

    clock.advance(Duration.ofMinutes(1));
    consultant().put().uri("/citizens/{id}", first).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().labelled("first").hours(12, 20).build()).exchange().expectStatus().isOk();
    clock.advance(Duration.ofMinutes(1));
    propose(proposal(second, company));

    CitizenPage byActivity = list(b -> b.queryParam("sort", "lastActivity"));
    assertThat(ids(byActivity)).containsExactly(second, first, third);
    assertThat(byActivity.getItems().getFirst().getLastActivityAt().toInstant()).isEqualTo(clock.instant());
    assertThat(byActivity.getItems().getFirst().getUpdatedAt()).isBefore(byActivity.getItems().getFirst().getLastActivityAt());
    assertThat(ids(list(b -> b.queryParam("sort", "newest")))).as("newest first is by registration")
        .containsExactly(third, second, first);
    assertThat(ids(list(b -> b))).containsExactly(third, second, first);
  }

  @Test
  void sortingByLastActivityKeepsThePages() {
    for (int i = 0; i < 5; i++) {
      createCitizen(aCitizen().labelled("C" + i).build());
      clock.advance(Duration.ofMinutes(1));
    }

    CitizenPage first = list(b -> b.queryParam("sort", "lastActivity").queryParam("size", 2));
    CitizenPage last = list(b -> b.queryParam("sort", "lastActivity").queryParam("size", 2).queryParam("page", 2));

    assertThat(first.getItems()).extracting(Citizen::getLabel).containsExactly("C4", "C3");
    assertThat(last.getItems()).extracting(Citizen::getLabel).containsExactly("C0");
    assertThat(first.getPage().getTotalItems()).isEqualTo(5);
    assertThat(first.getPage().getTotalPages()).isEqualTo(3);
  }

  @Test
  void neverListsAnotherJobCentresCitizensWhateverIsAskedFor() {
    as(consultantOf(AARHUS)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().labelled("AB").inCaseloadOf(ME).build()).exchange().expectStatus().isCreated();

    assertThat(list(b -> b.queryParam("q", "AB")).getItems()).isEmpty();
    assertThat(list(b -> b.queryParam("mine", true)).getItems()).isEmpty();
    assertThat(list(b -> b.queryParam("sort", "lastActivity")).getItems()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"mine, maybe, validation.not-boolean", "sort, oldest, validation.unknown-value", "q, '  ', validation.blank",
      "q, '', validation.too-short"})
  void refusesABadParameterNamingIt(String name, String value, String code) {
    consultant().get().uri(b -> b.path("/citizens").queryParam(name, value).build()).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo(name).jsonPath("$.code").isEqualTo(code);
  }

  @Test
  void refusesASearchTextLongerThanAHundredCharacters() {
    consultant().get().uri(b -> b.path("/citizens").queryParam("q", "a".repeat(101)).build()).exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.field").isEqualTo("q").jsonPath("$.code").isEqualTo("validation.too-long");
  }

  // ---- assign to me -----------------------------------------------------------------------------

  @Test
  void assignToMePutsTheCitizenInTheCallersCaseloadAndChangesNothingElse() {
    UUID id = createCitizen(aCitizen().labelled("AB").hours(6, 15).inCaseloadOf(COLLEAGUE).build());
    clock.advance(Duration.ofMinutes(1));

    Citizen assigned = consultant().post().uri("/citizens/{id}/assign-to-me", id).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", "\"1\"")
        .expectBody(Citizen.class).returnResult().getResponseBody();

    assertThat(assigned.getConsultant()).isEqualTo(ME);
    assertThat(assigned.getVersion()).isEqualTo(1L);
    assertThat(assigned.getUpdatedAt().toInstant()).isEqualTo(clock.instant());
    Citizen stored = read(id);
    assertThat(stored.getConsultant()).isEqualTo(ME);
    assertThat(stored.getLabel()).isEqualTo("AB");
    assertThat(stored.getHoursCapacity().getNow()).isEqualTo(6);
    assertThat(ids(list(b -> b.queryParam("mine", true)))).containsExactly(id);
  }

  @Test
  void assignToMeOfACitizenInNoCaseloadWorksToo() {
    UUID id = createCitizen(aCitizen().build());

    consultant().post().uri("/citizens/{id}/assign-to-me", id).exchange().expectStatus().isOk();

    assertThat(read(id).getConsultant()).isEqualTo(ME);
  }

  @Test
  void assigningACitizenAlreadyInMyCaseloadChangesNothing() {
    UUID id = createCitizen(aCitizen().inCaseloadOf(ME).build());

    consultant().post().uri("/citizens/{id}/assign-to-me", id).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", "\"0\"");

    assertThat(read(id).getVersion()).isZero();
  }

  @Test
  void aCitizenOfAnotherJobCentreCannotBeAssignedAndIsNotFound() {
    Citizen aarhus = as(consultantOf(AARHUS)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().inCaseloadOf("consultant-751").build()).exchange()
        .expectStatus().isCreated().expectBody(Citizen.class).returnResult().getResponseBody();

    consultant().post().uri("/citizens/{id}/assign-to-me", aarhus.getCitizenId()).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("citizen.not-found");

    Citizen unchanged = as(consultantOf(AARHUS)).get().uri("/citizens/{id}", aarhus.getCitizenId()).exchange()
        .expectStatus().isOk().expectBody(Citizen.class).returnResult().getResponseBody();
    assertThat(unchanged.getConsultant()).isEqualTo("consultant-751");
    assertThat(unchanged.getVersion()).isZero();
  }

  @Test
  void anUnknownCitizenCannotBeAssigned() {
    consultant().post().uri("/citizens/{id}/assign-to-me", UUID.randomUUID()).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  void assignToMeWithAStaleIfMatchIsRefusedAndChangesNothing() {
    UUID id = createCitizen(aCitizen().inCaseloadOf(COLLEAGUE).build());

    consultant().post().uri("/citizens/{id}/assign-to-me", id).header("If-Match", "\"3\"").exchange()
        .expectStatus().isEqualTo(412);

    assertThat(read(id).getConsultant()).isEqualTo(COLLEAGUE);
  }

  @Test
  void assignToMeWithTheCurrentIfMatchIsMade() {
    UUID id = createCitizen(aCitizen().inCaseloadOf(COLLEAGUE).build());

    consultant().post().uri("/citizens/{id}/assign-to-me", id).header("If-Match", "\"0\"").exchange()
        .expectStatus().isOk();

    assertThat(read(id).getConsultant()).isEqualTo(ME);
  }

  @Test
  void assigningNeedsTheWriteScope() {
    UUID id = createCitizen(aCitizen().inCaseloadOf(COLLEAGUE).build());

    as(tokenWith(KOBENHAVN, "citizens.read")).post().uri("/citizens/{id}/assign-to-me", id).exchange()
        .expectStatus().isForbidden();

    assertThat(read(id).getConsultant()).isEqualTo(COLLEAGUE);
  }

  // ---------------------------------------------------------------------------------------------

  private WebTestClient.ResponseSpec post(CitizenInput citizen) {
    return consultant().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(json(citizen)).exchange();
  }

  private static void problem(WebTestClient.ResponseSpec response, String field, String code) {
    response.expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.field").isEqualTo(field)
        .jsonPath("$.code").isEqualTo(code)
        .jsonPath("$.errors[0].field").isEqualTo(field)
        .jsonPath("$.errors[0].code").isEqualTo(code);
  }

  private Citizen read(UUID id) {
    return consultant().get().uri("/citizens/{id}", id).exchange()
        .expectStatus().isOk().expectBody(Citizen.class).returnResult().getResponseBody();
  }

  private CitizenPage list(Function<UriBuilder, UriBuilder> query) {
    return consultant().get().uri(b -> query.apply(b.path("/citizens")).build()).exchange()
        .expectStatus().isOk().expectBody(CitizenPage.class).returnResult().getResponseBody();
  }

  private static List<UUID> ids(CitizenPage page) {
    return page.getItems().stream().map(Citizen::getCitizenId).toList();
  }
}
