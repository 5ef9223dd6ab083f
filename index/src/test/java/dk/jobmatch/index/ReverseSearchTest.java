package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.CitizenProfile.Strictness.PREFER;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobmatch.index.MatchResult.CompanyMatch;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TaskIndex.Candidate;
import dk.jobmatch.index.TaskIndex.TaskNotIndexedException;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reverse search: for one partial task, which citizens fit, ranked and explained exactly as in
 * each citizen's own match list. The task is an exact-occupation dishwashing task in central
 * Copenhagen that demands noise; the citizens are listed worst first, and the best lives farthest away.
 */
class ReverseSearchTest extends WithInMemoryIndex {
  private static final String TASK = "dishes";

  private final Map<String, CitizenProfile> citizens = new LinkedHashMap<>();

  private static CompanyBuilder canteen() {
    return aCompany("canteen").at(COPENHAGEN)
        .with(aTask(TASK).titled("Opvask").inOccupation("9412").weeklyHours(5, 10).demanding("NOISE"),
            aTask("salad").titled("Salatbar").inOccupation("9411"));
  }

  private static CitizenBuilder livingKmNorth(double km) {
    return aCitizen().livingAt(kmNorthOf(COPENHAGEN, km)).commutingAtMostKm(30);
  }

  private void citizen(String id, CitizenBuilder citizen) {
    citizens.put(id, citizen.build());
  }

  private List<Candidate> candidates(String taskId) throws TaskNotIndexedException {
    return index.candidates(taskId, citizens, 10, ScoreWeights.DEFAULTS);
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::citizenId).toList();
  }

  @BeforeEach
  void aCanteenAndAnotherKitchen() {
    given(canteen(), aCompany("other-kitchen").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("other-dishes").inOccupation("9412")));
  }

  @Test
  void ranksTheCitizensWhoFitBestFirst() throws TaskNotIndexedException {
    citizen("no-goal", livingKmNorth(2));
    citizen("minor-group", livingKmNorth(4).withGoal(A, "9411", "Grillkok"));
    citizen("exact", livingKmNorth(6).withGoal(A, "9412", "Opvasker"));

    List<Candidate> found = candidates(TASK);

    assertThat(ids(found)).containsExactly("exact", "minor-group", "no-goal");
    assertThat(found).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void neverReturnsACitizenWhoseMustNeedTheTaskViolates() throws TaskNotIndexedException {
    citizen("needs-quiet", livingKmNorth(1).withGoal(A, "9412", "Opvasker").needing("QUIET_ENVIRONMENT", MUST));
    citizen("fits", livingKmNorth(5));

    assertThat(ids(candidates(TASK))).containsExactly("fits");
  }

  @Test
  void returnsACitizenWhosePreferNeedTheTaskViolatesWithTheSoftConflict() throws TaskNotIndexedException {
    citizen("prefers-quiet", livingKmNorth(1).needing("QUIET_ENVIRONMENT", PREFER));

    List<Candidate> found = candidates(TASK);

    assertThat(ids(found)).containsExactly("prefers-quiet");
    assertThat(found.getFirst().reasons().softConflicts()).containsExactly("QUIET_ENVIRONMENT");
  }

  @Test
  void neverReturnsACitizenWhoLivesOutsideTheirCommuteRadius() throws TaskNotIndexedException {
    citizen("too-far", livingKmNorth(20).commutingAtMostKm(10).withGoal(A, "9412", "Opvasker"));
    citizen("near-enough", livingKmNorth(20).commutingAtMostKm(25));

    assertThat(ids(candidates(TASK))).containsExactly("near-enough");
  }

  @Test
  void neverReturnsACitizenWhoCannotWorkTheTasksMinimumHoursOrExcludesTheCompany() throws TaskNotIndexedException {
    citizen("three-hours", livingKmNorth(1).workingHoursNow(3).withGoal(A, "9412", "Opvasker"));
    citizen("excludes", livingKmNorth(1).excluding("canteen").withGoal(A, "9412", "Opvasker"));
    citizen("fits", livingKmNorth(5));

    assertThat(ids(candidates(TASK))).containsExactly("fits");
  }

  @Test
  void aCandidatesScoreIsTheScoreTheTaskGetsInThatCitizensOwnMatch() throws TaskNotIndexedException {
    citizen("exact", livingKmNorth(6).withGoal(A, "9412", "Opvasker").withSkills("opvask")
        .needing("NO_HEAVY_LIFTING", PREFER).experiencedIn("9412").developing("arbejde i køkken"));
    citizen("minor-group", livingKmNorth(4).withGoal(A, "9411", "Grillkok").workingHoursNow(7).aimingForHours(30));
    ScoreWeights weights = ScoreWeights.DEFAULTS.with(Map.of("distance", 9.0, "skills", 4.0));

    List<Candidate> found = index.candidates(TASK, citizens, 10, weights);

    assertThat(found).hasSize(2).allSatisfy(candidate -> {
      TaskMatch forward = task(index.match(citizens.get(candidate.citizenId()), 10, weights, TODAY), TASK);
      assertThat(candidate.score()).as(candidate.citizenId()).isEqualTo(forward.score());
      assertThat(candidate.breakdown()).as(candidate.citizenId()).isEqualTo(forward.breakdown());
      assertThat(candidate.reasons()).as(candidate.citizenId()).isEqualTo(forward.reasons());
    });
  }

  @Test
  void ignoresTheCompanysAvailability() throws TaskNotIndexedException {
    given(canteen().pausedUntil(TODAY.plusMonths(1)).monthlyLimit(1, YearMonth.from(TODAY), 1));
    citizen("fits", livingKmNorth(1));

    assertThat(matchFor(livingKmNorth(1)).companies()).extracting(CompanyMatch::companyId)
        .doesNotContain("canteen");
    assertThat(ids(candidates(TASK))).containsExactly("fits");
  }

  @Test
  void returnsNoMoreCitizensThanTheLimit() throws TaskNotIndexedException {
    for (int km = 1; km <= 5; km++) {
      citizen("at-" + km, livingKmNorth(km));
    }

    assertThat(ids(index.candidates(TASK, citizens, 2, ScoreWeights.DEFAULTS))).containsExactly("at-1", "at-2");
  }

  @Test
  void anUnknownTaskIsNotIndexed() {
    citizen("fits", livingKmNorth(1));

    assertThatThrownBy(() -> candidates("no-such-task"))
        .isInstanceOf(TaskNotIndexedException.class)
        .hasMessageContaining("no-such-task");
  }

  @Test
  void aTaskOfARemovedCompanyIsNotIndexed() {
    citizen("fits", livingKmNorth(1));
    index.remove("canteen");

    assertThatThrownBy(() -> candidates(TASK)).isInstanceOf(TaskNotIndexedException.class);
  }

  @Test
  void aTaskDroppedFromItsCompanyIsNotIndexed() {
    citizen("fits", livingKmNorth(1));
    given(aCompany("canteen").at(COPENHAGEN).with(aTask("salad").titled("Salatbar").inOccupation("9411")));

    assertThatThrownBy(() -> candidates(TASK)).isInstanceOf(TaskNotIndexedException.class);
  }
}
