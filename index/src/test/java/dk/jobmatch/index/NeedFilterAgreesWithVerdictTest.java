package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.RandomPicks.array;
import static dk.jobmatch.index.RandomPicks.someOf;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: the Lucene hard filter for a MUST need and {@link NeedVerdict#judge} never disagree. For
 * every need of the vocabulary, a seeded set of random tasks (random demands, task offers and company
 * offers, biased towards the need's own codes so every verdict occurs, and random time slots around the
 * edges of weekday daytime, or none) is indexed; a task must be on
 * the list exactly when judge(...) does not say VIOLATED, and its explanation must carry that verdict.
 */
class NeedFilterAgreesWithVerdictTest extends WithInMemoryIndex {
  private static final Vocabulary VOCABULARY = Vocabulary.bundled();
  private static final int CASES_PER_NEED = 60;
  private static final long SEED = 20250310L;

  /** One generated task: its own demands, offers and time slots (maybe none), and what its company offers. */
  private record Case(String taskId, Set<String> demands, Set<String> taskOffers, Set<String> companyOffers,
      List<TimeSlot> slots) {
    Set<String> offered() {
      Set<String> all = new TreeSet<>(taskOffers);
      all.addAll(companyOffers);
      return all;
    }
  }

  static Stream<String> needCodes() {
    return VOCABULARY.needs().keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("needCodes")
  void showsATaskForAMustNeedExactlyWhenTheVerdictIsNotViolated(String needCode) {
    NeedRule rule = VOCABULARY.need(needCode).orElseThrow();
    List<Case> cases = randomCases(rule, new Random(SEED ^ needCode.hashCode()));
    index.replaceAll(cases.stream().map(c -> {
      TestCompanies.TaskBuilder task = aTask(c.taskId()).demanding(array(c.demands())).offering(array(c.taskOffers()));
      c.slots().forEach(slot -> task.on(slot.day(), slot.from().toString(), slot.to().toString()));
      return aCompany("company-" + c.taskId()).offering(array(c.companyOffers())).with(task).build();
    }).toList());

    MatchResult result = matchFor(aCitizen().needing(needCode, MUST), CASES_PER_NEED + 1);

    Set<String> expected = new TreeSet<>();
    Map<String, NeedVerdict> verdicts = new HashMap<>();
    for (Case c : cases) {
      NeedVerdict verdict = NeedVerdict.judge(rule, c.demands(), c.offered(), Daytime.of(c.slots()));
      verdicts.put(c.taskId(), verdict);
      if (!verdict.violated()) {
        expected.add(c.taskId());
      }
    }
    assertThat(expected).as("cases for %s must both pass and fail the need", needCode)
        .isNotEmpty().hasSizeLessThan(cases.size());
    assertThat(new TreeSet<>(taskIds(result))).as("tasks shown for MUST %s", needCode).isEqualTo(expected);
    for (MatchResult.CompanyMatch company : result.companies()) {
      for (TaskMatch row : company.tasks()) {
        assertThat(row.reasons().needs()).as("explanation of %s", row.taskId())
            .containsExactly(new NeedCheck(needCode, MUST, verdicts.get(row.taskId())));
      }
    }
  }

  @Test
  void generatesEveryKindOfVerdictAcrossTheVocabulary() {
    Set<NeedVerdict.Kind> seen = EnumSet.noneOf(NeedVerdict.Kind.class);
    needCodes().forEach(code -> {
      NeedRule rule = VOCABULARY.need(code).orElseThrow();
      for (Case c : randomCases(rule, new Random(SEED ^ code.hashCode()))) {
        seen.add(NeedVerdict.judge(rule, c.demands(), c.offered(), Daytime.of(c.slots())).kind());
      }
    });

    assertThat(seen).containsExactlyInAnyOrder(NeedVerdict.Kind.values());
  }

  private static List<Case> randomCases(NeedRule rule, Random random) {
    List<String> demands = new ArrayList<>(VOCABULARY.demands().keySet());
    List<String> accommodations = new ArrayList<>(VOCABULARY.accommodations().keySet());
    demands.sort(null);
    accommodations.sort(null);
    List<String> relevantOffers = new ArrayList<>(new TreeSet<>(rule.neutralisedBy()));
    relevantOffers.addAll(new TreeSet<>(rule.requires()));
    List<String> conflicts = new ArrayList<>(new TreeSet<>(rule.conflicts()));

    List<Case> cases = new ArrayList<>(CASES_PER_NEED);
    for (int i = 0; i < CASES_PER_NEED; i++) {
      Set<String> taskDemands = someOf(demands, 0.15, random);
      Set<String> taskOffers = someOf(accommodations, 0.1, random);
      Set<String> companyOffers = someOf(accommodations, 0.1, random);
      if (!conflicts.isEmpty() && random.nextBoolean()) {
        taskDemands.add(conflicts.get(random.nextInt(conflicts.size())));
      }
      if (!relevantOffers.isEmpty() && random.nextInt(3) == 0) {
        String offer = relevantOffers.get(random.nextInt(relevantOffers.size()));
        (random.nextBoolean() ? taskOffers : companyOffers).add(offer);
      }
      cases.add(new Case("task-" + i, taskDemands, taskOffers, companyOffers, someSlots(random)));
    }
    return cases;
  }

  /** None a third of the time; else one or two slots starting between 05:00 and 19:00 on any day. */
  private static List<TimeSlot> someSlots(Random random) {
    List<TimeSlot> slots = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      return slots;
    }
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      java.time.DayOfWeek day = java.time.DayOfWeek.of(1 + random.nextInt(7));
      int from = 5 + random.nextInt(15);
      slots.add(new TimeSlot(day, java.time.LocalTime.of(from, 0), java.time.LocalTime.of(from + 2 + random.nextInt(3), 0)));
    }
    return slots;
  }
}
