package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.JsonEdits.JSON;
import static dk.jobmatch.matcher.support.JsonEdits.json;
import static dk.jobmatch.matcher.support.JsonEdits.jsonWith;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static dk.jobmatch.matcher.support.TestCompanies.nextCvr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.AccommodationNeed;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.ExcludedCompany;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.JobGoal;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.PartialTaskInput;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.WishCode;
import dk.jobmatch.api.model.TimeSlot;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Malformed and invalid requests: every one is refused with the status the contract names, as
 * {@code application/problem+json} with a detail and, where one field is at fault, that field as a
 * JSON path. A refused write never leaves anything behind.
 */
class BadRequestIT extends ApiTestSupport {
  /** A valid CVR number (the contract's example), used where a test needs a second, known company. */
  private static final String OTHER_CVR = "10150817";
  /** One byte over the service's 512 KB limit on request bodies, with room for the rest of the JSON. */
  private static final int OVER_LIMIT = 512 * 1024 + 1;

  // ---------------------------------------------------------------------------------------------
  // Cases
  // ---------------------------------------------------------------------------------------------

  /** One refused request body: {@code body} is a model object or, for broken JSON, a raw string. */
  record BodyCase(String name, Supplier<Object> body, int status, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static BodyCase invalid(String name, String field, Supplier<Object> body) {
    return new BodyCase(name, body, 400, field);
  }

  static Stream<BodyCase> invalidCompanies() {
    return Stream.of(
        // Identity and reference data
        invalid("CVR with a wrong check digit", "cvr", () -> validCompany().cvr(wrongCheckDigit(nextCvr()))),
        invalid("CVR of 7 digits", "cvr", () -> validCompany().cvr("1015081")),
        invalid("CVR with letters", "cvr", () -> validCompany().cvr("1O15O817")),
        invalid("CVR missing", "cvr", () -> validCompany().cvr(null)),
        invalid("municipality code 999 is no municipality", "municipalityCode", () -> validCompany().municipalityCode("999")),
        invalid("municipality code of 4 digits", "municipalityCode", () -> validCompany().municipalityCode("1010")),
        invalid("municipality code with a letter", "municipalityCode", () -> validCompany().municipalityCode("1a1")),
        invalid("industry code of 5 digits", "industryCode", () -> validCompany().industryCode("47110")),
        // Name
        invalid("name missing", "name", () -> validCompany().name(null)),
        invalid("name empty", "name", () -> validCompany().name("")),
        invalid("name of 201 characters", "name", () -> validCompany().name("N".repeat(201))),
        // Location
        invalid("latitude outside Denmark (Oslo)", "location.lat", () -> validCompany().location(new GeoPoint().lat(59.91).lon(10.75))),
        invalid("longitude outside Denmark (Stockholm)", "location.lon", () -> validCompany().location(new GeoPoint().lat(55.6).lon(18.07))),
        invalid("location missing", "location", () -> validCompany().location(null)),
        // Partial tasks
        invalid("partialTasks missing", "partialTasks", () -> validCompany().partialTasks(null)),
        invalid("occupation code 52", "partialTasks[0].occupationCode", () -> companyWithTask(t -> t.occupationCode("52"))),
        invalid("occupation code in the second task", "partialTasks[1].occupationCode",
            () -> withSecondTask(validCompany(), t -> t.occupationCode("52"))),
        invalid("task title missing", "partialTasks[0].title", () -> companyWithTask(t -> t.title(null))),
        invalid("weeklyHoursMin above weeklyHoursMax", "partialTasks[0].weeklyHoursMin",
            () -> companyWithTask(t -> t.weeklyHoursMin(10).weeklyHoursMax(4))),
        invalid("weeklyHoursMin 0", "partialTasks[0].weeklyHoursMin", () -> companyWithTask(t -> t.weeklyHoursMin(0))),
        invalid("weeklyHoursMax 50 hours", "partialTasks[0].weeklyHoursMax", () -> companyWithTask(t -> t.weeklyHoursMax(50))),
        invalid("capacity 0", "partialTasks[0].capacity", () -> companyWithTask(t -> t.capacity(0))),
        invalid("team size 0", "partialTasks[0].teamSize", () -> companyWithTask(t -> t.teamSize(0))),
        invalid("team size 501", "partialTasks[0].teamSize", () -> companyWithTask(t -> t.teamSize(501))),
        invalid("schedule slot from 25:00", "partialTasks[0].schedule[0].from",
            () -> companyWithTask(t -> t.schedule(slot("25:00", "26:00")))),
        invalid("schedule slot ending before it starts", "partialTasks[0].schedule[0].to",
            () -> companyWithTask(t -> t.schedule(slot("12:00", "09:00")))),
        invalid("the same taskId on two tasks", "partialTasks[1].taskId", () -> {
          UUID taskId = UUID.randomUUID();
          return withSecondTask(companyWithTask(t -> t.taskId(taskId)), t -> t.taskId(taskId));
        }),
        // Unknown codes and wrong JSON types, sent as raw JSON
        invalid("unknown demand code FLYING", "partialTasks[0].demands[0]",
            () -> jsonWith(validCompany(), "/partialTasks/0/demands/0", "FLYING")),
        invalid("unknown accommodation code of the company", "accommodationsOffered[0]",
            () -> jsonWith(validCompany(), "/accommodationsOffered/0", "FREE_LUNCH")),
        invalid("unknown accommodation code of a task", "partialTasks[0].accommodationsOffered[0]",
            () -> jsonWith(validCompany(), "/partialTasks/0/accommodationsOffered/0", "FREE_LUNCH")),
        invalid("openToOrdinaryHours MAYBE", "openToOrdinaryHours", () -> jsonWith(validCompany(), "/openToOrdinaryHours", "MAYBE")),
        invalid("unknown weekday in a schedule slot", "partialTasks[0].schedule[0].day",
            () -> jsonWith(companyWithTask(t -> t.schedule(slot("09:00", "12:00"))), "/partialTasks/0/schedule/0/day", "MONDAY")),
        invalid("weeklyHoursMin as text \"ten\"", "partialTasks[0].weeklyHoursMin",
            () -> jsonWith(validCompany(), "/partialTasks/0/weeklyHoursMin", "ten")),
        invalid("partialTasks as an object instead of an array", "partialTasks",
            () -> jsonWith(validCompany(), "/partialTasks", JSON.createObjectNode())),
        invalid("unknown property", "colour", () -> jsonWith(validCompany(), "/colour", "red")),
        invalid("unknown property in a task", "partialTasks[0].colour", () -> jsonWith(validCompany(), "/partialTasks/0/colour", "red")),
        // Not JSON, or not an object
        // Where a syntax error is found depends on where the text ends, so no one field is at fault.
        invalid("truncated JSON", null, () -> truncated(json(validCompany()))),
        invalid("JSON array instead of an object", "body", () -> "[" + json(validCompany()) + "]"),
        invalid("JSON null", "body", () -> "null"),
        invalid("empty body", "body", () -> ""));
  }

  static Stream<BodyCase> invalidCitizens() {
    return Stream.of(
        invalid("hours now above target", "hoursCapacity.now", () -> aCitizen().hours(20, 10).build()),
        invalid("hours now 0", "hoursCapacity.now", () -> aCitizen().hours(0, 10).build()),
        invalid("hours target 38", "hoursCapacity.target", () -> aCitizen().hours(10, 38).build()),
        invalid("hoursCapacity missing", "hoursCapacity", () -> aCitizen().build().hoursCapacity(null)),
        invalid("home missing", "home", () -> aCitizen().build().home(null)),
        invalid("maxCommuteKm 0", "home.maxCommuteKm", () -> aCitizen().commuteKm(0).build()),
        invalid("maxCommuteKm 201", "home.maxCommuteKm", () -> aCitizen().commuteKm(201).build()),
        invalid("home latitude outside Denmark", "home.location.lat", () -> aCitizen().livingAt(53.55, 10.0).build()),
        invalid("the same need twice", "accommodationNeeds[1].code", () -> aCitizen()
            .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).needing(NeedCode.NO_HEAVY_LIFTING, Strictness.PREFER).build()),
        invalid("need without strictness", "accommodationNeeds[0].strictness", () -> aCitizen().build()
            .accommodationNeeds(new ArrayList<>(List.of(new AccommodationNeed().code(NeedCode.LOW_TEMPO))))),
        invalid("job goal with occupation code 52", "jobGoals[0].occupationCode",
            () -> aCitizen().goal(GoalRank.A, "52", "Butiksassistent").build()),
        invalid("job goal without title", "jobGoals[0].title", () -> aCitizen().build()
            .jobGoals(new ArrayList<>(List.of(new JobGoal().rank(GoalRank.B))))),
        invalid("the same excluded company twice", "excludedCompanies[1].companyId", () -> {
          UUID company = UUID.randomUUID();
          return aCitizen().excluding(company).excluding(company).build();
        }),
        invalid("strictness MAYBE", "accommodationNeeds[0].strictness",
            () -> jsonWith(citizenNeeding(NeedCode.LOW_TEMPO), "/accommodationNeeds/0/strictness", "MAYBE")),
        invalid("unknown need code", "accommodationNeeds[0].code",
            () -> jsonWith(citizenNeeding(NeedCode.LOW_TEMPO), "/accommodationNeeds/0/code", "NO_MONDAYS")),
        invalid("job goal rank D", "jobGoals[0].rank",
            () -> jsonWith(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build(), "/jobGoals/0/rank", "D")),
        invalid("excluded company id that is no UUID", "excludedCompanies[0].companyId",
            () -> jsonWith(aCitizen().excluding(UUID.randomUUID()).build(), "/excludedCompanies/0/companyId", "Netto")),
        invalid("hours now as text", "hoursCapacity.now", () -> jsonWith(aCitizen().build(), "/hoursCapacity/now", "ten")),
        invalid("unknown wish code", "wishes[0]",
            () -> jsonWith(aCitizen().wishing(WishCode.OUTDOOR).build(), "/wishes/0", "SUNSHINE")),
        invalid("experience ending in 1800", "cv.experience[0].endYear",
            () -> aCitizen().experiencedIn("5120", "Kok", 3, 1800).build()),
        invalid("experience of -1 years", "cv.experience[0].years",
            () -> aCitizen().experiencedIn("5120", "Kok", -1, null).build()),
        invalid("education leading to occupation code 51", "cv.education[0].occupationCode", () -> {
          CitizenInput citizen = aCitizen().educated("Kok", true).build();
          citizen.getCv().getEducation().getFirst().occupationCode("51");
          return citizen;
        }),
        invalid("a CPR number as unknown property", "cpr", () -> jsonWith(aCitizen().build(), "/cpr", "0101801234")),
        invalid("truncated JSON", null, () -> truncated(json(aCitizen().build()))),
        invalid("empty body", "body", () -> ""));
  }

