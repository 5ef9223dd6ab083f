package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;

/**
 * Scores the candidates of one citizen's query in a single pass: every per-task part of
 * {@link ScoreModel} is read from doc values, and only the text parts (goal titles, CV skills,
 * development goals) and PREFER needs use postings, advanced to the candidate. Many scoring
 * clauses per task would cost more than this one loop; the hard filters decide which documents
 * reach it at all.
 */
final class Ranking {
  private static final CompanyEntry.OrdinaryHoursStance[] STANCES = CompanyEntry.OrdinaryHoursStance.values();
  private final CitizenProfile citizen;
  private final double[] weights;
  /** Per goal, its occupations' four-digit codes as numbers (none, one, or the few its title names alike). */
  private final int[][] goalCodes;
  private final double[][] goalValues;
  /** Per goal, per text kind ({@link GoalMatchKind#TEXT}, best first): the tasks the title matches so. */
  private final Weight[][] goalText;
  private final CvEvidence cv;
  private final Weight skills;
  private final Weight development;
  private final Weight[] preferNeeds;
  private final Weight[] wishes;
  private final double maxTextScore;
  /** The highest value a text part can take for any task: how far words alone can relate a task to the citizen. */
  private final double maxTextValue;
  private final double maxContext;
  /** The best value a title-word match gives any goal: what a task without a code match may still reach. */
  private final double bestTextGoal;
  /** The most the parts that need postings can add on top of the parts read from doc values. */
  private final double postingsHeadroom;

  Ranking(IndexSearcher searcher, CitizenProfile citizen, ScoreWeights weights, List<Query> preferNeeds,
      List<Query> wishes) throws IOException {
    this.citizen = citizen;
    this.weights = weights.asArray();
    List<JobGoal> goals = citizen.jobGoals();
    goalCodes = new int[goals.size()][];
    goalValues = new double[goals.size()][];
    goalText = new Weight[goals.size()][];
    double textGoal = 0;
    for (int i = 0; i < goals.size(); i++) {
      JobGoal goal = goals.get(i);
      goalCodes[i] = goal.occupationCodes().stream().mapToInt(OccupationCodes::number).toArray();
      goalValues[i] = new double[GoalMatchKind.values().length];
      for (GoalMatchKind kind : GoalMatchKind.values()) {
        goalValues[i][kind.ordinal()] = ScoreModel.goal(kind, goal.rank());
      }
      goalText[i] = new Weight[GoalMatchKind.TEXT.size()];
      for (int k = 0; k < goalText[i].length; k++) {
        GoalMatchKind kind = GoalMatchKind.TEXT.get(k);
        goalText[i][k] = weight(searcher, MatchQuery.goalText(goal, kind), ScoreMode.COMPLETE_NO_SCORES);
        if (goalText[i][k] != null) {
          textGoal = Math.max(textGoal, goalValues[i][kind.ordinal()]);
        }
      }
    }
    bestTextGoal = textGoal;
    cv = new CvEvidence(citizen);
    skills = weight(searcher, MatchQuery.bm25(citizen.skills()), ScoreMode.COMPLETE);
    development = weight(searcher, MatchQuery.bm25(citizen.developmentGoals()), ScoreMode.COMPLETE);
    double skillsValue = ScoreModel.text(idfBound(searcher, citizen.skills()));
    double developmentValue = ScoreModel.text(idfBound(searcher, citizen.developmentGoals()));
    maxTextScore = this.weights[ScoreModel.SKILLS] * skillsValue + this.weights[ScoreModel.DEVELOPMENT] * developmentValue;
    maxTextValue = Math.max(this.weights[ScoreModel.SKILLS] > 0 ? skillsValue : 0,
        this.weights[ScoreModel.DEVELOPMENT] > 0 ? developmentValue : 0);
    maxContext = ScoreModel.maxContext(weights);
    postingsHeadroom = maxTextScore + (preferNeeds.isEmpty() ? 0 : this.weights[ScoreModel.PREFER])
        + (wishes.isEmpty() ? 0 : this.weights[ScoreModel.WISHES]);
    this.preferNeeds = weights(searcher, preferNeeds);
    this.wishes = weights(searcher, wishes);
  }

