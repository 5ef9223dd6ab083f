package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.JsonEdits.JSON;
import static dk.jobmatch.matcher.support.JsonEdits.jsonWithNullAt;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementProposal;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.api.model.WishCode;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import dk.jobmatch.matcher.support.StoredData;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A {@code null} inside any array of a request body is refused as a validation problem naming the
 * element ({@code jobGoals[1]}), for every array the consultants' and CRMs' writes carry, and
 * nothing is stored. Each body is valid but for that one null, so the null is the only reason to
 * refuse it (it used to reach the mapping code and give a 500).
 */
class NullArrayElementIT extends PlacementApiTestSupport {
  private Fixture fixture;

  /** What each body is built from: a company with one task, a free citizen, a proposed and an active placement. */
  private record Fixture(Company company, UUID freeCitizen, Placement proposed, Placement active, CompanyMatch row) {}

  /** Where a body goes, and the valid body it starts as. */
  private enum Target {
    CREATE_COMPANY("POST /companies", f -> aCompany().offering(Accommodation.FLEXIBLE_SCHEDULE, Accommodation.QUIET_WORKSPACE)
        .contact("Mette Holm", "mette@example.dk")
        .with(aTask().demanding(Demand.PROLONGED_STANDING, Demand.CUSTOMER_CONTACT).offering(Accommodation.BREAKS_ON_DEMAND)
            .skills("kasse", "varemodtagelse").on(Weekday.TUE, "09:00", "12:00").on(Weekday.THU, "09:00", "12:00"))
        .build()),
    CREATE_CITIZEN("POST /citizens", f -> aCitizen()
        .goal(GoalRank.A, "5223", "Butiksassistent").goal(GoalRank.B, "9334", "Lagerarbejde")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).needing(NeedCode.LOW_TEMPO, Strictness.PREFER)
        .skills("kasse", "kundeservice").experiencedIn("5223", "Butiksassistent").experiencedIn("9334", "Lagermedarbejder")
        .educated("Detailhandelsuddannelse", true).educated("Truckcertifikat", true)
        .developing("prøve kundekontakt", "møde stabilt").excluding(UUID.randomUUID()).excluding(UUID.randomUUID())
        .wishing(WishCode.OUTDOOR, WishCode.CUSTOMER_CONTACT).build()),
    PROPOSE("POST /placements", f -> new PlacementProposal().citizenId(f.freeCitizen()).companyId(f.company().getCompanyId())
        .taskIds(Set.of(f.row().getTasks().getFirst().getTaskId())).matchedTasks(f.row().getTasks())),
    WORK_AGREEMENT("PUT /placements/{proposed}/work-agreement", f -> agreementFor(f.proposed(), 10, 2)),
    FOLLOW_UP("POST /placements/{active}/follow-ups", f -> new FollowUpInput().date(TODAY.minusDays(1))
        .participants(new LinkedHashSet<>(List.of(FollowUpParticipant.CITIZEN, FollowUpParticipant.CONTACT_PERSON)))
        .ordinaryHoursRaised(false));

    private final String label;
    private final Function<Fixture, Object> validBody;

    Target(String label, Function<Fixture, Object> validBody) {
      this.label = label;
      this.validBody = validBody;
    }
  }

  /** A null as element {@code index} of the array at {@code array} (a JSON pointer) of {@code target}'s body. */
  record NullCase(Target target, String array, int index) {
    /** The field the problem must name, as the API writes paths: /cv/skills and 1 is cv.skills[1]. */
    String field() {
      return array.substring(1).replaceAll("/([0-9]+)", "[$1]").replace('/', '.') + "[" + index + "]";
    }

    @Override
    public String toString() {
      return target.label + " with a null as " + field();
    }
  }

  static Stream<NullCase> nullElements() {
    return Stream.of(
        new NullCase(Target.CREATE_COMPANY, "/accommodationsOffered", 1),
        new NullCase(Target.CREATE_COMPANY, "/contactPersons", 0),
        new NullCase(Target.CREATE_COMPANY, "/partialTasks", 1),
        new NullCase(Target.CREATE_COMPANY, "/partialTasks/0/demands", 1),
        new NullCase(Target.CREATE_COMPANY, "/partialTasks/0/accommodationsOffered", 1),
        new NullCase(Target.CREATE_COMPANY, "/partialTasks/0/skills", 1),
        new NullCase(Target.CREATE_COMPANY, "/partialTasks/0/schedule", 1),
        new NullCase(Target.CREATE_CITIZEN, "/jobGoals", 1),
        new NullCase(Target.CREATE_CITIZEN, "/accommodationNeeds", 1),
        new NullCase(Target.CREATE_CITIZEN, "/cv/skills", 1),
        new NullCase(Target.CREATE_CITIZEN, "/cv/experience", 1),
        new NullCase(Target.CREATE_CITIZEN, "/cv/education", 1),
        new NullCase(Target.CREATE_CITIZEN, "/developmentGoals", 1),
        new NullCase(Target.CREATE_CITIZEN, "/excludedCompanies", 1),
        new NullCase(Target.CREATE_CITIZEN, "/wishes", 1),
        new NullCase(Target.PROPOSE, "/taskIds", 1),
        new NullCase(Target.PROPOSE, "/matchedTasks", 1),
        new NullCase(Target.WORK_AGREEMENT, "/days", 1),
        new NullCase(Target.WORK_AGREEMENT, "/taskIds", 0),
        new NullCase(Target.FOLLOW_UP, "/participants", 1));
  }

  @BeforeEach
  void aCompanyACitizenAndTwoPlacements() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(3)).build());
    UUID freeCitizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());
    CompanyMatch row = matches(freeCitizen).getMatches().getFirst();
    Placement proposed = propose(proposal(createCitizen(aCitizen().build()), company));
    Placement active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 10, 0);
    fixture = new Fixture(company, freeCitizen, proposed, active, row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullElements")
  void isRefusedNamingTheElementAndStoresNothing(NullCase c) {
    String body = jsonWithNullAt(c.target().validBody.apply(fixture), c.array(), c.index());
    StoredData before = StoredData.of(mongo);

    JsonNode problem = send(c.target(), body);

    assertThat(problem.path("type").asString()).isEqualTo("https://jobmatch.dk/problems/validation");
    assertThat(problem.path("field").asString()).isEqualTo(c.field());
    assertThat(problem.path("detail").asString()).contains(c.field()).contains("must not be null");
    assertThat(StoredData.of(mongo)).as("nothing stored after a refused write").isEqualTo(before);
  }

  /** Sends {@code body}; the response must be a 400 problem+json, which is returned. */
  private JsonNode send(Target target, String body) {
    var request = switch (target) {
      case CREATE_COMPANY -> consultant().post().uri("/companies");
      case CREATE_CITIZEN -> consultant().post().uri("/citizens");
      case PROPOSE -> consultant().post().uri("/placements");
      case WORK_AGREEMENT -> consultant().put().uri("/placements/{id}/work-agreement", fixture.proposed().getPlacementId())
          .header("If-Match", "\"" + fixture.proposed().getVersion() + "\"");
      case FOLLOW_UP -> consultant().post().uri("/placements/{id}/follow-ups", fixture.active().getPlacementId());
    };
    byte[] response = request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().returnResult().getResponseBody();
    return JSON.readTree(new String(response, StandardCharsets.UTF_8));
  }
}