  /** A refused query or path: {@code uri} may name the stored {citizenId}. */
  record ParameterCase(String name, String uri, String field) {
    @Override
    public String toString() {
      return name + " (" + uri + ")";
    }
  }

  static Stream<ParameterCase> invalidParameters() {
    return Stream.of(
        new ParameterCase("companies page -1", "/companies?page=-1", "page"),
        new ParameterCase("companies page above 100000", "/companies?page=100001", "page"),
        new ParameterCase("companies size 0", "/companies?size=0", "size"),
        new ParameterCase("companies size 1000", "/companies?size=1000", "size"),
        new ParameterCase("companies size abc", "/companies?size=abc", "size"),
        new ParameterCase("companies municipality filter of 4 digits", "/companies?municipalityCode=1010", "municipalityCode"),
        new ParameterCase("companies industry filter with letters", "/companies?industryCode=abcdef", "industryCode"),
        new ParameterCase("companies openToOrdinaryHours MAYBE", "/companies?openToOrdinaryHours=MAYBE", "openToOrdinaryHours"),
        new ParameterCase("companies name of 201 characters", "/companies?name=" + "a".repeat(201), "name"),
        new ParameterCase("companies name empty", "/companies?name=", "name"),
        new ParameterCase("companies cvr of 7 digits", "/companies?cvr=1234567", "cvr"),
        new ParameterCase("companies cvr with letters", "/companies?cvr=1015081A", "cvr"),
        new ParameterCase("companies occupation code of 3 digits", "/companies?occupationCode=522", "occupationCode"),
        new ParameterCase("companies occupation code as a title", "/companies?occupationCode=bager", "occupationCode"),
        new ParameterCase("citizens page -1", "/citizens?page=-1", "page"),
        new ParameterCase("citizens size 0", "/citizens?size=0", "size"),
        new ParameterCase("citizens size 201", "/citizens?size=201", "size"),
        new ParameterCase("matches limit 0", "/citizens/{citizenId}/matches?limit=0", "limit"),
        new ParameterCase("matches limit 101", "/citizens/{citizenId}/matches?limit=101", "limit"),
        new ParameterCase("matches limit abc", "/citizens/{citizenId}/matches?limit=abc", "limit"),
        new ParameterCase("company id that is no UUID", "/companies/not-a-uuid", "companyId"),
        new ParameterCase("citizen id that is no UUID", "/citizens/not-a-uuid", "citizenId"),
        new ParameterCase("citizen id that is no UUID on matches", "/citizens/not-a-uuid/matches", "citizenId"));
  }

