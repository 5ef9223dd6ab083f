package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.KeptOutBy;
import dk.jobmatch.index.MatchResult.Opening;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
 * rule but below the list's limit, is no near miss. Keeps each
 * company's best such task and counts, per relaxation, the companies it would open.
 */
final class NearMisses implements Collector {
  private final Ranking ranking;
  private final HardRule.Context context;
  private final Set<Long> listed;
  private final Map<Long, Candidate> best = new HashMap<>();
  /** Companies with a task that passes every rule: open already, if below the list's limit, so never a near miss. */
  private final Set<Long> open = new HashSet<>();

  /** A company's best near-miss task: global doc, score, the rule, the facts it was judged on. */
  record Candidate(long company, int doc, double score, double[] values, HardRule rule, HardRule.TaskFacts facts) {}

  NearMisses(Ranking ranking, HardRule.Context context, Set<Long> listedCompanies) {
    this.ranking = ranking;
    this.context = context;
    this.listed = listedCompanies;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
    Ranking.Leaf scorer = ranking.forLeaf(leaf);
    NumericDocValues keys = DocValues.getNumeric(leaf.reader(), TaskDocuments.COMPANY_KEY);
    NumericDocValues hours = DocValues.getNumeric(leaf.reader(), TaskDocuments.HOURS);
    SortedNumericDocValues availableFrom = DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.AVAILABLE_FROM);
    SortedNumericDocValues fullMonth = DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.FULL_MONTH);
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        long company = keys.advanceExact(doc) ? keys.longValue() : 0;
        if (listed.contains(company)) {
          return;
        }
        double[] values = new double[ScoreModel.PARTS];
        double score = scorer.score(doc, values);
        HardRule.TaskFacts facts = new HardRule.TaskFacts(scorer.lastDistanceKm(),
            hours.advanceExact(doc) ? (int) (hours.longValue() >>> 16) : 0,
            availableFrom.advanceExact(doc) ? availableFrom.nextValue() : 0,
            fullMonth.advanceExact(doc) ? (int) fullMonth.nextValue() : 0);
        HardRule broken = null;
        for (HardRule rule : HardRule.values()) {
          if (rule.relaxable() && rule.brokenBy(facts, context)) {
            if (broken != null) {
              return; // two rules: not a near miss
            }
            broken = rule;
          }
        }
        if (broken == null) {
          open.add(company); // passes everything: on the match list, or below its limit
          return;
        }
        Candidate c = new Candidate(company, leaf.docBase + doc, score, values, broken, facts);
        best.merge(company, c, (a, b) -> b.score() > a.score() ? b : a);
      }
    };
  }

  /** The best {@code limit} companies, best first (then nearer, then a stable order). */
  List<Candidate> best(int limit) {
    return kept()
        .sorted(Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingDouble(c -> c.facts().distanceKm()).thenComparingLong(Candidate::company))
        .limit(limit)
        .toList();
  }

  /**
   * How many companies each relaxation opens: the radius widened to its near-miss limit, each hour
   * above the hours now up to the limit (a company counts at the hours its task needs), and the
   * availability rules waived.
   */
  List<Opening> openings() {
    Map<HardRule, Set<Long>> byRule = new HashMap<>();
    Map<Integer, Set<Long>> byHours = new HashMap<>();
    for (Candidate c : kept().toList()) {
      byRule.computeIfAbsent(c.rule(), r -> new HashSet<>()).add(c.company());
      if (c.rule() == HardRule.HOURS_NOW) {
        for (int h = c.facts().hoursMin(); h <= context.citizen().hoursNow() + HardRule.NEAR_MISS_EXTRA_HOURS; h++) {
          byHours.computeIfAbsent(h, x -> new HashSet<>()).add(c.company());
        }
      }
    }
    List<Opening> openings = new ArrayList<>();
    int radius = context.citizen().maxCommuteKm() + HardRule.NEAR_MISS_EXTRA_KM;
    add(openings, HardRule.COMMUTE_RADIUS, radius, byRule.get(HardRule.COMMUTE_RADIUS));
    for (int h = context.citizen().hoursNow() + 1; h <= context.citizen().hoursNow() + HardRule.NEAR_MISS_EXTRA_HOURS; h++) {
      add(openings, HardRule.HOURS_NOW, h, byHours.get(h));
    }
    add(openings, HardRule.NOT_YET_AVAILABLE, 0, byRule.get(HardRule.NOT_YET_AVAILABLE));
    add(openings, HardRule.MONTHLY_LIMIT, 0, byRule.get(HardRule.MONTHLY_LIMIT));
    return openings;
  }

  /** The companies' best near misses, but for the companies that are open already. */
  private Stream<Candidate> kept() {
    return best.values().stream().filter(c -> !open.contains(c.company()));
  }

  private static void add(List<Opening> openings, HardRule rule, int relaxedTo, Set<Long> companies) {
    if (companies != null && !companies.isEmpty()) {
      openings.add(new Opening(rule, relaxedTo, companies.size()));
    }
  }

  /** How a candidate's rule reads for the row: by how much, or from when. */
  static KeptOutBy keptOutBy(Candidate c, HardRule.Context context) {
    return switch (c.rule()) {
      case COMMUTE_RADIUS -> new KeptOutBy(c.rule(),
          Math.round((c.facts().distanceKm() - context.citizen().maxCommuteKm()) * 10) / 10.0, 0, null);
      case HOURS_NOW -> new KeptOutBy(c.rule(), 0, c.facts().hoursMin() - context.citizen().hoursNow(), null);
      case NOT_YET_AVAILABLE -> new KeptOutBy(c.rule(), 0, 0, LocalDate.ofEpochDay(c.facts().availableFromDay()));
      default -> new KeptOutBy(c.rule(), 0, 0, null);
    };
  }
}
