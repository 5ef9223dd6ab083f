package dk.jobmatch.index;

import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.index.CitizenProfile.Experience;
import dk.jobmatch.index.MatchResult.ExperienceMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.Source;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the CV says counts: more years in an occupation count more, with diminishing returns; recent
 * experience more than old; a completed education more than one begun only; the occupation's minor
 * group half. The row names the one entry that counted. In each ranking test the task that should
 * win is the farther one, and the tasks differ in nothing but their occupation.
 */
class ExperienceAndEducationTest extends WithInMemoryIndex {
  private static final String COOK = "5120";
  private static final String CLEANER = "9112";
  private static final String KITCHEN_HELPER = "9412";
  /** Fast-food preparer: the kitchen helper's minor group (941). */
  private static final String FAST_FOOD = "9411";
  private static final String BAKER = "7512";
  private static final String TYRE_FITTER = "7231";
  private static final double WEIGHT = ScorePart.EXPERIENCE.defaultWeight();

  /**
   * The citizen's match against one task per occupation, its id the code: the first farthest away,
   * each next one half a kilometre nearer (0.05 points).
   */
  private MatchResult matchAgainstTasksIn(CitizenBuilder citizen, String... occupations) {
    for (int i = 0; i < occupations.length; i++) {
      given(companyKmAway("company-" + occupations[i], 1 + 0.5 * (occupations.length - 1 - i),
          aTask(occupations[i]).inOccupation(occupations[i])));
    }
    return matchFor(citizen);
  }

  /** {@link #matchAgainstTasksIn}, checked to rank the tasks as listed: the first, farthest away, best. */
  private MatchResult rankedAsListed(CitizenBuilder citizen, String... occupations) {
    MatchResult result = matchAgainstTasksIn(citizen, occupations);
    assertThat(taskIds(result)).as("ranked best first").containsExactly(occupations);
    return result;
  }

  private static double experiencePart(MatchResult result, String taskId) {
    return task(result, taskId).breakdown().get(ScorePart.EXPERIENCE);
  }

  private static ExperienceMatch named(MatchResult result, String taskId) {
    return task(result, taskId).reasons().experience();
  }

  @Nested
  class Years {
    @Test
    void tenYearsAsACookOutrankOneYearOfCleaning() {
      MatchResult result = rankedAsListed(aCitizen().experiencedIn(CLEANER, 1, 0).experiencedIn(COOK, 10, 0),
          COOK, CLEANER);

      assertThat(experiencePart(result, COOK)).isEqualTo(WEIGHT * ScoreModel.experience(GoalMatchKind.EXACT_OCCUPATION, 10.0, 0));
      assertThat(experiencePart(result, CLEANER)).isEqualTo(WEIGHT * ScoreModel.experience(GoalMatchKind.EXACT_OCCUPATION, 1.0, 0));
    }

    @Test
    void eachFurtherYearAddsLessThanTheOneBefore() {
      MatchResult result = rankedAsListed(
          aCitizen().experiencedIn(COOK, 1, 0).experiencedIn(BAKER, 5, 0).experiencedIn(CLEANER, 9, 0),
          CLEANER, BAKER, COOK);

      double firstFourYears = experiencePart(result, BAKER) - experiencePart(result, COOK);
      double nextFourYears = experiencePart(result, CLEANER) - experiencePart(result, BAKER);
      assertThat(nextFourYears).isPositive().isLessThan(firstFourYears / 2);
      assertThat(experiencePart(result, CLEANER)).isLessThan(WEIGHT);
    }

    @Test
    void recentExperienceOutranksTheSameYearsLongAgo() {
      MatchResult result = rankedAsListed(
          aCitizen().experiencedIn(COOK, 5, 20).experiencedIn(BAKER, 5, 9).experiencedIn(CLEANER, 5, 0),
          CLEANER, BAKER, COOK);

      // Fifteen years ago and more, experience still counts half.
      assertThat(experiencePart(result, COOK)).isCloseTo(experiencePart(result, CLEANER) / 2, within(1e-9));
    }

    @Test
    void experienceEndedUpToThreeYearsAgoCountsAsInFull() {
      MatchResult result = matchAgainstTasksIn(aCitizen().experiencedIn(COOK, 4, 3).experiencedIn(BAKER, 4, 0),
          COOK, BAKER);

      assertThat(experiencePart(result, COOK)).isEqualTo(experiencePart(result, BAKER)).isPositive();
    }
  }

  @Nested
  class Education {
    @Test
    void aCompletedEducationOutranksOneBegunOnlyWhichOutranksNone() {
      MatchResult result = rankedAsListed(
          aCitizen().educatedFor(BAKER, false).educatedFor(COOK, true), COOK, BAKER, TYRE_FITTER);

      assertThat(experiencePart(result, COOK)).isEqualTo(WEIGHT * ScoreModel.education(GoalMatchKind.EXACT_OCCUPATION, true));
      assertThat(experiencePart(result, BAKER)).isEqualTo(WEIGHT * ScoreModel.education(GoalMatchKind.EXACT_OCCUPATION, false)).isPositive();
      assertThat(experiencePart(result, TYRE_FITTER)).isZero();
    }

