package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.CandidateList;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactKind;
import dk.jobmatch.api.model.ContactOutcome;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.HardRule;
import dk.jobmatch.api.model.HeldBack;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NearMiss;
import dk.jobmatch.matcher.support.JsonEdits;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The rolling contact limit (kontaktgrænse) over real HTTP: a company that wants at most 2 new
 * requests a week is held back from match lists, like a paused one and with its reason, once two
 * contacts or proposals (of any job centre) fall within 7 days, and is back on the list the day the
 * older one leaves the period. Today is Tuesday 2026-03-31.
 */
class ContactLimitApiIT extends PlacementApiTestSupport {
  private Company limited;
  private Company control;
  private UUID citizen;

  @BeforeEach
  void aCompanyAskedAtMostTwiceAWeekAndAControl() {
    limited = createCompany(aCompany().named("Spørg sjældent ApS").kmNorthOfCentre(1).contactLimit(2, 7)
        .with(aTask().capacity(5)).build());
    control = createCompany(aCompany().named("Altid åben ApS").kmNorthOfCentre(3).with(aTask()).build());
    citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksmedhjælper").build());
  }

  private static ContactInput contactOn(LocalDate day, ContactKind kind) {
    return new ContactInput().kind(kind).at(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime())
        .outcome(ContactOutcome.NEUTRAL);
  }

  private void record(WebTestClient client, Company company, ContactInput contact) {
    client.post().uri("/companies/{id}/contacts", company.getCompanyId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(contact).exchange().expectStatus().isCreated();
  }

  /** This test's companies on the list, in order (a company another test class left to the change stream is no concern here). */
  private List<UUID> companyIds(MatchList list) {
    List<UUID> ours = List.of(limited.getCompanyId(), control.getCompanyId());
    return list.getMatches().stream().map(CompanyMatch::getCompanyId).filter(ours::contains).toList();
  }

  @Test
  void twoContactsInAWeekHoldTheCompanyBackWithTheReasonUntilTheOlderLeavesThePeriod() {
    record(consultant(), limited, contactOn(TODAY.minusDays(4), ContactKind.CALL));
    assertThat(companyIds(matches(citizen))).containsExactly(limited.getCompanyId(), control.getCompanyId());

    record(as(consultantOf(AARHUS)), limited, contactOn(TODAY, ContactKind.VISIT));

    MatchList held = matches(citizen);
    assertThat(companyIds(held)).containsExactly(control.getCompanyId());
    assertThat(held.getHeldBack()).isEqualTo(new HeldBack().paused(0).monthlyLimitReached(0).contactLimitReached(1));
    assertThat(held.getNearMisses().getCompanies()).filteredOn(m -> m.getCompanyId().equals(limited.getCompanyId()))
        .singleElement().extracting(NearMiss::getKeptOutBy).satisfies(kept -> {
          assertThat(kept.getRule()).isEqualTo(HardRule.CONTACT_LIMIT);
          assertThat(kept.getAvailableFrom()).isEqualTo(TODAY.plusDays(3));
        });

    clock.setToday(TODAY.plusDays(2));
    assertThat(companyIds(matches(citizen))).containsExactly(control.getCompanyId());

    clock.setToday(TODAY.plusDays(3));
    MatchList released = matches(citizen);
    assertThat(companyIds(released)).containsExactly(limited.getCompanyId(), control.getCompanyId());
    assertThat(released.getHeldBack().getContactLimitReached()).isZero();
  }

  @Test
  void aProposalCountsAsARequestAndTheCandidatesSayTheCompanyIsNotAvailable() {
    record(consultant(), limited, contactOn(TODAY.minusDays(1), ContactKind.EMAIL));
    propose(proposal(createCitizen(aCitizen().build()), limited));

    assertThat(companyIds(matches(citizen))).containsExactly(control.getCompanyId());
    CandidateList candidates = consultant().get().uri("/companies/{c}/tasks/{t}/candidates", limited.getCompanyId(),
        limited.getPartialTasks().getFirst().getTaskId()).exchange().expectStatus().isOk()
        .expectBody(CandidateList.class).returnResult().getResponseBody();
    assertThat(candidates.getCompanyAvailable()).isFalse();
  }

  @Test
  void aProposalContactAboutTheCitizenOfAProposedPlacementIsTheSameRequest() {
    UUID proposedCitizen = createCitizen(aCitizen().build());
    propose(proposal(proposedCitizen, limited));

    record(consultant(), limited, contactOn(TODAY, ContactKind.PROPOSAL).citizenId(proposedCitizen));

    assertThat(companyIds(matches(citizen))).containsExactly(limited.getCompanyId(), control.getCompanyId());
  }

  @Test
  void contactsOutsideThePeriodDoNotCount() {
    record(consultant(), limited, contactOn(TODAY.minusDays(7), ContactKind.CALL));
    record(consultant(), limited, contactOn(TODAY.minusDays(30), ContactKind.CALL));
    record(consultant(), limited, contactOn(TODAY, ContactKind.CALL));

    assertThat(companyIds(matches(citizen))).containsExactly(limited.getCompanyId(), control.getCompanyId());
  }

  @Test
  void aCompanyWithoutAContactLimitIsNeverHeldBackByContacts() {
    for (int day = 0; day < 4; day++) {
      record(consultant(), control, contactOn(TODAY.minusDays(day), ContactKind.CALL));
    }

    assertThat(companyIds(matches(citizen))).contains(control.getCompanyId());
    assertThat(matches(citizen).getHeldBack().getContactLimitReached()).isZero();
  }

  @Test
  void theLimitComesBackWithTheCompanyAsRead() {
    Company read = consultant().get().uri("/companies/{id}", limited.getCompanyId()).exchange().expectStatus().isOk()
        .expectBody(Company.class).returnResult().getResponseBody();

    assertThat(read.getAvailability().getContactLimit().getMaxRequests()).isEqualTo(2);
    assertThat(read.getAvailability().getContactLimit().getPeriodDays()).isEqualTo(7);
  }

  @Test
  void aMalformedContactLimitIsA400NamingTheField() {
    Map<String, Object> zero = refused(JsonEdits.json(aCompany().contactLimit(0, 7).with(aTask()).build()));
    Map<String, Object> missing = refused(JsonEdits.json(aCompany().with(aTask()).build())
        .replace("\"partialTasks\"", "\"availability\":{\"contactLimit\":{\"maxRequests\":2}},\"partialTasks\""));
    Map<String, Object> tooLong = refused(JsonEdits.json(aCompany().contactLimit(2, 400).with(aTask()).build()));

    assertThat(zero.get("field")).isEqualTo("availability.contactLimit.maxRequests");
    assertThat(zero.get("code")).isEqualTo("validation.min");
    assertThat(missing.get("field")).isEqualTo("availability.contactLimit.periodDays");
    assertThat(missing.get("code")).isEqualTo("validation.required");
    assertThat(tooLong.get("field")).isEqualTo("availability.contactLimit.periodDays");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> refused(String json) {
    return consultant().post().uri("/companies").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
        .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(Map.class).returnResult().getResponseBody();
  }
}
