package dk.jobmatch.matcher.support;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.HoursEntry;
import dk.jobmatch.api.model.HoursEntryInput;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementEnd;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.api.model.PlacementProposal;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.api.model.WorkAgreement;
import dk.jobmatch.api.model.Weekday;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the placement and figures API tests: the real service with a clock the test sets (today is
 * Tuesday 31 March 2026 unless a test moves it) and one team, {@code nord} = anna, in København.
 * Helpers walk a placement through the API the way a consultant's page or a CRM would.
 */
@Import(FixedClockConfiguration.class)
@TestPropertySource(properties = "matcher.figures.teams.101.nord=anna")
public abstract class PlacementApiTestSupport extends ApiTestSupport {
  protected static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

  @Autowired
  protected MutableClock clock;

  @BeforeEach
  void todayIsTheThirtyFirstOfMarch() {
    clock.setToday(TODAY);
  }

  /** A København consultant (patient with a busy machine, as every client of {@link ApiTestSupport} is). */
  protected WebTestClient consultant() {
    return as(consultantOf(KOBENHAVN));
  }

  protected Company createCompany(CompanyInput company) {
    return consultant().post().uri("/companies").contentType(MediaType.APPLICATION_JSON).bodyValue(company)
        .exchange().expectStatus().isCreated().expectBody(Company.class).returnResult().getResponseBody();
  }

  protected UUID createCitizen(CitizenInput citizen) {
    return consultant().post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(citizen)
        .exchange().expectStatus().isCreated().expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  protected MatchList matches(UUID citizenId) {
    return consultant().get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk().expectBody(MatchList.class).returnResult().getResponseBody();
  }

  protected static PlacementProposal proposal(UUID citizenId, Company company) {
    return new PlacementProposal().citizenId(citizenId).companyId(company.getCompanyId())
        .taskIds(Set.of(company.getPartialTasks().getFirst().getTaskId()));
  }

  protected Placement propose(PlacementProposal proposal) {
    return consultant().post().uri("/placements").contentType(MediaType.APPLICATION_JSON).bodyValue(proposal)
        .exchange().expectStatus().isCreated().expectBody(Placement.class).returnResult().getResponseBody();
  }

  protected static WorkAgreement agreementFor(Placement placement, int internship, int ordinary) {
    return new WorkAgreement().taskIds(new LinkedHashSet<>(placement.getTaskIds()))
        .weeklyInternshipHours(internship).plannedOrdinaryHours(ordinary)
        .days(new LinkedHashSet<>(List.of(Weekday.TUE, Weekday.THU))).reviewDate(TODAY.plusMonths(3))
        .followUpEveryDays(30);
  }

  protected Placement putAgreement(Placement placement, WorkAgreement agreement) {
    return consultant().put().uri("/placements/{id}/work-agreement", placement.getPlacementId())
        .header("If-Match", "\"" + placement.getVersion() + "\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(agreement)
        .exchange().expectStatus().isOk().expectBody(Placement.class).returnResult().getResponseBody();
  }

  protected Placement post(Placement placement, String transition, Object body) {
    WebTestClient.RequestBodySpec request = consultant().post()
        .uri("/placements/{id}/" + transition, placement.getPlacementId());
    // Without a body, no Content-Type either: what `curl -X POST .../agree` sends.
    return (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body))
        .exchange().expectStatus().isOk().expectBody(Placement.class).returnResult().getResponseBody();
  }

  /** Proposed, given a work agreement of {@code internship + ordinary} hours, agreed. */
  protected Placement agreed(UUID citizenId, Company company, int internship, int ordinary) {
    Placement proposed = propose(proposal(citizenId, company));
    return post(putAgreement(proposed, agreementFor(proposed, internship, ordinary)), "agree", null);
  }

  /** Agreed and started on {@code start}, so its ledger starts with the agreement's hours. */
  protected Placement active(UUID citizenId, Company company, LocalDate start, int internship, int ordinary) {
    return post(agreed(citizenId, company, internship, ordinary), "start", new PlacementStart().startDate(start));
  }

  protected Placement ended(Placement placement, LocalDate endDate, PlacementOutcome outcome) {
    return post(placement, "end", new PlacementEnd().endDate(endDate).outcome(outcome));
  }

  protected HoursEntry recordHours(Placement placement, HoursEntryInput entry) {
    return consultant().post().uri("/placements/{id}/hours", placement.getPlacementId())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(entry)
        .exchange().expectStatus().isCreated().expectBody(HoursEntry.class).returnResult().getResponseBody();
  }

  protected static HoursEntryInput hours(LocalDate from, int internship, int ordinary) {
    return new HoursEntryInput().effectiveFrom(from).internshipHours(internship).ordinaryHours(ordinary);
  }

  protected void followUp(Placement placement, LocalDate date) {
    consultant().post().uri("/placements/{id}/follow-ups", placement.getPlacementId())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new FollowUpInput().date(date).participants(Set.of(FollowUpParticipant.CITIZEN,
            FollowUpParticipant.CONTACT_PERSON)).notes("Godt i gang").ordinaryHoursRaised(false))
        .exchange().expectStatus().isCreated();
  }

  protected Placement get(Placement placement) {
    return consultant().get().uri("/placements/{id}", placement.getPlacementId()).exchange()
        .expectStatus().isOk().expectBody(Placement.class).returnResult().getResponseBody();
  }
}