  enum IfMatch { CURRENT, STALE, NONE }

  /** A refused company update: {@code change} turns a valid replacement into the request body. */
  record UpdateCase(String name, IfMatch ifMatch, UnaryOperator<CompanyInput> change, Supplier<String> raw, int status,
      String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<UpdateCase> refusedCompanyUpdates() {
    return Stream.of(
        new UpdateCase("no If-Match", IfMatch.NONE, c -> c, null, 428, null),
        new UpdateCase("stale If-Match", IfMatch.STALE, c -> c, null, 412, null),
        new UpdateCase("CVR with a wrong check digit", IfMatch.CURRENT, c -> c.cvr(wrongCheckDigit(c.getCvr())), null, 400, "cvr"),
        new UpdateCase("occupation code 52", IfMatch.CURRENT, c -> {
          c.getPartialTasks().getFirst().occupationCode("52");
          return c;
        }, null, 400, "partialTasks[0].occupationCode"),
        new UpdateCase("name empty", IfMatch.CURRENT, c -> c.name(""), null, 400, "name"),
        new UpdateCase("CVR of another company", IfMatch.CURRENT, c -> c.cvr(OTHER_CVR), null, 409, "cvr"),
        new UpdateCase("truncated JSON", IfMatch.CURRENT, null, () -> truncated(json(validCompany())), 400, null),
        new UpdateCase("unknown property", IfMatch.CURRENT, null, () -> jsonWith(validCompany(), "/colour", "red"), 400, "colour"));
  }

  // ---------------------------------------------------------------------------------------------
  // Tests
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "POST /companies with {0}")
  @MethodSource("invalidCompanies")
  void refusesInvalidCompanyAndStoresNothing(BodyCase c) {
    var response = send(consultant().post().uri("/companies"), c.body().get());

    assertProblem(response, c.status(), c.field());
    assertThat(totalItems("/companies")).as("companies stored after a refused create").isZero();
  }

