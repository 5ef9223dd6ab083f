package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.JsonEdits.JSON;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.Contact;
import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactKind;
import dk.jobmatch.api.model.ContactOutcome;
import dk.jobmatch.api.model.ContactPerson;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.NextStepInput;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementAgreement;
import dk.jobmatch.api.model.PlacementEnd;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.api.model.PlacementProposal;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.api.model.PlacementWithdrawal;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.api.model.WishCode;
import dk.jobmatch.matcher.support.Contract;
import dk.jobmatch.matcher.support.Contract.Operation;
import dk.jobmatch.matcher.support.Contract.Parameter;
import dk.jobmatch.matcher.support.HostileRequests;
import dk.jobmatch.matcher.support.HostileRequests.Baseline;
import dk.jobmatch.matcher.support.HostileRequests.Request;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import dk.jobmatch.matcher.support.StoredData;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Property: whatever malformed or hostile request reaches an operation of the contract, the service
 * answers 4xx as {@code application/problem+json} with a {@code type} (the kind of error) and a
 * {@code code} (the situation) on the problem and on each of its field errors, never 5xx, and
 * stores nothing.
 *
 * <p>The operations come from {@code openapi.yaml}, so a new operation is covered without touching
 * this test; each starts from a request the service accepts (sent last, and checked), and
 * {@link HostileRequests} breaks it in one place per try. Runs are repeatable: the seed is fixed
 * and printed, {@code -Dhostile.seed=} changes it, {@code -Dhostile.tries=} the tries per operation
 * with a body (a third of them for one with parameters only).
 * Over real HTTP, against the embedded MongoDB wire server, with today 2026-03-31.
 */
class HostileInputIT extends PlacementApiTestSupport {
  private static final long SEED = Long.getLong("hostile.seed", 20260331L);
  private static final int TRIES = Integer.getInteger("hostile.tries", 36);
  private static final Contract CONTRACT = Contract.load();
  /** No CRM source is configured here: those operations answer 404 to a valid request and are tested at their edge only. */
  private static final String UNCONFIGURED_SOURCE = "no-such-source";
  private static final AtomicInteger SENT = new AtomicInteger();

  @LocalServerPort
  private int port;

  static Stream<Operation> operationsTakingInput() {
    return CONTRACT.operations().stream().filter(Operation::takesInput);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsTakingInput")
  void refusesEveryHostileRequestAs4xxProblemAndStoresNothing(Operation operation) {
    Baseline baseline = new Fixture().baselineFor(operation);
    long seed = SEED ^ operation.id().hashCode();
    HostileRequests hostile = new HostileRequests(operation, baseline, new Random(seed));
    StoredData before = StoredData.of(mongo);
    List<String> failures = new ArrayList<>();

    for (int i = 0; i < triesFor(operation); i++) {
      Request request = hostile.next();
      String problem = whatIsWrong(send(request));
      SENT.incrementAndGet();
      // A GET stores nothing by design; the check after the last try still covers it.
      if (problem == null && request.method() != HttpMethod.GET && !StoredData.of(mongo).equals(before)) {
        problem = "changed what is stored";
      }
      if (problem != null) {
        failures.add("try " + i + ", " + request + "\n    -> " + problem);
        before = StoredData.of(mongo);
      }
    }
    if (!StoredData.of(mongo).equals(before)) {
      failures.add("one of the GETs changed what is stored");
    }

    assertThat(failures).as("%s, seed %d (-Dhostile.seed=%d): requests not refused as they should be",
        operation, seed, SEED).isEmpty();
    assertBaselineAccepted(operation, hostile.baseline());
  }

  /**
   * The unbroken request, sent last (it may change or delete the fixture), is accepted: so each
   * refusal above came from the one thing broken, not from a request that was wrong anyway. Without
   * a configured CRM source, the CRM operations answer a valid request with 404; their breaks are
   * still refused, at the edge of their input.
   */
  private void assertBaselineAccepted(Operation operation, Request valid) {
    if (operation.parameters().stream().anyMatch(p -> p.name().equals("sourceId"))) {
      return;
    }
    EntityExchangeResult<byte[]> result = send(valid);
    assertThat(result.getStatus().is2xxSuccessful()).as("%s answered %s %s", valid, result.getStatus(), text(result))
        .isTrue();
  }

  /** Bodies have many more places to break than parameters. */
  private static int triesFor(Operation operation) {
    return operation.body() != null ? TRIES : Math.max(1, TRIES / 3);
  }

  @Test
  void readsEveryOperationOfTheContract() {
    assertThat(operationsTakingInput().map(Operation::id))
        .as("operations with a body or parameters in openapi.yaml")
        .contains("createCompany", "updateCitizen", "proposePlacement", "recordFollowUp", "getTeamFigures", "pushCrmChanges")
        .hasSizeGreaterThan(25);
  }

  @AfterAll
  static void figures() {
    System.out.printf("HostileInputIT: %d hostile requests over %d operations (seed %d)%n",
        SENT.get(), operationsTakingInput().count(), SEED);
  }

  /** Null when {@code result} is a 4xx problem+json with a type, a detail and codes; else what is wrong with it. */
  private static String whatIsWrong(EntityExchangeResult<byte[]> result) {
    int status = result.getStatus().value();
    String body = text(result);
    if (status < 400 || status >= 500) {
      return "answered " + status + " " + shorten(body);
    }
    MediaType type = result.getResponseHeaders().getContentType();
    if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
      return "answered " + status + " as " + type + ", not problem+json: " + shorten(body);
    }
    JsonNode problem = JSON.readTree(body);
    if (problem.path("type").asString("").isBlank() || problem.path("detail").asString("").isBlank()) {
      return "answered " + status + " without a type or detail: " + shorten(body);
    }
    if (problem.path("code").asString("").isBlank()) {
      return "answered " + status + " without a code: " + shorten(body);
    }
    for (JsonNode error : problem.path("errors")) {
      if (error.path("code").asString("").isBlank()) {
        return "answered " + status + " with a field error without a code: " + shorten(body);
      }
    }
    return null;
  }

