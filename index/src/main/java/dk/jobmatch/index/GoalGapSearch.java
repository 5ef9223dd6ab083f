package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.GoalGap.BlockedCompany;
import dk.jobmatch.index.GoalGap.NeedOpening;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.TaskDocuments.StoredTask;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Finds a citizen's {@link GoalGap} in their goal occupation. Every rule is judged by its own clause
 * ({@link HardRule#addTo}, the match filter's definition): per rule, which tasks in reach pass it;
 * a task's broken rules are the rules whose set lacks it. MUST needs are then explained by
 * {@link NeedVerdict#judge}, the verdict the match rows show.
 */
final class GoalGapSearch {
  /** At most this many blocked companies per citizen, nearest first. */
  static final int BLOCKED_SHOWN = 20;

  private final IndexSearcher searcher;
  private final Vocabulary vocabulary;

  GoalGapSearch(IndexSearcher searcher, Vocabulary vocabulary) {
    this.searcher = searcher;
    this.vocabulary = vocabulary;
  }

  /** The tasks of a goal's occupations, or with a word of its title in their title when it has no code; null when neither. */
  static Query goalOccupation(JobGoal goal) {
    List<String> codes = goal.occupationCodes();
    if (!codes.isEmpty()) {
      return MatchQuery.termsQuery(TaskDocuments.OCCUPATION, codes);
    }
    return goal.title() == null ? null : MatchQuery.goalText(goal, GoalMatchKind.TITLE_WORD);
  }

  GoalGap find(CitizenProfile citizen, JobGoal goal, int enough, LocalDate today) throws IOException {
    Query occupation = goalOccupation(goal);
    if (occupation == null) {
      return new GoalGap(0, false, List.of(), 0);
    }
    HardRule.Context context = new HardRule.Context(citizen, vocabulary, today);
    Query acceptable = new BooleanQuery.Builder().add(occupation, Occur.FILTER)
        .add(MatchQuery.filters(MatchQuery.baseFilters(context), context), Occur.FILTER).build();
    int companies = companies(acceptable, enough);
    if (companies >= enough) {
      return new GoalGap(companies, true, List.of(), 0);
    }
    if (searcher.count(occupation) == 0) {
      return new GoalGap(companies, false, List.of(), 0);
    }
    Query reach = new BooleanQuery.Builder().add(occupation, Occur.FILTER)
        .add(HardRule.COMMUTE_RADIUS.relaxed(context), Occur.FILTER).build();
    FixedBitSet inReach = docs(reach);
    Map<HardRule, FixedBitSet> passing = new EnumMap<>(HardRule.class);
    for (HardRule rule : HardRule.values()) {
      BooleanQuery.Builder passes = new BooleanQuery.Builder().add(reach, Occur.FILTER);
      rule.addTo(passes, context);
      passing.put(rule, docs(passes.build()));
    }
    // Per company, the task broken by the fewest rules (then the first in the index).
    Map<Long, Judged> byCompany = new LinkedHashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    NumericDocValues keys = null;
    SortedNumericDocValues from = null;
    SortedNumericDocValues asked = null;
    for (int doc = inReach.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < inReach.length() ? inReach.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (at != leaf) {
        leaf = at;
        keys = DocValues.getNumeric(leaf.reader(), TaskDocuments.COMPANY_KEY);
        from = DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.AVAILABLE_FROM);
        asked = DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.CONTACT_LIMIT_UNTIL);
      }
      int local = doc - leaf.docBase;
      long key = keys.advanceExact(local) ? keys.longValue() : 0;
      List<HardRule> broken = new ArrayList<>(2);
      for (HardRule rule : HardRule.values()) {
        if (!passing.get(rule).get(doc)) {
          broken.add(rule);
        }
      }
      long availableDay = Math.max(from.advanceExact(local) ? from.nextValue() : 0,
          asked.advanceExact(local) ? asked.nextValue() : 0);
      Judged previous = byCompany.get(key);
      if (previous == null || broken.size() < previous.broken().size()) {
        byCompany.put(key, new Judged(doc, broken, availableDay));
      }
    }
    // The acceptable companies (fewer than enough) are in reach too; they block nothing.
    byCompany.values().removeIf(j -> j.broken().isEmpty());
    List<Judged> single = byCompany.values().stream().filter(j -> j.broken().size() == 1).toList();
    int several = byCompany.size() - single.size();
    Map<Integer, StoredTask> stored = StoredTask.read(searcher, single.stream().map(Judged::doc).toList(), citizen,
        vocabulary);
    List<BlockedCompany> blocked = new ArrayList<>();
    for (Judged j : single) {
      StoredTask task = stored.get(j.doc());
      HardRule rule = j.broken().getFirst();
      double km = Math.round(citizen.home().distanceKm(task.location()) * 10) / 10.0;
      LocalDate available = rule == HardRule.MONTHLY_LIMIT ? today.withDayOfMonth(1).plusMonths(1)
          : HardRule.AVAILABILITY.contains(rule) && j.availableDay() > 0 ? LocalDate.ofEpochDay(j.availableDay()) : null;
      blocked.add(new BlockedCompany(task.companyId(), task.companyName(), task.municipalityCode(), km, task.taskId(),
          rule, task.hoursMin(), available, rule == HardRule.MUST_NEEDS ? violatedNeeds(citizen, task) : List.of()));
    }
    blocked.sort(Comparator.comparingDouble(BlockedCompany::distanceKm).thenComparing(BlockedCompany::companyId));
    return new GoalGap(companies, true, blocked.subList(0, Math.min(BLOCKED_SHOWN, blocked.size())), several);
  }

  private List<NeedOpening> violatedNeeds(CitizenProfile citizen, StoredTask task) {
    List<NeedOpening> openings = new ArrayList<>();
    for (Need need : citizen.needs()) {
      if (need.strictness() != Strictness.MUST) {
        continue;
      }
      NeedRule rule = vocabulary.need(need.code()).orElse(null);
      if (rule == null) {
        continue;
      }
      NeedVerdict verdict = NeedVerdict.judge(rule, task.demands(), task.offered(), task.workingTimes());
      if (verdict.violated()) {
        TreeSet<String> accommodations = new TreeSet<>(rule.requires().isEmpty() || !verdict.because().isEmpty()
            ? rule.neutralisedBy() : rule.requires());
        if (verdict.kind() == NeedVerdict.Kind.OUTSIDE_DAYTIME) {
          accommodations.clear(); // only other times would do
        }
        openings.add(new NeedOpening(need.code(), verdict.because(), List.copyOf(accommodations)));
      }
    }
    return openings;
  }

  /** A company's task nearest to opening: its global doc, the rules it breaks, the day it may be asked again (epoch day, 0 for none). */
  private record Judged(int doc, List<HardRule> broken, long availableDay) {}

  /** Distinct companies among the matching tasks, counted up to {@code enough}. */
  private int companies(Query query, int enough) throws IOException {
    Set<Long> keys = new HashSet<>();
    // One leaf stops at a time; a later leaf starts with enough already and stops at its first hit.
    searcher.search(query, new SimpleCollector() {
      private NumericDocValues companyKeys;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        companyKeys = DocValues.getNumeric(context.reader(), TaskDocuments.COMPANY_KEY);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (keys.size() < enough && companyKeys.advanceExact(doc)) {
          keys.add(companyKeys.longValue());
        }
        if (keys.size() >= enough) {
          // Enough is known: most citizens have places, and a count past enough tells nothing.
          throw new CollectionTerminatedException();
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return keys.size();
  }

  private FixedBitSet docs(Query query) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
    searcher.search(query, new SimpleCollector() {
      private int base;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
      }

      @Override
      public void collect(int doc) {
        bits.set(base + doc);
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return bits;
  }
}
