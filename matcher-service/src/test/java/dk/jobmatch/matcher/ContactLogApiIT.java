package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.Contact;
import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactKind;
import dk.jobmatch.api.model.ContactOutcome;
import dk.jobmatch.api.model.ContactPage;
import dk.jobmatch.api.model.NextStepInput;
import dk.jobmatch.api.model.NextStepPage;
import dk.jobmatch.api.model.OpenNextStep;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import dk.jobmatch.matcher.support.StoredData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The contact log (kontaktlog) over real HTTP on the embedded MongoDB: recording and paging a
 * company's contacts, next steps done and due, what another job centre sees and may do, refusals
 * that store nothing, scopes, and the latest contact on the company card. Today is 2026-03-31.
 */
class ContactLogApiIT extends PlacementApiTestSupport {
  private static final String ANNA = "anna";
  private Company company;

  @BeforeEach
  void aCompanyWithOneTask() {
    company = createCompany(aCompany().named("Lagerhuset ApS").with(aTask()).build());
  }

  private static ContactInput call(String at) {
    return new ContactInput().kind(ContactKind.CALL).at(OffsetDateTime.parse(at)).outcome(ContactOutcome.NEUTRAL);
  }

  private static ContactInput withNextStep(ContactInput contact, String text, String due) {
    return contact.nextStep(new NextStepInput().text(text).dueDate(LocalDate.parse(due)));
  }

  private WebTestClient.ResponseSpec postContact(WebTestClient client, UUID companyId, Object body) {
    return client.post().uri("/companies/{id}/contacts", companyId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange();
  }

  private Contact recordAs(WebTestClient client, ContactInput contact) {
    return postContact(client, company.getCompanyId(), contact).expectStatus().isCreated()
        .expectHeader().valueEquals("Location", "/companies/" + company.getCompanyId() + "/contacts")
        .expectBody(Contact.class).returnResult().getResponseBody();
  }

  private ContactPage list(WebTestClient client, String query) {
    return client.get().uri("/companies/" + company.getCompanyId() + "/contacts" + query).exchange()
        .expectStatus().isOk().expectBody(ContactPage.class).returnResult().getResponseBody();
  }

  private List<OpenNextStep> nextSteps(WebTestClient client, String query) {
    return client.get().uri("/contacts/next-steps" + query).exchange()
        .expectStatus().isOk().expectBody(NextStepPage.class).returnResult().getResponseBody().getItems();
  }

  private WebTestClient.ResponseSpec markDone(WebTestClient client, Contact contact) {
    return client.post().uri("/companies/{c}/contacts/{k}/next-step/done", contact.getCompanyId(), contact.getContactId())
        .exchange();
  }

  private WebTestClient aarhus() {
    return as(consultantOf(AARHUS));
  }

  private WebTestClient anna() {
    return as(tokens.mint(ANNA, KOBENHAVN, ALL_SCOPES));
  }

  private long storedContacts() {
    return mongo.count(new org.springframework.data.mongodb.core.query.Query(), "contacts").block();
  }

  @Test
  void recordsAContactWithWhoFromTheToken() {
    Contact recorded = recordAs(consultant(), call("2026-03-30T09:15:00+02:00").kind(ContactKind.VISIT)
        .contactPerson("Mette Holm").taskId(company.getPartialTasks().getFirst().getTaskId())
        .outcome(ContactOutcome.POSITIVE).note("Kan tage en borger på lageret tirsdage"));

    assertThat(recorded.getContactId()).isNotNull();
    assertThat(recorded.getRecordedBy()).isEqualTo("consultant-" + KOBENHAVN);
    assertThat(recorded.getJobCentre()).isEqualTo(KOBENHAVN);
    assertThat(recorded.getKind()).isEqualTo(ContactKind.VISIT);
    assertThat(recorded.getAt().toInstant()).isEqualTo(OffsetDateTime.parse("2026-03-30T07:15:00Z").toInstant());
    assertThat(recorded.getContactPerson()).isEqualTo("Mette Holm");
    assertThat(recorded.getTaskId()).isEqualTo(company.getPartialTasks().getFirst().getTaskId());
    assertThat(recorded.getNextStep()).isNull();
  }

  @Test
  void listsContactsNewestFirstInPages() {
    Contact oldest = recordAs(consultant(), call("2026-03-27T10:00:00Z"));
    Contact newest = recordAs(aarhus(), call("2026-03-30T10:00:00Z").kind(ContactKind.EMAIL));
    Contact middle = recordAs(consultant(), call("2026-03-28T10:00:00Z").kind(ContactKind.MEETING));

    ContactPage first = list(consultant(), "?size=2");
    assertThat(first.getItems()).extracting(Contact::getContactId).containsExactly(newest.getContactId(), middle.getContactId());
    assertThat(first.getPage().getTotalItems()).isEqualTo(3);
    assertThat(first.getPage().getTotalPages()).isEqualTo(2);
    assertThat(list(consultant(), "?size=2&page=1").getItems()).extracting(Contact::getContactId)
        .containsExactly(oldest.getContactId());
  }

  @Test
  void showsTheCitizenOnlyToTheJobCentreThatRecordedIt() {
    UUID citizen = createCitizen(aCitizen().build());
    Contact proposal = recordAs(consultant(), call("2026-03-30T10:00:00Z").kind(ContactKind.PROPOSAL).citizenId(citizen));

    assertThat(proposal.getCitizenId()).isEqualTo(citizen);
    assertThat(list(consultant(), "").getItems().getFirst().getCitizenId()).isEqualTo(citizen);
    Contact seenInAarhus = list(aarhus(), "").getItems().getFirst();
    assertThat(seenInAarhus.getContactId()).isEqualTo(proposal.getContactId());
    assertThat(seenInAarhus.getCitizenId()).isNull();
  }

  @Test
  void refusesAnotherJobCentresCitizenExactlyAsAnUnknownOneAndStoresNothing() {
    UUID aarhusCitizen = aarhus().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().build()).exchange().expectStatus().isCreated().expectBody(Citizen.class).returnResult()
        .getResponseBody().getCitizenId();
    UUID nobody = UUID.randomUUID();
    StoredData before = StoredData.of(mongo);

    String detailForTheirs = problemDetail(call("2026-03-30T10:00:00Z").citizenId(aarhusCitizen));
    String detailForNobody = problemDetail(call("2026-03-30T10:00:00Z").citizenId(nobody));

    assertThat(detailForTheirs.replace(aarhusCitizen.toString(), "ID"))
        .isEqualTo(detailForNobody.replace(nobody.toString(), "ID"));
    assertThat(StoredData.of(mongo)).isEqualTo(before);
  }