  private EntityExchangeResult<byte[]> send(Request request) {
    WebTestClient.RequestBodySpec spec = consultantWithCrmAndAudit().method(request.method())
        .uri(URI.create("http://localhost:" + port + request.pathAndQuery()));
    request.headers().forEach(spec::header);
    if (request.contentType() != null) {
      spec.header("Content-Type", request.contentType());
    }
    WebTestClient.RequestHeadersSpec<?> ready = request.body() == null ? spec : spec.bodyValue(request.body());
    return ready.exchange().expectBody().returnResult();
  }

  private WebTestClient consultantWithCrmAndAudit() {
    List<String> scopes = new ArrayList<>(ALL_SCOPES);
    scopes.add("crm.sync");
    scopes.add("audit.read");
    // The exports' baselines answer with all the suite wrote before this test: the audit log alone
    // holds an entry for every citizen call of every earlier test class, far past the default 256 KB.
    return as(tokens.mint("consultant-" + KOBENHAVN, KOBENHAVN, scopes)).mutate()
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
        .responseTimeout(Duration.ofSeconds(30)).build();
  }

  private static String text(EntityExchangeResult<byte[]> result) {
    return result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  /**
   * The records a valid request names, made when first asked for: a company with one rich task, a
   * citizen, and placements in each status a transition starts from.
   */
  private final class Fixture {
    private final CompanyInput companyInput = richCompany();
    private Company company;
    private UUID citizen;
    private Contact contact;
    private final Map<String, Placement> placements = new LinkedHashMap<>();

    Baseline baselineFor(Operation operation) {
      Map<String, String> path = new LinkedHashMap<>();
      Map<String, String> query = new LinkedHashMap<>();
      Map<String, String> headers = new LinkedHashMap<>();
      String version = null;
      for (Parameter parameter : operation.parameters()) {
        switch (parameter.in() + ":" + parameter.name()) {
          case "path:companyId" -> {
            path.put("companyId", company().getCompanyId().toString());
            version = String.valueOf(company().getVersion());
          }
          case "path:taskId" -> path.put("taskId", company().getPartialTasks().getFirst().getTaskId().toString());
          case "path:citizenId" -> {
            path.put("citizenId", citizen().toString());
            version = "0";
          }
          case "path:placementId" -> {
            Placement placement = placementFor(operation.id());
            path.put("placementId", placement.getPlacementId().toString());
            version = String.valueOf(placement.getVersion());
          }
          case "path:contactId" -> path.put("contactId", contactWithANextStep().getContactId().toString());
          case "path:sourceId" -> path.put("sourceId", UNCONFIGURED_SOURCE);
          case "path:runId" -> path.put("runId", UUID.randomUUID().toString());
          case "query:q" -> query.put("q", "lager");
          case "header:If-Match" -> {
            // Set below, from the version of the record the path names.
          }
          default -> {
            if (parameter.required()) {
              throw new IllegalStateException(operation + " needs a value for " + parameter.name() + " in its fixture");
            }
          }
        }
      }
      String ifMatch = version;
      operation.parameters().stream().filter(p -> p.name().equals("If-Match") && ifMatch != null)
          .forEach(p -> headers.put("If-Match", "\"" + ifMatch + "\""));
      JsonNode body = operation.body() == null ? null : JSON.valueToTree(bodyFor(operation));
      return new Baseline(path, query, headers, body);
    }

    private Object bodyFor(Operation operation) {
      return switch (operation.bodySchema()) {
        case "CompanyInput" -> operation.id().equals("createCompany") ? richCompany() : companyInput.cvr(company().getCvr())
            .partialTasks(new ArrayList<>(List.of(companyInput.getPartialTasks().getFirst()
                .taskId(company().getPartialTasks().getFirst().getTaskId()))));
        case "CitizenInput" -> aCitizen()
            .goal(GoalRank.A, "5223", "Butiksassistent").goal(GoalRank.B, "9334", "Lagerarbejde")
            .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).skills("kasse", "kundeservice")
            .experiencedIn("5223", "Butiksassistent", 3, 2024).educated("Detailhandelsuddannelse", true)
            .developing("prøve kundekontakt").excluding(UUID.randomUUID()).wishing(WishCode.OUTDOOR).inCaseloadOf("anna")
            .build();
        case "PlacementProposal" -> {
          Company at = company();
          UUID free = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());
          var row = matches(free).getMatches().getFirst();
          yield new PlacementProposal().citizenId(free).companyId(at.getCompanyId())
              .taskIds(Set.of(row.getTasks().getFirst().getTaskId())).matchedTasks(row.getTasks())
              .plannedStartDate(TODAY.plusDays(7)).consultant("anna").caseworker("sara").note("Fra matchlisten");
        }
        case "WorkAgreement" -> agreementFor(placementFor(operation.id()), 10, 2).agreedOn(TODAY)
            .contactPerson(new ContactPerson().name("Mette Holm").email("mette@example.dk").phone("+45 12 34 56 78"))
            .note("Starter med lager");
        case "PlacementAgreement" -> new PlacementAgreement().startDate(TODAY);
        case "PlacementStart" -> new PlacementStart().startDate(TODAY);
        case "PlacementEnd" -> new PlacementEnd().outcome(PlacementOutcome.ENDED_WITHOUT_JOB).endDate(TODAY)
            .reason("Helbredet tillod det ikke");
        case "PlacementWithdrawal" -> new PlacementWithdrawal().reason("Virksomheden har ikke plads alligevel");
        case "HoursEntryInput" -> hours(TODAY.minusDays(3), 10, 2).wageSubsidyHours(0).note("10 + 2 efter opfølgning");
        case "FollowUpInput" -> new FollowUpInput().date(TODAY.minusDays(1))
            .participants(new LinkedHashSet<>(List.of(FollowUpParticipant.CITIZEN, FollowUpParticipant.CONTACT_PERSON)))
            .notes("Godt i gang").ordinaryHoursRaised(false);
        case "ContactInput" -> aContact();
        case "CrmPush" -> Map.of("records", List.of(Map.of("name", "Bageriet", "address1_line2", "")));
        default -> throw new IllegalStateException(operation + " takes a " + operation.bodySchema()
            + "; add a valid one to the fixture so its hostile versions start from something the service accepts");
      };
    }

