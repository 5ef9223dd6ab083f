package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.HoursEntry;
import dk.jobmatch.api.model.HoursLedger;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementEnd;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.api.model.PlacementPage;
import dk.jobmatch.api.model.PlacementProposal;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.api.model.PlacementStatus;
import dk.jobmatch.api.model.PlacementWithdrawal;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Placements through the API: proposed from a match row, every transition and the illegal ones,
 * seats taken and freed in the match list at once, the hours ledger with corrections, follow-ups
 * overdue by the test's clock, and job-centre scoping.
 */
class PlacementApiIT extends PlacementApiTestSupport {

  @Test
  void proposesFromAMatchRowKeepingItsReasons() {
    Company company = createCompany(aCompany().named("Lageret").kmNorthOfCentre(1)
        .with(aTask().titled("Pakning").occupation("9321")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "9321", "Pakkeriarbejder").inCaseloadOf("anna").build());
    CompanyMatch row = matches(citizen).getMatches().getFirst();

    Placement proposed = propose(new PlacementProposal().citizenId(citizen).companyId(row.getCompanyId())
        .taskIds(Set.of(row.getTasks().getFirst().getTaskId())).matchedTasks(row.getTasks()).caseworker("sara"));

    assertThat(proposed.getStatus()).isEqualTo(PlacementStatus.PROPOSED);
    assertThat(proposed.getAllowedTransitions()).containsExactly(PlacementStatus.AGREED, PlacementStatus.WITHDRAWN);
    assertThat(proposed.getConsultant()).isEqualTo("anna");
    assertThat(proposed.getCaseworker()).isEqualTo("sara");
    assertThat(proposed.getCompanyName()).isEqualTo("Lageret");
    assertThat(proposed.getPlannedStartDate()).isEqualTo(TODAY);
    TaskMatch kept = get(proposed).getMatchedTasks().getFirst();
    assertThat(kept.getReasons()).isEqualTo(row.getTasks().getFirst().getReasons());
    assertThat(kept.getScore()).isEqualTo(row.getTasks().getFirst().getScore());
  }

  @Test
  void walksFromProposedToEndedWithTheHistoryOfEveryStep() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    Placement proposed = propose(proposal(citizen, company));

    Placement withAgreement = putAgreement(proposed, agreementFor(proposed, 15, 2));
    assertThat(withAgreement.getWorkAgreement().getWeeklyInternshipHours()).isEqualTo(15);
    Placement agreed = post(withAgreement, "agree", null);
    assertThat(agreed.getStatus()).isEqualTo(PlacementStatus.AGREED);
    Placement active = post(agreed, "start", new PlacementStart().startDate(TODAY.minusDays(7)));
    assertThat(active.getStatus()).isEqualTo(PlacementStatus.ACTIVE);
    assertThat(active.getCurrentHours().getInternshipHours()).isEqualTo(15);
    assertThat(active.getCurrentHours().getOrdinaryHours()).isEqualTo(2);
    Placement ended = post(active, "end", new PlacementEnd().outcome(PlacementOutcome.ORDINARY_JOB));