  /** The whole 404 problem body, which must name the field and say nothing about whose citizen it is. */
  private String problemDetail(ContactInput contact) {
    return new String(postContact(consultant(), company.getCompanyId(), contact).expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo("citizenId").returnResult().getResponseBody(),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void refusesATaskOfAnotherCompanyAndStoresNothing() {
    Company other = createCompany(aCompany().named("Bageriet").with(aTask().titled("Bagning")).build());
    StoredData before = StoredData.of(mongo);

    postContact(consultant(), company.getCompanyId(), call("2026-03-30T10:00:00Z").taskId(other.getPartialTasks().getFirst().getTaskId()))
        .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo("taskId");
    assertThat(StoredData.of(mongo)).isEqualTo(before);
  }

  record Malformed(String name, String body, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Malformed> malformedBodies() {
    String valid = "\"kind\":\"CALL\",\"at\":\"2026-03-30T10:00:00Z\",\"outcome\":\"POSITIVE\"";
    return Stream.of(
        new Malformed("no kind", "{\"at\":\"2026-03-30T10:00:00Z\",\"outcome\":\"POSITIVE\"}", "kind"),
        new Malformed("an unknown kind", "{" + valid.replace("CALL", "LETTER") + "}", "kind"),
        new Malformed("no time", "{\"kind\":\"CALL\",\"outcome\":\"POSITIVE\"}", "at"),
        new Malformed("a time that is no time", "{" + valid.replace("2026-03-30T10:00:00Z", "yesterday") + "}", "at"),
        new Malformed("a time as seconds since 1970", "{" + valid.replace("\"2026-03-30T10:00:00Z\"", "1774864800") + "}", "at"),
        new Malformed("a time in the future", "{" + valid.replace("2026-03-30T10:00:00Z", "2026-04-02T10:00:00Z") + "}", "at"),
        new Malformed("a time before 1990", "{" + valid.replace("2026-03-30T10:00:00Z", "1989-06-01T10:00:00Z") + "}", "at"),
        new Malformed("an unknown outcome", "{" + valid.replace("POSITIVE", "GREAT") + "}", "outcome"),
        new Malformed("a note too long", "{" + valid + ",\"note\":\"" + "x".repeat(2001) + "\"}", "note"),
        new Malformed("a blank contact person", "{" + valid + ",\"contactPerson\":\"   \"}", "contactPerson"),
        new Malformed("a next step without a due date", "{" + valid + ",\"nextStep\":{\"text\":\"Ring igen\"}}",
            "nextStep.dueDate"),
        new Malformed("a next step due before the contact", "{" + valid
            + ",\"nextStep\":{\"text\":\"Ring igen\",\"dueDate\":\"2026-03-29\"}}", "nextStep.dueDate"),
        new Malformed("a citizen id that is no UUID", "{" + valid + ",\"citizenId\":\"12345\"}", "citizenId"),
        new Malformed("who recorded it, chosen by the body", "{" + valid + ",\"recordedBy\":\"someone-else\"}", "recordedBy"),
        new Malformed("not JSON", "{\"kind\":", "body"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void refusesAMalformedBodyNamingTheFieldAndStoresNothing(Malformed c) {
    consultant().post().uri("/companies/{id}/contacts", company.getCompanyId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(c.body()).exchange()
        .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo(c.field()).jsonPath("$.detail").isNotEmpty();
    assertThat(storedContacts()).isZero();
  }

  @Test
  void anUnknownCompanyHasNoContactLog() {
    UUID nowhere = UUID.randomUUID();
    consultant().get().uri("/companies/{id}/contacts", nowhere).exchange().expectStatus().isNotFound();
    postContact(consultant(), nowhere, call("2026-03-30T10:00:00Z")).expectStatus().isNotFound();
    assertThat(storedContacts()).isZero();
  }

  @Test
  void marksANextStepDoneOnceAndItLeavesTheDueList() {
    Contact contact = recordAs(consultant(), withNextStep(call("2026-03-30T10:00:00Z"), "Send praktikaftale", "2026-04-02"));
    assertThat(contact.getNextStep().getDone()).isFalse();
    assertThat(nextSteps(consultant(), "?mine=true")).extracting(OpenNextStep::getContactId).containsExactly(contact.getContactId());

    Contact done = markDone(consultant(), contact).expectStatus().isOk().expectBody(Contact.class).returnResult().getResponseBody();
    assertThat(done.getNextStep().getDone()).isTrue();
    assertThat(done.getNextStep().getDoneBy()).isEqualTo("consultant-" + KOBENHAVN);
    assertThat(done.getNextStep().getDoneAt()).isNotNull();
    assertThat(nextSteps(consultant(), "")).isEmpty();

    Contact again = markDone(anna(), contact).expectStatus().isOk().expectBody(Contact.class).returnResult().getResponseBody();
    assertThat(again.getNextStep().getDoneBy()).as("the first to mark it stays").isEqualTo("consultant-" + KOBENHAVN);
    assertThat(again.getNextStep().getDoneAt()).isEqualTo(done.getNextStep().getDoneAt());
  }

  @Test
  void onlyTheRecordingJobCentreMarksItsNextStepDone() {
    Contact contact = recordAs(consultant(), withNextStep(call("2026-03-30T10:00:00Z"), "Ring igen", "2026-04-02"));
    markDone(aarhus(), contact).expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(nextSteps(consultant(), "")).hasSize(1);
  }

  @Test
  void aContactWithoutANextStepHasNothingToMarkDone() {
    Contact contact = recordAs(consultant(), call("2026-03-30T10:00:00Z"));
    markDone(consultant(), contact).expectStatus().isEqualTo(409);
  }

  @Test
  void aContactOfAnotherCompanyIsNotFoundThere() {
    Contact contact = recordAs(consultant(), withNextStep(call("2026-03-30T10:00:00Z"), "Ring igen", "2026-04-02"));
    Company other = createCompany(aCompany().named("Bageriet").with(aTask()).build());
    consultant().post().uri("/companies/{c}/contacts/{k}/next-step/done", other.getCompanyId(), contact.getContactId())
        .exchange().expectStatus().isNotFound();
    consultant().post().uri("/companies/{c}/contacts/{k}/next-step/done", company.getCompanyId(), UUID.randomUUID())
        .exchange().expectStatus().isNotFound();
    assertThat(nextSteps(consultant(), "")).hasSize(1);
  }

  @Test
  void listsMyNextStepsOrTheJobCentresOldestDueFirst() {
    Company bakery = createCompany(aCompany().named("Bageriet").with(aTask()).build());
    Contact mineLater = recordAs(consultant(), withNextStep(call("2026-03-30T10:00:00Z"), "Besøg lageret", "2026-04-08"));
    Contact mineSooner = postTo(bakery, consultant(),
        withNextStep(call("2026-03-27T10:00:00Z").kind(ContactKind.EMAIL), "Send materiale", "2026-04-01"));
    Contact annas = recordAs(anna(), withNextStep(call("2026-03-29T10:00:00Z"), "Ring til Mette", "2026-04-03"));
    recordAs(aarhus(), withNextStep(call("2026-03-29T10:00:00Z"), "Aarhus' eget", "2026-03-31"));
    recordAs(consultant(), call("2026-03-30T11:00:00Z"));

    List<OpenNextStep> mine = nextSteps(consultant(), "?mine=true");
    assertThat(mine).extracting(OpenNextStep::getContactId).containsExactly(mineSooner.getContactId(), mineLater.getContactId());
    assertThat(mine).extracting(OpenNextStep::getCompanyName).containsExactly("Bageriet", "Lagerhuset ApS");
    assertThat(mine.getFirst().getText()).isEqualTo("Send materiale");
    assertThat(mine.getFirst().getKind()).isEqualTo(ContactKind.EMAIL);

    assertThat(nextSteps(consultant(), "")).extracting(OpenNextStep::getContactId)
        .containsExactly(mineSooner.getContactId(), annas.getContactId(), mineLater.getContactId());
    assertThat(nextSteps(consultant(), "?dueBefore=2026-04-08")).extracting(OpenNextStep::getContactId)
        .containsExactly(mineSooner.getContactId(), annas.getContactId());
    assertThat(nextSteps(anna(), "?mine=true")).extracting(OpenNextStep::getRecordedBy).containsExactly(ANNA);
    assertThat(nextSteps(aarhus(), "")).extracting(OpenNextStep::getText).containsExactly("Aarhus' eget");
  }

  private Contact postTo(Company at, WebTestClient client, ContactInput contact) {
    return postContact(client, at.getCompanyId(), contact).expectStatus().isCreated().expectBody(Contact.class).returnResult()
        .getResponseBody();
  }

  @Test
  void theCompanyShowsItsLatestContactAndKeepsItsVersion() {
    String etag = consultant().get().uri("/companies/{id}", company.getCompanyId()).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.lastContact").doesNotExist()
        .returnResult().getResponseHeaders().getETag();

    recordAs(consultant(), call("2026-03-30T10:00:00Z").kind(ContactKind.MEETING));
    recordAs(aarhus(), call("2026-03-25T10:00:00Z"));

    Company read = consultant().get().uri("/companies/{id}", company.getCompanyId()).exchange()
        .expectStatus().isOk().expectHeader().valueEquals("ETag", etag).expectBody(Company.class).returnResult().getResponseBody();
    assertThat(read.getLastContact().getKind()).isEqualTo(ContactKind.MEETING);
    assertThat(read.getLastContact().getAt().toInstant()).isEqualTo(OffsetDateTime.parse("2026-03-30T10:00:00Z").toInstant());
    assertThat(read.getVersion()).isEqualTo(company.getVersion());
  }

  @Test
  void readsWithCompaniesReadAndWritesOnlyWithCompaniesWrite() {
    Contact contact = recordAs(consultant(), withNextStep(call("2026-03-30T10:00:00Z"), "Ring igen", "2026-04-02"));
    WebTestClient reader = as(tokenWith(KOBENHAVN, "companies.read"));
    list(reader, "");
    nextSteps(reader, "");
    postContact(reader, company.getCompanyId(), call("2026-03-30T11:00:00Z")).expectStatus().isForbidden()
        .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("companies.write"));
    markDone(reader, contact).expectStatus().isForbidden();

    WebTestClient citizensOnly = as(tokenWith(KOBENHAVN, "citizens.read", "citizens.write", "placements.write"));
    citizensOnly.get().uri("/companies/{id}/contacts", company.getCompanyId()).exchange().expectStatus().isForbidden();
    citizensOnly.get().uri("/contacts/next-steps").exchange().expectStatus().isForbidden();
    http.get().uri("/contacts/next-steps").exchange().expectStatus().isUnauthorized();

    assertThat(storedContacts()).isOne();
    assertThat(nextSteps(consultant(), "")).hasSize(1);
  }

  @Test
  void anErasedCitizenIsNoLongerNamedByTheLog() {
    UUID citizen = createCitizen(aCitizen().build());
    recordAs(consultant(), call("2026-03-30T10:00:00Z").kind(ContactKind.PROPOSAL).citizenId(citizen));

    consultant().delete().uri("/citizens/{id}", citizen).exchange().expectStatus().isNoContent();

    Contact kept = list(consultant(), "").getItems().getFirst();
    assertThat(kept.getKind()).isEqualTo(ContactKind.PROPOSAL);
    assertThat(kept.getCitizenId()).isNull();
  }
}
