package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.Combination;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import org.junit.jupiter.api.Test;

/**
 * Where no single partial task holds the citizen's hours now, two or three tasks at the same company
 * on times that do not overlap are proposed together. The citizen works 10 hours a week now.
 */
class CombinationTest extends WithInMemoryIndex {
  private static final CitizenBuilder TEN_HOURS_NOW = aCitizen().workingHoursNow(10).aimingForHours(20);

  private Combination combinationAt(String companyId, TaskBuilder... tasks) {
    given(aCompany(companyId).with(tasks));
    return company(matchFor(TEN_HOURS_NOW), companyId).combination();
  }

  @Test
  void offersTwoTasksOnTimesThatDoNotOverlapWhenNoSingleTaskHoldsTheHoursNow() {
    Combination combination = combinationAt("bakery",
        aTask("dough").weeklyHours(3, 5).on(MONDAY, "09:00", "12:00"),
        aTask("counter").weeklyHours(3, 5).on(TUESDAY, "09:00", "12:00"));

    assertThat(combination).isNotNull();
    assertThat(combination.taskIds()).containsExactlyInAnyOrder("dough", "counter");
    assertThat(combination.weeklyHoursMin()).isEqualTo(6);
    assertThat(combination.weeklyHoursMax()).isEqualTo(10);
    // Why, as facts for the service to word: the citizen's 10 hours now, and the largest task holds 5.
    assertThat(combination.citizenHoursNow()).isEqualTo(10);
    assertThat(combination.largestSingleTaskHours()).isEqualTo(5);
  }

  @Test
  void offersThreeTasksWhenTwoDoNotReachTheHoursNow() {
    Combination combination = combinationAt("bakery",
        aTask("dough").weeklyHours(2, 4).on(MONDAY, "09:00", "12:00"),
        aTask("counter").weeklyHours(2, 4).on(TUESDAY, "09:00", "12:00"),
        aTask("cleaning").weeklyHours(2, 4).on(WEDNESDAY, "09:00", "12:00"));

    assertThat(combination.taskIds()).containsExactlyInAnyOrder("dough", "counter", "cleaning");
    assertThat(combination.weeklyHoursMin()).isEqualTo(6);
    assertThat(combination.weeklyHoursMax()).isEqualTo(12);
    assertThat(combination.largestSingleTaskHours()).isEqualTo(4);
  }

  @Test
  void offersTasksThatFollowEachOtherBackToBack() {
    Combination combination = combinationAt("bakery",
        aTask("morning").weeklyHours(3, 5).on(MONDAY, "09:00", "12:00"),
        aTask("afternoon").weeklyHours(3, 5).on(MONDAY, "12:00", "15:00"));

    assertThat(combination.taskIds()).containsExactlyInAnyOrder("morning", "afternoon");
  }

  @Test
  void leavesOutATaskWhoseTimesOverlapAnotherOfTheCombination() {
    Combination combination = combinationAt("bakery",
        aTask("monday-morning").weeklyHours(3, 5).on(MONDAY, "09:00", "12:00"),
        aTask("monday-noon").weeklyHours(3, 5).on(MONDAY, "11:00", "14:00"),
        aTask("tuesday").weeklyHours(3, 4).on(TUESDAY, "09:00", "12:00"));

    // Two tasks, one of them Tuesday's: the two Monday tasks are never together.
    assertThat(combination.taskIds()).hasSize(2).contains("tuesday");
  }

  @Test
  void offersNoCombinationWhenTheTimesOverlap() {
    Combination combination = combinationAt("bakery",
        aTask("dough").weeklyHours(3, 5).on(MONDAY, "09:00", "12:00"),
        aTask("counter").weeklyHours(3, 5).on(MONDAY, "11:00", "14:00").on(TUESDAY, "09:00", "12:00"));

    assertThat(combination).isNull();
  }

  @Test
  void offersNoCombinationWhenOneTaskAlreadyHoldsTheHoursNow() {
    Combination combination = combinationAt("bakery",
        aTask("dough").weeklyHours(5, 10).on(MONDAY, "09:00", "12:00"),
        aTask("counter").weeklyHours(3, 5).on(TUESDAY, "09:00", "12:00"));

    assertThat(combination).isNull();
  }

  @Test
  void offersNoCombinationOfTasksWithoutAgreedTimes() {
    Combination combination = combinationAt("bakery",
        aTask("dough").weeklyHours(3, 5),
        aTask("counter").weeklyHours(3, 5));

    assertThat(combination).isNull();
  }

  @Test
  void offersNoCombinationWithATaskWithoutAgreedTimes() {
    Combination combination = combinationAt("bakery",
        aTask("dough").weeklyHours(3, 5).on(MONDAY, "09:00", "12:00"),
        aTask("counter").weeklyHours(3, 5));

    assertThat(combination).isNull();
  }

  @Test
  void offersNoCombinationWhenTheMinimumHoursTogetherExceedTheHoursNow() {
    // Each minimum fits the 10 hours on its own; together (6 + 5) they do not.
    Combination combination = combinationAt("bakery",
        aTask("dough").weeklyHours(6, 8).on(MONDAY, "09:00", "12:00"),
        aTask("counter").weeklyHours(5, 8).on(TUESDAY, "09:00", "12:00"));

    assertThat(combination).isNull();
  }

  @Test
  void neverCombinesATaskThatAHardFilterHides() {
    given(aCompany("warehouse").with(
        aTask("labels").weeklyHours(3, 5).on(MONDAY, "09:00", "12:00"),
        aTask("lifting").weeklyHours(3, 5).on(TUESDAY, "09:00", "12:00").demanding("HEAVY_LIFTING")));

    MatchResult result = matchFor(aCitizen().workingHoursNow(10).needing("NO_HEAVY_LIFTING", MUST));

    assertThat(taskIds(result)).containsExactly("labels");
    assertThat(company(result, "warehouse").combination()).isNull();
  }

  @Test
  void neverCombinesTasksOfDifferentCompanies() {
    given(
        aCompany("bakery").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("dough").weeklyHours(3, 5).on(MONDAY, "09:00", "12:00")),
        aCompany("shop").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("counter").weeklyHours(3, 5).on(TUESDAY, "09:00", "12:00")));

    MatchResult result = matchFor(TEN_HOURS_NOW);

    assertThat(result.companies()).hasSize(2).allSatisfy(c -> assertThat(c.combination()).isNull());
  }
}
