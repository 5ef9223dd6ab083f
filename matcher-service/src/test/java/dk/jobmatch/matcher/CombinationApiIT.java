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

/**
 * Combinations in the match list: where no single partial task holds the citizen's 10 hours now, two
 * tasks at the same company on times that do not overlap are proposed together, with the reason.
 */
class CombinationApiIT extends ApiTestSupport {

  @Test
  void proposesTwoTasksOnDifferentDaysWhenNeitherHoldsTheHoursNow() {
    Company bakery = createCompany(aCompany().named("Bageriet").kmNorthOfCentre(1)
        .with(aTask().titled("Dej om mandagen").hours(3, 5).on(Weekday.MON, "09:00", "12:00"))
        .with(aTask().titled("Disk om tirsdagen").hours(3, 5).on(Weekday.TUE, "09:00", "12:00")).build());
    UUID citizen = createCitizen(aCitizen().hours(10, 20).build());

    TaskCombination combination = row(matches(citizen), bakery.getCompanyId()).getCombination();

    assertThat(combination).isNotNull();
    assertThat(combination.getTaskIds()).containsExactlyInAnyOrderElementsOf(
        bakery.getPartialTasks().stream().map(PartialTask::getTaskId).toList());
    assertThat(combination.getWeeklyHoursMin()).isEqualTo(6);
    assertThat(combination.getWeeklyHoursMax()).isEqualTo(10);
    assertThat(combination.getReason()).contains("10 hours").contains("do not overlap");
  }

  @Test
  void proposesNoCombinationOfTasksOnOverlappingTimes() {
    Company bakery = createCompany(aCompany().named("Bageriet").kmNorthOfCentre(1)
        .with(aTask().titled("Dej").hours(3, 5).on(Weekday.MON, "09:00", "12:00"))
        .with(aTask().titled("Disk").hours(3, 5).on(Weekday.MON, "11:00", "14:00")).build());
    UUID citizen = createCitizen(aCitizen().hours(10, 20).build());

    CompanyMatch row = row(matches(citizen), bakery.getCompanyId());

    assertThat(row.getTasks()).hasSize(2);
    assertThat(row.getCombination()).isNull();
  }

  // ---- helpers -------------------------------------------------------------------------------

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

  private MatchList matches(UUID citizenId) {
    return as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }
}
