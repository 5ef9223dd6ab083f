package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Malformed and invalid placement requests: each is refused as {@code application/problem+json}
 * with the status the contract names and the offending field, and changes nothing. Bodies are raw
 * JSON so each case reads as what an integrator sent; {@code $company}, {@code $task},
 * {@code $citizen} and {@code $entry} are filled in from the data each test starts with (today is
 * 2026-03-31; the active placement started 2026-03-01).
 */
class PlacementBadRequestIT extends PlacementApiTestSupport {
  private Company company;
  private UUID citizen;
  private Placement proposed;
  private Placement active;

  record Case(String name, HttpMethod method, String path, String body, int status, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case propose(String name, String body, String field) {
    return new Case(name, HttpMethod.POST, "/placements", body, 400, field);
  }

  private static Case onActive(String name, String path, String body, String field) {
    return new Case(name, HttpMethod.POST, "/placements/$active" + path, body, 400, field);
  }

  private static final String AGREEMENT = "\"taskIds\":[\"$task\"],\"weeklyInternshipHours\":10,\"plannedOrdinaryHours\":2,"
      + "\"days\":[\"TUE\"],\"reviewDate\":\"2026-06-01\"";

  static Stream<Case> cases() {
    return Stream.of(
        propose("no body at all", "", "body"),
        propose("not JSON", "{\"citizenId\":", "body"),
        propose("missing taskIds", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\"}", "taskIds"),
        propose("empty taskIds", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\",\"taskIds\":[]}", "taskIds"),
        propose("citizenId not a UUID", "{\"citizenId\":\"12345\",\"companyId\":\"$company\",\"taskIds\":[\"$task\"]}",
            "citizenId"),
        propose("unknown citizen", "{\"citizenId\":\"" + UUID.randomUUID() + "\",\"companyId\":\"$company\","
            + "\"taskIds\":[\"$task\"]}", "citizenId"),
        propose("unknown company", "{\"citizenId\":\"$citizen\",\"companyId\":\"" + UUID.randomUUID() + "\","
            + "\"taskIds\":[\"$task\"]}", "companyId"),
        propose("a task of no such company", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\",\"taskIds\":[\""
            + UUID.randomUUID() + "\"]}", "taskIds[0]"),
        propose("an unknown property", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\",\"taskIds\":[\"$task\"],"
            + "\"cpr\":\"0101901234\"}", "cpr"),
        propose("a start date that is not a date", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\","
            + "\"taskIds\":[\"$task\"],\"plannedStartDate\":\"next monday\"}", "plannedStartDate"),
        propose("a start date years ahead", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\","
            + "\"taskIds\":[\"$task\"],\"plannedStartDate\":\"2030-01-01\"}", "plannedStartDate"),
        propose("a consultant with spaces", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\","
            + "\"taskIds\":[\"$task\"],\"consultant\":\"Anna Jensen\"}", "consultant"),
        propose("match reasons for a task not proposed", "{\"citizenId\":\"$citizen\",\"companyId\":\"$company\","
            + "\"taskIds\":[\"$task\"],\"matchedTasks\":[{\"taskId\":\"" + UUID.randomUUID() + "\",\"title\":\"x\","
            + "\"occupationCode\":\"9321\",\"weeklyHoursMin\":1,\"weeklyHoursMax\":2,\"score\":1,"
            + "\"scoreBreakdown\":{\"goals\":0,\"experience\":0,\"skills\":0,\"developmentGoals\":0,\"wishes\":0,\"hoursFit\":0,"
            + "\"distance\":0,\"preferNeeds\":0,\"ordinaryHours\":0,\"paidHoursRecord\":0},"
            + "\"reasons\":{\"goals\":[],\"matchedSkills\":[],\"matchedDevelopmentGoals\":[],\"needs\":[],"
            + "\"softConflicts\":[],\"hours\":{\"taskMin\":1,\"taskMax\":2,\"citizenNow\":5,\"citizenTarget\":10},"
            + "\"distanceKm\":1,\"paidHoursPotential\":false}}]}", "matchedTasks[0].taskId"),
        onActive("negative hours", "/hours", "{\"effectiveFrom\":\"2026-03-10\",\"internshipHours\":-1,\"ordinaryHours\":2}",
            "internshipHours"),
        onActive("more than 37 ordinary hours", "/hours",
            "{\"effectiveFrom\":\"2026-03-10\",\"internshipHours\":0,\"ordinaryHours\":38}", "ordinaryHours"),
        onActive("hours as text", "/hours", "{\"effectiveFrom\":\"2026-03-10\",\"internshipHours\":\"ti\",\"ordinaryHours\":2}",
            "internshipHours"),
        onActive("hours before the start", "/hours",
            "{\"effectiveFrom\":\"2026-02-01\",\"internshipHours\":10,\"ordinaryHours\":2}", "effectiveFrom"),
        onActive("hours two years ahead", "/hours",
            "{\"effectiveFrom\":\"2028-03-01\",\"internshipHours\":10,\"ordinaryHours\":2}", "effectiveFrom"),
        onActive("hours without a date", "/hours", "{\"internshipHours\":10,\"ordinaryHours\":2}", "effectiveFrom"),
        onActive("a correction of no entry", "/hours", "{\"effectiveFrom\":\"2026-03-10\",\"internshipHours\":10,"
            + "\"ordinaryHours\":2,\"corrects\":\"" + UUID.randomUUID() + "\"}", "corrects"),
        onActive("a follow-up in the future", "/follow-ups",
            "{\"date\":\"2026-04-02\",\"participants\":[\"CITIZEN\"],\"ordinaryHoursRaised\":false}", "date"),
        onActive("a follow-up before the start", "/follow-ups",
            "{\"date\":\"2026-02-02\",\"participants\":[\"CITIZEN\"],\"ordinaryHoursRaised\":false}", "date"),
        onActive("a follow-up with nobody", "/follow-ups",
            "{\"date\":\"2026-03-30\",\"participants\":[],\"ordinaryHoursRaised\":false}", "participants"),
        onActive("a follow-up with an unknown participant", "/follow-ups",
            "{\"date\":\"2026-03-30\",\"participants\":[\"BOSS\"],\"ordinaryHoursRaised\":false}", "participants[0]"),
        onActive("a follow-up without saying whether hours were raised", "/follow-ups",
            "{\"date\":\"2026-03-30\",\"participants\":[\"CITIZEN\"]}", "ordinaryHoursRaised"),
        onActive("ended without a job and no reason", "/end", "{\"outcome\":\"ENDED_WITHOUT_JOB\"}", "reason"),
        onActive("ended with an unknown outcome", "/end", "{\"outcome\":\"RETIRED\"}", "outcome"),
        onActive("ended tomorrow", "/end", "{\"outcome\":\"EDUCATION\",\"endDate\":\"2026-04-01\"}", "endDate"),
        onActive("ended before it started", "/end", "{\"outcome\":\"EDUCATION\",\"endDate\":\"2026-02-27\"}", "endDate"),
        new Case("a work agreement followed up less than monthly", HttpMethod.PUT, "/placements/$proposed/work-agreement",
            "{" + AGREEMENT + ",\"followUpEveryDays\":60}", 400, "followUpEveryDays"),
        new Case("a work agreement without days", HttpMethod.PUT, "/placements/$proposed/work-agreement",
            "{\"taskIds\":[\"$task\"],\"weeklyInternshipHours\":10,\"plannedOrdinaryHours\":2,\"reviewDate\":\"2026-06-01\"}",
            400, "days"),
        new Case("a work agreement with another company's task", HttpMethod.PUT, "/placements/$proposed/work-agreement",
            "{" + AGREEMENT.replace("$task", UUID.randomUUID().toString()) + "}", 400, "taskIds[0]"),
        new Case("a placement id that is not a UUID", HttpMethod.GET, "/placements/42", null, 400, "placementId"),
        new Case("a page below zero", HttpMethod.GET, "/placements?page=-1", null, 400, "page"),
        new Case("an unknown status", HttpMethod.GET, "/placements?status=DONE", null, 400, "status"),
        new Case("a ledger date that is no date", HttpMethod.GET, "/placements/$active/hours?asOf=yesterday", null, 400,
            "asOf"),
        new Case("an unknown placement", HttpMethod.GET, "/placements/" + UUID.randomUUID(), null, 404, null));
  }

  @BeforeEach
  void aCompanyACitizenAndTwoPlacements() {
    company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(3)).build());
    citizen = createCitizen(aCitizen().build());
    proposed = propose(proposal(citizen, company));
    active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 10, 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithTheFieldAtFaultAndChangesNothing(Case c) {
    String path = fill(c.path());
    var request = consultant().method(c.method()).uri(path);
    if (c.method() == HttpMethod.PUT) {
      request = request.header("If-Match", "\"" + proposed.getVersion() + "\"");
    }
    var sent = c.body() == null ? request.exchange()
        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(fill(c.body())).exchange();

    var body = sent.expectStatus().isEqualTo(c.status())
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").isNotEmpty()
        .jsonPath("$.code").isNotEmpty();
    if (c.field() != null) {
      body.jsonPath("$.field").isEqualTo(c.field());
    }
    assertThat(get(active).getVersion()).isEqualTo(active.getVersion());
    assertThat(get(proposed).getVersion()).isEqualTo(proposed.getVersion());
    consultant().get().uri("/placements").exchange().expectBody().jsonPath("$.page.totalItems").isEqualTo(2);
  }

  @org.junit.jupiter.api.Test
  void aWorkAgreementWithoutIfMatchIsRefusedWith428AndAStaleOneWith412() {
    String body = fill("{" + AGREEMENT + "}");
    consultant().put().uri("/placements/{id}/work-agreement", proposed.getPlacementId())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isEqualTo(428).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    consultant().put().uri("/placements/{id}/work-agreement", proposed.getPlacementId()).header("If-Match", "\"99\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isEqualTo(412).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    consultant().post().uri("/placements/{id}/withdraw", proposed.getPlacementId()).header("If-Match", "\"99\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"nej\"}").exchange()
        .expectStatus().isEqualTo(412);
    assertThat(get(proposed).getWorkAgreement()).isNull();
  }

  private String fill(String text) {
    String filled = text;
    for (Map.Entry<String, String> v : Map.of(
        "$company", company.getCompanyId().toString(),
        "$task", company.getPartialTasks().getFirst().getTaskId().toString(),
        "$citizen", citizen.toString(),
        "$proposed", proposed.getPlacementId().toString(),
        "$active", active.getPlacementId().toString()).entrySet()) {
      filled = filled.replace(v.getKey(), v.getValue());
    }
    return filled;
  }
}