    @Test
    void namesTheEducationAndWhetherItWasCompleted() {
      MatchResult result = matchAgainstTasksIn(aCitizen().educatedFor(BAKER, false).educatedFor(COOK, true), COOK, BAKER);

      assertThat(named(result, COOK)).isEqualTo(new ExperienceMatch(COOK, GoalMatchKind.EXACT_OCCUPATION, Source.EDUCATION, null, null, true));
      assertThat(named(result, BAKER)).isEqualTo(new ExperienceMatch(BAKER, GoalMatchKind.EXACT_OCCUPATION, Source.EDUCATION, null, null, false));
    }
  }

  @Nested
  class MinorGroup {
    @Test
    void experienceInTheOccupationsMinorGroupCountsHalf() {
      MatchResult result = rankedAsListed(aCitizen().experiencedIn(KITCHEN_HELPER, 5, 0),
          KITCHEN_HELPER, FAST_FOOD, CLEANER);

      assertThat(experiencePart(result, FAST_FOOD)).isCloseTo(experiencePart(result, KITCHEN_HELPER) / 2, within(1e-9));
      assertThat(named(result, FAST_FOOD)).isEqualTo(
          new ExperienceMatch(KITCHEN_HELPER, GoalMatchKind.SAME_MINOR_GROUP, Source.EXPERIENCE, 5.0, 0, false));
      assertThat(named(result, CLEANER)).isNull();
    }

    @Test
    void anEducationInTheMinorGroupCountsHalf() {
      MatchResult result = matchAgainstTasksIn(aCitizen().educatedFor(KITCHEN_HELPER, true), KITCHEN_HELPER, FAST_FOOD);

      assertThat(experiencePart(result, FAST_FOOD)).isCloseTo(experiencePart(result, KITCHEN_HELPER) / 2, within(1e-9));
      assertThat(named(result, FAST_FOOD)).isEqualTo(
          new ExperienceMatch(KITCHEN_HELPER, GoalMatchKind.SAME_MINOR_GROUP, Source.EDUCATION, null, null, true));
    }
  }

  @Nested
  class FieldOfWork {
    @Test
    void experienceInTheSameFieldOfWorkCountsAQuarter() {
      // A cook's years reach the baker's task (Køkken, restaurant og fødevarer), not the tyre fitter's.
      MatchResult result = rankedAsListed(aCitizen().experiencedIn(COOK, 10, 0), COOK, BAKER, TYRE_FITTER);

      assertThat(experiencePart(result, BAKER)).isCloseTo(experiencePart(result, COOK) / 4, within(1e-9));
      assertThat(named(result, BAKER)).isEqualTo(
          new ExperienceMatch(COOK, GoalMatchKind.SAME_FIELD, Source.EXPERIENCE, 10.0, 0, false));
      assertThat(named(result, TYRE_FITTER)).isNull();
    }
  }

  @Nested
  class TheEntryNamed {
    @Test
    void namesTheYearsAndHowLongAgoOfTheExperienceThatCounted() {
      MatchResult result = matchAgainstTasksIn(aCitizen().experiencedIn(COOK, 7.5, 2), COOK);

      assertThat(named(result, COOK)).isEqualTo(new ExperienceMatch(COOK, GoalMatchKind.EXACT_OCCUPATION, Source.EXPERIENCE, 7.5, 2, false));
    }

    @Test
    void aDecadeInTheMinorGroupOutweighsAYearInTheOccupationItselfAndIsTheOneNamed() {
      MatchResult result = matchAgainstTasksIn(
          aCitizen().experiencedIn(KITCHEN_HELPER, 1, 0).experiencedIn(FAST_FOOD, 10, 0), KITCHEN_HELPER);

      assertThat(named(result, KITCHEN_HELPER)).isEqualTo(
          new ExperienceMatch(FAST_FOOD, GoalMatchKind.SAME_MINOR_GROUP, Source.EXPERIENCE, 10.0, 0, false));
      assertThat(experiencePart(result, KITCHEN_HELPER)).isEqualTo(WEIGHT * ScoreModel.experience(GoalMatchKind.SAME_MINOR_GROUP, 10.0, 0));
    }

    @Test
    void aCompletedEducationOutweighsAShortSpellInTheOccupationAndIsTheOneNamed() {
      MatchResult result = matchAgainstTasksIn(
          aCitizen().experiencedIn(COOK, 1, 0).educatedFor(COOK, true), COOK);

      assertThat(named(result, COOK)).isEqualTo(new ExperienceMatch(COOK, GoalMatchKind.EXACT_OCCUPATION, Source.EDUCATION, null, null, true));
      assertThat(experiencePart(result, COOK)).isEqualTo(WEIGHT * ScoreModel.education(GoalMatchKind.EXACT_OCCUPATION, true));
    }

    @Test
    void theEntriesDoNotAddUpOnlyTheBestCounts() {
      MatchResult result = matchAgainstTasksIn(
          aCitizen().educatedFor(COOK, true).experiencedIn(COOK, 6, 0).experiencedIn(COOK, 2, 1), COOK);

      assertThat(experiencePart(result, COOK)).isEqualTo(WEIGHT * ScoreModel.experience(GoalMatchKind.EXACT_OCCUPATION, 6.0, 0));
      assertThat(named(result, COOK)).isEqualTo(new ExperienceMatch(COOK, GoalMatchKind.EXACT_OCCUPATION, Source.EXPERIENCE, 6.0, 0, false));
    }
  }

  @Test
  void rejectsNegativeYearsAndExperienceEndingInTheFuture() {
    assertThatThrownBy(() -> new Experience(COOK, -1.0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Experience(COOK, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Experience(COOK, 2.0, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
