package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene queries for one citizen: the hard filters as {@code FILTER}/{@code MUST_NOT}
 * clauses that never score, and the few text queries the {@link Ranking} reads per candidate.
 * Queries are built from analysed terms, never parsed: no user text reaches a query parser.
 */
final class MatchQuery {
  private MatchQuery() {}

  /** Every hard filter: what a task must pass to be shown, given the {@link #baseFilters}. */
  static Query filters(Query base, LocalDate today) {
    return new BooleanQuery.Builder()
        .add(base, Occur.FILTER)
        // Paused or not yet available while today is before that date: on the day itself the company is available again.
        .add(LongField.newRangeQuery(TaskDocuments.AVAILABLE_FROM, Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER)
        .add(IntField.newExactQuery(TaskDocuments.FULL_MONTH, TaskDocuments.yearMonth(YearMonth.from(today))), Occur.MUST_NOT)
        .build();
  }

  /**
   * The tasks that pass the {@link #baseFilters} but whose company's availability holds them back:
   * paused or full this month. Led by the held-back tasks' own points near the citizen, so it
   * visits those few rather than every task in the radius.
   */
  static Query heldBack(Query base, CitizenProfile citizen, LocalDate today) {
    return new BooleanQuery.Builder()
        .add(CommuteCircle.boundingBox(TaskDocuments.HELD_BACK_LOCATION, citizen.home(), citizen.maxCommuteKm() * 1000.0),
            Occur.FILTER)
        .add(base, Occur.FILTER)
        .add(new BooleanQuery.Builder()
            .add(LongField.newRangeQuery(TaskDocuments.AVAILABLE_FROM, today.toEpochDay() + 1, Long.MAX_VALUE), Occur.SHOULD)
            .add(IntField.newExactQuery(TaskDocuments.FULL_MONTH, TaskDocuments.yearMonth(YearMonth.from(today))), Occur.SHOULD)
            .build(), Occur.FILTER)
        .build();
  }

  /** Every hard filter about the citizen: all but the company's availability. */
  static Query baseFilters(CitizenProfile citizen, Vocabulary vocabulary) {
    return baseFilterClauses(citizen, vocabulary).build();
  }

  private static BooleanQuery.Builder baseFilterClauses(CitizenProfile citizen, Vocabulary vocabulary) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(CommuteCircle.around(citizen.home(), citizen.maxCommuteKm() * 1000.0), Occur.FILTER);
    query.add(IntField.newRangeQuery(TaskDocuments.HOURS_MIN, Integer.MIN_VALUE, citizen.hoursNow()), Occur.FILTER);
    query.add(IntField.newRangeQuery(TaskDocuments.FREE_CAPACITY, 1, Integer.MAX_VALUE), Occur.FILTER);
    if (!citizen.excludedCompanyIds().isEmpty()) {
      query.add(termsQuery(TaskDocuments.COMPANY_ID, citizen.excludedCompanyIds()), Occur.MUST_NOT);
    }
    for (Need need : citizen.needs()) {
      if (need.strictness() == Strictness.MUST) {
        query.add(needSatisfied(rule(vocabulary, need)), Occur.FILTER);
      }
    }
    return query;
  }

  /**
   * The tasks with a strong signal of the citizen's own: a goal's occupation or minor group, CV
   * experience in the occupation or its minor group, or a goal title word in the text. Null when
   * the citizen has none.
   */
  static Query strongSignals(CitizenProfile citizen) {
    Set<String> codes = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    for (JobGoal goal : citizen.jobGoals()) {
      codes.add(goal.occupationCode());
      words.addAll(DanishText.terms(TaskDocuments.TEXT, goal.title()));
    }
    codes.addAll(citizen.experienceOccupationCodes());
    codes.removeIf(code -> code == null || code.length() != 4);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (codes.isEmpty() && words.isEmpty()) {
      return null;
    }
    if (!codes.isEmpty()) {
      any.add(termsQuery(TaskDocuments.OCCUPATION, codes), Occur.SHOULD);
      any.add(termsQuery(TaskDocuments.MINOR_GROUP, codes.stream().map(c -> c.substring(0, 3)).toList()), Occur.SHOULD);
    }
    if (!words.isEmpty()) {
      any.add(termsQuery(TaskDocuments.TEXT, words), Occur.SHOULD);
    }
    return any.build();
  }

  /** The tasks with a word of the citizen's skills or development goals in the text; null when none. */
  static Query weakSignals(CitizenProfile citizen) {
    Set<String> words = new LinkedHashSet<>(TextStatistics.queryTerms(citizen.skills()));
    words.addAll(TextStatistics.queryTerms(citizen.developmentGoals()));
    return words.isEmpty() ? null : termsQuery(TaskDocuments.TEXT, words);
  }

  /** Tasks whose text holds any word of the goal's title; null when the title has no searchable word. */
  static Query goalText(JobGoal goal) {
    return anyTerm(TaskDocuments.TEXT, DanishText.terms(TaskDocuments.TEXT, goal.title()));
  }

  /** BM25 of the words of {@code texts} in the task's text; null when there is no searchable word. */
  static Query bm25(Collection<String> texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      terms.addAll(DanishText.terms(TaskDocuments.TEXT, text));
    }
    return anyTerm(TaskDocuments.TEXT, terms);
  }

  /** PREFER needs in the citizen's order, with the query matching the tasks that meet each. */
  static List<Query> preferNeeds(CitizenProfile citizen, Vocabulary vocabulary) {
    List<Query> queries = new ArrayList<>();
    for (Need need : citizen.needs()) {
      if (need.strictness() == Strictness.PREFER) {
        queries.add(needSatisfied(rule(vocabulary, need)));
      }
    }
    return queries;
  }

  /**
   * Matches the tasks where {@code rule} is not violated: the required accommodation is offered, and
   * no conflicting demand is present unless a neutralising accommodation is offered. Must agree with
   * {@link dk.jobmatch.index.vocabulary.NeedVerdict#judge}.
   */
  static Query needSatisfied(NeedRule rule) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    if (rule.requires().isEmpty()) {
      q.add(new MatchAllDocsQuery(), Occur.FILTER);
    } else {
      q.add(termsQuery(TaskDocuments.OFFERED, rule.requires()), Occur.FILTER);
    }
    if (!rule.conflicts().isEmpty()) {
      Query conflict = termsQuery(TaskDocuments.DEMAND, rule.conflicts());
      if (rule.neutralisedBy().isEmpty()) {
        q.add(conflict, Occur.MUST_NOT);
      } else {
        q.add(new BooleanQuery.Builder()
            .add(conflict, Occur.FILTER)
            .add(termsQuery(TaskDocuments.OFFERED, rule.neutralisedBy()), Occur.MUST_NOT)
            .build(), Occur.MUST_NOT);
      }
    }
    return q.build();
  }

  private static NeedRule rule(Vocabulary vocabulary, Need need) {
    return vocabulary.need(need.code())
        .orElseThrow(() -> new IllegalArgumentException("unknown accommodation need " + need.code()));
  }

  private static Query anyTerm(String field, Collection<String> terms) {
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String term : terms) {
      q.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
    }
    return q.build();
  }

  private static Query termsQuery(String field, Collection<String> values) {
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(field, terms);
  }

}
