package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.KitchenTasks.exactTask;
import static dk.jobmatch.index.KitchenTasks.minorGroupTask;
import static dk.jobmatch.index.KitchenTasks.titleTextTask;
import static dk.jobmatch.index.KitchenTasks.unrelatedTask;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.CompanyMatch;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results are grouped by company: the consultant calls a company, not a task. */
class GroupingTest extends WithInMemoryIndex {

  private static final CitizenBuilder KITCHEN_HELPER = aCitizen().withGoal(A, "9412", "Køkkenmedhjælper");

  @Test
  void showsTheBestThreeTasksOfACompany() {
    given(aCompany("canteen").with(
        unrelatedTask("tyres"), titleTextTask("salad"), unrelatedTask("brakes"), exactTask("dishes"), minorGroupTask("grill")));

    MatchResult result = matchFor(KITCHEN_HELPER);

    assertThat(companyIds(result)).containsExactly("canteen");
    assertThat(taskIds(result)).containsExactly("dishes", "grill", "salad");
  }

  @Test
  void returnsNoMoreCompaniesThanTheLimit() {
    given(
        aCompany("exact").at(kmNorthOf(COPENHAGEN, 5)).with(exactTask("dishes")),
        aCompany("unrelated").at(kmNorthOf(COPENHAGEN, 1)).with(unrelatedTask("tyres")),
        aCompany("minor-group").at(kmNorthOf(COPENHAGEN, 4)).with(minorGroupTask("grill")),
        aCompany("title-text").at(kmNorthOf(COPENHAGEN, 3)).with(titleTextTask("salad")));

    assertThat(companyIds(matchFor(KITCHEN_HELPER, 2))).containsExactly("exact", "minor-group");
  }

  @Test
  void ordersCompaniesByTheirBestTask() {
    given(
        aCompany("text-and-unrelated").at(kmNorthOf(COPENHAGEN, 1)).with(unrelatedTask("tyres"), titleTextTask("salad")),
        aCompany("exact").at(kmNorthOf(COPENHAGEN, 9)).with(unrelatedTask("brakes"), exactTask("dishes")),
        aCompany("minor-group").at(kmNorthOf(COPENHAGEN, 5)).with(minorGroupTask("grill")));

    assertThat(companyIds(matchFor(KITCHEN_HELPER))).containsExactly("exact", "minor-group", "text-and-unrelated");
  }

  @Test
  void givesACompanyTheScoreOfItsBestTask() {
    given(aCompany("canteen").with(unrelatedTask("tyres"), exactTask("dishes"), titleTextTask("salad")));

    CompanyMatch canteen = company(matchFor(KITCHEN_HELPER), "canteen");

    assertThat(canteen.tasks()).extracting(MatchResult.TaskMatch::taskId).containsExactly("dishes", "salad", "tyres");
    assertThat(canteen.score()).isEqualTo(canteen.tasks().getFirst().score());
    assertThat(canteen.tasks().get(0).score()).isGreaterThan(canteen.tasks().get(1).score());
    assertThat(canteen.tasks().get(1).score()).isGreaterThan(canteen.tasks().get(2).score());
  }

  @Test
  void doesNotLetACompanyWithManyTopTasksCrowdOutOthers() {
    // 200 exact-match tasks at one company fill the first windows of top tasks many times over.
    CompanyBuilder big = aCompany("big").at(kmNorthOf(COPENHAGEN, 1))
        .with(IntStream.range(0, 200).mapToObj(i -> exactTask("big-" + i)).toArray(TaskBuilder[]::new));
    given(
        big,
        aCompany("small-1").at(kmNorthOf(COPENHAGEN, 2)).with(minorGroupTask("small-1-grill")),
        aCompany("small-2").at(kmNorthOf(COPENHAGEN, 3)).with(minorGroupTask("small-2-grill")),
        aCompany("small-3").at(kmNorthOf(COPENHAGEN, 4)).with(titleTextTask("small-3-salad")));

    MatchResult result = matchFor(KITCHEN_HELPER, 3);

    assertThat(companyIds(result)).containsExactly("big", "small-1", "small-2");
    assertThat(company(result, "big").tasks()).hasSize(TaskIndex.TASKS_PER_COMPANY);
  }

  @Test
  void findsEveryCompanyWhenFewerMatchThanTheLimit() {
    CompanyBuilder big = aCompany("big").at(kmNorthOf(COPENHAGEN, 1))
        .with(IntStream.range(0, 120).mapToObj(i -> exactTask("big-" + i)).toArray(TaskBuilder[]::new));
    given(big, aCompany("small").at(kmNorthOf(COPENHAGEN, 2)).with(unrelatedTask("tyres")));

    assertThat(companyIds(matchFor(KITCHEN_HELPER, 5))).containsExactly("big", "small");
  }
}
