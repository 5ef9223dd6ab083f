package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.jobmatch.index.MatchResult.GoalMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.KeptOutBy;
import dk.jobmatch.index.MatchResult.NearMiss;
import dk.jobmatch.index.MatchResult.Opening;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With every match list come the near misses: companies with a task for the citizen's goals that
 * exactly one rule a consultant could relax keeps out (up to 5 km past the radius, up to 2 hours
 * above the hours now, the company paused or at its monthly limit), with what each relaxation would
 * open. Rules that are never relaxed (a MUST need, an excluded company, a task without a free seat)
 * never give a near miss, nor does a task kept out by two rules or a task that has nothing to do
 * with the citizen's goals.
 */
class NearMissesTest extends WithInMemoryIndex {
  private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);
  private static final LocalDate IN_TWO_WEEKS = TODAY.plusWeeks(2);

  /** A kitchen helper who lives in central Copenhagen, commutes up to 30 km and works 10 hours a week now. */
  private static CitizenBuilder kitchenHelper() {
    return aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").workingHoursNow(10).aimingForHours(20);
  }

  /** A task in the citizen's goal occupation, 5-10 hours a week. */
  private static TaskBuilder goalTask(String id) {
    return aTask(id).titled("Opvask").inOccupation("9412").weeklyHours(5, 10);
  }

  /** The company that is on the list: nothing keeps it out. */
  private static CompanyBuilder listed() {
    return companyKmAway("listed", 5, goalTask("listed-task"));
  }

  private MatchResult.NearMisses nearMissesFor(CitizenBuilder citizen, CompanyBuilder... companies) {
    given(companies);
    MatchResult result = matchFor(citizen);
    assertThat(companyIds(result)).as("the match list").containsExactly("listed");
    return result.nearMisses();
  }

  @Nested
  class KeptOutByOneRelaxableRule {
    @Test
    void aTaskUpToFiveKilometresPastTheRadiusSaysHowFarPast() {
      MatchResult.NearMisses misses = nearMissesFor(kitchenHelper(), listed(), companyKmAway("beyond", 33, goalTask("far")));

      assertThat(misses.companies()).singleElement().satisfies(miss -> {
        assertThat(miss.companyId()).isEqualTo("beyond");
        assertThat(miss.distanceKm()).isEqualTo(33.0);
        assertThat(miss.keptOutBy()).isEqualTo(new KeptOutBy(HardRule.COMMUTE_RADIUS, 3.0, 0, null));
      });
      assertThat(misses.openings()).containsExactly(new Opening(HardRule.COMMUTE_RADIUS, 35, 1));
    }

    @Test
    void aTaskUpToTwoHoursAboveTheHoursNowSaysHowManyAbove() {
      MatchResult.NearMisses misses = nearMissesFor(kitchenHelper(), listed(),
          companyKmAway("longer", 2, goalTask("twelve-hours").weeklyHours(12, 20)));

      assertThat(misses.companies()).singleElement().satisfies(miss -> {
        assertThat(miss.task().taskId()).isEqualTo("twelve-hours");
        assertThat(miss.keptOutBy()).isEqualTo(new KeptOutBy(HardRule.HOURS_NOW, 0, 2, null));
      });
      // At 11 hours a week nothing more opens; at 12, this company.
      assertThat(misses.openings()).containsExactly(new Opening(HardRule.HOURS_NOW, 12, 1));
    }

    @Test
    void aCompanyAtItsMonthlyLimitIsANearMiss() {
      MatchResult.NearMisses misses = nearMissesFor(kitchenHelper(), listed(),
          companyKmAway("full", 2, goalTask("full-month")).monthlyLimit(2, THIS_MONTH, 2));

      assertThat(misses.companies()).singleElement().extracting(NearMiss::keptOutBy)
          .isEqualTo(new KeptOutBy(HardRule.MONTHLY_LIMIT, 0, 0, null));
      assertThat(misses.openings()).containsExactly(new Opening(HardRule.MONTHLY_LIMIT, 0, 1));
    }

    @Test
    void aCompanyAtItsContactLimitSaysFromWhenItMayBeAskedAgain() {
      MatchResult.NearMisses misses = nearMissesFor(kitchenHelper(), listed(),
          companyKmAway("asked", 2, goalTask("asked-task")).contactLimitUntil(TODAY.plusDays(4)));

      assertThat(misses.companies()).singleElement().extracting(NearMiss::keptOutBy)
          .isEqualTo(new KeptOutBy(HardRule.CONTACT_LIMIT, 0, 0, TODAY.plusDays(4)));
      assertThat(misses.openings()).containsExactly(new Opening(HardRule.CONTACT_LIMIT, 0, 1));
    }

    @Test
    void aPausedCompanySaysFromWhenItTakesPlacementsAgain() {
      MatchResult.NearMisses misses = nearMissesFor(kitchenHelper(), listed(),
          companyKmAway("paused", 2, goalTask("paused-task")).pausedUntil(TODAY.plusDays(3)).nextAvailableOn(IN_TWO_WEEKS));

      assertThat(misses.companies()).singleElement().extracting(NearMiss::keptOutBy)
          .isEqualTo(new KeptOutBy(HardRule.NOT_YET_AVAILABLE, 0, 0, IN_TWO_WEEKS));
      assertThat(misses.openings()).containsExactly(new Opening(HardRule.NOT_YET_AVAILABLE, 0, 1));
    }

    @Test
    void aTaskInAnOccupationOfTheCitizensExperienceCountsAsForTheCitizensGoals() {
      MatchResult.NearMisses misses = nearMissesFor(aCitizen().experiencedIn("7512", 3, 0).workingHoursNow(10),
          companyKmAway("listed", 5, aTask("listed-task").inOccupation("7512")),
          companyKmAway("paused", 2, aTask("bread").titled("Morgenbrød").inOccupation("7512")).pausedUntil(IN_TWO_WEEKS));

      assertThat(misses.companies()).extracting(NearMiss::companyId).containsExactly("paused");
    }

    @Test
    void aTaskFoundByAGoalWordOnlyCountsAsForTheCitizensGoals() {
      MatchResult.NearMisses misses = nearMissesFor(aCitizen().withGoal(A, null, "opvask").workingHoursNow(10),
          companyKmAway("listed", 5, aTask("listed-task").titled("Opvask")),
          companyKmAway("paused", 2, aTask("dishes").titled("Opvask i storkøkken")).pausedUntil(IN_TWO_WEEKS));

      assertThat(misses.companies()).extracting(NearMiss::companyId).containsExactly("paused");
    }
  }

  @Nested
  class NeverANearMiss {
    /** The kitchen helper with a MUST need and an excluded company, so that every rule has something to keep out. */
    private static CitizenBuilder strictKitchenHelper() {
      return kitchenHelper().needing("NO_HEAVY_LIFTING", MUST).excluding("excluded");
    }

    static Stream<Arguments> keptOutOtherwise() {
      return Stream.of(
          arguments("a task that breaks a MUST need, paused",
              companyKmAway("heavy", 2, goalTask("lifting").demanding("HEAVY_LIFTING")).pausedUntil(IN_TWO_WEEKS)),
          arguments("a task that breaks a MUST need, past the radius",
              companyKmAway("heavy", 33, goalTask("lifting").demanding("HEAVY_LIFTING"))),
          arguments("an excluded company, paused", companyKmAway("excluded", 2, goalTask("excluded-task"))
              .pausedUntil(IN_TWO_WEEKS)),
          arguments("a task without a free seat, past the radius",
              companyKmAway("no-seat", 33, goalTask("taken").capacity(2, 2))),
          arguments("a task past the radius and above the hours now",
              companyKmAway("far-and-long", 33, goalTask("twelve-hours").weeklyHours(12, 20))),
          arguments("a paused company at its monthly limit",
              companyKmAway("paused-and-full", 2, goalTask("paused-full")).pausedUntil(IN_TWO_WEEKS)
                  .monthlyLimit(1, THIS_MONTH, 1)),
          arguments("a task 6 km past the radius", companyKmAway("too-far", 36, goalTask("too-far-task"))),
          arguments("a task 3 hours above the hours now",
              companyKmAway("too-long", 2, goalTask("thirteen-hours").weeklyHours(13, 20))),
          arguments("a paused company with nothing for the citizen's goals", companyKmAway("garage", 2,
              aTask("tyres").titled("Dækskifte").inOccupation("7231")).pausedUntil(IN_TWO_WEEKS)),
          arguments("a company on the list with another task above the hours now",
              companyKmAway("listed-too", 3, goalTask("fits"), goalTask("twelve-hours").weeklyHours(12, 20))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptOutOtherwise")
    void isNoNearMiss(String what, CompanyBuilder company) {
      given(listed(), company);

      MatchResult result = matchFor(strictKitchenHelper());

      assertThat(result.nearMisses()).isEqualTo(MatchResult.NearMisses.NONE);
    }

    @Test
    void aCompanyThatPassesEveryRuleIsNoNearMissEvenWhenTheListIsTooShortToShowIt() {
      given(
          companyKmAway("first", 1, goalTask("first-task")),
          companyKmAway("second", 4, goalTask("fits"), goalTask("twelve-hours").weeklyHours(12, 20)));

      MatchResult result = matchFor(kitchenHelper(), 1);

      assertThat(companyIds(result)).containsExactly("first");
      assertThat(result.nearMisses()).isEqualTo(MatchResult.NearMisses.NONE);
    }
  }

  @Nested
  class Openings {
    @Test
    void countEveryCompanyEachRelaxationWouldOpenWhileAtMostFiveAreShownBestFirst() {
      given(listed(),
          companyKmAway("eleven-a", 2, goalTask("eleven-a-task").weeklyHours(11, 20)),
          companyKmAway("eleven-b", 2, goalTask("eleven-b-task").weeklyHours(11, 20)),
          companyKmAway("twelve", 2, goalTask("twelve-task").weeklyHours(12, 20)),
          companyKmAway("past-31", 31, goalTask("past-31-task")),
          companyKmAway("past-34", 34, goalTask("past-34-task")),
          companyKmAway("paused", 2, goalTask("paused-task")).pausedUntil(IN_TWO_WEEKS),
          companyKmAway("full-a", 2, goalTask("full-a-task")).monthlyLimit(1, THIS_MONTH, 1),
          companyKmAway("full-b", 2, goalTask("full-b-task")).monthlyLimit(3, THIS_MONTH, 3));

      MatchResult.NearMisses misses = matchFor(kitchenHelper()).nearMisses();

      assertThat(misses.openings()).containsExactly(
          new Opening(HardRule.COMMUTE_RADIUS, 35, 2),
          new Opening(HardRule.HOURS_NOW, 11, 2),
          new Opening(HardRule.HOURS_NOW, 12, 3),
          new Opening(HardRule.NOT_YET_AVAILABLE, 0, 1),
          new Opening(HardRule.MONTHLY_LIMIT, 0, 2));
      assertThat(misses.companies()).hasSize(TaskIndex.NEAR_MISSES_SHOWN);
      List<Double> scores = misses.companies().stream().map(m -> m.task().score()).toList();
      assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
      // The two beyond the radius score least: their distance part is nothing.
      assertThat(misses.companies()).extracting(NearMiss::companyId).doesNotContain("past-31", "past-34");
    }

    @Test
    void noNearMissesNoOpenings() {
      given(listed());

      assertThat(matchFor(kitchenHelper()).nearMisses()).isEqualTo(MatchResult.NearMisses.NONE);
    }
  }

  @Nested
  class Rows {
    @Test
    void aNearMissCarriesTheRowItsTaskWillHaveOnceTheCompanyIsAvailable() {
      CompanyBuilder bakery = companyKmAway("bakery", 3, goalTask("dishes").described("Opvask og rengøring")
          .demanding("CUSTOMER_CONTACT"));
      CitizenBuilder citizen = kitchenHelper().withSkills("rengøring").experiencedIn("9412", 4, 1)
          .wishing("CUSTOMER_CONTACT");
      given(listed(), bakery.pausedUntil(IN_TWO_WEEKS));
      NearMiss miss = matchFor(citizen).nearMisses().companies().getFirst();

      given(bakery.pausedUntil(null));
      MatchResult available = matchFor(citizen);

      assertThat(miss.task()).isEqualTo(task(available, "dishes"));
      assertThat(miss.task().reasons().goals()).containsExactly(
          new GoalMatch(A, "Køkkenmedhjælper", "9412", GoalMatchKind.EXACT_OCCUPATION, null));
      assertThat(miss.task().reasons().wishesMet()).containsExactly("CUSTOMER_CONTACT");
      assertThat(miss.name()).isEqualTo("Firma bakery");
      assertThat(miss.distanceKm()).isEqualTo(3.0);
    }

    @Test
    void theBestTaskOfACompanyIsItsNearMiss() {
      given(listed(), companyKmAway("two-tasks", 2,
          aTask("grill").titled("Grill").inOccupation("9411"),
          goalTask("dishes")).pausedUntil(IN_TWO_WEEKS));

      assertThat(matchFor(kitchenHelper()).nearMisses().companies()).singleElement()
          .extracting(m -> m.task().taskId()).isEqualTo("dishes");
    }

    @Test
    void nearMissesAreOrderedBestFirst() {
      given(listed(),
          companyKmAway("minor-group-near", 1, aTask("grill").titled("Grill").inOccupation("9411"))
              .pausedUntil(IN_TWO_WEEKS),
          companyKmAway("exact-farther", 10, goalTask("dishes")).pausedUntil(IN_TWO_WEEKS));

      assertThat(matchFor(kitchenHelper()).nearMisses().companies()).extracting(NearMiss::companyId)
          .containsExactly("exact-farther", "minor-group-near");
    }
  }
}
