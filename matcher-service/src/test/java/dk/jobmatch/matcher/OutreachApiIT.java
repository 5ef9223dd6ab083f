package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactKind;
import dk.jobmatch.api.model.ContactOutcome;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.OutreachCompany;
import dk.jobmatch.api.model.OutreachList;
import dk.jobmatch.api.model.OutreachOccupation;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The outreach list over real HTTP: København's companies with tasks its citizens want, contacted
 * long ago or never, ranked by how many citizens they could serve. Today is 2026-03-31.
 */
class OutreachApiIT extends PlacementApiTestSupport {
  private Company shopAndCleaning;
  private Company cleaning;
  private Company recentShop;

  @BeforeEach
  void aMarketWithContactsRecentAndOld() {
    shopAndCleaning = createCompany(aCompany().named("Butik og Rengøring ApS")
        .with(aTask().occupation("5223")).with(aTask().titled("Rengøring").occupation("9112")).build());
    cleaning = createCompany(aCompany().named("Rent Hus ApS").with(aTask().titled("Rengøring").occupation("9112")).build());
    recentShop = createCompany(aCompany().named("Nylig Butik ApS").with(aTask().occupation("5223")).build());
    createCompany(aCompany().named("Kontoret ApS").with(aTask().titled("Kontorarbejde").occupation("4110")).build());
    createCompany(aCompany().named("Uden Opgaver ApS").build());
    as(consultantOf(AARHUS)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().named("Aarhus Butik ApS").in("751").at(56.16, 10.20).with(aTask().occupation("5223")).build())
        .exchange().expectStatus().isCreated();

    createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksmedhjælper").build());
    createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksmedhjælper").goal(GoalRank.B, "9112", "Rengøring").build());
    createCitizen(aCitizen().goal(GoalRank.A, "9112", "Rengøringsassistent").build());
    createCitizen(aCitizen().goal(GoalRank.A, "2512", "Softwareudvikler").build());
    as(consultantOf(AARHUS)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().goal(GoalRank.A, "4110", "Kontorassistent").build()).exchange().expectStatus().isCreated();

    record(as(consultantOf(AARHUS)), cleaning, TODAY.minusMonths(8));
    record(consultant(), recentShop, TODAY.minusMonths(2));
  }

  private void record(WebTestClient client, Company company, LocalDate day) {
    client.post().uri("/companies/{id}/contacts", company.getCompanyId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new ContactInput().kind(ContactKind.VISIT).outcome(ContactOutcome.NEUTRAL)
            .at(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime()))
        .exchange().expectStatus().isCreated();
  }

  private OutreachList outreach(String uri) {
    return consultant().get().uri(uri).exchange().expectStatus().isOk().expectBody(OutreachList.class).returnResult()
        .getResponseBody();
  }

  @Test
  void ranksTheCompaniesNotContactedForMonthsByTheCitizensTheyCouldServe() {
    OutreachList list = outreach("/outreach?notContactedForMonths=6");

    assertThat(list.getJobCentre()).isEqualTo(KOBENHAVN);
    assertThat(list.getNotContactedSince()).isEqualTo(TODAY.minusMonths(6));
    assertThat(list.getTotal()).isEqualTo(2);
    assertThat(list.getCompanies()).extracting(OutreachCompany::getCompanyId)
        .containsExactly(shopAndCleaning.getCompanyId(), cleaning.getCompanyId());
    OutreachCompany best = list.getCompanies().getFirst();
    assertThat(best.getCitizens()).isEqualTo(3);
    assertThat(best.getOccupations()).containsExactly(new OutreachOccupation().occupationCode("5223").citizens(2),
        new OutreachOccupation().occupationCode("9112").citizens(2));
    assertThat(best.getLastContact()).isNull();
    OutreachCompany contactedLongAgo = list.getCompanies().get(1);
    assertThat(contactedLongAgo.getCitizens()).isEqualTo(2);
    assertThat(contactedLongAgo.getLastContact().getKind()).isEqualTo(ContactKind.VISIT);
    assertThat(contactedLongAgo.getLastContact().getAt().toLocalDate()).isEqualTo(TODAY.minusMonths(8));
  }

  @Test
  void aShorterPeriodBringsBackTheCompanyContactedRecently() {
    OutreachList list = outreach("/outreach?notContactedForMonths=1");

    assertThat(list.getCompanies()).extracting(OutreachCompany::getCompanyId)
        // Two citizens each: by name.
        .containsExactly(shopAndCleaning.getCompanyId(), recentShop.getCompanyId(), cleaning.getCompanyId());
  }

  @Test
  void limitKeepsTheBestAndCountsTheRest() {
    OutreachList list = outreach("/outreach?limit=1");

    assertThat(list.getTotal()).isEqualTo(2);
    assertThat(list.getCompanies()).extracting(OutreachCompany::getCompanyId).containsExactly(shopAndCleaning.getCompanyId());
  }

  @Test
  void anotherJobCentreSeesItsOwnAreaAndCitizens() {
    OutreachList aarhus = as(consultantOf(AARHUS)).get().uri("/outreach").exchange().expectStatus().isOk()
        .expectBody(OutreachList.class).returnResult().getResponseBody();

    // Aarhus's one citizen wants office work; Aarhus's one company has a shop task: nothing to list.
    assertThat(aarhus.getJobCentre()).isEqualTo(AARHUS);
    assertThat(aarhus.getCompanies()).isEmpty();
    assertThat(outreach("/outreach").getCompanies()).extracting(OutreachCompany::getName)
        .doesNotContain("Aarhus Butik ApS", "Kontoret ApS");
  }

  @ParameterizedTest(name = "{0} is refused naming {1}")
  @CsvSource(delimiter = '|', value = {
      "/outreach?notContactedForMonths=0    | notContactedForMonths",
      "/outreach?notContactedForMonths=61   | notContactedForMonths",
      "/outreach?notContactedForMonths=half | notContactedForMonths",
      "/outreach?limit=0                    | limit",
      "/outreach?limit=501                  | limit"})
  void refusesParametersThatMakeNoSense(String uri, String field) {
    consultant().get().uri(uri).exchange().expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo(field).jsonPath("$.detail").isNotEmpty();
  }

  @Test
  void needsACompanyScope() {
    as(tokenWith(KOBENHAVN, "matches.read")).get().uri("/outreach").exchange().expectStatus().isForbidden();
  }
}
