package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.JsonEdits.JSON;
import static dk.jobmatch.matcher.support.JsonEdits.jsonWith;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementAgreement;
import dk.jobmatch.api.model.PlacementEnd;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.matcher.reference.AcceptedDates;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import dk.jobmatch.matcher.support.StoredData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every date the API takes, in a body or a query, is a {@code YYYY-MM-DD} string from 1990-01-01 to
 * 2100-12-31 ({@link AcceptedDates}); anything else is a 400 naming the field, and nothing is
 * stored. Today is 2026-03-31; the proposed placement has a work agreement, the agreed one is ready
 * to start, the active one started 2026-03-01.
 */
class DateRangeIT extends PlacementApiTestSupport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private Fixture fixture;

  private record Fixture(Company company, UUID freeCitizen, Placement proposed, Placement agreed, Placement active) {}

  /** A request carrying one bad date: {@code path} may name {$proposed}, {$agreed} or {$active}. */
  record DateCase(String name, HttpMethod method, String path, Function<Fixture, String> body, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static DateCase query(String name, String path, String field) {
    return new DateCase(name, HttpMethod.GET, path, null, field);
  }

  private static DateCase body(String name, String path, Function<Fixture, String> body, String field) {
    return new DateCase(name, HttpMethod.POST, path, body, field);
  }

  static Stream<DateCase> badDates() {
    return Stream.of(
        query("figures for the year -999999999", "/figures?date=-999999999-01-01", "date"),
        query("figures for the day before the window", "/figures?date=1989-12-31", "date"),
        query("figures CSV for year 0", "/exports/figures.csv?date=0000-01-01", "date"),
        query("figures for ISO week 1 of year 0", "/figures?week=0000-W01", "week"),
        query("ledger export from 2101", "/exports/hours-ledger.csv?from=2101-01-01", "from"),
        query("ledger export up to a five-digit year", "/exports/hours-ledger.csv?to=10000-01-01", "to"),
        query("ledger as of 9999-12-31", "/placements/$active/hours?asOf=9999-12-31", "asOf"),
        query("ledger as of 30 February", "/placements/$active/hours?asOf=2026-02-30", "asOf"),
        body("agreed to start in year 0", "/placements/$proposed/agree",
            f -> jsonWith(new PlacementAgreement().startDate(TODAY), "/startDate", "0000-01-01"), "startDate"),
        body("agreed to start in 9999", "/placements/$proposed/agree",
            f -> jsonWith(new PlacementAgreement().startDate(TODAY), "/startDate", "9999-12-31"), "startDate"),
        body("started on day 21 as a number", "/placements/$agreed/start",
            f -> jsonWith(new PlacementStart().startDate(TODAY), "/startDate", 21), "startDate"),
        body("started on a date written as an array", "/placements/$agreed/start",
            f -> jsonWith(new PlacementStart().startDate(TODAY), "/startDate", NODES.arrayNode().add(2026).add(3).add(1)),
            "startDate"),
        body("started on an empty date", "/placements/$agreed/start",
            f -> jsonWith(new PlacementStart().startDate(TODAY), "/startDate", ""), "startDate"),
        body("a company paused until 2200", "/companies",
            f -> jsonWith(aCompany().pausedUntil(TODAY).with(aTask()).build(), "/availability/pausedUntil", "2200-01-01"),
            "availability.pausedUntil"),
        body("a company available from 1900", "/companies",
            f -> jsonWith(aCompany().nextAvailableOn(TODAY).with(aTask()).build(), "/availability/nextAvailableDate",
                "1900-01-01"), "availability.nextAvailableDate"),
        body("a placement planned in a five-digit year", "/placements",
            f -> jsonWith(proposal(f.freeCitizen(), f.company()).plannedStartDate(TODAY), "/plannedStartDate",
                "+10000-01-01"), "plannedStartDate"),
        body("hours from 30 February", "/placements/$active/hours",
            f -> jsonWith(hours(TODAY, 10, 2), "/effectiveFrom", "2026-02-30"), "effectiveFrom"),
        body("a follow-up dated with a timestamp", "/placements/$active/follow-ups",
            f -> jsonWith(new FollowUpInput().date(TODAY).participants(Set.of(FollowUpParticipant.CITIZEN))
                .ordinaryHoursRaised(false), "/date", 1774915200000L), "date"),
        body("ended in year 1", "/placements/$active/end",
            f -> jsonWith(new PlacementEnd().outcome(PlacementOutcome.EDUCATION).endDate(TODAY), "/endDate", "0001-01-01"),
            "endDate"),
        new DateCase("a work agreement reviewed in 9999", HttpMethod.PUT, "/placements/$proposed/work-agreement",
            f -> jsonWith(agreementFor(f.proposed(), 10, 2), "/reviewDate", "9999-12-31"), "reviewDate"),
        new DateCase("a work agreement signed on day 21", HttpMethod.PUT, "/placements/$proposed/work-agreement",
            f -> jsonWith(agreementFor(f.proposed(), 10, 2), "/agreedOn", 21), "agreedOn"));
  }

  @BeforeEach
  void placementsInEveryStatus() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(3)).build());
    UUID freeCitizen = createCitizen(aCitizen().build());
    Placement proposed = propose(proposal(createCitizen(aCitizen().build()), company));
    proposed = putAgreement(proposed, agreementFor(proposed, 10, 2));
    Placement agreed = agreed(createCitizen(aCitizen().build()), company, 10, 2);
    Placement active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 10, 0);
    fixture = new Fixture(company, freeCitizen, proposed, agreed, active);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDates")
  void isRefusedNamingTheFieldAndChangesNothing(DateCase c) {
    StoredData before = StoredData.of(mongo);

    JsonNode problem = problemFor(c);

    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("field").asString()).isEqualTo(c.field());
    assertThat(StoredData.of(mongo)).as("nothing stored after a refused request").isEqualTo(before);
  }

  @Test
  void aDateOutsideTheWindowIsToldTheWindow() {
    JsonNode problem = problemFor(query("figures for 1989", "/figures?date=1989-12-31", "date"));

    assertThat(problem.path("detail").asString()).isEqualTo("date must be " + AcceptedDates.EXPECTED);
  }

  @Test
  void theWindowsFirstAndLastDaysAreAccepted() {
    consultant().get().uri("/exports/hours-ledger.csv?from=1990-01-01&to=2100-12-31").exchange().expectStatus().isOk();
    Company paused = createCompany(aCompany().pausedUntil(LocalDate.of(2100, 12, 31)).with(aTask()).build());

    assertThat(paused.getAvailability().getPausedUntil()).isEqualTo(AcceptedDates.LAST);
  }

  private JsonNode problemFor(DateCase c) {
    String path = c.path().replace("$proposed", fixture.proposed().getPlacementId().toString())
        .replace("$agreed", fixture.agreed().getPlacementId().toString())
        .replace("$active", fixture.active().getPlacementId().toString());
    WebTestClient.RequestBodySpec request = consultant().method(c.method()).uri(path);
    if (c.method() == HttpMethod.PUT) {
      request.header("If-Match", "\"" + fixture.proposed().getVersion() + "\"");
    }
    var sent = c.body() == null ? request.exchange()
        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(c.body().apply(fixture)).exchange();
    byte[] body = sent.expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().returnResult().getResponseBody();
    return JSON.readTree(new String(body, StandardCharsets.UTF_8));
  }
}
