package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.KeptOutBy;
import dk.jobmatch.index.MatchResult.Opening;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects near misses: among the tasks with a strong signal of the citizen's own (their goals'
 * occupations, words or experience) that pass every rule never relaxed, within the widened radius
 * and hours, those that break exactly one {@link HardRule#relaxable} rule, judged by
 * {@link HardRule#brokenBy}. A company already on the match list, or with a task that passes every
 * rule (ranked below the list), is no near miss. Keeps the best companies by their best such task,
 * and counts, per relaxation, the companies it would open: a company counts for a rule when one of
 * its tasks is kept out by that rule alone (for the hours, at the hours its task needs).
 *
 * <p>Only the few companies shown need a score: a task is scored only while it could still put its
 * company among them (the ranking's pruned score, as the match list's first pass), and the counts
 * need none. Most candidates are decided from doc values and the commute circle's cheap check.
 */
final class NearMisses implements Collector {
  /** An array, not a list: it is walked for every task in the near misses' reach. */
  private static final HardRule[] RELAXABLE = java.util.Arrays.stream(HardRule.values())
      .filter(HardRule::relaxable).toArray(HardRule[]::new);

  private final Ranking ranking;
  private final HardRule.Context context;
  /** The listed companies' keys, sorted: looked up at every company in reach, without boxing. */
  private final long[] listed;
  private final int limit;
  /** The citizen's commute circle, the filter's own check: most candidates are plainly inside it. */
  private final CommuteCircle circle;
  /** Best first: higher score, then nearer, then a stable company order. */
  private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
      .thenComparingDouble(c -> c.facts().distanceKm()).thenComparingLong(Candidate::company);
  /** The best companies so far, weakest on top. */
  private final PriorityQueue<Candidate> best = new PriorityQueue<>(BEST_FIRST.reversed());
  private int openedByRadius;
  private int openedByAvailability;
  private int openedByMonthlyLimit;
  private int openedByContactLimit;
  /** Companies opened at each hour above the hours now: index 1 for one hour more. */
  private final int[] openedAtHours = new int[HardRule.NEAR_MISS_EXTRA_HOURS + 1];

  /** A company's best near-miss task: global doc, score, the rule, the facts it was judged on. */
  record Candidate(long company, int doc, double score, double[] values, HardRule rule, HardRule.TaskFacts facts) {}

  NearMisses(Ranking ranking, HardRule.Context context, Set<Long> listedCompanies, int limit) {
    this.ranking = ranking;
    this.context = context;
    this.listed = listedCompanies.stream().mapToLong(Long::longValue).sorted().toArray();
    this.limit = limit;
    this.circle = new CommuteCircle(context.citizen().home().lat(), context.citizen().home().lon(),
        context.citizen().maxCommuteKm() * 1000.0);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /**
   * A company's tasks arrive one after another (a block of documents), so a company is judged
   * whole before the next: skipped at once when it is on the list or has a task that passes every
   * rule, else counted and its best near-miss task offered. No set of the companies seen is needed.
   */
  @Override
  public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
    Ranking.Leaf scorer = ranking.forLeaf(leaf);
    NumericDocValues keys = DocValues.getNumeric(leaf.reader(), TaskDocuments.COMPANY_KEY);
    NumericDocValues hours = DocValues.getNumeric(leaf.reader(), TaskDocuments.HOURS);
    SortedNumericDocValues availableFrom = DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.AVAILABLE_FROM);
    SortedNumericDocValues fullMonth = DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.FULL_MONTH);
    SortedNumericDocValues contactLimitUntil = DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.CONTACT_LIMIT_UNTIL);
    int hoursNow = context.citizen().hoursNow();
    return new LeafCollector() {
      private long company;
      private boolean started;
      private boolean skip;
      private Candidate companyBest;
      private boolean byRadius;
      private boolean byAvailability;
      private boolean byMonthlyLimit;
      private boolean byContactLimit;
      /** The fewest hours at which one of the company's tasks would open; above the limit when none. */
      private int fewestHours;

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        long key = keys.advanceExact(doc) ? keys.longValue() : 0;
        if (!started || key != company) {
          finishCompany();
          started = true;
          company = key;
          skip = java.util.Arrays.binarySearch(listed, key) >= 0;
          companyBest = null;
          byRadius = byAvailability = byMonthlyLimit = byContactLimit = false;
          fewestHours = Integer.MAX_VALUE;
        }
        if (skip) {
          return;
        }
        int hoursMin = hours.advanceExact(doc) ? (int) (hours.longValue() >>> 16) : 0;
        long from = availableFrom.advanceExact(doc) ? availableFrom.nextValue() : 0;
        int full = fullMonth.advanceExact(doc) ? (int) fullMonth.nextValue() : 0;
        long asked = contactLimitUntil.advanceExact(doc) ? contactLimitUntil.nextValue() : 0;
        // Within the radius (the circle decides most tasks without the great-circle formula), the
        // distance matters to no other rule.
        boolean within = scorer.withinCircle(doc, circle);
        HardRule.TaskFacts facts = new HardRule.TaskFacts(within ? 0 : scorer.distanceKmOf(doc), hoursMin, from, full, asked);
        HardRule broken = null;
        for (HardRule rule : RELAXABLE) {
          if (rule.brokenBy(facts, context)) {
            if (broken != null) {
              return; // two rules: not a near miss
            }
            broken = rule;
          }
        }
        if (broken == null) {
          skip = true;
          return;
        }
        switch (broken) {
          case COMMUTE_RADIUS -> byRadius = true;
          case NOT_YET_AVAILABLE -> byAvailability = true;
          case MONTHLY_LIMIT -> byMonthlyLimit = true;
          case CONTACT_LIMIT -> byContactLimit = true;
          case HOURS_NOW -> fewestHours = Math.min(fewestHours, hoursMin);
          default -> throw new IllegalStateException(broken + " is never relaxed");
        }
        double mustReach = Math.max(best.size() == limit ? best.peek().score() : Double.NEGATIVE_INFINITY,
            companyBest == null ? Double.NEGATIVE_INFINITY : companyBest.score());
        double[] values = new double[ScoreModel.PARTS];
        double score = scorer.score(doc, values, mustReach);
        if (score != Double.NEGATIVE_INFINITY && (companyBest == null || score > companyBest.score())) {
          companyBest = new Candidate(key, leaf.docBase + doc, score, values, broken,
              new HardRule.TaskFacts(scorer.lastDistanceKm(), hoursMin, from, full, asked));
        }
      }

      @Override
      public void finish() {
        finishCompany();
        started = false;
      }

      private void finishCompany() {
        if (!started || skip) {
          return;
        }
        openedByRadius += byRadius ? 1 : 0;
        openedByAvailability += byAvailability ? 1 : 0;
        openedByMonthlyLimit += byMonthlyLimit ? 1 : 0;
        openedByContactLimit += byContactLimit ? 1 : 0;
        for (int extra = 1; extra < openedAtHours.length; extra++) {
          openedAtHours[extra] += fewestHours <= hoursNow + extra ? 1 : 0;
        }
        if (companyBest != null) {
          best.add(companyBest);
          if (best.size() > limit) {
            best.poll();
          }
        }
      }
    };
  }

  /** The best companies, best first (then nearer, then a stable order). */
  List<Candidate> best() {
    return best.stream().sorted(BEST_FIRST).toList();
  }

  /**
   * How many companies each relaxation opens: the radius widened to its near-miss limit, each hour
   * above the hours now up to the limit, and the availability rules waived.
   */
  List<Opening> openings() {
    List<Opening> openings = new ArrayList<>();
    add(openings, HardRule.COMMUTE_RADIUS, context.citizen().maxCommuteKm() + HardRule.NEAR_MISS_EXTRA_KM, openedByRadius);
    for (int extra = 1; extra < openedAtHours.length; extra++) {
      add(openings, HardRule.HOURS_NOW, context.citizen().hoursNow() + extra, openedAtHours[extra]);
    }
    add(openings, HardRule.NOT_YET_AVAILABLE, 0, openedByAvailability);
    add(openings, HardRule.MONTHLY_LIMIT, 0, openedByMonthlyLimit);
    add(openings, HardRule.CONTACT_LIMIT, 0, openedByContactLimit);
    return openings;
  }

  private static void add(List<Opening> openings, HardRule rule, int relaxedTo, int companies) {
    if (companies > 0) {
      openings.add(new Opening(rule, relaxedTo, companies));
    }
  }

  /** How a candidate's rule reads for the row: by how much, or from when. */
  static KeptOutBy keptOutBy(Candidate c, HardRule.Context context) {
    return switch (c.rule()) {
      case COMMUTE_RADIUS -> new KeptOutBy(c.rule(),
          Math.round((c.facts().distanceKm() - context.citizen().maxCommuteKm()) * 10) / 10.0, 0, null);
      case HOURS_NOW -> new KeptOutBy(c.rule(), 0, c.facts().hoursMin() - context.citizen().hoursNow(), null);
      case NOT_YET_AVAILABLE -> new KeptOutBy(c.rule(), 0, 0, LocalDate.ofEpochDay(c.facts().availableFromDay()));
      case CONTACT_LIMIT -> new KeptOutBy(c.rule(), 0, 0, LocalDate.ofEpochDay(c.facts().contactLimitUntilDay()));
      default -> new KeptOutBy(c.rule(), 0, 0, null);
    };
  }
}