    assertThat(ended.getStatus()).isEqualTo(PlacementStatus.ENDED);
    assertThat(ended.getEndDate()).isEqualTo(TODAY);
    assertThat(ended.getOutcome()).isEqualTo(PlacementOutcome.ORDINARY_JOB);
    assertThat(ended.getAllowedTransitions()).isEmpty();
    assertThat(ended.getHistory()).extracting(e -> e.getStatus()).containsExactly(PlacementStatus.PROPOSED,
        PlacementStatus.AGREED, PlacementStatus.ACTIVE, PlacementStatus.ENDED);
    assertThat(ended.getHistory()).allSatisfy(e -> assertThat(e.getBy()).isEqualTo("consultant-" + KOBENHAVN));
  }

  @Test
  void aProposalIsWithdrawnWithItsReasonAndAnAgreedPlacementCanEndWithoutStarting() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(2)).build());
    Placement withdrawn = post(propose(proposal(createCitizen(aCitizen().build()), company)), "withdraw",
        new PlacementWithdrawal().reason("Borgeren takkede nej"));
    assertThat(withdrawn.getStatus()).isEqualTo(PlacementStatus.WITHDRAWN);
    assertThat(withdrawn.getWithdrawalReason()).isEqualTo("Borgeren takkede nej");

    Placement ended = post(agreed(createCitizen(aCitizen().build()), company, 10, 0), "end",
        new PlacementEnd().outcome(PlacementOutcome.ENDED_WITHOUT_JOB).reason("Sygemeldt før start"));
    assertThat(ended.getStatus()).isEqualTo(PlacementStatus.ENDED);
    assertThat(ended.getEndReason()).isEqualTo("Sygemeldt før start");
  }

  @Test
  void refusesIllegalTransitionsWithAProblemNamingTheStatus() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(5)).build());
    Placement proposed = propose(proposal(createCitizen(aCitizen().build()), company));
    illegal(proposed, "start", "{}", "Cannot start a placement that is PROPOSED");
    illegal(proposed, "end", "{\"outcome\":\"EDUCATION\"}", "Cannot end a placement that is PROPOSED");
    illegal(proposed, "agree", "{}", "without a work agreement");
    illegal(proposed, "hours", "{\"effectiveFrom\":\"2026-03-30\",\"internshipHours\":10,\"ordinaryHours\":0}",
        "hours are recorded once it is ACTIVE");

    Placement agreed = agreed(createCitizen(aCitizen().build()), company, 10, 0);
    illegal(agreed, "agree", "{}", "Cannot agree a placement that is AGREED");
    illegal(agreed, "withdraw", "{\"reason\":\"nej\"}", "Cannot withdraw a placement that is AGREED");
    illegal(agreed, "follow-ups", "{\"date\":\"2026-03-30\",\"participants\":[\"CITIZEN\"],\"ordinaryHoursRaised\":false}",
        "follow-ups start once it is ACTIVE");

    Placement ended = ended(active(createCitizen(aCitizen().build()), company, TODAY.minusDays(3), 10, 0), TODAY,
        PlacementOutcome.EDUCATION);
    illegal(ended, "start", "{}", "Cannot start a placement that is ENDED; nothing may follow it");
    illegal(ended, "end", "{\"outcome\":\"EDUCATION\"}", "Cannot end a placement that is ENDED");
    consultant().put().uri("/placements/{id}/work-agreement", ended.getPlacementId())
        .header("If-Match", "\"" + ended.getVersion() + "\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(agreementFor(ended, 10, 0)).exchange()
        .expectStatus().isEqualTo(409);

    Placement withdrawn = post(propose(proposal(createCitizen(aCitizen().build()), company)), "withdraw",
        new PlacementWithdrawal().reason("nej"));
    illegal(withdrawn, "agree", "{}", "Cannot agree a placement that is WITHDRAWN");
    assertThat(get(withdrawn).getStatus()).isEqualTo(PlacementStatus.WITHDRAWN);
  }

  @Test
  void agreeingTakesTheSeatInTheMatchListAtOnceAndEndingFreesIt() {
    Company company = createCompany(aCompany().named("Én plads").kmNorthOfCentre(1)
        .with(aTask().titled("Eneste plads").capacity(1)).build());
    UUID task = company.getPartialTasks().getFirst().getTaskId();
    UUID placed = createCitizen(aCitizen().build());
    UUID other = createCitizen(aCitizen().build());
    assertThat(taskIds(other)).contains(task);

    Placement proposed = propose(proposal(placed, company));
    assertThat(taskIds(other)).as("a proposal takes no seat").contains(task);

    Placement agreed = post(putAgreement(proposed, agreementFor(proposed, 10, 0)), "agree", null);
    assertThat(taskIds(other)).as("agreed: the only seat is taken").doesNotContain(task);

    Placement active = post(agreed, "start", new PlacementStart().startDate(TODAY));
    assertThat(taskIds(other)).doesNotContain(task);

    ended(active, TODAY, PlacementOutcome.FLEX_JOB);
    assertThat(taskIds(other)).as("ended: the seat is free again").contains(task);
  }

  @Test
  void refusesToAgreeWhenTheTaskHasNoFreeSeat() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().titled("Eneste plads").capacity(1)).build());
    agreed(createCitizen(aCitizen().build()), company, 10, 0);
    Placement second = propose(proposal(createCitizen(aCitizen().build()), company));
    second = putAgreement(second, agreementFor(second, 10, 0));

    illegal(second, "agree", "{}", "\"Eneste plads\" has no free seat");
    assertThat(get(second).getStatus()).isEqualTo(PlacementStatus.PROPOSED);
  }

  @Test
  void aWorkAgreementThatMovesAnAgreedPlacementToAFullTaskIsRefused() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1)
        .with(aTask().titled("Fuld").capacity(1)).with(aTask().titled("Ledig").capacity(1)).build());
    UUID full = company.getPartialTasks().getFirst().getTaskId();
    UUID free = company.getPartialTasks().getLast().getTaskId();
    agreed(createCitizen(aCitizen().build()), company, 10, 0);
    Placement mine = propose(proposal(createCitizen(aCitizen().build()), company).taskIds(Set.of(free)));
    mine = post(putAgreement(mine, agreementFor(mine, 10, 0)), "agree", null);

    consultant().put().uri("/placements/{id}/work-agreement", mine.getPlacementId())
        .header("If-Match", "\"" + mine.getVersion() + "\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(agreementFor(mine, 10, 0).taskIds(new LinkedHashSet<>(List.of(full)))).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("\"Fuld\" has no free seat"));
    assertThat(get(mine).getTaskIds()).containsExactly(free);
  }

  @Test
  void derivesCurrentHoursFromTheLedgerIncludingABackDatedCorrection() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask()).build());
    Placement active = active(createCitizen(aCitizen().build()), company, LocalDate.of(2026, 1, 5), 15, 2);
    HoursEntry raise = recordHours(active, hours(LocalDate.of(2026, 3, 2), 14, 5).note("14 + 5 efter opfølgning"));
    assertThat(get(active).getCurrentHours().getOrdinaryHours()).isEqualTo(5);

    // The raise really took effect a week earlier: a correction, not an edit.
    HoursEntry correction = recordHours(active, hours(LocalDate.of(2026, 2, 23), 14, 5).corrects(raise.getEntryId()));

    HoursLedger onFeb25 = ledger(active, LocalDate.of(2026, 2, 25));
    assertThat(onFeb25.getCurrent().getOrdinaryHours()).isEqualTo(5);
    assertThat(onFeb25.getCurrent().getEntryId()).isEqualTo(correction.getEntryId());
    assertThat(onFeb25.getEntries()).hasSize(3);
    assertThat(onFeb25.getEntries().get(1).getCounts()).isFalse();
    assertThat(onFeb25.getEntries().get(1).getCorrectedBy()).isEqualTo(correction.getEntryId());
    assertThat(ledger(active, LocalDate.of(2026, 2, 22)).getCurrent().getOrdinaryHours()).isEqualTo(2);
    Placement now = get(active);
    assertThat(now.getCurrentHours().getOrdinaryHours()).isEqualTo(5);
    assertThat(now.getCurrentHours().getEffectiveFrom()).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(now.getHoursEntries()).isEqualTo(3);
  }

  @Test
  void refusesToCorrectAnEntryTwice() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask()).build());
    Placement active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 15, 2);
    HoursEntry raise = recordHours(active, hours(TODAY.minusDays(7), 14, 5));
    recordHours(active, hours(TODAY.minusDays(7), 14, 4).corrects(raise.getEntryId()));

    illegal(active, "hours", "{\"effectiveFrom\":\"" + TODAY.minusDays(7) + "\",\"internshipHours\":14,"
        + "\"ordinaryHours\":3,\"corrects\":\"" + raise.getEntryId() + "\"}", "is corrected already");
    assertThat(get(active).getCurrentHours().getOrdinaryHours()).isEqualTo(4);
  }

  @Test
  void aFollowUpBecomesOverdueTheDayAfterItIsDueByTheServicesClock() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask()).build());
    Placement active = active(createCitizen(aCitizen().build()), company, TODAY.minusDays(30), 10, 0);
    Placement onTheDueDay = get(active);
    assertThat(onTheDueDay.getNextFollowUpDue()).isEqualTo(TODAY);
    assertThat(onTheDueDay.getFollowUpOverdue()).isFalse();

    clock.advance(Duration.ofDays(1));

    assertThat(get(active).getFollowUpOverdue()).isTrue();
    assertThat(listed("overdue=true")).containsExactly(active.getPlacementId());
    assertThat(listed("overdue=false")).isEmpty();

    followUp(active, clock.today());
    Placement followedUp = get(active);
    assertThat(followedUp.getFollowUpOverdue()).isFalse();
    assertThat(followedUp.getLastFollowUp()).isEqualTo(clock.today());
    assertThat(followedUp.getNextFollowUpDue()).isEqualTo(clock.today().plusDays(30));
  }

  @Test
  void listsTheJobCentresPlacementsNewestFirstFilteredAndPaged() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(5)).build());
    Placement first = propose(proposal(createCitizen(aCitizen().build()), company));
    clock.advance(Duration.ofMinutes(1));
    Placement second = agreed(createCitizen(aCitizen().build()), company, 10, 0);
    clock.advance(Duration.ofMinutes(1));
    Placement third = propose(proposal(createCitizen(aCitizen().build()), company).consultant("bo"));

    assertThat(listed("")).containsExactly(third.getPlacementId(), second.getPlacementId(), first.getPlacementId());
    assertThat(listed("status=PROPOSED")).containsExactly(third.getPlacementId(), first.getPlacementId());
    assertThat(listed("consultant=bo")).containsExactly(third.getPlacementId());
    assertThat(listed("citizenId=" + second.getCitizenId())).containsExactly(second.getPlacementId());
    PlacementPage page = consultant().get().uri("/placements?page=1&size=2").exchange().expectStatus().isOk()
        .expectBody(PlacementPage.class).returnResult().getResponseBody();
    assertThat(page.getItems()).extracting(Placement::getPlacementId).containsExactly(first.getPlacementId());
    assertThat(page.getPage().getTotalItems()).isEqualTo(3);
    assertThat(page.getPage().getTotalPages()).isEqualTo(2);
  }

  @Test
  void anotherJobCentreCannotSeeOrChangeAPlacement() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask()).build());
    Placement placement = propose(proposal(createCitizen(aCitizen().build()), company));
    var aarhus = as(consultantOf(AARHUS));

    for (String path : List.of("", "/hours", "/follow-ups")) {
      aarhus.get().uri("/placements/{id}" + path, placement.getPlacementId()).exchange()
          .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    aarhus.post().uri("/placements/{id}/withdraw", placement.getPlacementId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new PlacementWithdrawal().reason("nej")).exchange().expectStatus().isNotFound();
    aarhus.get().uri("/placements").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    // Nor propose one for a citizen of København.
    aarhus.post().uri("/placements").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(proposal(placement.getCitizenId(), company)).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("citizenId");
    assertThat(get(placement).getStatus()).isEqualTo(PlacementStatus.PROPOSED);
  }

  @Test
  void erasingACitizenErasesTheirPlacementsAndFreesTheirSeats() {
    Company company = createCompany(aCompany().named("Én plads").kmNorthOfCentre(1)
        .with(aTask().titled("Eneste plads").capacity(1)).build());
    UUID task = company.getPartialTasks().getFirst().getTaskId();
    UUID erased = createCitizen(aCitizen().build());
    UUID other = createCitizen(aCitizen().build());
    Placement placement = active(erased, company, TODAY.minusDays(10), 10, 0);
    Placement kept = propose(proposal(other, company));
    assertThat(taskIds(other)).doesNotContain(task);

    consultant().delete().uri("/citizens/{id}", erased).exchange().expectStatus().isNoContent();

    consultant().get().uri("/placements/{id}", placement.getPlacementId()).exchange().expectStatus().isNotFound();
    assertThat(listed("")).containsExactly(kept.getPlacementId());
    assertThat(taskIds(other)).as("the erased citizen's seat is free").contains(task);
  }

  @Test
  void needsThePlacementScopes() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask()).build());
    Placement placement = propose(proposal(createCitizen(aCitizen().build()), company));

    as(tokenWith(KOBENHAVN, "citizens.read", "citizens.write", "matches.read")).get().uri("/placements")
        .exchange().expectStatus().isForbidden();
    var reader = as(tokenWith(KOBENHAVN, "placements.read"));
    reader.get().uri("/placements/{id}", placement.getPlacementId()).exchange().expectStatus().isOk();
    reader.get().uri("/figures").exchange().expectStatus().isOk();
    reader.post().uri("/placements/{id}/withdraw", placement.getPlacementId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new PlacementWithdrawal().reason("nej")).exchange().expectStatus().isForbidden();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private void illegal(Placement placement, String path, String body, String detail) {
    consultant().post().uri("/placements/{id}/" + path, placement.getPlacementId())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isEqualTo(409)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("https://jobmatch.dk/problems/illegal-transition")
        .jsonPath("$.detail").value(d -> assertThat((String) d).contains(detail));
  }

  private HoursLedger ledger(Placement placement, LocalDate asOf) {
    return consultant().get().uri("/placements/{id}/hours?asOf={d}", placement.getPlacementId(), asOf).exchange()
        .expectStatus().isOk().expectBody(HoursLedger.class).returnResult().getResponseBody();
  }

  private List<UUID> listed(String query) {
    return consultant().get().uri("/placements?" + query).exchange().expectStatus().isOk()
        .expectBody(PlacementPage.class).returnResult().getResponseBody()
        .getItems().stream().map(Placement::getPlacementId).toList();
  }

  private List<UUID> taskIds(UUID citizen) {
    return matches(citizen).getMatches().stream().flatMap(m -> m.getTasks().stream()).map(TaskMatch::getTaskId).toList();
  }
}
