package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.JsonEdits.JSON;
import static dk.jobmatch.matcher.support.JsonEdits.jsonWith;
import static dk.jobmatch.matcher.support.JsonEdits.jsonWithRepeatedMember;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import dk.jobmatch.matcher.support.StoredData;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON value is taken only as the type the contract names: no text from numbers or booleans, no
 * numbers or booleans from text, no whole numbers from fractions, no ids from empty strings; and a
 * member given twice is refused instead of keeping the last. Each is a 400 naming the field, and
 * nothing is stored.
 */
class StrictJsonIT extends PlacementApiTestSupport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private Placement active;

  /** A body for {@code path} ($active is the active placement) that is valid but for the one value at {@code field}. */
  record LaxCase(String name, String path, Function<Placement, String> body, String field, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static LaxCase company(String name, String pointer, Object value, String field, String message) {
    return new LaxCase(name, "/companies", p -> jsonWith(aCompany().with(aTask()).build(), pointer, value), field, message);
  }

  private static LaxCase followUp(String name, String pointer, Object value, String field, String message) {
    return new LaxCase(name, "/placements/$active/follow-ups", p -> jsonWith(aFollowUp(), pointer, value), field, message);
  }

  static Stream<LaxCase> laxValues() {
    return Stream.of(
        company("a name given as a number", "/name", 123, "name", "must be a string"),
        company("a name given as true", "/name", true, "name", "must be a string"),
        company("a task title given as 1.5", "/partialTasks/0/title", 1.5, "partialTasks[0].title", "must be a string"),
        company("weekly hours given as 4.5", "/partialTasks/0/weeklyHoursMin", 4.5, "partialTasks[0].weeklyHoursMin",
            "must be a whole number"),
        company("weekly hours given as 4.0", "/partialTasks/0/weeklyHoursMin", NODES.numberNode(4.0),
            "partialTasks[0].weeklyHoursMin", "must be a whole number"),
        company("weekly hours given as the text \"4\"", "/partialTasks/0/weeklyHoursMin", "4",
            "partialTasks[0].weeklyHoursMin", "must be a whole number"),
        company("weekly hours given as true", "/partialTasks/0/capacity", true, "partialTasks[0].capacity",
            "must be a whole number"),
        company("a latitude given as text", "/location/lat", "55.7", "location.lat", "must be a number"),
        company("paid hours given as the text \"true\"", "/partialTasks/0/eligibleForPaidHours", "true",
            "partialTasks[0].eligibleForPaidHours", "must be true or false"),
        company("a task id given as an empty string", "/partialTasks/0/taskId", "", "partialTasks[0].taskId",
            "must be a UUID"),
        company("a stance on ordinary hours given as 1", "/openToOrdinaryHours", 1, "openToOrdinaryHours", "must be one of"),
        company("a weekday given as 1", "/partialTasks/0/schedule/0",
            NODES.objectNode().put("day", 1).put("from", "09:00").put("to", "12:00"), "partialTasks[0].schedule[0].day",
            "must be one of"),
        followUp("hours raised given as the text \"false\"", "/ordinaryHoursRaised", "false", "ordinaryHoursRaised",
            "must be true or false"),
        followUp("hours raised given as 0", "/ordinaryHoursRaised", 0, "ordinaryHoursRaised", "must be true or false"),
        new LaxCase("hours now given as an empty string", "/citizens",
            p -> jsonWith(aCitizen().build(), "/hoursCapacity/now", ""), "hoursCapacity.now", "must be a whole number"));
  }

  static Stream<LaxCase> repeatedMembers() {
    return Stream.of(
        new LaxCase("a company's name twice", "/companies",
            p -> jsonWithRepeatedMember(aCompany().named("Første ApS").with(aTask()).build(), "", "name", "Anden ApS"),
            "name", "appears more than once"),
        new LaxCase("a task's capacity twice", "/companies",
            p -> jsonWithRepeatedMember(aCompany().with(aTask()).with(aTask().titled("Kasse")).build(), "/partialTasks/1",
                "capacity", 5), "partialTasks[1].capacity", "appears more than once"),
        new LaxCase("a citizen's hours now twice", "/citizens",
            p -> jsonWithRepeatedMember(aCitizen().hours(10, 20).build(), "/hoursCapacity", "now", 15),
            "hoursCapacity.now", "appears more than once"),
        new LaxCase("a follow-up's date twice", "/placements/$active/follow-ups",
            p -> jsonWithRepeatedMember(aFollowUp(), "", "date", TODAY.minusDays(2).toString()),
            "date", "appears more than once"));
  }

  @BeforeEach
  void anActivePlacement() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(3)).build());
    active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 10, 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("laxValues")
  void aValueOfTheWrongTypeIsRefusedNotConverted(LaxCase c) {
    assertRefusedAndNothingStored(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repeatedMembers")
  void aMemberGivenTwiceIsRefusedNotOverwritten(LaxCase c) {
    assertRefusedAndNothingStored(c);
  }

  private void assertRefusedAndNothingStored(LaxCase c) {
    StoredData before = StoredData.of(mongo);

    byte[] response = consultant().post().uri(c.path().replace("$active", active.getPlacementId().toString()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(c.body().apply(active)).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().returnResult().getResponseBody();

    JsonNode problem = JSON.readTree(new String(response, StandardCharsets.UTF_8));
    assertThat(problem.path("field").asString()).isEqualTo(c.field());
    assertThat(problem.path("detail").asString()).startsWith(c.field() + " " + c.message());
    assertThat(StoredData.of(mongo)).as("nothing stored after a refused write").isEqualTo(before);
  }

  private static FollowUpInput aFollowUp() {
    return new FollowUpInput().date(TODAY.minusDays(1)).participants(Set.of(FollowUpParticipant.CITIZEN))
        .ordinaryHoursRaised(false);
  }
}
