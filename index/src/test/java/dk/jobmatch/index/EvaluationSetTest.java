package dk.jobmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.EvaluationCases.EvaluationCase;
import dk.jobmatch.index.EvaluationCases.Grade;
import dk.jobmatch.index.EvaluationCases.Group;
import dk.jobmatch.index.EvaluationCases.Never;
import dk.jobmatch.index.MatchResult.CompanyMatch;
import dk.jobmatch.index.MatchResult.NearMiss;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The quality benchmark: the labelled evaluation set ({@link EvaluationCases} on
 * {@link EvaluationMarket}) matched by the engine as the service calls it, with ideal-in-top-3,
 * never-shown violations and nDCG@5 printed per case, per group and overall. Run it with
 * {@code ./mvnw -B -pl index test -Dtest=EvaluationSetTest}; docs/evaluation.md defines the metrics
 * and records the figures.
 *
 * <p>The hard floor holds always: no never-shown task, in the list or among the near misses. The
 * ranking floor is the figures last measured, so a change that makes matching worse fails. The
 * issue's goals (every ideal in the top 3, mean nDCG@5 of at least 0.9) are not reached yet: the
 * report prints them beside the figures, and docs/evaluation.md says which cases fall short and why.
 * No timing is measured or asserted.
 */
class EvaluationSetTest {
  /** The issue's goal for mean nDCG@5, printed beside the figures. */
  static final double ISSUE_MEAN_NDCG = 0.9;

  /**
   * The figures as last measured (2026-12-05, with the calibrated weights; see docs/evaluation.md):
   * the regression floor. Raise them when the engine gets better; lowering them needs a reason in
   * the commit.
   */
  static final int MEASURED_IDEAL_IN_TOP_3 = 48;
  static final double MEASURED_MEAN_NDCG = 0.876;

  static final int LIMIT = 10;
  static final int NDCG_DEPTH = 5;
  static final int TOP = 3;

  private static final Vocabulary VOCABULARY = Vocabulary.bundled();
  private static final List<CompanyEntry> MARKET = EvaluationMarket.companies();
  private static final List<EvaluationCase> CASES = EvaluationCases.all();
  private static TaskIndex index;
  private static List<CaseResult> results;

