package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene query for one citizen. Hard filters are {@code FILTER}/{@code MUST_NOT} clauses,
 * so they never touch the score; everything that ranks is an optional {@code SHOULD} clause.
 * Queries are built from terms, never parsed: no user text reaches a query parser.
 *
 * <p>First ranking model, scores by construction:
 * <ul>
 *   <li>each job goal scores its best kind of match only (a disjunction-max): same occupation code
 *       {@value #EXACT} x rank weight, same ISCO-08 minor group {@value #MINOR_GROUP} x rank weight,
 *       title words in the task's text {@value #TITLE_TEXT} x rank weight (rank weights A=3, B=2, C=1),
 *       so exact beats minor group beats text for the same goal, and an A goal beats a C goal;</li>
 *   <li>CV experience in the task's occupation adds {@value #EXPERIENCE};</li>
 *   <li>CV skills add BM25 of their Danish-analysed words in the task's skills and text, scaled by
 *       {@value #SKILLS} so skills order tasks within a goal level rather than across levels;</li>
 *   <li>each PREFER need the task does not violate adds {@value #PREFER_MET}.</li>
 * </ul>
 * Distance is the tie-breaker (a second sort key), not part of the score.
 */
final class MatchQuery {
  static final float EXACT = 10f;
  static final float MINOR_GROUP = 5f;
  static final float TITLE_TEXT = 2f;
  static final float EXPERIENCE = 2f;
  static final float SKILLS = 0.3f;
  static final float PREFER_MET = 1f;

  private MatchQuery() {}

  static Query build(CitizenProfile citizen, Vocabulary vocabulary, LocalDate today) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    addHardFilters(query, citizen, vocabulary, today);
    addRanking(query, citizen, vocabulary);
    return query.build();
  }

  private static void addHardFilters(BooleanQuery.Builder query, CitizenProfile citizen, Vocabulary vocabulary, LocalDate today) {
    query.add(LatLonPoint.newDistanceQuery(TaskDocuments.LOCATION, citizen.home().lat(), citizen.home().lon(),
        citizen.maxCommuteKm() * 1000.0), Occur.FILTER);
    query.add(IntPoint.newRangeQuery(TaskDocuments.HOURS_MIN, Integer.MIN_VALUE, citizen.hoursNow()), Occur.FILTER);
    query.add(IntPoint.newRangeQuery(TaskDocuments.FREE_CAPACITY, 1, Integer.MAX_VALUE), Occur.FILTER);
    // Paused while today is before the pause ends: on the day itself the company takes placements again.
    query.add(LongPoint.newRangeQuery(TaskDocuments.PAUSED_UNTIL, Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER);
    if (!citizen.excludedCompanyIds().isEmpty()) {
      query.add(termsQuery(TaskDocuments.COMPANY_ID, citizen.excludedCompanyIds()), Occur.MUST_NOT);
    }
    for (Need need : citizen.needs()) {
      if (need.strictness() == Strictness.MUST) {
        query.add(needSatisfied(rule(vocabulary, need)), Occur.FILTER);
      }
    }
  }

  private static void addRanking(BooleanQuery.Builder query, CitizenProfile citizen, Vocabulary vocabulary) {
    for (JobGoal goal : citizen.jobGoals()) {
      Query goalQuery = goalQuery(goal);
      if (goalQuery != null) {
        query.add(goalQuery, Occur.SHOULD);
      }
    }
    for (String code : new LinkedHashSet<>(citizen.experienceOccupationCodes())) {
      query.add(constant(new TermQuery(new Term(TaskDocuments.OCCUPATION, code)), EXPERIENCE), Occur.SHOULD);
    }
    Query skills = skillsQuery(citizen.skills());
    if (skills != null) {
      query.add(new BoostQuery(skills, SKILLS), Occur.SHOULD);
    }
    for (Need need : citizen.needs()) {
      if (need.strictness() == Strictness.PREFER) {
        query.add(constant(needSatisfied(rule(vocabulary, need)), PREFER_MET), Occur.SHOULD);
      }
    }
  }

  private static Query goalQuery(JobGoal goal) {
    float weight = goal.rank().weight();
    List<Query> kinds = new ArrayList<>(3);
    String code = goal.occupationCode();
    if (code != null && code.length() == 4) {
      kinds.add(constant(new TermQuery(new Term(TaskDocuments.OCCUPATION, code)), EXACT * weight));
      kinds.add(constant(new TermQuery(new Term(TaskDocuments.MINOR_GROUP, code.substring(0, 3))), MINOR_GROUP * weight));
    }
    Query text = anyTerm(TaskDocuments.TEXT, DanishText.terms(TaskDocuments.TEXT, goal.title()));
    if (text != null) {
      kinds.add(constant(text, TITLE_TEXT * weight));
    }
    return kinds.isEmpty() ? null : new DisjunctionMaxQuery(kinds, 0f);
  }

  private static Query skillsQuery(List<String> skills) {
    Set<String> terms = new LinkedHashSet<>();
    for (String skill : skills) {
      terms.addAll(DanishText.terms(TaskDocuments.SKILLS, skill));
    }
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String term : terms) {
      q.add(new TermQuery(new Term(TaskDocuments.SKILLS, term)), Occur.SHOULD);
      q.add(new TermQuery(new Term(TaskDocuments.TEXT, term)), Occur.SHOULD);
    }
    return q.build();
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

  private static Query constant(Query query, float score) {
    return new BoostQuery(new ConstantScoreQuery(query), score);
  }
}
