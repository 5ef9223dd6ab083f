package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Weights decide how much each part of the ranking counts; a consultant may override them per request. */
class WeightsTest extends WithInMemoryIndex {
  private static final CitizenBuilder KITCHEN_HELPER = aCitizen().withGoal(A, "9412", "Køkkenmedhjælper");

  private MatchResult matchWith(CitizenBuilder citizen, ScoreWeights weights) {
    return index.match(citizen.build(), DEFAULT_LIMIT, weights, TODAY);
  }

  private static ScoreWeights defaultsWith(String name, double value) {
    return ScoreWeights.DEFAULTS.with(Map.of(name, value));
  }

  @Nested
  class Overrides {
    @Test
    void raisingDistancePutsANearMinorGroupTaskAboveAFarExactGoalTask() {
      given(
          aCompany("far-exact").at(kmNorthOf(COPENHAGEN, 20)).with(aTask("dishes").inOccupation("9412")),
          aCompany("near-minor").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("grill").inOccupation("9411")));

      assertThat(taskIds(matchWith(KITCHEN_HELPER, ScoreWeights.DEFAULTS))).containsExactly("dishes", "grill");
      assertThat(taskIds(matchWith(KITCHEN_HELPER, defaultsWith("distance", 50)))).containsExactly("grill", "dishes");
    }

    @Test
    void settingGoalsToZeroLetsTheOtherPartsDecide() {
      given(
          aCompany("far-exact").at(kmNorthOf(COPENHAGEN, 10)).with(aTask("dishes").inOccupation("9412")),
          aCompany("near-unrelated").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("tyres").inOccupation("7231")));

      MatchResult withoutGoals = matchWith(KITCHEN_HELPER, defaultsWith("goals", 0));

      assertThat(taskIds(matchWith(KITCHEN_HELPER, ScoreWeights.DEFAULTS))).containsExactly("dishes", "tyres");
      assertThat(taskIds(withoutGoals)).containsExactly("tyres", "dishes");
      assertThat(task(withoutGoals, "dishes").breakdown().get(ScorePart.GOALS)).isZero();
      // The goal still matched and is still explained; it just does not count.
      assertThat(task(withoutGoals, "dishes").reasons().goals()).isNotEmpty();
    }

    @Test
    void raisingPaidHoursRecordPutsAProvenCompanyAboveANearerUnprovenOne() {
      given(
          aCompany("proven").at(kmNorthOf(COPENHAGEN, 10)).paidHoursRecord(6, 6).with(aTask("at-proven")),
          aCompany("unproven").at(kmNorthOf(COPENHAGEN, 1)).paidHoursRecord(6, 0).with(aTask("at-unproven")));

      assertThat(taskIds(matchWith(aCitizen(), ScoreWeights.DEFAULTS))).containsExactly("at-unproven", "at-proven");
      assertThat(taskIds(matchWith(aCitizen(), defaultsWith("paidHoursRecord", 10))))
          .containsExactly("at-proven", "at-unproven");
    }

    @Test
    void theBreakdownIsWeightedWithTheOverride() {
      given(aCompany("near").at(kmNorthOf(COPENHAGEN, 6)).with(aTask("task").inOccupation("9412")));

      MatchResult result = matchWith(KITCHEN_HELPER, defaultsWith("distance", 50).with(Map.of("goals", 20.0)));

      assertThat(task(result, "task").breakdown().get(ScorePart.DISTANCE)).isCloseTo(50 * (1 - 6 / 30.0), within(0.05));
      assertThat(task(result, "task").breakdown().get(ScorePart.GOALS)).isEqualTo(20.0);
    }

    @Test
    void theResultEchoesTheWeightsUsed() {
      given(aCompany("shop").with(aTask("task")));
      ScoreWeights override = defaultsWith("skills", 0.5);

      assertThat(matchFor(aCitizen()).weights()).isEqualTo(ScoreWeights.DEFAULTS);
      assertThat(matchWith(aCitizen(), override).weights()).isEqualTo(override);
    }

    @Test
    void theResultEchoesTheWeightsUsedEvenWhenNothingMatches() {
      ScoreWeights override = defaultsWith("distance", 7);

      MatchResult result = matchWith(aCitizen(), override);

      assertThat(result.companies()).isEmpty();
      assertThat(result.weights()).isEqualTo(override);
    }
  }

  @Nested
  class Bounds {
    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {-1, -0.001, 50.001, 51, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsAWeightOutOfBounds(double value) {
      assertThatThrownBy(() -> defaultsWith("distance", value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("distance")
          .hasMessageContaining("between 0.0 and 50.0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {-1, 51, Double.NaN})
    void rejectsAWeightOutOfBoundsForTheLastPart(double value) {
      assertThatThrownBy(() -> defaultsWith("paidHoursRecord", value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("paidHoursRecord");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0, 0.5, 50})
    void acceptsTheBoundsThemselves(double value) {
      assertThat(defaultsWith("goals", value).get(ScorePart.GOALS)).isEqualTo(value);
    }

    @Test
    void rejectsAnUnknownNameAndListsTheKnownOnes() {
      assertThatThrownBy(() -> defaultsWith("speed", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("speed")
          .hasMessageContaining(String.join(", ", ScoreWeights.NAMES));
    }

    @Test
    void anOverrideLeavesTheDefaultsAlone() {
      ScoreWeights before = ScoreWeights.DEFAULTS;

      defaultsWith("goals", 1);

      assertThat(ScoreWeights.DEFAULTS).isEqualTo(before);
      assertThat(ScoreWeights.DEFAULTS.get(ScorePart.GOALS)).isEqualTo(10);
    }

    @Test
    void namesEveryWeightInBreakdownOrder() {
      assertThat(ScoreWeights.DEFAULTS.asMap().keySet()).containsExactlyElementsOf(ScoreWeights.NAMES);
      assertThat(ScoreWeights.NAMES).containsExactly(
          "goals", "experience", "skills", "developmentGoals", "wishes", "hoursFit", "distance", "preferNeeds",
          "ordinaryHours", "paidHoursRecord");
      for (String name : ScoreWeights.NAMES) {
        assertThat(defaultsWith(name, 42).asMap()).as(name).containsEntry(name, 42.0);
      }
    }

    @Test
    void jobGoalsWeighMostByDefault() {
      ScoreWeights.DEFAULTS.asMap().forEach((name, weight) -> {
        if (!name.equals("goals")) {
          assertThat(weight).as(name).isLessThan(ScoreWeights.DEFAULTS.get(ScorePart.GOALS));
        }
      });
    }
  }
}
