package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.GoalMatchKind;
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

  private static final double EXPERIENCE_WEIGHT = ScorePart.EXPERIENCE.defaultWeight();
  private static final double HOURS_WEIGHT = ScorePart.HOURS_FIT.defaultWeight();
  private static final double PREFER_WEIGHT = ScorePart.PREFER_NEEDS.defaultWeight();

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
      for (ScorePart part : ScorePart.values()) {
        assertThat(task.breakdown().get(part)).as(task.taskId() + " " + part.apiName()).isBetween(0.0, weights.get(part));
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
    assertThat(dishes.get(ScorePart.GOALS)).isCloseTo(10.0, within(1e-9));
    assertThat(grill.get(ScorePart.GOALS)).isCloseTo(5.0, within(1e-9));
    assertThat(shelves.get(ScorePart.GOALS)).isCloseTo(10 * ScoreModel.goal(GoalMatchKind.TITLE_WORD, B), within(1e-9));
    // Experience in 9412: same occupation, same minor group, none.
    double unknownYears = ScoreModel.experience(GoalMatchKind.EXACT_OCCUPATION, null, null);
    assertThat(List.of(dishes.get(ScorePart.EXPERIENCE), grill.get(ScorePart.EXPERIENCE), shelves.get(ScorePart.EXPERIENCE)))
        .containsExactly(EXPERIENCE_WEIGHT * unknownYears, EXPERIENCE_WEIGHT * unknownYears / 2, 0.0);
    // Hours: 5-20 holds all 10 and reaches the target of 20; 5-8 holds 8 of 10 and cannot grow.
    assertThat(dishes.get(ScorePart.HOURS_FIT)).isCloseTo(HOURS_WEIGHT, within(1e-9));
    assertThat(grill.get(ScorePart.HOURS_FIT)).isCloseTo(HOURS_WEIGHT * (0.7 * 0.8), within(1e-9));
    // Distance: 3 and 12 km of a 30 km radius.
    assertThat(dishes.get(ScorePart.DISTANCE)).isCloseTo(3 * (1 - 3 / 30.0), within(0.01));
    // The shop task matches only a word of the B goal: its context parts count a little less than in full.
    double shelvesContext = ScoreModel.contextScale(ScoreModel.goal(GoalMatchKind.TITLE_WORD, B));
    assertThat(shelves.get(ScorePart.DISTANCE)).isCloseTo(shelvesContext * 3 * (1 - 12 / 30.0), within(0.01));
    // PREFER needs: both met, one violated (noise), one violated (heavy lifting).
    assertThat(List.of(dishes.get(ScorePart.PREFER_NEEDS), grill.get(ScorePart.PREFER_NEEDS), shelves.get(ScorePart.PREFER_NEEDS))).containsExactly(PREFER_WEIGHT, PREFER_WEIGHT / 2, PREFER_WEIGHT / 2 * shelvesContext);
    // Open to ordinary hours and eligible; open, not eligible; closed, not eligible.
    assertThat(dishes.get(ScorePart.ORDINARY_HOURS)).isCloseTo(2.0, within(1e-9));
    assertThat(grill.get(ScorePart.ORDINARY_HOURS)).isCloseTo(2 * 0.6, within(1e-9));
    assertThat(shelves.get(ScorePart.ORDINARY_HOURS)).isZero();
    // Three of four placements led to ordinary hours, smoothed: (3 + 1) / (4 + 2); the shop has no record: 1/2.
    assertThat(dishes.get(ScorePart.PAID_HOURS_RECORD)).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(shelves.get(ScorePart.PAID_HOURS_RECORD)).isCloseTo(0.5 * shelvesContext, within(1e-9));
    // Text: only the dishes task holds CV skills and a development goal.
    assertThat(dishes.get(ScorePart.SKILLS)).isPositive();
    assertThat(dishes.get(ScorePart.DEVELOPMENT_GOALS)).isPositive();
    assertThat(grill.get(ScorePart.SKILLS)).isZero();
    assertThat(grill.get(ScorePart.DEVELOPMENT_GOALS)).isZero();
  }

  @Test
  void aTaskThatFitsPerfectlyGetsTheFullWeightOfEveryPartButTheRecordAndText() {
    given(aCompany("door").at(COPENHAGEN).openToOrdinaryHours(OrdinaryHoursStance.YES)
        .with(aTask("perfect").inOccupation("9412").weeklyHours(5, 20).eligibleForPaidHours()));

    ScoreBreakdown b = task(matchFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").experiencedIn("9412", 20, 0)
        .needing("NO_HEAVY_LIFTING", PREFER).workingHoursNow(10).aimingForHours(20)), "perfect").breakdown();

    ScoreWeights w = ScoreWeights.DEFAULTS;
    assertThat(b.get(ScorePart.GOALS)).isEqualTo(w.get(ScorePart.GOALS));
    // Twenty recent years: the most experience gives, but for the last hair of its diminishing returns.
    assertThat(b.get(ScorePart.EXPERIENCE)).isCloseTo(w.get(ScorePart.EXPERIENCE), within(1e-3));
    assertThat(b.get(ScorePart.HOURS_FIT)).isCloseTo(w.get(ScorePart.HOURS_FIT), within(1e-9));
    assertThat(b.get(ScorePart.DISTANCE)).isCloseTo(w.get(ScorePart.DISTANCE), within(1e-3));
    assertThat(b.get(ScorePart.PREFER_NEEDS)).isEqualTo(w.get(ScorePart.PREFER_NEEDS));
    assertThat(b.get(ScorePart.ORDINARY_HOURS)).isCloseTo(w.get(ScorePart.ORDINARY_HOURS), within(1e-9));
    // An unknown record sits in the middle; no skills or development goals were given.
    assertThat(b.get(ScorePart.PAID_HOURS_RECORD)).isCloseTo(w.get(ScorePart.PAID_HOURS_RECORD) / 2, within(1e-9));
    assertThat(b.get(ScorePart.SKILLS)).isZero();
    assertThat(b.get(ScorePart.DEVELOPMENT_GOALS)).isZero();
  }

  @Test
  void aCitizenWithoutPreferNeedsGetsNoPreferencePointsAnywhere() {
    given(aCompany("shop").with(aTask("calm"), aTask("heavy").demanding("HEAVY_LIFTING")));

    MatchResult result = matchFor(aCitizen());

    assertThat(allTasks(result)).extracting(t -> t.breakdown().get(ScorePart.PREFER_NEEDS)).containsOnly(0.0);
  }
}
