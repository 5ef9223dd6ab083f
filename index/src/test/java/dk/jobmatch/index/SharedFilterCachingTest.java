package dk.jobmatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.IntField;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** The query cache keeps the filters citizens share and never the queries made of one citizen's codes and words. */
class SharedFilterCachingTest {
  private static final Vocabulary VOCABULARY = Vocabulary.bundled();

  @Test
  void cachesSharedFiltersOnceTheyAreUsedAgain() throws IOException {
    List<Query> shared = List.of(
        IntField.newRangeQuery(TaskDocuments.FREE_CAPACITY, 1, Integer.MAX_VALUE),
        // A wish's occupation prefix reads the occupation field too, but every citizen with the wish asks the same.
        MatchQuery.wishMet(VOCABULARY.wishes().values().stream().filter(w -> !w.occupationPrefixes().isEmpty())
            .findFirst().orElseThrow()));
    SharedFilterCaching policy = new SharedFilterCaching();

    for (Query query : shared) {
      usedTenTimes(policy, query);
      assertThat(policy.shouldCache(query)).as("%s", query).isTrue();
    }
  }

  @Test
  void neverCachesTheCitizensOwnCodesWordsOrExclusions() throws IOException {
    CitizenProfile citizen = TestCitizens.aCitizen().withGoal(GoalRank.A, "9412", "Lagermedarbejder")
        .excluding("some-company").build();
    HardRule.Context context = new HardRule.Context(citizen, VOCABULARY, LocalDate.of(2025, 3, 10));
    List<Query> ownQueries = List.of(
        MatchQuery.termsQuery(TaskDocuments.OCCUPATION, List.of("9412")),
        MatchQuery.strongSignals(citizen),
        MatchQuery.goalText(citizen.jobGoals().getFirst(), MatchResult.GoalMatchKind.TITLE_PART),
        MatchQuery.baseFilters(context));
    SharedFilterCaching policy = new SharedFilterCaching();

    for (Query query : ownQueries) {
      usedTenTimes(policy, query);
      assertThat(policy.shouldCache(query)).as("%s", query).isFalse();
    }
  }

  private static void usedTenTimes(SharedFilterCaching policy, Query query) {
    for (int i = 0; i < 10; i++) {
      policy.onUse(query);
    }
  }
}
