package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.CompanyMatch;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the tests that match against a real in-memory {@link TaskIndex} with the bundled
 * vocabulary: a fresh index per test, a fixed "today", and short ways to read a result.
 */
abstract class WithInMemoryIndex {
  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  static final int DEFAULT_LIMIT = 10;

  protected final TaskIndex index = TaskIndex.inMemory(Vocabulary.bundled());

  @AfterEach
  void closeIndex() {
    index.close();
  }

  /** A company with these tasks, {@code km} due north of the default citizen's home. */
  static CompanyBuilder companyKmAway(String companyId, double km, TaskBuilder... tasks) {
    return TestCompanies.aCompany(companyId).at(TestPlaces.kmNorthOf(TestPlaces.COPENHAGEN, km)).with(tasks);
  }

  protected void given(CompanyBuilder... companies) {
    for (CompanyBuilder company : companies) {
      index.put(company.build());
    }
  }

  protected MatchResult matchFor(CitizenBuilder citizen) {
    return matchFor(citizen, DEFAULT_LIMIT);
  }

  protected MatchResult matchFor(CitizenBuilder citizen, int limit) {
    return index.match(citizen.build(), limit, TODAY);
  }

  /** Task ids of the result in display order: companies best first, their tasks best first. */
  protected List<String> taskIdsFor(CitizenBuilder citizen) {
    return taskIds(matchFor(citizen));
  }

  protected List<String> companyIdsFor(CitizenBuilder citizen) {
    return companyIds(matchFor(citizen));
  }

  static List<String> taskIds(MatchResult result) {
    return result.companies().stream().flatMap(c -> c.tasks().stream()).map(TaskMatch::taskId).toList();
  }

  static List<String> companyIds(MatchResult result) {
    return result.companies().stream().map(CompanyMatch::companyId).toList();
  }

  static TaskMatch task(MatchResult result, String taskId) {
    return result.companies().stream().flatMap(c -> c.tasks().stream())
        .filter(t -> t.taskId().equals(taskId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("task " + taskId + " not in result " + taskIds(result)));
  }

  static CompanyMatch company(MatchResult result, String companyId) {
    return result.companies().stream()
        .filter(c -> c.companyId().equals(companyId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("company " + companyId + " not in result " + companyIds(result)));
  }
}
