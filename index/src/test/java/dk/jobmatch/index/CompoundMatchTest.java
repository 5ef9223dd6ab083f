package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.GoalMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.MatchResult.WordPart;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Danish writes compounds closed: the "lager" a consultant types stands inside "Lagerarbejde", and a
 * whole-word index would never find it. A word found inside a compound matches, below the same word
 * standing alone and above a task with neither; a generic head such as "arbejde" splits compounds but
 * never matches on its own. In each ranking test the task that should win is the farthest away, so
 * distance cannot produce the expected order.
 */
class CompoundMatchTest extends WithInMemoryIndex {

  /** A task in an occupation no goal of these tests names, so only text can match it. */
  private static TaskBuilder titled(String id, String title) {
    return aTask(id).titled(title).inOccupation("9629");
  }

  private static TaskBuilder unrelated() {
    return aTask("unrelated").titled("Dækskifte").inOccupation("7231");
  }

  private static double part(MatchResult result, String taskId, ScorePart part) {
    return task(result, taskId).breakdown().get(part);
  }

  @Nested
  class AGoalWordInsideACompound {
    @ParameterizedTest(name = "\"{0}\" in \"{1}\"")
    @CsvSource({
        "lager,  Lagerarbejde,  Lager og pakning",
        "køkken, Storkøkkenet,  Køkken og opvask",
        "butik,  Butiksarbejde, Butik og kasse",
    })
    void matchesBelowTheSameWordStandingAloneAndAboveAnUnrelatedTask(String word, String compound, String alone) {
      given(
          companyKmAway("with-the-word", 6, titled("alone", alone)),
          companyKmAway("with-the-compound", 4, titled("compound", compound)),
          companyKmAway("with-neither", 2, unrelated()));

      MatchResult result = matchFor(aCitizen().withGoal(A, null, word));

      assertThat(taskIds(result)).containsExactly("alone", "compound", "unrelated");
      assertThat(task(result, "compound").reasons().goals()).containsExactly(
          new GoalMatch(A, word, null, GoalMatchKind.TITLE_PART, new WordPart(word, compound)));
      assertThat(part(result, "compound", ScorePart.GOALS)).isEqualTo(10 * ScoreModel.goal(GoalMatchKind.TITLE_PART, A));
      assertThat(part(result, "unrelated", ScorePart.GOALS)).isZero();
    }

    @Test
    void ranksInTheTitleAboveInsideATitleCompoundAboveInTheTextAboveInsideATextCompound() {
      given(
          companyKmAway("title-word", 8, titled("title-word", "Lager og pakning")),
          companyKmAway("title-part", 6, titled("title-part", "Lagerarbejde")),
          companyKmAway("text-word", 4, titled("text-word", "Pakning").described("Hjælp på vores lager")),
          companyKmAway("text-part", 2, titled("text-part", "Pakning").described("Oprydning i lagerhallen")));

      MatchResult result = matchFor(aCitizen().withGoal(A, null, "lager"));

      List<String> best = List.of("title-word", "title-part", "text-word", "text-part");
      assertThat(taskIds(result)).containsExactlyElementsOf(best);
      assertThat(best).extracting(id -> task(result, id).reasons().goals().getFirst().kind()).containsExactly(
          GoalMatchKind.TITLE_WORD, GoalMatchKind.TITLE_PART, GoalMatchKind.TEXT_WORD, GoalMatchKind.TEXT_PART);
      assertThat(best).extracting(id -> part(result, id, ScorePart.GOALS)).containsExactly(
          10 * ScoreModel.goal(GoalMatchKind.TITLE_WORD, A), 10 * ScoreModel.goal(GoalMatchKind.TITLE_PART, A),
          10 * ScoreModel.goal(GoalMatchKind.TEXT_WORD, A), 10 * ScoreModel.goal(GoalMatchKind.TEXT_PART, A));
    }

    @Test
    void namesTheWordWithoutACompoundWhenThePartIsInTheDescription() {
      given(aCompany("company").with(titled("task", "Pakning").described("Oprydning i lagerhallen")));

      assertThat(task(matchFor(aCitizen().withGoal(A, null, "lager")), "task").reasons().goals()).containsExactly(
          new GoalMatch(A, "lager", null, GoalMatchKind.TEXT_PART, new WordPart("lager", null)));
    }
  }

  @Nested
  class TheCitizensOwnCompound {
    @Test
    void aCompoundGoalFindsATaskTitledWithItsPart() {
      given(
          companyKmAway("packing", 4, titled("lager-og-pakning", "Lager og pakning")),
          companyKmAway("garage", 2, unrelated()));

      MatchResult result = matchFor(aCitizen().withGoal(A, null, "lagermedarbejder"));

      assertThat(taskIds(result)).containsExactly("lager-og-pakning", "unrelated");
      assertThat(task(result, "lager-og-pakning").reasons().goals()).containsExactly(
          new GoalMatch(A, "lagermedarbejder", null, GoalMatchKind.TITLE_PART, new WordPart("Lager", "lagermedarbejder")));
    }
  }

  @Nested
  class ASkillInsideACompound {
    @Test
    void countsBelowTheSameWordStandingAloneAndIsListedWithItsCompound() {
      given(
          // A skill counts for little in an index of three tasks, so the steps of distance are small.
          companyKmAway("with-the-word", 2.2, titled("alone", "Pakning og lager")),
          companyKmAway("with-the-compound", 2.1, titled("compound", "Pakning og lagerarbejde")),
          companyKmAway("with-neither", 2, titled("neither", "Pakning og kasse")));

      MatchResult result = matchFor(aCitizen().withSkills("lager"));

      assertThat(taskIds(result)).containsExactly("alone", "compound", "neither");
      assertThat(part(result, "alone", ScorePart.SKILLS)).isGreaterThan(part(result, "compound", ScorePart.SKILLS));
      assertThat(part(result, "compound", ScorePart.SKILLS)).isPositive();
      assertThat(part(result, "neither", ScorePart.SKILLS)).isZero();
      TaskMatch compound = task(result, "compound");
      assertThat(compound.reasons().matchedSkills()).isEmpty();
      assertThat(compound.reasons().matchedSkillParts()).containsExactly(new WordPart("lager", "lagerarbejde"));
      assertThat(task(result, "alone").reasons().matchedSkills()).containsExactly("lager");
      assertThat(task(result, "alone").reasons().matchedSkillParts()).isEmpty();
    }
  }

  @Nested
  class GenericHeads {
    @ParameterizedTest(name = "\"{0}\" against \"{1}\"")
    @CsvSource({
        "Lagerarbejde,      Rengøringsarbejde",
        "Køkkenmedarbejder, Lagermedarbejder",
        "arbejde,           Butiksarbejde",
        "medarbejder,       Kantinemedarbejder",
        "medhjælper,        Butiksmedhjælper",
    })
    void neverMatchAGoalOrASkillOnTheirOwn(String citizensWord, String title) {
      given(aCompany("company").with(titled("task", title)));

      TaskMatch row = task(matchFor(aCitizen().withGoal(A, null, citizensWord).withSkills(citizensWord)), "task");

      assertThat(row.reasons().goals()).isEmpty();
      assertThat(row.breakdown().get(ScorePart.GOALS)).isZero();
      assertThat(row.reasons().matchedSkillParts()).isEmpty();
      assertThat(row.breakdown().get(ScorePart.SKILLS)).isZero();
    }
  }
}
