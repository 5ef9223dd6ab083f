package dk.jobmatch.index;

import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.jobmatch.index.vocabulary.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes are visible to the next match; a company's tasks are replaced as a whole. */
class IndexLifecycleTest extends WithInMemoryIndex {

  @Test
  void startsEmpty() {
    assertThat(index.taskCount()).isZero();
    assertThat(matchFor(aCitizen()).companies()).isEmpty();
  }

  @Test
  void findsTheTasksOfACompanyRightAfterItIsPut() {
    index.put(aCompany("bakery").with(aTask("bread"), aTask("cakes")).build());

    assertThat(taskIdsFor(aCitizen())).containsExactlyInAnyOrder("bread", "cakes");
  }

  @Test
  void countsTheTasksOfEveryCompany() {
    given(
        aCompany("bakery").with(aTask("bread"), aTask("cakes")),
        aCompany("garage").with(aTask("tyres"), aTask("brakes"), aTask("oil")));

    assertThat(index.taskCount()).isEqualTo(5);
  }

  @Test
  void replacesTheTasksOfACompanyThatIsPutAgain() {
    given(aCompany("bakery").with(aTask("bread"), aTask("cakes")));

    index.put(aCompany("bakery").with(aTask("pastry")).build());

    assertThat(taskIdsFor(aCitizen())).containsExactly("pastry");
    assertThat(index.taskCount()).isEqualTo(1);
  }

  @Test
  void appliesChangedCompanyFieldsWhenACompanyIsPutAgain() {
    given(aCompany("bakery").with(aTask("bread")));

    index.put(aCompany("bakery").pausedUntil(TODAY.plusWeeks(2)).with(aTask("bread")).build());

    assertThat(taskIdsFor(aCitizen())).isEmpty();
  }

  @Test
  void dropsEveryTaskOfACompanyThatIsPutAgainWithoutTasks() {
    given(aCompany("bakery").with(aTask("bread"), aTask("cakes")), aCompany("garage").with(aTask("tyres")));

    index.put(aCompany("bakery").build());

    assertThat(taskIdsFor(aCitizen())).containsExactly("tyres");
    assertThat(index.taskCount()).isEqualTo(1);
  }

  @Test
  void closesCleanlyAfterACompanyIsPutWithoutTasks() {
    TaskIndex own = TaskIndex.inMemory(Vocabulary.bundled());
    own.put(aCompany("bakery").with(aTask("bread")).build());
    own.put(aCompany("bakery").build());
    own.put(aCompany("never-had-tasks").build());

    // With assertions on (surefire's default) Lucene's writer checks its RAM accounting when it closes.
    assertThatCode(own::close).doesNotThrowAnyException();
  }

  @Test
  void leavesOtherCompaniesAloneWhenACompanyIsPut() {
    given(aCompany("bakery").with(aTask("bread")), aCompany("garage").with(aTask("tyres")));

    index.put(aCompany("bakery").with(aTask("pastry")).build());

    assertThat(taskIdsFor(aCitizen())).containsExactlyInAnyOrder("pastry", "tyres");
  }

  @Test
  void removesEveryTaskOfARemovedCompany() {
    given(aCompany("bakery").with(aTask("bread"), aTask("cakes")), aCompany("garage").with(aTask("tyres")));

    index.remove("bakery");

    assertThat(taskIdsFor(aCitizen())).containsExactly("tyres");
    assertThat(index.taskCount()).isEqualTo(1);
  }

  @Test
  void ignoresRemovalOfAnUnknownCompany() {
    given(aCompany("garage").with(aTask("tyres")));

    index.remove("no-such-company");

    assertThat(taskIdsFor(aCitizen())).containsExactly("tyres");
  }

  @Test
  void replacesTheWholeIndexWithReplaceAll() {
    given(aCompany("bakery").with(aTask("bread")), aCompany("garage").with(aTask("tyres")));

    index.replaceAll(List.of(
        aCompany("garage").with(aTask("oil")).build(),
        aCompany("florist").with(aTask("bouquets"), aTask("delivery")).build()));

    assertThat(taskIdsFor(aCitizen())).containsExactlyInAnyOrder("oil", "bouquets", "delivery");
    assertThat(index.taskCount()).isEqualTo(3);
  }

  @Test
  void keepsAcceptingSingleWritesAfterReplaceAll() {
    index.replaceAll(List.of(aCompany("garage").with(aTask("tyres")).build()));

    index.put(aCompany("garage").with(aTask("oil")).build());
    index.put(aCompany("bakery").with(aTask("bread")).build());

    assertThat(taskIdsFor(aCitizen())).containsExactlyInAnyOrder("oil", "bread");
  }

  @Test
  void emptiesTheIndexWhenReplacingAllWithNothing() {
    given(aCompany("bakery").with(aTask("bread")));

    index.replaceAll(List.of());

    assertThat(index.taskCount()).isZero();
    assertThat(taskIdsFor(aCitizen())).isEmpty();
  }

  @Test
  void discardsEarlierContentWhenAnIndexIsOpenedOnDisk(@TempDir Path dir) {
    try (TaskIndex first = TaskIndex.onDisk(dir, Vocabulary.bundled())) {
      first.put(aCompany("bakery").with(aTask("bread")).build());
      assertThat(first.taskCount()).isEqualTo(1);
    }

    try (TaskIndex reopened = TaskIndex.onDisk(dir, Vocabulary.bundled())) {
      assertThat(reopened.taskCount()).isZero();
      reopened.put(aCompany("garage").with(aTask("tyres")).build());
      assertThat(taskIds(reopened.match(aCitizen().build(), DEFAULT_LIMIT, TODAY))).containsExactly("tyres");
    }
  }
}
