package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.CitizenProfile.GoalRank.B;
import static dk.jobmatch.index.CitizenProfile.Strictness.PREFER;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.index.CompanyEntry.OrdinaryHoursStance;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every task's score is the sum of its weighted parts, and each part is shown so a consultant can see why. */
class ScoreBreakdownTest extends WithInMemoryIndex {
  /** A citizen for whom every part of the ranking has something to say. */
  private static final CitizenBuilder EVERYTHING = aCitizen()
      .withGoal(A, "9412", "Køkkenmedhjælper").withGoal(B, "5223", "Butiksassistent")
      .withSkills("opvask", "rengøring").experiencedIn("9412").developing("prøve kundekontakt")
      .needing("NO_HEAVY_LIFTING", PREFER).needing("QUIET_ENVIRONMENT", PREFER)
      .workingHoursNow(10).aimingForHours(20);

  private void givenTasksThatDifferInEveryPart() {
    given(
        aCompany("canteen").at(kmNorthOf(COPENHAGEN, 3)).openToOrdinaryHours(OrdinaryHoursStance.YES)
            .paidHoursRecord(4, 3)
            .with(
                aTask("dishes").titled("Opvask").described("Opvask og rengøring, lidt kundekontakt").inOccupation("9412")
                    .weeklyHours(5, 20).eligibleForPaidHours(),
                aTask("grill").titled("Grill").inOccupation("9411").weeklyHours(5, 8).demanding("NOISE")),
        aCompany("shop").at(kmNorthOf(COPENHAGEN, 12)).openToOrdinaryHours(OrdinaryHoursStance.NO)
            .with(aTask("shelves").titled("Butiksassistent").inOccupation("9629").demanding("HEAVY_LIFTING")));
  }

  private static List<TaskMatch> allTasks(MatchResult result) {
    return result.companies().stream().flatMap(c -> c.tasks().stream()).toList();
  }

  @Test
  void thePartsOfEveryTaskSumToItsScore() {
    givenTasksThatDifferInEveryPart();

    MatchResult result = matchFor(EVERYTHING);

    assertThat(allTasks(result)).hasSize(3).allSatisfy(task ->
        assertThat(task.breakdown().total()).as(task.taskId()).isCloseTo(task.score(), within(1e-9)));
  }

  @Test
  void thePartsSumToTheScoreUnderOverriddenWeightsToo() {
    givenTasksThatDifferInEveryPart();
    ScoreWeights weights = ScoreWeights.DEFAULTS.with(Map.of("goals", 0.0, "distance", 17.5, "paidHoursRecord", 50.0));

    MatchResult result = index.match(EVERYTHING.build(), DEFAULT_LIMIT, weights, TODAY);

    assertThat(allTasks(result)).hasSize(3).allSatisfy(task ->
        assertThat(task.breakdown().total()).as(task.taskId()).isCloseTo(task.score(), within(1e-9)));
  }

  @Test
  void aCompanysScoreIsItsBestTasksScore() {
    givenTasksThatDifferInEveryPart();

    MatchResult result = matchFor(EVERYTHING);

    assertThat(result.companies()).allSatisfy(c -> assertThat(c.score()).isEqualTo(c.tasks().getFirst().score()));
  }

  @Test
  void noPartAddsMoreThanItsWeight() {
    givenTasksThatDifferInEveryPart();
    ScoreWeights weights = ScoreWeights.DEFAULTS;

    MatchResult result = matchFor(EVERYTHING);

    assertThat(allTasks(result)).allSatisfy(task -> {
      ScoreBreakdown b = task.breakdown();
      double[] parts = {b.goals(), b.experience(), b.skills(), b.developmentGoals(), b.hoursFit(), b.distance(),
          b.preferNeeds(), b.ordinaryHours(), b.paidHoursRecord()};
      List<Double> limits = List.copyOf(weights.asMap().values());
      for (int i = 0; i < parts.length; i++) {
        assertThat(parts[i]).as(task.taskId() + " " + ScoreWeights.NAMES.get(i)).isBetween(0.0, limits.get(i));
      }
    });
  }

