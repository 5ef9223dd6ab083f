package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.CitizenProfile.GoalRank.C;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Soft ranking. Each test places the task expected first farthest away, so distance (the tie-breaker)
 * cannot produce the expected order by itself.
 */
class RankingTest extends WithInMemoryIndex {

  @Test
  void ranksExactOccupationAboveSameMinorGroupAboveTitleTextAboveNoGoalMatch() {
    given(
        aCompany("exact").at(kmNorthOf(COPENHAGEN, 8)).with(aTask("dishes").titled("Opvask").inOccupation("9412")),
        aCompany("minor-group").at(kmNorthOf(COPENHAGEN, 6))
            .with(aTask("fast-food").titled("Tilberedning af mad").inOccupation("9411")),
        aCompany("title-text").at(kmNorthOf(COPENHAGEN, 4))
            .with(aTask("canteen").titled("Køkkenmedhjælper i kantine").inOccupation("5131")),
        aCompany("unrelated").at(kmNorthOf(COPENHAGEN, 2)).with(aTask("garage").titled("Dækskifte").inOccupation("7231")));

    assertThat(taskIdsFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper")))
        .containsExactly("dishes", "fast-food", "canteen", "garage");
  }

  @Test
  void ranksExactOccupationOfAnAGoalAboveExactOccupationOfACGoal() {
    given(
        aCompany("kitchen").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("dishes").titled("Opvask").inOccupation("9412")),
        aCompany("shop").at(kmNorthOf(COPENHAGEN, 9)).with(aTask("shelves").titled("Varepåfyldning").inOccupation("5223")));

    assertThat(taskIdsFor(aCitizen().withGoal(C, "9412", "Køkkenmedhjælper").withGoal(A, "5223", "Butiksassistent")))
        .containsExactly("shelves", "dishes");
  }

  @Test
  void ranksSameMinorGroupOfAnAGoalAboveSameMinorGroupOfACGoal() {
    given(
        aCompany("kitchen").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("fast-food").titled("Grill").inOccupation("9411")),
        aCompany("shop").at(kmNorthOf(COPENHAGEN, 9)).with(aTask("demo").titled("Vareprøver").inOccupation("5227")));

    assertThat(taskIdsFor(aCitizen().withGoal(C, "9412", "Køkkenmedhjælper").withGoal(A, "5223", "Butiksassistent")))
        .containsExactly("demo", "fast-food");
  }

  @Test
  void ranksTitleTextOfAnAGoalAboveTitleTextOfACGoal() {
    given(
        aCompany("garden").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("hedges").titled("Gartner, hækklipning")),
        aCompany("bakery").at(kmNorthOf(COPENHAGEN, 9)).with(aTask("bread").titled("Bager, morgenbrød")));

    assertThat(taskIdsFor(aCitizen().withGoal(C, null, "gartner").withGoal(A, null, "bager")))
        .containsExactly("bread", "hedges");
  }

  @Test
  void scoresOnlyTheBestKindOfMatchOfAGoal() {
    // Both are exact matches; the farther one also has the goal's title in its text, which must not add up.
    given(
        aCompany("far").at(kmNorthOf(COPENHAGEN, 9))
            .with(aTask("exact-and-title").titled("Køkkenmedhjælper, opvask").inOccupation("9412")),
        aCompany("near").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("exact-only").titled("Opvask").inOccupation("9412")));

    assertThat(taskIdsFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper")))
        .containsExactly("exact-only", "exact-and-title");
  }

  @Test
  void ranksNearerTaskAboveFartherWhenAllElseIsEqual() {
    given(
        aCompany("far").at(kmNorthOf(COPENHAGEN, 20)).with(aTask("far-task").titled("Opvask").inOccupation("9412")),
        aCompany("near").at(kmNorthOf(COPENHAGEN, 2)).with(aTask("near-task").titled("Opvask").inOccupation("9412")),
        aCompany("middle").at(kmNorthOf(COPENHAGEN, 10)).with(aTask("middle-task").titled("Opvask").inOccupation("9412")));

    assertThat(taskIdsFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper")))
        .containsExactly("near-task", "middle-task", "far-task");
  }

  @Test
  void raisesTaskWhoseDescriptionHoldsAStemmedFormOfACvSkill() {
    given(
        aCompany("post-room").at(kmNorthOf(COPENHAGEN, 1))
            .with(aTask("post").titled("Kontoropgaver").described("Sortering af post")),
        // A little farther, so distance alone would put it second: the skill has to lift it.
        aCompany("accounts").at(kmNorthOf(COPENHAGEN, 2))
            .with(aTask("books").titled("Kontoropgaver").described("Hjælp med regnskab og bilag")));

    // "regnskaber" and "regnskab" share the Danish stem "regnskab".
    assertThat(taskIdsFor(aCitizen().withSkills("regnskaber"))).containsExactly("books", "post");
  }

  @Test
  void raisesTaskWhoseSkillsHoldAStemmedFormOfACvSkill() {
    given(
        aCompany("hotel").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("reception").titled("Hotelopgaver").withSkills("Kundeservice")),
        aCompany("office").at(kmNorthOf(COPENHAGEN, 2)).with(aTask("cleaning").titled("Hotelopgaver").withSkills("Rengøringen")));

    assertThat(taskIdsFor(aCitizen().withSkills("rengøring"))).containsExactly("cleaning", "reception");
  }

  @Test
  void raisesTaskInAnOccupationTheCitizenHasExperienceIn() {
    given(
        aCompany("garage").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("tyres").titled("Dækskifte").inOccupation("7231")),
        aCompany("bakery").at(kmNorthOf(COPENHAGEN, 9)).with(aTask("bread").titled("Morgenbrød").inOccupation("7512")));

    assertThat(taskIdsFor(aCitizen().experiencedIn("7512"))).containsExactly("bread", "tyres");
  }
}
