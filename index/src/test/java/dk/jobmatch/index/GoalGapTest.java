package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.GoalGap.BlockedCompany;
import dk.jobmatch.index.GoalGap.NeedOpening;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import org.junit.jupiter.api.Test;

/**
 * A citizen's gap in their goal occupation: how many companies with a task in it pass every rule,
 * and which companies within reach one rule alone keeps out, with what would open each. The
 * citizen lives in central Copenhagen, commutes up to 30 km and works 10 hours a week now.
 */
class GoalGapTest extends WithInMemoryIndex {

  private static CitizenBuilder kitchenHelper() {
    return aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").workingHoursNow(10).aimingForHours(20);
  }

  private static TaskBuilder goalTask(String id) {
    return aTask(id).titled("Opvask").inOccupation("9412").weeklyHours(5, 10);
  }

  private GoalGap gapOf(CitizenBuilder citizen, int enough) {
    CitizenProfile profile = citizen.build();
    return index.goalGap(profile, profile.jobGoals().getFirst(), enough, TODAY);
  }

  @Test
  void countsTheCompaniesThatPassEveryRuleUpToWhatIsEnough() {
    given(companyKmAway("one", 2, goalTask("t1")), companyKmAway("two", 3, goalTask("t2")),
        companyKmAway("other-trade", 1, aTask("t3").inOccupation("5223")));

    assertThat(gapOf(kitchenHelper(), 1)).isEqualTo(new GoalGap(1, true, java.util.List.of(), 0));
    GoalGap three = gapOf(kitchenHelper(), 3);
    assertThat(three.acceptableCompanies()).isEqualTo(2);
    assertThat(three.blocked()).isEmpty();
  }

  @Test
  void aMustNeedTheTaskViolatesSaysWhichAccommodationWouldNeutraliseTheDemand() {
    given(companyKmAway("lifting", 2, goalTask("heavy").demanding("HEAVY_LIFTING")));

    GoalGap gap = gapOf(kitchenHelper().needing("NO_HEAVY_LIFTING", MUST), 1);

    assertThat(gap.acceptableCompanies()).isZero();
    assertThat(gap.blocked()).singleElement().satisfies(b -> {
      assertThat(b.companyId()).isEqualTo("lifting");
      assertThat(b.rule()).isEqualTo(HardRule.MUST_NEEDS);
      assertThat(b.violatedNeeds()).containsExactly(
          new NeedOpening("NO_HEAVY_LIFTING", java.util.List.of("HEAVY_LIFTING"), java.util.List.of("LIFTING_AIDS")));
    });
  }

  @Test
  void hoursAboveTheHoursNowGiveTheTasksMinimum() {
    given(companyKmAway("long", 2, goalTask("twenty").weeklyHours(20, 30)));

    assertThat(gapOf(kitchenHelper(), 1).blocked()).singleElement().satisfies(b -> {
      assertThat(b.rule()).isEqualTo(HardRule.HOURS_NOW);
      assertThat(b.taskHoursMin()).isEqualTo(20);
    });
  }

  @Test
  void onlyCompaniesUpToFiveKilometresPastTheRadiusAreInReach() {
    given(companyKmAway("just-beyond", 33, goalTask("near")), companyKmAway("far", 50, goalTask("far-task")));

    GoalGap gap = gapOf(kitchenHelper(), 1);

    assertThat(gap.occupationIndexed()).isTrue();
    assertThat(gap.blocked()).extracting(BlockedCompany::companyId).containsExactly("just-beyond");
    assertThat(gap.blocked().getFirst().rule()).isEqualTo(HardRule.COMMUTE_RADIUS);
    assertThat(gap.blocked().getFirst().distanceKm()).isBetween(32.5, 33.5);
  }

  @Test
  void aPausedCompanySaysWhenItIsAvailable() {
    given(companyKmAway("paused", 2, goalTask("p")).pausedUntil(TODAY.plusWeeks(2)));

    assertThat(gapOf(kitchenHelper(), 1).blocked()).singleElement().satisfies(b -> {
      assertThat(b.rule()).isEqualTo(HardRule.NOT_YET_AVAILABLE);
      assertThat(b.availableFrom()).isAfter(TODAY);
    });
  }

  @Test
  void aCompanyIsJudgedOnItsTaskNearestToOpeningAndTwoRulesAreCountedApart() {
    given(companyKmAway("mixed", 2, goalTask("both").weeklyHours(20, 30).demanding("HEAVY_LIFTING"), goalTask("hours")
            .weeklyHours(15, 20)),
        companyKmAway("two-rules", 3, goalTask("two").weeklyHours(20, 30).demanding("HEAVY_LIFTING")));

    GoalGap gap = gapOf(kitchenHelper().needing("NO_HEAVY_LIFTING", MUST), 1);

    assertThat(gap.blocked()).singleElement().satisfies(b -> {
      assertThat(b.companyId()).isEqualTo("mixed");
      assertThat(b.taskId()).isEqualTo("hours");
      assertThat(b.rule()).isEqualTo(HardRule.HOURS_NOW);
    });
    assertThat(gap.blockedBySeveral()).isEqualTo(1);
  }

  @Test
  void anOccupationNoCompanyHasIsSaidSo() {
    given(companyKmAway("shop", 2, aTask("shop-task").inOccupation("5223")));

    GoalGap gap = gapOf(kitchenHelper(), 1);

    assertThat(gap.occupationIndexed()).isFalse();
    assertThat(gap.blocked()).isEmpty();
  }
}