    /** A visit about the company's task and a citizen of the caller's job centre, with a next step. */
    private ContactInput aContact() {
      return new ContactInput().kind(ContactKind.VISIT).at(TODAY.minusDays(1).atTime(10, 0).atOffset(ZoneOffset.UTC))
          .contactPerson("Mette Holm").taskId(company().getPartialTasks().getFirst().getTaskId()).citizenId(citizen())
          .outcome(ContactOutcome.POSITIVE).note("Vil gerne tage en borger i praktik")
          .nextStep(new NextStepInput().text("Send praktikaftale").dueDate(TODAY.plusDays(3)));
    }

    private Contact contactWithANextStep() {
      if (contact == null) {
        contact = consultant().post().uri("/companies/{id}/contacts", company().getCompanyId())
            .contentType(MediaType.APPLICATION_JSON).bodyValue(aContact()).exchange()
            .expectStatus().isCreated().expectBody(Contact.class).returnResult().getResponseBody();
      }
      return contact;
    }

    private Company company() {
      if (company == null) {
        company = createCompany(companyInput);
      }
      return company;
    }

    private UUID citizen() {
      if (citizen == null) {
        citizen = createCitizen(aCitizen().build());
      }
      return citizen;
    }

    /** A placement in the status the operation starts from; active for any other. */
    private Placement placementFor(String operationId) {
      String status = switch (operationId) {
        case "putWorkAgreement", "withdrawPlacement" -> "proposed";
        case "agreePlacement" -> "proposed with an agreement";
        case "startPlacement" -> "agreed";
        default -> "active";
      };
      return placements.computeIfAbsent(status, s -> {
        UUID someone = createCitizen(aCitizen().build());
        return switch (s) {
          case "proposed" -> propose(proposal(someone, company()));
          case "proposed with an agreement" -> {
            Placement proposed = propose(proposal(someone, company()));
            yield putAgreement(proposed, agreementFor(proposed, 10, 2));
          }
          case "agreed" -> agreed(someone, company(), 10, 2);
          default -> active(someone, company(), TODAY.minusDays(30), 10, 0);
        };
      });
    }

    private CompanyInput richCompany() {
      return aCompany().kmNorthOfCentre(1).offering(Accommodation.FLEXIBLE_SCHEDULE)
          .contact("Mette Holm", "mette@example.dk").nextAvailableOn(TODAY.minusDays(10)).monthlyLimit(5)
          .with(aTask().demanding(Demand.PROLONGED_STANDING).offering(Accommodation.BREAKS_ON_DEMAND)
              .skills("kasse", "varemodtagelse").on(Weekday.TUE, "08:00", "14:00").on(Weekday.THU, "08:00", "14:00")
              .capacity(3).inTeamOf(4))
          .build();
    }
  }
}
