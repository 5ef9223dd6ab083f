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
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Results are grouped by company in one pass, which relies on a company's documents staying next
 * to each other in the index (they are written as one block). These tests make the best task of a
 * company one of its last documents, and rewrite companies many times so that the index consists of
 * many segments, merged several times, with deleted blocks in between.
 */
class GroupingAfterUpdatesTest extends WithInMemoryIndex {
  private static final CitizenBuilder KITCHEN_HELPER = aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").commutingAtMostKm(50);

  @Test
  void showsAtMostThreeTasksOfACompanyBestFirstWhateverTheOrderTheyWereGivenIn() {
    given(aCompany("canteen").with(
        unrelatedTask("tyres"), unrelatedTask("brakes"), titleTextTask("salad"), minorGroupTask("grill"), exactTask("dishes")));

    assertThat(taskIdsFor(KITCHEN_HELPER)).containsExactly("dishes", "grill", "salad");
  }

  @Test
  void representsACompanyByItsBestTaskEvenWhenThatIsItsLastDocument() {
    // Sixty unrelated tasks first, the exact goal match last; nearer competitors have minor-group tasks only.
    List<TaskBuilder> tasks = new ArrayList<>();
    IntStream.range(0, 60).forEach(i -> tasks.add(unrelatedTask("big-unrelated-" + i)));
    tasks.add(exactTask("big-exact"));
    given(aCompany("big").at(kmNorthOf(COPENHAGEN, 9)).with(tasks.toArray(TaskBuilder[]::new)));
    for (int i = 1; i <= 5; i++) {
      given(aCompany("competitor-" + i).at(kmNorthOf(COPENHAGEN, i)).with(minorGroupTask("competitor-grill-" + i)));
    }

    MatchResult result = matchFor(KITCHEN_HELPER, 1);

    assertThat(companyIds(result)).containsExactly("big");
    assertThat(company(result, "big").tasks()).extracting(TaskMatch::taskId).first().isEqualTo("big-exact");
  }

  @Test
  void groupsEveryCompanyOnceWithItsBestTasksAfterManyUpdatesAndMerges() {
    Random random = new Random(20250310);
    // Company id -> distance in km: companies with the same kinds of tasks rank by distance alone.
    Map<String, Double> companies = new LinkedHashMap<>();
    List<CompanyEntry> initial = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String id = "company-" + i;
      companies.put(id, 1 + i * 0.5);
      initial.add(companyWithBestTaskSomewhere(id, companies.get(id), 0, random).build());
    }
    // The bulk build merges everything to one segment; every change after it adds segments and deletes.
    index.replaceAll(initial);
    int puts = 0;
    for (int round = 1; round <= 12; round++) {
      for (String id : List.copyOf(companies.keySet())) {
        if (random.nextInt(3) == 0) {
          index.put(companyWithBestTaskSomewhere(id, companies.get(id), round, random).build());
          puts++;
        }
      }
      String added = "added-" + round;
      companies.put(added, 0.75 + round * 1.5);
      index.put(companyWithBestTaskSomewhere(added, companies.get(added), round, random).build());
      puts++;
    }
    for (int i = 0; i < 150; i++) {
      // Rewrites of one company, over and over: each leaves a deleted block behind and a new segment.
      index.put(companyWithBestTaskSomewhere("company-7", companies.get("company-7"), 100 + i, random).build());
      puts++;
    }
    assertThat(index.segmentCount()).as("segments after %d single writes: merges must have run", puts)
        .isLessThan(puts / 3);

    List<String> nearestFirst = companies.entrySet().stream()
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    MatchResult top = matchFor(KITCHEN_HELPER, 10);
    MatchResult all = matchFor(KITCHEN_HELPER, 100);

    assertThat(companyIds(top)).containsExactlyElementsOf(nearestFirst.subList(0, 10));
    assertThat(companyIds(all)).containsExactlyElementsOf(nearestFirst);
    assertThat(all.companies()).allSatisfy(this::showsItsThreeBestTasksBestFirst);
    assertThat(index.taskCount()).isEqualTo(companies.size() * 6);
  }

  /**
   * Six tasks, one of each kind of goal match plus two unrelated, in a random order: which task is
   * best never depends on where it sits. Task ids carry the version, so a stale task would show.
   */
  private static CompanyBuilder companyWithBestTaskSomewhere(String id, double km, int version, Random random) {
    String v = id + "-v" + version + "-";
    List<TaskBuilder> tasks = new ArrayList<>(List.of(
        exactTask(v + "1-exact"), minorGroupTask(v + "2-minor"), titleTextTask(v + "3-text"),
        unrelatedTask(v + "4-unrelated"), unrelatedTask(v + "5-unrelated"), unrelatedTask(v + "6-unrelated")));
    Collections.shuffle(tasks, random);
    return aCompany(id).at(kmNorthOf(COPENHAGEN, km)).with(tasks.toArray(TaskBuilder[]::new));
  }

  private void showsItsThreeBestTasksBestFirst(CompanyMatch company) {
    List<String> ids = company.tasks().stream().map(TaskMatch::taskId).toList();
    assertThat(ids).as(company.companyId()).hasSize(3);
    String version = ids.getFirst().substring(0, ids.getFirst().lastIndexOf("-1-exact") + 1);
    assertThat(ids).as(company.companyId())
        .containsExactly(version + "1-exact", version + "2-minor", version + "3-text");
    assertThat(company.tasks()).extracting(TaskMatch::score).isSortedAccordingTo(Comparator.reverseOrder());
  }
}
