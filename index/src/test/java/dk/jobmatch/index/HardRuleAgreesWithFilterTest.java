package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.NearMiss;
import dk.jobmatch.index.MatchResult.Opening;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Property: each relaxable {@link HardRule} is one rule, whether the match filters with it as a
 * Lucene clause or judges one task's facts with {@link HardRule#brokenBy} (as the held-back count and
 * the near misses do). Seeded random tasks around a citizen (distances across the commute radius,
 * some within metres of it; minimum hours around the hours now; pauses and next available dates
 * around today; monthly limits reached this month, another month or not at all; contact limits reached
 * until a day around today or not at all), each at its own
 * company and all for the citizen's goal, are indexed. A task is on the list (with room for all)
 * exactly when no rule is broken by its facts, held back exactly when only the company's availability
 * is, and a near miss exactly when one rule is, within the widened radius and hours.
 */
class HardRuleAgreesWithFilterTest extends WithInMemoryIndex {
  private static final long SEED = 20250312L;
  private static final int CASES = 300;
  private static final int RADIUS_KM = 20;
  private static final int HOURS_NOW = 12;
  private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);
  private static final List<LocalDate> DATES = Arrays.asList(null, TODAY.minusDays(10), TODAY.minusDays(1), TODAY,
      TODAY.plusDays(1), TODAY.plusDays(30));
  /** Monthly limits: none, reached this month, one left this month, reached last month, reached next month. */
  private static final List<Consumer<CompanyBuilder>> LIMITS = List.of(
      company -> {},
      company -> company.monthlyLimit(2, THIS_MONTH, 2),
      company -> company.monthlyLimit(2, THIS_MONTH, 1),
      company -> company.monthlyLimit(1, THIS_MONTH.minusMonths(1), 1),
      company -> company.monthlyLimit(1, THIS_MONTH.plusMonths(1), 3));

  private final CitizenProfile citizen = aCitizen().withGoal(A, "9412", "Køkkenmedhjælper")
      .commutingAtMostKm(RADIUS_KM).workingHoursNow(HOURS_NOW).aimingForHours(HOURS_NOW + 8).build();
  private final HardRule.Context context = new HardRule.Context(citizen, Vocabulary.bundled(), TODAY);
  /** Per task id, the relaxable rules its facts break. */
  private final Map<String, Set<HardRule>> broken = new HashMap<>();
  private final Map<String, HardRule.TaskFacts> facts = new HashMap<>();
  private MatchResult result;

  @BeforeEach
  void indexRandomTasksAndMatch() {
    Random random = new Random(SEED);
    List<CompanyEntry> companies = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      CompanyEntry company = randomCompany("task-" + i, random);
      TaskEntry task = company.tasks().getFirst();
      HardRule.TaskFacts known = factsOf(company, task);
      Set<HardRule> rules = EnumSet.noneOf(HardRule.class);
      for (HardRule rule : HardRule.values()) {
        if (rule.relaxable() && rule.brokenBy(known, context)) {
          rules.add(rule);
        }
      }
      facts.put(task.taskId(), known);
      broken.put(task.taskId(), rules);
      companies.add(company);
    }
    index.replaceAll(companies);
    result = index.match(citizen, CASES + 1, TODAY);
  }

  @Test
  void generatesTasksThatBreakEachRuleAloneAndNone() {
    Set<HardRule> brokenAlone = EnumSet.noneOf(HardRule.class);
    broken.values().stream().filter(rules -> rules.size() == 1).forEach(brokenAlone::addAll);

    assertThat(brokenAlone).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(HardRule.values()).filter(HardRule::relaxable).toList());
    assertThat(broken.values()).filteredOn(Set::isEmpty).hasSizeGreaterThan(CASES / 10);
    assertThat(facts.values()).filteredOn(f -> Math.abs(f.distanceKm() - RADIUS_KM) < 0.01).hasSizeGreaterThan(10);
  }

  @Test
  void listsATaskExactlyWhenItsFactsBreakNoRelaxableRule() {
    assertThat(new TreeSet<>(taskIds(result))).isEqualTo(idsWhere(Set::isEmpty));
  }

  @Test
  void holdsBackACompanyExactlyWhenOnlyItsAvailabilityKeepsItOut() {
    Set<String> paused = idsWhere(rules -> rules.contains(HardRule.NOT_YET_AVAILABLE) && aboutTheCitizenPassed(rules));
    Set<String> askedEnough = idsWhere(rules -> rules.contains(HardRule.CONTACT_LIMIT)
        && !rules.contains(HardRule.NOT_YET_AVAILABLE) && aboutTheCitizenPassed(rules));
    Set<String> full = idsWhere(rules -> rules.equals(Set.of(HardRule.MONTHLY_LIMIT)));

    assertThat(result.heldBack()).isEqualTo(new MatchResult.HeldBack(paused.size(), full.size(), askedEnough.size()));
    assertThat(askedEnough).isNotEmpty();
  }

  @Test
  void opensExactlyTheTasksOneRelaxableRuleKeepsOutWithinTheWidenedLimits() {
    Map<HardRule, Set<String>> nearMisses = new HashMap<>();
    broken.forEach((taskId, rules) -> {
      HardRule.TaskFacts f = facts.get(taskId);
      if (rules.size() == 1 && f.distanceKm() <= RADIUS_KM + HardRule.NEAR_MISS_EXTRA_KM
          && f.hoursMin() <= HOURS_NOW + HardRule.NEAR_MISS_EXTRA_HOURS) {
        nearMisses.computeIfAbsent(rules.iterator().next(), r -> new TreeSet<>()).add(taskId);
      }
    });
    List<Opening> expected = new ArrayList<>();
    addOpening(expected, HardRule.COMMUTE_RADIUS, RADIUS_KM + HardRule.NEAR_MISS_EXTRA_KM,
        nearMisses.getOrDefault(HardRule.COMMUTE_RADIUS, Set.of()).size());
    for (int hours = HOURS_NOW + 1; hours <= HOURS_NOW + HardRule.NEAR_MISS_EXTRA_HOURS; hours++) {
      int atMost = hours;
      addOpening(expected, HardRule.HOURS_NOW, hours, (int) nearMisses.getOrDefault(HardRule.HOURS_NOW, Set.of()).stream()
          .filter(id -> facts.get(id).hoursMin() <= atMost).count());
    }
    addOpening(expected, HardRule.NOT_YET_AVAILABLE, 0, nearMisses.getOrDefault(HardRule.NOT_YET_AVAILABLE, Set.of()).size());
    addOpening(expected, HardRule.MONTHLY_LIMIT, 0, nearMisses.getOrDefault(HardRule.MONTHLY_LIMIT, Set.of()).size());
    addOpening(expected, HardRule.CONTACT_LIMIT, 0, nearMisses.getOrDefault(HardRule.CONTACT_LIMIT, Set.of()).size());

    assertThat(result.nearMisses().openings()).isEqualTo(expected);
    assertThat(result.nearMisses().companies()).hasSize(TaskIndex.NEAR_MISSES_SHOWN).allSatisfy((NearMiss miss) ->
        assertThat(nearMisses.get(miss.keptOutBy().rule())).as("near misses by %s", miss.keptOutBy().rule())
            .contains(miss.task().taskId()));
  }

  private static void addOpening(List<Opening> openings, HardRule rule, int relaxedTo, int companies) {
    if (companies > 0) {
      openings.add(new Opening(rule, relaxedTo, companies));
    }
  }

  private static boolean aboutTheCitizenPassed(Set<HardRule> rules) {
    return !rules.contains(HardRule.COMMUTE_RADIUS) && !rules.contains(HardRule.HOURS_NOW);
  }

  private Set<String> idsWhere(Predicate<Set<HardRule>> condition) {
    Set<String> ids = new TreeSet<>();
    broken.forEach((taskId, rules) -> {
      if (condition.test(rules)) {
        ids.add(taskId);
      }
    });
    return ids;
  }

  /** A company with one task for the citizen's goal, placed, timed and limited at random around the rules' edges. */
  private static CompanyEntry randomCompany(String taskId, Random random) {
    // A third within ten metres of the radius, where rounding would show; the rest up to 7 km either side.
    double km = random.nextInt(3) == 0 ? RADIUS_KM + (random.nextDouble() - 0.5) * 0.02
        : RADIUS_KM + (random.nextDouble() - 0.5) * 14;
    GeoPoint at = TestPlaces.kmAtBearing(TestPlaces.COPENHAGEN, km, random.nextDouble() * 2 * Math.PI);
    int hoursMin = HOURS_NOW - 3 + random.nextInt(7);
    CompanyBuilder company = aCompany("company-" + taskId).at(at)
        .with(aTask(taskId).inOccupation("9412").weeklyHours(hoursMin, Math.max(hoursMin, 15)));
    LocalDate pausedUntil = DATES.get(random.nextInt(DATES.size()));
    LocalDate nextAvailable = random.nextInt(3) == 0 ? DATES.get(random.nextInt(DATES.size())) : null;
    company.pausedUntil(pausedUntil).nextAvailableOn(nextAvailable);
    LIMITS.get(random.nextInt(LIMITS.size())).accept(company);
    if (random.nextInt(3) == 0) {
      company.contactLimitUntil(DATES.get(random.nextInt(DATES.size())));
    }
    return company.build();
  }

  /** What the index knows of the task for the relaxable rules: its place as Lucene stores it, hours and availability. */
  private static HardRule.TaskFacts factsOf(CompanyEntry company, TaskEntry task) {
    double lat = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(company.location().lat()));
    double lon = GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(company.location().lon()));
    GeoPoint home = TestPlaces.COPENHAGEN;
    double km = SloppyMath.haversinMeters(home.lat(), home.lon(), lat, lon) / 1000;
    LocalDate from = company.availability().availableFrom();
    YearMonth full = company.availability().fullInMonth();
    LocalDate asked = company.availability().contactLimitUntil();
    return new HardRule.TaskFacts(km, task.weeklyHoursMin(), from == null ? 0 : from.toEpochDay(),
        full == null ? 0 : TaskDocuments.yearMonth(full), asked == null ? 0 : asked.toEpochDay());
  }
}
