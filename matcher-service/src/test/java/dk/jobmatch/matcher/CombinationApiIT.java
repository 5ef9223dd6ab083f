package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.row;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.PartialTask;
import dk.jobmatch.api.model.TaskCombination;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Combinations in the match list: where no single partial task holds the citizen's 10 hours now, two
 * tasks at the same company on times that do not overlap are proposed together, with the reason as
 * numbers and as a sentence: Danish by default and for {@code Accept-Language: da}, English for a
 * client that asks for it.
 */
class CombinationApiIT extends ApiTestSupport {

  @Test
  void proposesTwoTasksOnDifferentDaysWhenNeitherHoldsTheHoursNow() {
    Company bakery = createCompany(aCompany().named("Bageriet").kmNorthOfCentre(1)
        .with(aTask().titled("Dej om mandagen").hours(3, 5).on(Weekday.MON, "09:00", "12:00"))
        .with(aTask().titled("Disk om tirsdagen").hours(3, 5).on(Weekday.TUE, "09:00", "12:00")).build());
    UUID citizen = createCitizen(aCitizen().hours(10, 20).build());

    TaskCombination combination = row(matches(citizen, null), bakery.getCompanyId()).getCombination();

    assertThat(combination).isNotNull();
    assertThat(combination.getTaskIds()).containsExactlyInAnyOrderElementsOf(
        bakery.getPartialTasks().stream().map(PartialTask::getTaskId).toList());
    assertThat(combination.getWeeklyHoursMin()).isEqualTo(6);
    assertThat(combination.getWeeklyHoursMax()).isEqualTo(10);
    assertThat(combination.getCitizenHoursNow()).isEqualTo(10);
    assertThat(combination.getLargestSingleTaskHours()).isEqualTo(5);
  }

  @Test
  void wordsTheCombinationsReasonInDanishByDefaultAndForDanish() {
    UUID citizen = createCitizen(aCitizen().hours(10, 20).build());
    Company bakery = twoTaskBakery();
    String danish = "Ingen enkelt delfunktion når op på borgerens 10 timer om ugen (den største giver 5). "
        + "Disse 2 delfunktioner ligger på tidspunkter, der ikke overlapper, og giver tilsammen 6–10 timer.";

    assertThat(row(matches(citizen, null), bakery.getCompanyId()).getCombination().getReason()).isEqualTo(danish);
    assertThat(row(matches(citizen, "da-DK"), bakery.getCompanyId()).getCombination().getReason()).isEqualTo(danish);
  }

  @Test
  void wordsTheCombinationsReasonInEnglishForAClientThatAsksForIt() {
    UUID citizen = createCitizen(aCitizen().hours(10, 20).build());
    Company bakery = twoTaskBakery();

    assertThat(row(matches(citizen, "en"), bakery.getCompanyId()).getCombination().getReason()).isEqualTo(
        "No single task reaches the citizen's 10 hours a week (the largest holds 5); "
            + "these 2 tasks on times that do not overlap give 6-10 hours together");
  }

  @Test
  void showsEachTasksScheduleOnItsRow() {
    UUID citizen = createCitizen(aCitizen().hours(10, 20).build());
    Company bakery = twoTaskBakery();

    CompanyMatch row = row(matches(citizen, null), bakery.getCompanyId());

    assertThat(row.getTasks()).extracting(t -> t.getTitle() + " " + t.getSchedule().stream()
            .map(s -> s.getDay() + " " + s.getFrom() + "-" + s.getTo()).toList())
        .containsExactlyInAnyOrder("Dej om mandagen [MON 09:00-12:00]", "Disk om tirsdagen [TUE 09:00-12:00]");
  }

  @Test
  void proposesNoCombinationOfTasksOnOverlappingTimes() {
    Company bakery = createCompany(aCompany().named("Bageriet").kmNorthOfCentre(1)
        .with(aTask().titled("Dej").hours(3, 5).on(Weekday.MON, "09:00", "12:00"))
        .with(aTask().titled("Disk").hours(3, 5).on(Weekday.MON, "11:00", "14:00")).build());
    UUID citizen = createCitizen(aCitizen().hours(10, 20).build());

    CompanyMatch row = row(matches(citizen, null), bakery.getCompanyId());

    assertThat(row.getTasks()).hasSize(2);
    assertThat(row.getCombination()).isNull();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Company twoTaskBakery() {
    return createCompany(aCompany().named("Bageriet").kmNorthOfCentre(1)
        .with(aTask().titled("Dej om mandagen").hours(3, 5).on(Weekday.MON, "09:00", "12:00"))
        .with(aTask().titled("Disk om tirsdagen").hours(3, 5).on(Weekday.TUE, "09:00", "12:00")).build());
  }

  private Company createCompany(CompanyInput company) {
    return as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(company).exchange().expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private UUID createCitizen(CitizenInput citizen) {
    return as(consultantOf(KOBENHAVN)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(citizen).exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  /** The match list, asking for {@code acceptLanguage} (none when null). */
  private MatchList matches(UUID citizenId, String acceptLanguage) {
    WebTestClient.RequestHeadersSpec<?> request = as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", citizenId);
    if (acceptLanguage != null) {
      request = request.header("Accept-Language", acceptLanguage);
    }
    return request.exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }
}
