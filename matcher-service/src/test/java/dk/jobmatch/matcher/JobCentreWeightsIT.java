package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.CandidateList;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Weights per job centre: Aarhus (751) has configured distance to count 20 instead of 3, København
 * (101) has configured nothing. Both job centres' citizens live in central København with a 10 km
 * radius and want shop work (5223); a far company has the exact occupation, a near one only the
 * same minor group, so the two job centres' weights order them differently.
 */
@TestPropertySource(properties = "matcher.ranking.job-centres.751.distance=20")
class JobCentreWeightsIT extends ApiTestSupport {
  private UUID farExact;
  private UUID nearMinorGroup;

  @BeforeEach
  void aFarExactAndANearMinorGroupCompany() {
    farExact = createCompany(aCompany().named("Langt væk, samme kode").kmNorthOfCentre(9)
        .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
    nearMinorGroup = createCompany(aCompany().named("Tæt på, samme gruppe").kmNorthOfCentre(1)
        .with(aTask().titled("Vareplacering").occupation("5222")).build());
  }

  @Test
  void aConsultantOfTheConfiguredJobCentreRanksWithItsWeights() {
    UUID citizen = createCitizen(AARHUS, aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    MatchList result = matches(AARHUS, citizen, null);

    assertThat(result.getWeights().getDistance()).isEqualTo(20.0);
    assertThat(result.getWeights().getGoals()).isEqualTo(10.0);
    assertThat(companyIds(result)).containsExactly(nearMinorGroup, farExact);
  }

  @Test
  void aConsultantOfAnotherJobCentreRanksWithTheDefaults() {
    UUID citizen = createCitizen(KOBENHAVN, aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    MatchList result = matches(KOBENHAVN, citizen, null);

    assertThat(result.getWeights().getDistance()).isEqualTo(3.0);
    assertThat(companyIds(result)).containsExactly(farExact, nearMinorGroup);
  }

  @Test
  void aRequestOverrideWinsOverTheJobCentresWeights() {
    UUID citizen = createCitizen(AARHUS, aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    MatchList result = matches(AARHUS, citizen, "distance:3");

    assertThat(result.getWeights().getDistance()).isEqualTo(3.0);
    assertThat(companyIds(result)).containsExactly(farExact, nearMinorGroup);
  }

  @Test
  void theReverseSearchRanksWithTheCallersJobCentreWeightsToo() {
    UUID company = nearMinorGroup;
    UUID task = as(consultantOf(AARHUS)).get().uri("/companies/{id}", company).exchange().expectStatus().isOk()
        .expectBody(Company.class).returnResult().getResponseBody()
        .getPartialTasks().getFirst().getTaskId();

    Double distanceWeight = as(consultantOf(AARHUS)).get()
        .uri("/companies/{companyId}/tasks/{taskId}/candidates", company, task).exchange()
        .expectStatus().isOk()
        .expectBody(CandidateList.class).returnResult().getResponseBody()
        .getWeights().getDistance();

    assertThat(distanceWeight).isEqualTo(20.0);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private UUID createCompany(CompanyInput company) {
    return as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(company).exchange().expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody().getCompanyId();
  }

  private UUID createCitizen(String jobCentre, CitizenInput citizen) {
    return as(consultantOf(jobCentre)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(citizen).exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private MatchList matches(String jobCentre, UUID citizenId, String weights) {
    return as(consultantOf(jobCentre)).get()
        .uri(b -> weights == null
            ? b.path("/citizens/{id}/matches").build(citizenId)
            : b.path("/citizens/{id}/matches").queryParam("weights", "{weights}").build(citizenId, weights))
        .exchange().expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }
}