  private static Weight[] weights(IndexSearcher searcher, List<Query> queries) throws IOException {
    Weight[] weights = new Weight[queries.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight(searcher, queries.get(i), ScoreMode.COMPLETE_NO_SCORES);
    }
    return weights;
  }

  /**
   * The most a task with no strong signal (goal, goal word, CV occupation) can score: the skills and
   * development-goal parts (Lucene's BM25 for one term stays below its idf, so the sum of the terms'
   * idf bounds the text score), the wishes, and the context parts at the share the best text value
   * relates it to the citizen.
   */
  double maxWithoutStrongSignal() {
    return maxTextScore + maxWishes() + maxContext * ScoreModel.contextScale(maxTextValue);
  }

  /** The most a task with no signal but wishes can score: the wishes and the context parts of an unrelated task. */
  double maxWithoutTextSignal() {
    return maxWishes() + maxContext * ScoreModel.UNRELATED_CONTEXT;
  }

  private double maxWishes() {
    return wishes.length == 0 ? 0 : weights[ScoreModel.WISHES];
  }

  double[] weights() {
    return weights;
  }

  Leaf forLeaf(LeafReaderContext context) throws IOException {
    return new Leaf(context);
  }

  /** The scorer for one segment; documents must be asked for in increasing order. */
  final class Leaf {
    private final NumericDocValues occupation;
    private final NumericDocValues hours;
    private final SortedNumericDocValues location;
    private final NumericDocValues flags;
    private final NumericDocValues record;
    private final DocIdSetIterator[][] goalText;
    private final Scorer developmentScorer;
    private final DocIdSetIterator[] preferMet;
    private final DocIdSetIterator[] wishMet;
    private final Scorer skillsScorer;
    private final double homeLat = citizen.home().lat();
    private final double homeLon = citizen.home().lon();
    private double lastDistanceKm;

    private Leaf(LeafReaderContext context) throws IOException {
      LeafReader reader = context.reader();
      occupation = DocValues.getNumeric(reader, TaskDocuments.OCCUPATION);
      hours = DocValues.getNumeric(reader, TaskDocuments.HOURS);
      location = DocValues.getSortedNumeric(reader, TaskDocuments.LOCATION);
      flags = DocValues.getNumeric(reader, TaskDocuments.FLAGS);
      record = DocValues.getNumeric(reader, TaskDocuments.PAID_RECORD);
      goalText = new DocIdSetIterator[Ranking.this.goalText.length][];
      for (int i = 0; i < goalText.length; i++) {
        goalText[i] = iterators(Ranking.this.goalText[i], context);
      }
      developmentScorer = scorer(development, context);
      skillsScorer = scorer(skills, context);
      preferMet = iterators(preferNeeds, context);
      wishMet = iterators(wishes, context);
    }

    /** The weighted score of {@code doc}; fills {@code values} with the unweighted parts. */
    double score(int doc, double[] values) throws IOException {
      return score(doc, values, Double.NEGATIVE_INFINITY);
    }