  @Test
  void eachPartIsItsModelValueTimesItsWeight() {
    givenTasksThatDifferInEveryPart();

    MatchResult result = matchFor(EVERYTHING);
    ScoreBreakdown dishes = task(result, "dishes").breakdown();
    ScoreBreakdown grill = task(result, "grill").breakdown();
    ScoreBreakdown shelves = task(result, "shelves").breakdown();

    // Goals: exact A, minor group A, title text B.
    assertThat(dishes.goals()).isCloseTo(10.0, within(1e-9));
    assertThat(grill.goals()).isCloseTo(5.0, within(1e-9));
    assertThat(shelves.goals()).isCloseTo(10 * 0.25 * 0.7, within(1e-9));
    // Experience in 9412: same occupation, same minor group, none.
    assertThat(List.of(dishes.experience(), grill.experience(), shelves.experience())).containsExactly(2.0, 1.0, 0.0);
    // Hours: 5-20 holds all 10 and reaches the target of 20; 5-8 holds 8 of 10 and cannot grow.
    assertThat(dishes.hoursFit()).isCloseTo(3.0, within(1e-9));
    assertThat(grill.hoursFit()).isCloseTo(3 * (0.7 * 0.8), within(1e-9));
    // Distance: 3 and 12 km of a 30 km radius.
    assertThat(dishes.distance()).isCloseTo(3 * (1 - 3 / 30.0), within(0.01));
    assertThat(shelves.distance()).isCloseTo(3 * (1 - 12 / 30.0), within(0.01));
    // PREFER needs: both met, one violated (noise), one violated (heavy lifting).
    assertThat(List.of(dishes.preferNeeds(), grill.preferNeeds(), shelves.preferNeeds())).containsExactly(3.0, 1.5, 1.5);
    // Open to ordinary hours and eligible; open, not eligible; closed, not eligible.
    assertThat(dishes.ordinaryHours()).isCloseTo(2.0, within(1e-9));
    assertThat(grill.ordinaryHours()).isCloseTo(2 * 0.6, within(1e-9));
    assertThat(shelves.ordinaryHours()).isZero();
    // Three of four placements led to ordinary hours, smoothed: (3 + 1) / (4 + 2); the shop has no record: 1/2.
    assertThat(dishes.paidHoursRecord()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(shelves.paidHoursRecord()).isCloseTo(0.5, within(1e-9));
    // Text: only the dishes task holds CV skills and a development goal.
    assertThat(dishes.skills()).isPositive();
    assertThat(dishes.developmentGoals()).isPositive();
    assertThat(grill.skills()).isZero();
    assertThat(grill.developmentGoals()).isZero();
  }

  @Test
  void aTaskThatFitsPerfectlyGetsTheFullWeightOfEveryPartButTheRecordAndText() {
    given(aCompany("door").at(COPENHAGEN).openToOrdinaryHours(OrdinaryHoursStance.YES)
        .with(aTask("perfect").inOccupation("9412").weeklyHours(5, 20).eligibleForPaidHours()));

    ScoreBreakdown b = task(matchFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").experiencedIn("9412")
        .needing("NO_HEAVY_LIFTING", PREFER).workingHoursNow(10).aimingForHours(20)), "perfect").breakdown();

    ScoreWeights w = ScoreWeights.DEFAULTS;
    assertThat(b.goals()).isEqualTo(w.goals());
    assertThat(b.experience()).isEqualTo(w.experience());
    assertThat(b.hoursFit()).isCloseTo(w.hoursFit(), within(1e-9));
    assertThat(b.distance()).isCloseTo(w.distance(), within(1e-3));
    assertThat(b.preferNeeds()).isEqualTo(w.preferNeeds());
    assertThat(b.ordinaryHours()).isCloseTo(w.ordinaryHours(), within(1e-9));
    // An unknown record sits in the middle; no skills or development goals were given.
    assertThat(b.paidHoursRecord()).isCloseTo(w.paidHoursRecord() / 2, within(1e-9));
    assertThat(b.skills()).isZero();
    assertThat(b.developmentGoals()).isZero();
  }

  @Test
  void aCitizenWithoutPreferNeedsGetsNoPreferencePointsAnywhere() {
    given(aCompany("shop").with(aTask("calm"), aTask("heavy").demanding("HEAVY_LIFTING")));

    MatchResult result = matchFor(aCitizen());

    assertThat(allTasks(result)).extracting(t -> t.breakdown().preferNeeds()).containsOnly(0.0);
  }
}