  @ParameterizedTest(name = "POST /citizens with {0}")
  @MethodSource("invalidCitizens")
  void refusesInvalidCitizenAndStoresNothing(BodyCase c) {
    var response = send(consultant().post().uri("/citizens"), c.body().get());

    assertProblem(response, c.status(), c.field());
    assertThat(totalItems("/citizens")).as("citizens stored after a refused create").isZero();
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("invalidParameters")
  void refusesInvalidParameter(ParameterCase c) {
    String citizenId = createCitizen(aCitizen().build());

    var response = consultant().get().uri(c.uri().replace("{citizenId}", citizenId)).exchange();

    assertProblem(response, 400, c.field());
  }

  @ParameterizedTest(name = "company update with {0}")
  @MethodSource("refusedCompanyUpdates")
  void refusedCompanyUpdateLeavesCompanyUnchanged(UpdateCase c) {
    createCompany(validCompany().cvr(OTHER_CVR).name("Anden Virksomhed ApS"));
    CompanyInput original = validCompany().name("Bageriet Valby");
    String id = createCompany(original);
    // One accepted update first, so the company has a version before the current one.
    String current = consultant().put().uri("/companies/{id}", id).header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(original.name("Bageriet Valby ApS"))
        .exchange().expectStatus().isOk().returnResult(Void.class).getResponseHeaders().getETag();

    CompanyInput replacement = validCompany().cvr(original.getCvr()).name("Omdøbt ApS");
    Object body = c.raw() != null ? c.raw().get() : c.change().apply(replacement);
    var request = consultant().put().uri("/companies/{id}", id);
    switch (c.ifMatch()) {
      case CURRENT -> request.header("If-Match", current);
      case STALE -> request.header("If-Match", "\"0\"");
      case NONE -> { }
    }
    assertProblem(send(request, body), c.status(), c.field());

    consultant().get().uri("/companies/{id}", id).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", current)
        .expectBody().jsonPath("$.name").isEqualTo("Bageriet Valby ApS")
        .jsonPath("$.cvr").isEqualTo(original.getCvr());
  }

  @Test
  void unknownCompanyIsNotFoundAsProblem() {
    UUID unknown = UUID.randomUUID();

    assertProblem(consultant().get().uri("/companies/{id}", unknown).exchange(), 404, null);
    assertProblem(send(consultant().put().uri("/companies/{id}", unknown).header("If-Match", "\"0\""), validCompany()), 404, null);
    assertProblem(consultant().delete().uri("/companies/{id}", unknown).exchange(), 404, null);
    assertThat(totalItems("/companies")).isZero();
  }

  @Test
  void unknownCitizenIsNotFoundAsProblem() {
    UUID unknown = UUID.randomUUID();

    assertProblem(consultant().get().uri("/citizens/{id}", unknown).exchange(), 404, null);
    assertProblem(consultant().get().uri("/citizens/{id}/matches", unknown).exchange(), 404, null);
    assertProblem(send(consultant().put().uri("/citizens/{id}", unknown).header("If-Match", "\"0\""), aCitizen().build()), 404, null);
    assertProblem(consultant().delete().uri("/citizens/{id}", unknown).exchange(), 404, null);
    assertThat(totalItems("/citizens")).isZero();
  }

  @Test
  void duplicateCvrIsAConflictOnCvr() {
    CompanyInput first = validCompany().name("Første ApS");
    createCompany(first);

    var response = send(consultant().post().uri("/companies"), validCompany().cvr(first.getCvr()).name("Anden ApS"));

    assertProblem(response, 409, "cvr");
    assertThat(totalItems("/companies")).as("only the first company is stored").isEqualTo(1);
  }

  @Test
  void taskIdOfAnotherCompanysTaskIsAConflictOnCreate() {
    String first = createCompany(validCompany().name("Første ApS"));
    UUID taken = firstTaskId(first);

    var response = send(consultant().post().uri("/companies"),
        aCompany().named("Anden ApS").with(aTask()).with(aTask().titled("Kasse").withId(taken)).build());

    assertProblem(response, 409, "partialTasks[1].taskId");
    assertThat(totalItems("/companies")).as("only the first company is stored").isEqualTo(1);
  }

  @Test
  void taskIdOfAnotherCompanysTaskIsAConflictOnUpdate() {
    UUID taken = firstTaskId(createCompany(validCompany().name("Første ApS")));
    CompanyInput second = validCompany().name("Anden ApS");
    String secondId = createCompany(second);

    var response = send(consultant().put().uri("/companies/{id}", secondId).header("If-Match", "\"0\""),
        second.partialTasks(new ArrayList<>(List.of(aTask().withId(taken).build()))));

    assertProblem(response, 409, "partialTasks[0].taskId");
    consultant().get().uri("/companies/{id}", secondId).exchange().expectHeader().valueEquals("ETag", "\"0\"");
    assertThat(firstTaskId(secondId)).as("the second company keeps its own task").isNotEqualTo(taken);
  }

  @Test
  void oversizedCompanyIsRefusedWith413() {
    String body = jsonWith(validCompany(), "/name", "x".repeat(OVER_LIMIT));

    assertProblem(send(consultant().post().uri("/companies"), body), 413, null);
    assertThat(totalItems("/companies")).isZero();
  }

  @Test
  void oversizedCitizenIsRefusedWith413() {
    String body = jsonWith(aCitizen().build(), "/developmentGoals/0", "x".repeat(OVER_LIMIT));

    assertProblem(send(consultant().post().uri("/citizens"), body), 413, null);
    assertThat(totalItems("/citizens")).isZero();
  }

  @Test
  void plainTextCompanyIsRefusedWith415() {
    var response = consultant().post().uri("/companies").contentType(MediaType.TEXT_PLAIN)
        .bodyValue(json(validCompany())).exchange();

    assertProblem(response, 415, null);
    assertThat(totalItems("/companies")).isZero();
  }

  @Test
  void plainTextCitizenIsRefusedWith415() {
    var response = consultant().post().uri("/citizens").contentType(MediaType.TEXT_PLAIN)
        .bodyValue(json(aCitizen().build())).exchange();

    assertProblem(response, 415, null);
    assertThat(totalItems("/citizens")).isZero();
  }

  @Test
  void companyUpdateWithoutBodyIsRefused() {
    String id = createCompany(validCompany().name("Bageriet Valby"));

    var response = consultant().put().uri("/companies/{id}", id).header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue("").exchange();

    assertProblem(response, 400, "body");
    consultant().get().uri("/companies/{id}", id).exchange()
        .expectHeader().valueEquals("ETag", "\"0\"")
        .expectBody().jsonPath("$.name").isEqualTo("Bageriet Valby");
  }

  @Test
  void staleDeleteLeavesCompanyInPlace() {
    CompanyInput company = validCompany().name("Bageriet Valby");
    String id = createCompany(company);
    send(consultant().put().uri("/companies/{id}", id).header("If-Match", "\"0\""), company.name("Bageriet Valby ApS"))
        .expectStatus().isOk();

    assertProblem(consultant().delete().uri("/companies/{id}", id).header("If-Match", "\"0\"").exchange(), 412, null);
    consultant().get().uri("/companies/{id}", id).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
  }

  @Test
  void citizenUpdateWithoutIfMatchIsRefusedWith428() {
    String id = createCitizen(aCitizen().hours(10, 20).build());

    assertProblem(send(consultant().put().uri("/citizens/{id}", id), aCitizen().hours(15, 20).build()), 428, null);
    assertCitizenUnchanged(id, "\"0\"", 10);
  }

  @Test
  void citizenUpdateWithStaleIfMatchIsRefusedWith412() {
    String id = createCitizen(aCitizen().hours(10, 20).build());
    send(consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"0\""), aCitizen().hours(12, 20).build())
        .expectStatus().isOk();

    assertProblem(send(consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"0\""), aCitizen().hours(15, 20).build()),
        412, null);
    assertCitizenUnchanged(id, "\"1\"", 12);
  }

  @Test
  void invalidCitizenUpdateIsRefusedAndChangesNothing() {
    String id = createCitizen(aCitizen().hours(10, 20).build());

    var response = send(consultant().put().uri("/citizens/{id}", id).header("If-Match", "\"0\""), aCitizen().hours(25, 20).build());

    assertProblem(response, 400, "hoursCapacity.now");
    assertCitizenUnchanged(id, "\"0\"", 10);
  }

  @Test
  void unsupportedMethodIsAProblem() {
    String id = createCompany(validCompany());

    var response = send(consultant().method(HttpMethod.PATCH).uri("/companies/{id}", id), validCompany());

    assertProblem(response, 405, null);
  }

  @Test
  void everyViolationIsListedInErrors() {
    CompanyInput company = companyWithTask(t -> t.capacity(0)).name("");

    JsonNode problem = assertProblem(send(consultant().post().uri("/companies"), company), 400, "name");

    assertThat(fieldsOf(problem)).contains("name", "partialTasks[0].capacity");
  }

  @Test
  void everyViolationIsListedInErrorsAcrossSchemaAndBusinessRules() {
    // An empty name breaks the schema, a bad check digit the CVR rule: the contract asks for every problem.
    CompanyInput company = validCompany().name("").cvr(wrongCheckDigit(nextCvr()));

    JsonNode problem = assertProblem(send(consultant().post().uri("/companies"), company), 400, null);

    assertThat(fieldsOf(problem)).contains("name", "cvr");
    assertThat(totalItems("/companies")).isZero();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private WebTestClient consultant() {
    return as(consultantOf(KOBENHAVN));
  }

  /** Sends {@code body} as application/json: a String as it is (raw JSON), anything else serialised. */
  private static WebTestClient.ResponseSpec send(WebTestClient.RequestBodySpec request, Object body) {
    request.contentType(MediaType.APPLICATION_JSON);
    return (body instanceof String raw ? request.bodyValue(raw) : request.bodyValue(json(body))).exchange();
  }

  /**
   * Asserts a problem response: the status, problem+json, a detail, and when {@code field} is given
   * that {@code field} names it and {@code errors} lists it. Returns the problem for more checks.
   */
  private static JsonNode assertProblem(WebTestClient.ResponseSpec response, int status, String field) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    String what = result.getMethod() + " " + result.getUrl().getPath() + " answered " + result.getStatus() + " " + body;
    assertThat(result.getStatus().value()).as(what).isEqualTo(status);
    assertThat(result.getResponseHeaders().getContentType()).as(what)
        .isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(what + " content type").isTrue());
    JsonNode problem = JSON.readTree(body);
    assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
    assertThat(problem.path("detail").asString("")).as(what + " detail").isNotBlank();
    if (field != null) {
      assertThat(problem.path("field").asString("")).as(what + " field").isEqualTo(field);
      assertThat(fieldsOf(problem)).as(what + " errors").contains(field);
    }
    assertThat(problem.path("type").asString("")).as(what + " type").startsWith("https://");
    assertThat(problem.path("code").asString("")).as(what + " code").isNotBlank();
    problem.path("errors").forEach(error -> assertThat(error.path("code").asString("")).as(what + " errors[].code").isNotBlank());
    return problem;
  }

  private static List<String> fieldsOf(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
    return fields;
  }

  private long totalItems(String list) {
    JsonNode page = JSON.readTree(consultant().get().uri(list).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    return page.path("page").path("totalItems").asLong(-1);
  }

  private String createCompany(CompanyInput company) {
    return send(consultant().post().uri("/companies"), company).expectStatus().isCreated()
        .expectBody(String.class).returnResult().getResponseBody()
        .transform(body -> JSON.readTree(body).path("companyId").asString());
  }

  private UUID firstTaskId(String companyId) {
    String body = consultant().get().uri("/companies/{id}", companyId).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    return UUID.fromString(JSON.readTree(body).path("partialTasks").path(0).path("taskId").asString());
  }

  private String createCitizen(CitizenInput citizen) {
    return send(consultant().post().uri("/citizens"), citizen).expectStatus().isCreated()
        .expectBody(String.class).returnResult().getResponseBody()
        .transform(body -> JSON.readTree(body).path("citizenId").asString());
  }

  private void assertCitizenUnchanged(String id, String etag, int hoursNow) {
    consultant().get().uri("/citizens/{id}", id).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", etag)
        .expectBody().jsonPath("$.hoursCapacity.now").isEqualTo(hoursNow);
  }

  /** A valid company with one valid task. */
  private static CompanyInput validCompany() {
    return aCompany().with(aTask()).build();
  }

  private static CompanyInput companyWithTask(Consumer<PartialTaskInput> change) {
    CompanyInput company = validCompany();
    change.accept(company.getPartialTasks().getFirst());
    return company;
  }

  private static CompanyInput withSecondTask(CompanyInput company, Consumer<PartialTaskInput> change) {
    PartialTaskInput task = aTask().titled("Rengøring af butikken").build();
    change.accept(task);
    company.getPartialTasks().add(task);
    return company;
  }

  private static List<TimeSlot> slot(String from, String to) {
    return new ArrayList<>(List.of(new TimeSlot().day(Weekday.TUE).from(from).to(to)));
  }

  private static CitizenInput citizenNeeding(NeedCode code) {
    return aCitizen().needing(code, Strictness.MUST).build();
  }

  /** The same CVR number with another last digit, which breaks the modulus-11 check. */
  private static String wrongCheckDigit(String cvr) {
    char last = cvr.charAt(7);
    return cvr.substring(0, 7) + (char) ('0' + (last - '0' + 1) % 10);
  }

  private static String truncated(String json) {
    return json.substring(0, json.length() / 2);
  }
}
