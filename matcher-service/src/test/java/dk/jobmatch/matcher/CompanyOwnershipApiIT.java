package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.jobmatch.api.model.Availability;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CollaborationStatus;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactKind;
import dk.jobmatch.api.model.ContactOutcome;
import dk.jobmatch.api.model.CrmReference;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.PartialTaskInput;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Company ownership over real HTTP: a company belongs to the job centre of its municipality, or to
 * the CRM source that syncs it. Every job centre reads it and logs contacts with it; only the owner
 * changes or deletes it (403 otherwise, the company unchanged), and a CRM company keeps what its CRM
 * owns.
 */
class CompanyOwnershipApiIT extends ApiTestSupport {

  private WebTestClient kobenhavn() {
    return as(consultantOf(KOBENHAVN));
  }

  private WebTestClient aarhus() {
    return as(consultantOf(AARHUS));
  }

  private Company create(WebTestClient client, CompanyInput company) {
    return client.post().uri("/companies").contentType(MediaType.APPLICATION_JSON).bodyValue(company).exchange()
        .expectStatus().isCreated().expectBody(Company.class).returnResult().getResponseBody();
  }

  private Company read(WebTestClient client, UUID companyId) {
    return client.get().uri("/companies/{id}", companyId).exchange().expectStatus().isOk()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private WebTestClient.ResponseSpec put(WebTestClient client, Company current, Object body) {
    return client.put().uri("/companies/{id}", current.getCompanyId()).header("If-Match", "\"" + current.getVersion() + "\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> problem(WebTestClient.ResponseSpec response, int status) {
    return response.expectStatus().isEqualTo(status)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(Map.class).returnResult().getResponseBody();
  }

  @Test
  void aCompanyBelongsToTheJobCentreOfItsMunicipalityAndSaysWhoMayChangeIt() {
    Company created = create(kobenhavn(), aCompany().in("101").with(aTask()).build());

    Company ours = read(kobenhavn(), created.getCompanyId());
    Company theirs = read(aarhus(), created.getCompanyId());

    assertThat(ours.getOwner().getJobCentre()).isEqualTo(KOBENHAVN);
    assertThat(ours.getOwner().getCrmSource()).isNull();
    assertThat(ours.getEditable()).isTrue();
    assertThat(ours.getReadOnlyFields()).isEmpty();
    assertThat(theirs.getOwner().getJobCentre()).isEqualTo(KOBENHAVN);
    assertThat(theirs.getEditable()).isFalse();
  }

  @Test
  void aConsultantOf751CannotChangeA101Company() {
    CompanyInput input = aCompany().named("Københavnsk Bageri").in("101").with(aTask()).build();
    Company created = create(kobenhavn(), input);

    Map<String, Object> refused = problem(put(aarhus(), created, input.name("Aarhusiansk Bageri")), 403);

    assertThat(refused.get("code")).isEqualTo("company.not-owner");
    assertThat(refused.get("detail")).asString().contains("101");
    assertThat(read(kobenhavn(), created.getCompanyId()).getName()).isEqualTo("Københavnsk Bageri");
    assertThat(read(kobenhavn(), created.getCompanyId()).getVersion()).isEqualTo(created.getVersion());
  }

  @Test
  void aConsultantOf751CannotDeleteA101CompanyButTheOwnerCan() {
    Company created = create(kobenhavn(), aCompany().in("101").with(aTask()).build());

    Map<String, Object> refused = problem(aarhus().delete().uri("/companies/{id}", created.getCompanyId()).exchange(), 403);

    assertThat(refused.get("code")).isEqualTo("company.not-owner");
    read(aarhus(), created.getCompanyId());
    kobenhavn().delete().uri("/companies/{id}", created.getCompanyId()).exchange().expectStatus().isNoContent();
  }

  @Test
  void anotherJobCentreStillReadsTheCompanyAndLogsContactsWithIt() {
    Company created = create(kobenhavn(), aCompany().in("101").with(aTask()).build());

    aarhus().post().uri("/companies/{id}/contacts", created.getCompanyId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new ContactInput().kind(ContactKind.CALL).at(OffsetDateTime.now().minusHours(1)).outcome(ContactOutcome.POSITIVE))
        .exchange().expectStatus().isCreated();

    assertThat(read(aarhus(), created.getCompanyId()).getLastContact().getKind()).isEqualTo(ContactKind.CALL);
  }

  @Test
  void aRefusedJobCentreLearnsNothingFromItsBodyOwnershipIsDecidedFirst() {
    Company created = create(kobenhavn(), aCompany().in("101").with(aTask()).build());

    Map<String, Object> refused = problem(put(aarhus(), created, "{\"cvr\": 12}"), 403);

    assertThat(refused.get("code")).isEqualTo("company.not-owner");
  }

  @Test
  void theOwnerStillGetsA400NamingTheFieldForAMalformedChange() {
    Company created = create(kobenhavn(), aCompany().in("101").with(aTask()).build());

    Map<String, Object> refused = problem(put(kobenhavn(), created, aCompany().in("101").with(aTask().hours(9, 4)).build()), 400);

    assertThat(refused.get("field")).isEqualTo("partialTasks[0].weeklyHoursMin");
  }

  @Test
  void movingACompanyToAnotherMunicipalityHandsItToThatJobCentre() {
    CompanyInput input = aCompany().in("101").with(aTask()).build();
    Company created = create(kobenhavn(), input);

    Company moved = put(kobenhavn(), created, input.municipalityCode("751")).expectStatus().isOk()
        .expectBody(Company.class).returnResult().getResponseBody();

    assertThat(moved.getOwner().getJobCentre()).isEqualTo(AARHUS);
    assertThat(moved.getEditable()).isFalse();
    assertThat(read(aarhus(), created.getCompanyId()).getEditable()).isTrue();
  }

  // ---- a company a CRM source syncs ------------------------------------------------------------------

  /**
   * Stored as the CRM sync stores it, straight into MongoDB; awaited in the index, so the change
   * stream's late word on it cannot land in a later test's empty index.
   */
  private Company synced() {
    UUID id = UUID.randomUUID();
    companyRepository.insert(aCompany().named("CRM Byg A/S").in("101").with(aTask().titled("Oprydning"))
        .asSyncedFrom("kbh-crm", "acc-17", id)).block();
    UUID citizen = kobenhavn().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().build())
        .exchange().expectStatus().isCreated().expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kobenhavn().get()
        .uri("/citizens/{id}/matches", citizen).exchange().expectStatus().isOk().expectBody(MatchList.class)
        .returnResult().getResponseBody().getMatches()).extracting(CompanyMatch::getCompanyId).contains(id));
    return read(kobenhavn(), id);
  }

  /** The company as read, sent back as a PUT body: what the page does. */
  private static CompanyInput asInput(Company c) {
    List<PartialTaskInput> tasks = new ArrayList<>();
    c.getPartialTasks().forEach(t -> tasks.add(new PartialTaskInput().taskId(t.getTaskId()).title(t.getTitle())
        .description(t.getDescription()).occupationCode(t.getOccupationCode()).skills(t.getSkills()).demands(t.getDemands())
        .accommodationsOffered(t.getAccommodationsOffered()).weeklyHoursMin(t.getWeeklyHoursMin())
        .weeklyHoursMax(t.getWeeklyHoursMax()).schedule(t.getSchedule()).eligibleForPaidHours(t.getEligibleForPaidHours())
        .capacity(t.getCapacity()).teamSize(t.getTeamSize())));
    return new CompanyInput().cvr(c.getCvr()).name(c.getName()).address(c.getAddress())
        .municipalityCode(c.getMunicipalityCode()).location(c.getLocation()).industryCode(c.getIndustryCode())
        .sizeBand(c.getSizeBand()).contactPersons(c.getContactPersons()).accommodationsOffered(c.getAccommodationsOffered())
        .openToOrdinaryHours(c.getOpenToOrdinaryHours()).openToOrdinaryHoursNote(c.getOpenToOrdinaryHoursNote())
        .collaborationStatus(c.getCollaborationStatus()).availability(c.getAvailability()).crm(c.getCrm())
        .partialTasks(tasks);
  }

  @Test
  void aCrmCompanyIsOwnedByItsSourceAndListsTheFieldsItsCrmKeeps() {
    Company company = synced();

    assertThat(company.getOwner().getCrmSource()).isEqualTo("kbh-crm");
    assertThat(company.getOwner().getJobCentre()).isNull();
    assertThat(company.getEditable()).isTrue();
    assertThat(company.getReadOnlyFields()).contains("name", "cvr", "partialTasks[].title").doesNotContain("availability");
    assertThat(read(aarhus(), company.getCompanyId()).getEditable()).isFalse();
  }

  @Test
  void theJobCentreOfACrmCompanyChangesWhatConsultantsKeepAndTheCrmReferenceStays() {
    Company company = synced();
    CompanyInput change = asInput(company).crm(null).collaborationStatus(CollaborationStatus.ACTIVE)
        .availability(new Availability().pausedUntil(LocalDate.of(2026, 6, 1)));
    change.getPartialTasks().getFirst().skills(new ArrayList<>(List.of("truckcertifikat")));

    Company changed = put(kobenhavn(), company, change).expectStatus().isOk()
        .expectBody(Company.class).returnResult().getResponseBody();

    assertThat(changed.getCollaborationStatus()).isEqualTo(CollaborationStatus.ACTIVE);
    assertThat(changed.getAvailability().getPausedUntil()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(changed.getPartialTasks().getFirst().getSkills()).containsExactly("truckcertifikat");
    assertThat(changed.getCrm().getSource()).isEqualTo("kbh-crm");
    assertThat(changed.getCrm().getExternalId()).isEqualTo("acc-17");
    assertThat(changed.getOwner().getCrmSource()).isEqualTo("kbh-crm");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aChangeOfAFieldTheCrmOwnsIsRefusedNamingEachField() {
    Company company = synced();
    CompanyInput change = asInput(company).name("Nyt navn A/S");
    change.getPartialTasks().getFirst().title("Ny titel");

    Map<String, Object> refused = problem(put(kobenhavn(), company, change), 403);

    assertThat(refused.get("code")).isEqualTo("company.crm-owned-field");
    assertThat(refused.get("field")).isEqualTo("name");
    assertThat((List<Map<String, Object>>) refused.get("errors")).extracting(e -> e.get("field"))
        .containsExactly("name", "partialTasks[0].title");
    assertThat(read(kobenhavn(), company.getCompanyId()).getName()).isEqualTo("CRM Byg A/S");
  }

  @Test
  void aCrmCompanyGetsNoTasksButTheCrmsOpeningsAndAnotherCrmReferenceIsRefused() {
    Company company = synced();
    CompanyInput added = asInput(company);
    added.getPartialTasks().add(aTask().titled("Ny opgave").build());
    CompanyInput claimed = asInput(company).crm(new CrmReference().source("andet-crm").externalId("x-1"));

    assertThat(problem(put(kobenhavn(), company, added), 403).get("field")).isEqualTo("partialTasks[1].taskId");
    assertThat(problem(put(kobenhavn(), company, claimed), 403).get("field")).isEqualTo("crm");
  }

  @Test
  void aCrmCompanyIsDeletedInItsCrmNotHere() {
    Company company = synced();

    Map<String, Object> refused = problem(kobenhavn().delete().uri("/companies/{id}", company.getCompanyId()).exchange(), 403);

    assertThat(refused.get("code")).isEqualTo("company.owned-by-crm");
    assertThat(refused.get("detail")).asString().contains("kbh-crm");
    read(kobenhavn(), company.getCompanyId());
  }

  @Test
  void anotherJobCentreCannotChangeACrmCompanyEither() {
    Company company = synced();

    assertThat(problem(put(aarhus(), company, asInput(company)), 403).get("code")).isEqualTo("company.not-owner");
  }
}