    /**
     * The weighted score of {@code doc}, or {@link Double#NEGATIVE_INFINITY} when it cannot reach
     * {@code mustReach}: the parts read from doc values come first, and the parts that advance
     * postings (goal title words, skills, development goals, PREFER needs) are skipped when even
     * their highest possible values would leave the task below the weakest company already kept.
     */
    double score(int doc, double[] values, double mustReach) throws IOException {
      int code = occupation.advanceExact(doc) ? (int) occupation.longValue() : -1;
      double goalsByCode = goalsByCode(code);
      values[ScoreModel.EXPERIENCE] = cv.value(code);
      long h = hours.advanceExact(doc) ? hours.longValue() : 0;
      values[ScoreModel.HOURS] = ScoreModel.hoursFit((int) (h >>> 16), (int) (h & 0xffff), citizen.hoursNow(),
          citizen.hoursTarget());
      long f = flags.advanceExact(doc) ? flags.longValue() : CompanyEntry.OrdinaryHoursStance.UNKNOWN.ordinal();
      values[ScoreModel.ORDINARY] = ScoreModel.ordinaryHours(STANCES[(int) (f & 3)], (f & 4) != 0);
      long r = record.advanceExact(doc) ? record.longValue() : 0;
      values[ScoreModel.RECORD] = ScoreModel.paidHoursRecord((int) (r >>> 32), (int) (r & 0xffffffffL));
      if (mustReach != Double.NEGATIVE_INFINITY) {
        double knownButGoals = weights[ScoreModel.EXPERIENCE] * values[ScoreModel.EXPERIENCE]
            + weights[ScoreModel.HOURS] * values[ScoreModel.HOURS]
            + weights[ScoreModel.ORDINARY] * values[ScoreModel.ORDINARY]
            + weights[ScoreModel.RECORD] * values[ScoreModel.RECORD];
        double known = weights[ScoreModel.GOALS] * Math.max(goalsByCode, bestTextGoal) + knownButGoals;
        // The distance (a great-circle formula) comes last: most tasks are pruned even as if at the citizen's door.
        // A hair of slack so rounding can never prune a task that ties the threshold.
        if (known + weights[ScoreModel.DISTANCE] + postingsHeadroom + 1e-9 < mustReach) {
          return Double.NEGATIVE_INFINITY;
        }
        lastDistanceKm = distanceKm(doc);
        values[ScoreModel.DISTANCE] = ScoreModel.distance(lastDistanceKm, citizen.maxCommuteKm());
        if (known + weights[ScoreModel.DISTANCE] * values[ScoreModel.DISTANCE] + postingsHeadroom + 1e-9 < mustReach) {
          return Double.NEGATIVE_INFINITY;
        }
        // The goal's text matched, the bound is tight in its largest part: a task without the goal's words mostly
        // stops here, before the skills' postings (the costliest part of a score) are advanced.
        values[ScoreModel.GOALS] = goals(doc, code, goalsByCode);
        if (weights[ScoreModel.GOALS] * values[ScoreModel.GOALS] + knownButGoals
            + weights[ScoreModel.DISTANCE] * values[ScoreModel.DISTANCE] + postingsHeadroom + 1e-9 < mustReach) {
          return Double.NEGATIVE_INFINITY;
        }
      } else {
        lastDistanceKm = distanceKm(doc);
        values[ScoreModel.DISTANCE] = ScoreModel.distance(lastDistanceKm, citizen.maxCommuteKm());
        values[ScoreModel.GOALS] = goals(doc, code, goalsByCode);
      }
      values[ScoreModel.SKILLS] = ScoreModel.text(textScore(skillsScorer, doc));
      values[ScoreModel.DEVELOPMENT] = ScoreModel.text(textScore(developmentScorer, doc));
      values[ScoreModel.PREFER] = ScoreModel.preferNeeds(countAt(preferMet, doc), preferMet.length);
      values[ScoreModel.WISHES] = ScoreModel.wishes(countAt(wishMet, doc), wishMet.length);
      ScoreModel.scaleContext(values, weights);
      return ScoreModel.total(values, weights);
    }

    private double goalsByCode(int code) {
      double best = 0;
      for (int i = 0; i < goalCodes.length; i++) {
        for (int goalCode : goalCodes[i]) {
          GoalMatchKind kind = OccupationCodes.kind(goalCode, code);
          if (kind != null) {
            best = Math.max(best, goalValues[i][kind.ordinal()]);
          }
        }
      }
      return best;
    }

    /** Distance of the document last scored, in kilometres. */
    double lastDistanceKm() {
      return lastDistanceKm;
    }

