package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The hard filters: a task that breaks one is never in the match list. Each rule is defined here
 * once, as the Lucene clause the match filters with ({@link #query}) and as the check on one task's
 * facts ({@link #brokenBy}) that the held-back count and the near misses classify with; a test holds
 * the two to each other. The {@link #relaxable} ones may be widened for near misses (a task kept out
 * by exactly one of them is shown apart with what would open it); MUST needs, exclusions and a full
 * task are never relaxed.
 */
public enum HardRule {
  /** A MUST accommodation need the task violates ({@link dk.jobmatch.index.vocabulary.NeedVerdict}). */
  MUST_NEEDS(false),
  /** A company the citizen must not be placed at (with a reason, in the profile). */
  EXCLUDED_COMPANY(false),
  /** Every seat of the task is taken by agreed or active placements. */
  FREE_CAPACITY(false),
  /** The task's minimum weekly hours are above what the citizen can work now. */
  HOURS_NOW(true),
  /** The company is farther from home than the citizen's commute radius. */
  COMMUTE_RADIUS(true),
  /** The company is paused, or takes new placements only from a later date. */
  NOT_YET_AVAILABLE(true),
  /** The company has taken its monthly limit of new placements this month. */
  MONTHLY_LIMIT(true),
  /**
   * The company has had as many requests (contacts and proposals, of every job centre) in its rolling
   * period as it takes; it may be asked again once the oldest of them has left the period.
   */
  CONTACT_LIMIT(true);

  /** How far near misses look past the commute radius. */
  static final int NEAR_MISS_EXTRA_KM = 5;
  /** How many hours above the hours now near misses look. */
  static final int NEAR_MISS_EXTRA_HOURS = 2;

  /** The rules about the citizen; the company's availability comes on top ({@link #AVAILABILITY}). */
  static final List<HardRule> ABOUT_CITIZEN = List.of(COMMUTE_RADIUS, HOURS_NOW, FREE_CAPACITY, EXCLUDED_COMPANY, MUST_NEEDS);
  static final List<HardRule> AVAILABILITY = List.of(NOT_YET_AVAILABLE, CONTACT_LIMIT, MONTHLY_LIMIT);
  static final List<HardRule> NEVER_RELAXED = List.of(FREE_CAPACITY, EXCLUDED_COMPANY, MUST_NEEDS);

  private final boolean relaxable;

  HardRule(boolean relaxable) {
    this.relaxable = relaxable;
  }

  public boolean relaxable() {
    return relaxable;
  }

  /**
   * What the match needs to know to apply the rules; {@code thisMonth} is today's month and
   * {@code todayDay} today's epoch day, as the index writes them (worked out once: the near misses
   * judge every task in their reach).
   */
  record Context(CitizenProfile citizen, Vocabulary vocabulary, LocalDate today, int thisMonth, long todayDay) {
    Context(CitizenProfile citizen, Vocabulary vocabulary, LocalDate today) {
      this(citizen, vocabulary, today, today == null ? 0 : TaskDocuments.yearMonth(YearMonth.from(today)),
          today == null ? 0 : today.toEpochDay());
    }
  }

  /** What one task brings to the relaxable rules, read from its doc values; the days are epoch days, 0 for none. */
  record TaskFacts(double distanceKm, int hoursMin, long availableFromDay, int fullMonth, long contactLimitUntilDay) {}

  /**
   * Adds the clauses that keep exactly the tasks passing this rule: a filter, or an exclusion where
   * the rule names what breaks it (an excluded company, a full month); nothing when the rule
   * cannot exclude anything for this citizen.
   */
  void addTo(BooleanQuery.Builder query, Context c) {
    switch (this) {
      case MUST_NEEDS -> {
        for (Need need : c.citizen().needs()) {
          if (need.strictness() == Strictness.MUST) {
            query.add(MatchQuery.needSatisfied(MatchQuery.rule(c.vocabulary(), need)), Occur.FILTER);
          }
        }
      }
      case EXCLUDED_COMPANY -> {
        if (!c.citizen().excludedCompanyIds().isEmpty()) {
          query.add(MatchQuery.termsQuery(TaskDocuments.COMPANY_ID, c.citizen().excludedCompanyIds()), Occur.MUST_NOT);
        }
      }
      case FREE_CAPACITY -> query.add(IntField.newRangeQuery(TaskDocuments.FREE_CAPACITY, 1, Integer.MAX_VALUE), Occur.FILTER);
      case HOURS_NOW -> query.add(hoursAtMost(c.citizen().hoursNow()), Occur.FILTER);
      case COMMUTE_RADIUS -> query.add(CommuteCircle.around(c.citizen().home(), c.citizen().maxCommuteKm() * 1000.0),
          Occur.FILTER);
      // On the day itself the company is available again.
      case NOT_YET_AVAILABLE -> query.add(
          LongField.newRangeQuery(TaskDocuments.AVAILABLE_FROM, Long.MIN_VALUE, c.today().toEpochDay()), Occur.FILTER);
      case MONTHLY_LIMIT -> query.add(brokenMonthlyLimitQuery(c), Occur.MUST_NOT);
      // As a pause: on the day the oldest request leaves the period the company may be asked again.
      case CONTACT_LIMIT -> query.add(
          LongField.newRangeQuery(TaskDocuments.CONTACT_LIMIT_UNTIL, Long.MIN_VALUE, c.today().toEpochDay()), Occur.FILTER);
    }
  }

  /** The clause near misses search with instead of {@link #query}: the rule widened; null when widened to anything. */
  Query relaxed(Context c) {
    return switch (this) {
      case HOURS_NOW -> hoursAtMost(c.citizen().hoursNow() + NEAR_MISS_EXTRA_HOURS);
      case COMMUTE_RADIUS -> CommuteCircle.around(c.citizen().home(),
          (c.citizen().maxCommuteKm() + NEAR_MISS_EXTRA_KM) * 1000.0);
      case NOT_YET_AVAILABLE, MONTHLY_LIMIT, CONTACT_LIMIT -> null;
      default -> throw new IllegalStateException(this + " is never relaxed");
    };
  }

  /** Whether a task with these facts breaks this relaxable rule; must agree with {@link #addTo}. */
  boolean brokenBy(TaskFacts task, Context c) {
    return switch (this) {
      case HOURS_NOW -> task.hoursMin() > c.citizen().hoursNow();
      case COMMUTE_RADIUS -> task.distanceKm() > c.citizen().maxCommuteKm();
      case NOT_YET_AVAILABLE -> task.availableFromDay() > c.todayDay();
      case MONTHLY_LIMIT -> task.fullMonth() == c.thisMonth();
      case CONTACT_LIMIT -> task.contactLimitUntilDay() > c.todayDay();
      default -> throw new IllegalStateException(this + " is not judged from a task's facts");
    };
  }

  /**
   * The availability rules a company breaks on {@code today} ({@link #NOT_YET_AVAILABLE},
   * {@link #CONTACT_LIMIT}, {@link #MONTHLY_LIMIT}), judged as the match filter judges its tasks: for callers that ask of
   * one company, such as the reverse search's "company available".
   */
  public static List<HardRule> brokenAvailability(CompanyEntry.Availability availability, LocalDate today) {
    LocalDate from = availability.availableFrom();
    YearMonth full = availability.fullInMonth();
    LocalDate asked = availability.contactLimitUntil();
    TaskFacts facts = new TaskFacts(0, 0, from == null ? 0 : from.toEpochDay(), full == null ? 0 : TaskDocuments.yearMonth(full),
        asked == null ? 0 : asked.toEpochDay());
    Context context = new Context(null, null, today);
    return AVAILABILITY.stream().filter(rule -> rule.brokenBy(facts, context)).toList();
  }

  /**
   * Whether a task of {@code capacity} seats has one free when {@code held} are taken by agreed or
   * active placements: {@link #FREE_CAPACITY}, for the placement that is about to take a seat.
   */
  public static boolean hasFreeSeat(int capacity, int held) {
    return capacity - held >= 1;
  }

  /** The tasks whose company has reached its monthly limit this month. */
  static Query brokenMonthlyLimitQuery(Context c) {
    return IntField.newExactQuery(TaskDocuments.FULL_MONTH, c.thisMonth());
  }

  /** The tasks whose company has had its limit of requests in its period, as of today. */
  static Query brokenContactLimitQuery(Context c) {
    return LongField.newRangeQuery(TaskDocuments.CONTACT_LIMIT_UNTIL, c.today().toEpochDay() + 1, Long.MAX_VALUE);
  }

  /** The tasks whose company is paused or not available until after today. */
  static Query brokenAvailabilityQuery(Context c) {
    return LongField.newRangeQuery(TaskDocuments.AVAILABLE_FROM, c.today().toEpochDay() + 1, Long.MAX_VALUE);
  }

  private static Query hoursAtMost(int hours) {
    return IntField.newRangeQuery(TaskDocuments.HOURS_MIN, Integer.MIN_VALUE, hours);
  }
}
