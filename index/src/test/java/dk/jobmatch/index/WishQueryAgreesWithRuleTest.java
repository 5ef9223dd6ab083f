package dk.jobmatch.index;

import static dk.jobmatch.index.RandomPicks.array;
import static dk.jobmatch.index.RandomPicks.oneOf;
import static dk.jobmatch.index.RandomPicks.someOf;
import static dk.jobmatch.index.RandomPicks.sorted;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.index.vocabulary.WishRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: the Lucene query that credits a task with a wish and {@link WishRule#metBy} never
 * disagree. For every wish of the vocabulary, a seeded set of random tasks (random demands, task and
 * company offers, occupation codes and team sizes, biased towards the wish's own codes, groups and
 * team-size edges so that it is both met and missed) is indexed; for a citizen with only that wish,
 * a task gets a wishes part above 0, and lists the wish, exactly when metBy says it meets it.
 */
class WishQueryAgreesWithRuleTest extends WithInMemoryIndex {
  private static final Vocabulary VOCABULARY = Vocabulary.bundled();
  private static final int CASES_PER_WISH = 80;
  private static final long SEED = 20250311L;
  /** Occupations of every major group, some sharing a minor group, and with leading zeros. */
  private static final List<String> OCCUPATIONS = List.of("0110", "1120", "2250", "2341", "2512", "3240", "3434",
      "4110", "4211", "5120", "5131", "5164", "5223", "5322", "6121", "6111", "7512", "8322", "9112", "9212", "9412",
      "9613", "9629");

  /** One generated task: what it demands, what it and its company offer, its occupation and team size (maybe unknown). */
  private record Case(String taskId, Set<String> demands, Set<String> taskOffers, Set<String> companyOffers,
      String occupationCode, Integer teamSize) {
    Set<String> offered() {
      Set<String> all = new TreeSet<>(taskOffers);
      all.addAll(companyOffers);
      return all;
    }
  }

  static Stream<String> wishCodes() {
    return VOCABULARY.wishes().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wishCodes")
  void creditsATaskWithTheWishExactlyWhenTheRuleSaysItMeetsIt(String wishCode) {
    WishRule wish = VOCABULARY.wish(wishCode).orElseThrow();
    List<Case> cases = randomCases(wish, new Random(SEED ^ wishCode.hashCode()));
    index.replaceAll(cases.stream().map(c -> {
      TaskBuilder task = aTask(c.taskId()).inOccupation(c.occupationCode())
          .demanding(array(c.demands())).offering(array(c.taskOffers()));
      if (c.teamSize() != null) {
        task.inTeamOf(c.teamSize());
      }
      return aCompany("company-" + c.taskId()).offering(array(c.companyOffers())).with(task).build();
    }).toList());

    MatchResult result = matchFor(aCitizen().wishing(wishCode), CASES_PER_WISH + 1);

    Set<String> expected = new TreeSet<>();
    for (Case c : cases) {
      if (wish.metBy(c.demands(), c.offered(), c.occupationCode(), c.teamSize())) {
        expected.add(c.taskId());
      }
    }
    assertThat(expected).as("cases for %s must both meet and miss the wish", wishCode)
        .isNotEmpty().hasSizeLessThan(cases.size());
    assertThat(taskIds(result)).as("a wish never hides a task").hasSize(cases.size());
    List<TaskMatch> rows = result.companies().stream().flatMap(c -> c.tasks().stream()).toList();
    assertThat(new TreeSet<>(rows.stream().filter(t -> t.breakdown().get(ScorePart.WISHES) > 0).map(TaskMatch::taskId)
        .toList())).as("tasks credited with %s", wishCode).isEqualTo(expected);
    assertThat(new TreeSet<>(rows.stream().filter(t -> t.reasons().wishesMet().contains(wishCode)).map(TaskMatch::taskId)
        .toList())).as("tasks listing %s as met", wishCode).isEqualTo(expected);
  }

  private static List<Case> randomCases(WishRule wish, Random random) {
    List<String> demands = sorted(VOCABULARY.demands().keySet());
    List<String> accommodations = sorted(VOCABULARY.accommodations().keySet());
    List<String> ownDemands = sorted(wish.demands());
    List<String> ownOffers = sorted(wish.offered());
    List<String> ownGroups = sorted(wish.occupationPrefixes());
    List<Case> cases = new ArrayList<>(CASES_PER_WISH);
    for (int i = 0; i < CASES_PER_WISH; i++) {
      Set<String> taskDemands = someOf(demands, 0.08, random);
      Set<String> taskOffers = someOf(accommodations, 0.06, random);
      Set<String> companyOffers = someOf(accommodations, 0.06, random);
      if (!ownDemands.isEmpty() && random.nextInt(4) == 0) {
        taskDemands.add(oneOf(ownDemands, random));
      }
      if (!ownOffers.isEmpty() && random.nextInt(4) == 0) {
        (random.nextBoolean() ? taskOffers : companyOffers).add(oneOf(ownOffers, random));
      }
      String occupation = !ownGroups.isEmpty() && random.nextInt(4) == 0
          ? completed(oneOf(ownGroups, random), random) : oneOf(OCCUPATIONS, random);
      cases.add(new Case("task-" + i, taskDemands, taskOffers, companyOffers, occupation, teamSize(wish, random)));
    }
    return cases;
  }

  /** A four-digit code in the group {@code prefix}: the group's own digits, the rest at random. */
  private static String completed(String prefix, Random random) {
    StringBuilder code = new StringBuilder(prefix);
    while (code.length() < 4) {
      code.append(random.nextInt(10));
    }
    return code.toString();
  }

  /** Unknown a quarter of the time; else on or next to an end of the wish's range, or anywhere from 1 to 60. */
  private static Integer teamSize(WishRule wish, Random random) {
    int pick = random.nextInt(4);
    if (pick == 0) {
      return null;
    }
    if (pick == 1 && wish.teamSizeMin() != null) {
      int edge = random.nextBoolean() ? wish.teamSizeMin() : wish.teamSizeMax();
      return Math.max(1, edge - 1 + random.nextInt(3));
    }
    return 1 + random.nextInt(60);
  }
}