    /** Whether {@code doc} lies within {@code circle}, by the filter's own check. */
    boolean withinCircle(int doc, CommuteCircle circle) throws IOException {
      if (!location.advanceExact(doc)) {
        return false;
      }
      long encoded = location.nextValue();
      return circle.within(GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
          GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL)));
    }

    /** Distance of {@code doc} from the citizen's home, in kilometres, as the score measures it; without scoring. */
    double distanceKmOf(int doc) throws IOException {
      return distanceKm(doc);
    }

    /** The best goal value, adding text matches (best kind first) where they could still raise it. */
    private double goals(int doc, int code, double byCode) throws IOException {
      double best = byCode;
      for (int i = 0; i < goalCodes.length; i++) {
        // A code match above every text kind (exact, minor group) ends the loop at once; a field match may be beaten.
        for (int k = 0; k < goalText[i].length; k++) {
          double text = goalValues[i][GoalMatchKind.TEXT.get(k).ordinal()];
          // Postings are only advanced when a text match could still raise the best goal so far.
          if (best >= text) {
            break;
          }
          if (at(goalText[i][k], doc)) {
            best = text;
            break;
          }
        }
      }
      return best;
    }

    private double distanceKm(int doc) throws IOException {
      if (!location.advanceExact(doc)) {
        return Double.MAX_VALUE;
      }
      long encoded = location.nextValue();
      double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
      double lon = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
      return SloppyMath.haversinMeters(homeLat, homeLon, lat, lon) / 1000.0;
    }
  }

  /**
   * The most {@link MatchQuery#bm25} can give any task for these phrases: Lucene's BM25 for one term
   * stays below its idf times its boost, so the boosted sum of the terms' idf bounds the score.
   */
  private static double idfBound(IndexSearcher searcher, List<String> phrases) throws IOException {
    List<String> words = TextStatistics.queryTerms(phrases);
    java.util.Set<String> parts = new java.util.LinkedHashSet<>(TextStatistics.queryParts(phrases));
    parts.removeAll(words);
    java.util.Set<String> both = new java.util.LinkedHashSet<>(words);
    both.addAll(parts);
    return idfSum(searcher, TaskDocuments.TEXT, words)
        + ScoreModel.PART_FACTOR * (idfSum(searcher, TaskDocuments.TEXT, parts)
            + idfSum(searcher, TaskDocuments.TEXT_PARTS, both));
  }

  private static double idfSum(IndexSearcher searcher, String field, java.util.Collection<String> terms) throws IOException {
    double sum = 0;
    long docCount = Math.max(1, searcher.getIndexReader().getDocCount(field));
    for (String term : terms) {
      int df = searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(field, term));
      sum += Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }
    return sum;
  }

  private static int countAt(DocIdSetIterator[] iterators, int doc) throws IOException {
    int met = 0;
    for (DocIdSetIterator it : iterators) {
      if (at(it, doc)) {
        met++;
      }
    }
    return met;
  }

  private static DocIdSetIterator[] iterators(Weight[] weights, LeafReaderContext context) throws IOException {
    DocIdSetIterator[] iterators = new DocIdSetIterator[weights.length];
    for (int i = 0; i < weights.length; i++) {
      iterators[i] = iterator(scorer(weights[i], context));
    }
    return iterators;
  }

  private static double textScore(Scorer scorer, int doc) throws IOException {
    if (scorer == null) {
      return 0;
    }
    DocIdSetIterator it = scorer.iterator();
    return at(it, doc) ? scorer.score() : 0;
  }

  private static boolean at(DocIdSetIterator it, int doc) throws IOException {
    if (it == null) {
      return false;
    }
    int current = it.docID();
    if (current < doc) {
      current = it.advance(doc);
    }
    return current == doc;
  }

  private static Weight weight(IndexSearcher searcher, Query query, ScoreMode mode) throws IOException {
    return query == null ? null : searcher.createWeight(searcher.rewrite(query), mode, 1f);
  }

  private static Scorer scorer(Weight weight, LeafReaderContext context) throws IOException {
    return weight == null ? null : weight.scorer(context);
  }

  private static DocIdSetIterator iterator(Scorer scorer) {
    return scorer == null ? null : scorer.iterator();
  }
}
