package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.vocabulary.WishRule;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
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

  /** Every hard filter: the {@link #baseFilters} and the company's availability. */
  static Query filters(Query base, HardRule.Context c) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, Occur.FILTER);
    HardRule.AVAILABILITY.forEach(rule -> rule.addTo(query, c));
    return query.build();
  }

  /**
   * The tasks that pass the {@link #baseFilters} but whose company's availability holds them back:
   * paused, at its contact limit or full this month. Led by the held-back tasks' own points near the citizen, so it
   * visits those few rather than every task in the radius.
   */
  static Query heldBack(Query base, HardRule.Context c) {
    return new BooleanQuery.Builder()
        .add(CommuteCircle.boundingBox(TaskDocuments.HELD_BACK_LOCATION, c.citizen().home(),
            c.citizen().maxCommuteKm() * 1000.0), Occur.FILTER)
        .add(base, Occur.FILTER)
        .add(new BooleanQuery.Builder()
            .add(HardRule.brokenAvailabilityQuery(c), Occur.SHOULD)
            .add(HardRule.brokenMonthlyLimitQuery(c), Occur.SHOULD)
            .add(HardRule.brokenContactLimitQuery(c), Occur.SHOULD)
            .build(), Occur.FILTER)
        .build();
  }

  /** Every hard filter about the citizen ({@link HardRule#ABOUT_CITIZEN}): all but the company's availability. */
  static Query baseFilters(HardRule.Context c) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    HardRule.ABOUT_CITIZEN.forEach(rule -> rule.addTo(query, c));
    return query.build();
  }

  /**
   * Where near misses are looked for: tasks for the citizen's goals or CV ({@link #nearMissSignals}) that pass
   * every rule that is never relaxed, within the widened radius and hours; the tasks among them
   * that pass everything are the match list's, and are told apart per task ({@link NearMisses}).
   * Null when the citizen has no strong signal.
   */
  static Query nearMissCandidates(HardRule.Context c) {
    Query strong = nearMissSignals(c.citizen());
    if (strong == null) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(strong, Occur.FILTER);
    HardRule.NEVER_RELAXED.forEach(rule -> rule.addTo(query, c));
    for (HardRule rule : List.of(HardRule.COMMUTE_RADIUS, HardRule.HOURS_NOW)) {
      query.add(rule.relaxed(c), Occur.FILTER);
    }
    return query.build();
  }

  /**
   * The tasks with a strong signal of the citizen's own: a goal's occupation, minor group or field of
   * work, CV experience or education in the occupation, its minor group or its field, or a goal title
   * word (whole or as a compound part) in the text. Null when the citizen has none.
   */
  static Query strongSignals(CitizenProfile citizen) {
    Query signals = goalSignals(citizen, List.of(GoalMatchKind.TEXT_WORD, GoalMatchKind.TEXT_PART));
    Set<String> codes = new LinkedHashSet<>();
    citizen.jobGoals().forEach(goal -> codes.addAll(goal.occupationCodes()));
    citizen.experience().forEach(e -> codes.add(e.occupationCode()));
    citizen.education().forEach(e -> codes.add(e.occupationCode()));
    Set<String> fields = new LinkedHashSet<>();
    for (String code : codes) {
      String field = OccupationCodes.fieldId(code);
      if (field != null) {
        fields.add(field);
      }
    }
    if (fields.isEmpty() || signals == null) {
      return fields.isEmpty() ? signals : termsQuery(TaskDocuments.FIELD, fields);
    }
    // The field of work of a goal or CV entry relates a task too.
    return new BooleanQuery.Builder().add(signals, Occur.SHOULD)
        .add(termsQuery(TaskDocuments.FIELD, fields), Occur.SHOULD).build();
  }

  /**
   * The tasks near misses are looked among: a goal's or the CV's occupation or minor group, or a
   * goal word in the task's title. A goal word deep in a description is too weak a reason to tell a
   * consultant what would open a company, and the narrower set keeps the near misses cheap.
   */
  static Query nearMissSignals(CitizenProfile citizen) {
    return goalSignals(citizen, List.of(GoalMatchKind.TITLE_WORD, GoalMatchKind.TITLE_PART));
  }

  private static Query goalSignals(CitizenProfile citizen, List<GoalMatchKind> textKinds) {
    Set<String> codes = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    Set<String> parts = new LinkedHashSet<>();
    for (JobGoal goal : citizen.jobGoals()) {
      codes.addAll(goal.occupationCodes());
      words.addAll(DanishText.terms(TaskDocuments.TEXT, goal.title()));
      parts.addAll(DanishText.terms(TaskDocuments.TEXT_PARTS, goal.title()));
    }
    citizen.experience().forEach(e -> codes.add(e.occupationCode()));
    citizen.education().forEach(e -> codes.add(e.occupationCode()));
    codes.removeIf(code -> code == null || code.length() != 4);
    if (codes.isEmpty() && words.isEmpty() && parts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!codes.isEmpty()) {
      any.add(termsQuery(TaskDocuments.OCCUPATION, codes), Occur.SHOULD);
      any.add(termsQuery(TaskDocuments.MINOR_GROUP, codes.stream().map(c -> c.substring(0, 3)).toList()), Occur.SHOULD);
    }
    addTextClauses(any, textKinds, words, parts);
    return any.build();
  }

  /** The tasks with a word of the citizen's skills or development goals in the text; null when none. */
  static Query weakSignals(CitizenProfile citizen) {
    List<String> phrases = new ArrayList<>(citizen.skills());
    phrases.addAll(citizen.developmentGoals());
    Set<String> words = new LinkedHashSet<>(TextStatistics.queryTerms(phrases));
    Set<String> parts = new LinkedHashSet<>(TextStatistics.queryParts(phrases));
    if (words.isEmpty() && parts.isEmpty()) {
      return null;
    }
    // Whole word or compound part anywhere in the text (a title's words and parts are in the text's fields too).
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    addTextClauses(any, List.of(GoalMatchKind.TEXT_WORD, GoalMatchKind.TEXT_PART), words, parts);
    return any.build();
  }

  /** Adds, as optional clauses, what text matches of these kinds look for ({@link #textClauses}). */
  private static void addTextClauses(BooleanQuery.Builder any, List<GoalMatchKind> kinds, Set<String> words,
      Set<String> parts) {
    for (GoalMatchKind kind : kinds) {
      for (FieldTerms clause : textClauses(kind, words, parts)) {
        any.add(termsQuery(clause.field(), clause.terms()), Occur.SHOULD);
      }
    }
  }

  /**
   * The tasks a goal's title matches as text in the given way ({@link GoalMatchKind#TITLE_WORD} and
   * after); null when the title has no searchable word. A word of the goal in the task's title, then
   * in a compound of the title, then in the text, then in a compound of the text: a part of either
   * side's compound counts as a part match.
   */
  static Query goalText(JobGoal goal, GoalMatchKind kind) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean some = false;
    for (FieldTerms clause : textClauses(kind, DanishText.terms(TaskDocuments.TEXT, goal.title()),
        DanishText.terms(TaskDocuments.TEXT_PARTS, goal.title()))) {
      any.add(termsQuery(clause.field(), clause.terms()), Occur.SHOULD);
      some = true;
    }
    return some ? any.build() : null;
  }

  /** Terms looked up in one field. */
  record FieldTerms(String field, Set<String> terms) {}

  /**
   * What a text match of {@code kind} looks for, given the citizen's analysed {@code words} and their
   * compound {@code parts}: a whole word in the title or text, or (a part match) the citizen's words
   * inside the task's compounds or the citizen's parts as the task's words or parts. The one
   * definition the query and the explanation both read; empty term sets are left out.
   */
  static List<FieldTerms> textClauses(GoalMatchKind kind, Set<String> words, Set<String> parts) {
    Set<String> both = new LinkedHashSet<>(words);
    both.addAll(parts);
    List<FieldTerms> clauses = new ArrayList<>();
    switch (kind) {
      case TITLE_WORD -> clauses.add(new FieldTerms(TaskDocuments.TITLE_WORDS, words));
      case TITLE_PART -> {
        clauses.add(new FieldTerms(TaskDocuments.TITLE_PARTS, both));
        clauses.add(new FieldTerms(TaskDocuments.TITLE_WORDS, parts));
      }
      case TEXT_WORD -> clauses.add(new FieldTerms(TaskDocuments.TEXT, words));
      case TEXT_PART -> {
        clauses.add(new FieldTerms(TaskDocuments.TEXT_PARTS, both));
        clauses.add(new FieldTerms(TaskDocuments.TEXT, parts));
      }
      case EXACT_OCCUPATION, SAME_MINOR_GROUP, SAME_TRADE, SAME_FIELD -> throw new IllegalArgumentException(kind + " is not a text match");
    }
    clauses.removeIf(c -> c.terms().isEmpty());
    return clauses;
  }

  /**
   * BM25 of the words of {@code texts} in the task's text, and at {@link ScoreModel#PART_FACTOR} of
   * it, the same words inside the task's compounds and the texts' own compound parts as words of
   * the task; null when there is no searchable word.
   */
  static Query bm25(Collection<String> texts) {
    Set<String> words = new LinkedHashSet<>(TextStatistics.queryTerms(List.copyOf(texts)));
    Set<String> parts = new LinkedHashSet<>(TextStatistics.queryParts(List.copyOf(texts)));
    parts.removeAll(words);
    Set<String> both = new LinkedHashSet<>(words);
    both.addAll(parts);
    if (both.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String term : words) {
      q.add(new TermQuery(new Term(TaskDocuments.TEXT, term)), Occur.SHOULD);
    }
    for (String term : parts) {
      q.add(new BoostQuery(new TermQuery(new Term(TaskDocuments.TEXT, term)), (float) ScoreModel.PART_FACTOR), Occur.SHOULD);
    }
    for (String term : both) {
      q.add(new BoostQuery(new TermQuery(new Term(TaskDocuments.TEXT_PARTS, term)), (float) ScoreModel.PART_FACTOR),
          Occur.SHOULD);
    }
    return q.build();
  }

  /** The citizen's wishes in the citizen's order, each with the query matching the tasks that meet it. */
  static List<Query> wishes(CitizenProfile citizen, Vocabulary vocabulary) {
    List<Query> queries = new ArrayList<>();
    for (String code : citizen.wishes()) {
      queries.add(wishMet(vocabulary.wish(code)
          .orElseThrow(() -> new IllegalArgumentException("unknown wish " + code))));
    }
    return queries;
  }

  /** Matches the tasks that meet {@code wish}; must agree with {@link WishRule#metBy}. */
  static Query wishMet(WishRule wish) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!wish.demands().isEmpty()) {
      any.add(termsQuery(TaskDocuments.DEMAND, wish.demands()), Occur.SHOULD);
    }
    if (!wish.offered().isEmpty()) {
      any.add(termsQuery(TaskDocuments.OFFERED, wish.offered()), Occur.SHOULD);
    }
    for (String prefix : wish.occupationPrefixes()) {
      any.add(new PrefixQuery(new Term(TaskDocuments.OCCUPATION, prefix)), Occur.SHOULD);
    }
    if (wish.teamSizeMin() != null) {
      any.add(IntField.newRangeQuery(TaskDocuments.TEAM_SIZE, wish.teamSizeMin(), wish.teamSizeMax()), Occur.SHOULD);
    }
    return any.build();
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
    Query violated = demandsViolate(rule);
    if (rule.readsSchedule()) {
      // Agreed times decide; without them, the demands do.
      Query known = new TermQuery(new Term(TaskDocuments.WORKING_TIMES, TaskDocuments.TIMES_KNOWN));
      Query outside = new TermQuery(new Term(TaskDocuments.WORKING_TIMES, TaskDocuments.TIMES_OUTSIDE_DAYTIME));
      BooleanQuery.Builder unscheduledViolation = new BooleanQuery.Builder().add(known, Occur.MUST_NOT);
      if (violated != null) {
        unscheduledViolation.add(violated, Occur.FILTER);
        q.add(unscheduledViolation.build(), Occur.MUST_NOT);
      }
      q.add(outside, Occur.MUST_NOT);
    } else if (violated != null) {
      q.add(violated, Occur.MUST_NOT);
    }
    return q.build();
  }

  /** The tasks whose demands violate the rule (a conflict nothing offered neutralises); null when none can. */
  private static Query demandsViolate(NeedRule rule) {
    if (rule.conflicts().isEmpty()) {
      return null;
    }
    Query conflict = termsQuery(TaskDocuments.DEMAND, rule.conflicts());
    if (rule.neutralisedBy().isEmpty()) {
      return conflict;
    }
    return new BooleanQuery.Builder()
        .add(conflict, Occur.FILTER)
        .add(termsQuery(TaskDocuments.OFFERED, rule.neutralisedBy()), Occur.MUST_NOT)
        .build();
  }

  static NeedRule rule(Vocabulary vocabulary, Need need) {
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

  static Query termsQuery(String field, Collection<String> values) {
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(field, terms);
  }

}