  @BeforeAll
  static void matchEveryCase() {
    index = TaskIndex.inMemory(VOCABULARY);
    index.replaceAll(MARKET);
    // Prepared as the service prepares a citizen: text-only goals resolved by the occupation
    // catalogue where it is confident, and the wishes the development goals suggest added.
    OccupationCatalog catalog = OccupationCatalog.bundled();
    WishSuggestions suggestions = new WishSuggestions(VOCABULARY);
    Map<String, String> companyOfTask = companyOfTask();
    results = new ArrayList<>();
    for (EvaluationCase c : CASES) {
      CitizenProfile citizen = c.citizen()
          .withResolvedGoals(catalog::goalOccupations)
          .withWishesFrom(suggestions);
      MatchResult result = index.match(citizen, LIMIT, EvaluationMarket.TODAY);
      results.add(CaseResult.of(c, prepared(c.citizen(), citizen), result, companyOfTask));
    }
    System.out.println(Report.of(results));
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @Test
  void showsNoTaskJudgedNeverInTheListOrAmongTheNearMisses() {
    Summary all = Summary.of(results);
    assertThat(all.listViolations()).as("never-shown tasks in the match lists").isZero();
    assertThat(all.nearMissViolations()).as("never-shown tasks among the near misses").isZero();
  }

  @Test
  void ranksNoWorseThanLastMeasured() {
    Summary all = Summary.of(results);
    assertThat(all.idealInTop3()).as("cases with the ideal company in the top 3; short: " + failedIdealInTop3(results))
        .isGreaterThanOrEqualTo(MEASURED_IDEAL_IN_TOP_3);
    assertThat(all.meanNdcg()).as("mean nDCG@5").isGreaterThanOrEqualTo(MEASURED_MEAN_NDCG);
  }

  /**
   * The judgements as data: every judged task exists, every case has a task worth showing, a task
   * judged worth showing passes the register's plain facts (radius, hours now, a free seat, not
   * excluded, available today) and the vocabulary's written rule for every MUST need, and a task
   * judged "never" really breaks the rule named. This catches a typo or a kilometre too far in the
   * set; it says nothing of the ranking.
   */
  @Test
  void judgementsAgreeWithTheRegister() {
    Map<String, TaskEntry> tasks = new HashMap<>();
    Map<String, CompanyEntry> companies = new HashMap<>();
    for (CompanyEntry company : MARKET) {
      for (TaskEntry task : company.tasks()) {
        tasks.put(task.taskId(), task);
        companies.put(task.taskId(), company);
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (EvaluationCase c : CASES) {
      if (!ids.add(c.id())) {
        problems.add(c.id() + ": id used twice");
      }
      if (c.grades().values().stream().noneMatch(grade -> grade.gain > 0)) {
        problems.add(c.id() + ": no task worth showing, so no nDCG");
      }
      Set<String> judged = new HashSet<>(c.grades().keySet());
      judged.addAll(c.never().keySet());
      for (String taskId : judged) {
        TaskEntry task = tasks.get(taskId);
        if (task == null) {
          problems.add(c.id() + ": no task " + taskId);
          continue;
        }
        Set<Never> broken = brokenRules(c.citizen(), companies.get(taskId), task);
        Never never = c.never().get(taskId);
        if (never == null && !broken.isEmpty()) {
          problems.add(c.id() + ": " + taskId + " is judged " + c.grades().get(taskId) + " but breaks " + broken);
        } else if (never != null && !broken.contains(never)) {
          problems.add(c.id() + ": " + taskId + " is judged never for " + never + " but breaks only " + broken);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The rules a task breaks for a citizen, as the register and the vocabulary state them. */
  private static Set<Never> brokenRules(CitizenProfile citizen, CompanyEntry company, TaskEntry task) {
    Set<Never> broken = new HashSet<>();
    Set<String> offered = new HashSet<>(task.accommodationsOffered());
    offered.addAll(company.accommodationsOffered());
    for (Need need : citizen.needs()) {
      if (need.strictness() == Strictness.MUST) {
        NeedVerdict verdict = NeedVerdict.judge(VOCABULARY.need(need.code()).orElseThrow(), task.demands(), offered,
            Daytime.of(task.schedule()));
        if (verdict.kind() == NeedVerdict.Kind.OUTSIDE_DAYTIME) {
          broken.add(Never.DAYTIME_ONLY);
        } else if (verdict.violated()) {
          broken.add(Never.MUST_NEED);
        }
      }
    }
    if (citizen.excludedCompanyIds().contains(company.companyId())) {
      broken.add(Never.EXCLUDED_COMPANY);
    }
    if (task.freeCapacity() == 0) {
      broken.add(Never.NO_FREE_SEAT);
    }
    if (task.weeklyHoursMin() > citizen.hoursNow()) {
      broken.add(Never.HOURS_NOW);
    }
    if (citizen.home().distanceKm(company.location()) > citizen.maxCommuteKm()) {
      broken.add(Never.COMMUTE_RADIUS);
    }
    CompanyEntry.Availability availability = company.availability();
    if (availability.pausedUntil() != null && availability.pausedUntil().isAfter(EvaluationMarket.TODAY)) {
      broken.add(Never.PAUSED);
    }
    if (availability.nextAvailableDate() != null && availability.nextAvailableDate().isAfter(EvaluationMarket.TODAY)) {
      broken.add(Never.NOT_YET_AVAILABLE);
    }
    if (YearMonth.from(EvaluationMarket.TODAY).equals(availability.fullInMonth())) {
      broken.add(Never.MONTHLY_LIMIT);
    }
    return broken;
  }

  /**
   * What preparing the citizen did, for the report: each goal typed as text and the code it was
   * resolved to (or "text" when the catalogue was not confident), and the wishes matched with.
   */
  private static String prepared(CitizenProfile typed, CitizenProfile prepared) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < typed.jobGoals().size(); i++) {
      CitizenProfile.JobGoal goal = typed.jobGoals().get(i);
      if (goal.occupationCode() == null) {
        List<String> codes = prepared.jobGoals().get(i).occupationCodes();
        parts.add(goal.rank() + " \"" + goal.title() + "\" -> " + (codes.isEmpty() ? "text" : String.join(" ", codes)));
      }
    }
    if (!prepared.wishes().isEmpty()) {
      parts.add("wishes " + String.join(", ", prepared.wishes()));
    }
    return String.join("; ", parts);
  }

  static Map<String, String> companyOfTask() {
    Map<String, String> companyOf = new HashMap<>();
    for (CompanyEntry company : MARKET) {
      company.tasks().forEach(task -> companyOf.put(task.taskId(), company.companyId()));
    }
    return companyOf;
  }

  private static List<String> failedIdealInTop3(List<CaseResult> results) {
    return results.stream().filter(r -> r.evaluationCase().hasIdeal() && !r.idealInTop3())
        .map(r -> r.evaluationCase().id()).toList();
  }

  // ---------------------------------------------------------------- the metrics

  /**
   * nDCG at {@code depth} with linear gains: the sum of gain / log2(rank + 1) over the first
   * {@code depth} ranks, divided by the same sum for the gains in their best order; 1 when nothing
   * is worth showing (the judgements check rules that out for the set).
   */
  static double ndcg(List<Integer> shownGains, List<Integer> idealGains, int depth) {
    double ideal = dcg(idealGains.stream().sorted(Comparator.reverseOrder()).toList(), depth);
    return ideal == 0 ? 1.0 : dcg(shownGains, depth) / ideal;
  }

  static double dcg(List<Integer> gains, int depth) {
    double sum = 0;
    for (int i = 0; i < Math.min(depth, gains.size()); i++) {
      sum += gains.get(i) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }

  /** A near-miss row judged never, and whether it is one the near misses may show. */
  record NearMissNever(String taskId, Never why, HardRule keptOutBy) {
    /** Near misses exist to show a task kept out by one relaxable rule: the rule the judgement names. */
    boolean expected() {
      return why.rule.relaxable() && why.rule == keptOutBy;
    }
  }

  /** What one case scored. */
  record CaseResult(EvaluationCase evaluationCase, String prepared, List<String> companies, List<Integer> gains,
      int firstIdealRank, double ndcg, List<String> listViolations, List<NearMissNever> nearMissNevers,
      int unjudgedInDepth) {

    static CaseResult of(EvaluationCase c, String prepared, MatchResult result, Map<String, String> companyOfTask) {
      List<String> companies = new ArrayList<>();
      List<Integer> gains = new ArrayList<>();
      List<String> violations = new ArrayList<>();
      int firstIdealRank = 0;
      int unjudged = 0;
      for (CompanyMatch company : result.companies()) {
        companies.add(company.companyId());
        String headline = company.tasks().getFirst().taskId();
        if (companies.size() <= NDCG_DEPTH && !c.grades().containsKey(headline) && !c.never().containsKey(headline)) {
          unjudged++;
        }
        // A company's gain is what its headline task is worth: the consultant reads the row by it.
        gains.add(c.gain(company.tasks().getFirst().taskId()));
        for (TaskMatch task : company.tasks()) {
          if (c.never().containsKey(task.taskId())) {
            violations.add(task.taskId() + " (" + c.never().get(task.taskId()) + ")");
          }
        }
        boolean showsIdeal = company.tasks().stream().anyMatch(t -> c.grades().get(t.taskId()) == Grade.IDEAL);
        if (showsIdeal && firstIdealRank == 0) {
          firstIdealRank = companies.size();
        }
      }
      List<NearMissNever> nearMissNevers = new ArrayList<>();
      for (NearMiss miss : result.nearMisses().companies()) {
        Never why = c.never().get(miss.task().taskId());
        if (why != null) {
          nearMissNevers.add(new NearMissNever(miss.task().taskId(), why, miss.keptOutBy().rule()));
        }
      }
      return new CaseResult(c, prepared, companies, gains, firstIdealRank,
          EvaluationSetTest.ndcg(gains, idealGains(c, companyOfTask), NDCG_DEPTH), violations, nearMissNevers,
          unjudged);
    }

    /** The best grade per company among the tasks worth showing: never-tasks are no credit. */
    private static List<Integer> idealGains(EvaluationCase c, Map<String, String> companyOfTask) {
      Map<String, Integer> best = new HashMap<>();
      c.grades().forEach((taskId, grade) -> best.merge(companyOfTask.get(taskId), grade.gain, Math::max));
      return List.copyOf(best.values());
    }

    boolean idealInTop3() {
      return firstIdealRank >= 1 && firstIdealRank <= TOP;
    }

    long nearMissViolations() {
      return nearMissNevers.stream().filter(n -> !n.expected()).count();
    }
  }

  /** The figures over a set of cases. */
  record Summary(int cases, int withIdeal, int idealInTop3, int listViolations, int nearMissViolations,
      int expectedNearMisses, double meanNdcg, int unjudgedInDepth) {

    static Summary of(List<CaseResult> results) {
      return new Summary(results.size(),
          (int) results.stream().filter(r -> r.evaluationCase().hasIdeal()).count(),
          (int) results.stream().filter(r -> r.evaluationCase().hasIdeal() && r.idealInTop3()).count(),
          results.stream().mapToInt(r -> r.listViolations().size()).sum(),
          (int) results.stream().mapToLong(CaseResult::nearMissViolations).sum(),
          (int) results.stream().flatMap(r -> r.nearMissNevers().stream()).filter(NearMissNever::expected).count(),
          results.stream().mapToDouble(CaseResult::ndcg).average().orElse(0),
          results.stream().mapToInt(CaseResult::unjudgedInDepth).sum());
    }

    String line(String label) {
      return String.format(Locale.ROOT,
          "%-16s cases %2d  ideal in top 3 %2d/%-2d  violations %d list, %d near misses (%d expected near misses)"
              + "  mean nDCG@5 %.3f  unjudged rows in the top 5: %d",
          label, cases, idealInTop3, withIdeal, listViolations, nearMissViolations, expectedNearMisses, meanNdcg,
          unjudgedInDepth);
    }
  }

  /** The printed report: a line per case, then the summary overall and per group. */
  static final class Report {
    private Report() {}

    static String of(List<CaseResult> results) {
      StringBuilder out = new StringBuilder("\nEvaluation set: " + results.size() + " cases, matched on "
          + EvaluationMarket.TODAY + ", limit " + LIMIT + "; a company's grade is its first task's: 3 ideal, 2 good,"
          + " 1 acceptable, 0 irrelevant or not judged\n");
      for (CaseResult r : results) {
        EvaluationCase c = r.evaluationCase();
        String ideal = !c.hasIdeal() ? "  -"
            : r.firstIdealRank() == 0 ? " >" + LIMIT : String.format("%3d", r.firstIdealRank());
        out.append(String.format(Locale.ROOT, "%s %-15s %-62.62s ideal@%s  nDCG@5 %.3f  violations %d/%d  top 3: %s%n",
            c.id(), c.group().label, c.description(), ideal, r.ndcg(), r.listViolations().size(),
            r.nearMissViolations(), top3(r)));
        if (!r.prepared().isEmpty()) {
          out.append("      prepared: ").append(r.prepared()).append('\n');
        }
        r.listViolations().forEach(v -> out.append("      shown but never: ").append(v).append('\n'));
        r.nearMissNevers().stream().filter(Predicate.not(NearMissNever::expected)).forEach(n -> out
            .append("      near miss but never: ").append(n.taskId()).append(" (").append(n.why())
            .append(", kept out by ").append(n.keptOutBy()).append(")\n"));
      }
      Summary all = Summary.of(results);
      out.append('\n').append(all.line("all")).append('\n');
      out.append(String.format(Locale.ROOT, "issue's goals: ideal in the top 3 for all %d cases with an ideal (now %d),"
          + " mean nDCG@5 >= %.2f (now %.3f), no never-shown task (now %d): %s%n", all.withIdeal(), all.idealInTop3(),
          ISSUE_MEAN_NDCG, all.meanNdcg(), all.listViolations() + all.nearMissViolations(),
          all.idealInTop3() == all.withIdeal() && all.meanNdcg() >= ISSUE_MEAN_NDCG
              && all.listViolations() + all.nearMissViolations() == 0 ? "met" : "not met"));
      Map<Group, List<CaseResult>> byGroup = results.stream()
          .collect(Collectors.groupingBy(r -> r.evaluationCase().group(), () -> new EnumMap<>(Group.class),
              Collectors.toList()));
      byGroup.forEach((group, rs) -> out.append(Summary.of(rs).line(group.label)).append('\n'));
      return out.toString();
    }

    private static String top3(CaseResult r) {
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < Math.min(TOP, r.companies().size()); i++) {
        shown.add(r.companies().get(i) + " (" + r.gains().get(i) + ")");
      }
      return String.join(", ", shown);
    }
  }

  /** The metric itself, on hand-computed figures. */
  @Nested
  class Metrics {
    @Test
    void perfectOrderScoresOne() {
      assertThat(ndcg(List.of(3, 2, 1), List.of(1, 3, 2), 5)).isEqualTo(1.0);
    }

    @Test
    void gainsAreDiscountedByLogOfRank() {
      // DCG of [0, 3] = 3 / log2(3) = 1.893; ideal [3] = 3.
      assertThat(ndcg(List.of(0, 3), List.of(3), 5)).isCloseTo(3 / (Math.log(3) / Math.log(2)) / 3, within(1e-9));
    }

    @Test
    void onlyTheFirstRanksCount() {
      assertThat(ndcg(List.of(0, 0, 0, 0, 0, 3), List.of(3), 5)).isZero();
    }

    @Test
    void idealListsCutAtTheSameDepth() {
      // Ideal [3, 3, 3, 3, 3, 3] at depth 5; shown [3, 3, 3, 3, 3] is perfect.
      assertThat(ndcg(List.of(3, 3, 3, 3, 3), List.of(3, 3, 3, 3, 3, 3), 5)).isEqualTo(1.0);
    }
  }
}
