package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private final CitizenProfile citizen;
  private final double[] weights;
  private final int[] goalCodes;
  private final int[] goalMinorGroups;
  private final double[][] goalValues;
  private final Weight[] goalText;
  private final Set<Integer> experienceCodes = new HashSet<>();
  private final Set<Integer> experienceMinorGroups = new HashSet<>();
  private final Weight skills;
  private final Weight development;
  private final Weight[] preferNeeds;

  Ranking(IndexSearcher searcher, CitizenProfile citizen, ScoreWeights weights, List<Query> preferNeeds) throws IOException {
    this.citizen = citizen;
    this.weights = weights.asArray();
    List<JobGoal> goals = citizen.jobGoals();
    goalCodes = new int[goals.size()];
    goalMinorGroups = new int[goals.size()];
    goalValues = new double[goals.size()][];
    goalText = new Weight[goals.size()];
    for (int i = 0; i < goals.size(); i++) {
      JobGoal goal = goals.get(i);
      goalCodes[i] = code(goal.occupationCode());
      goalMinorGroups[i] = goalCodes[i] < 0 ? -1 : goalCodes[i] / 10;
      goalValues[i] = new double[GoalMatchKind.values().length];
      for (GoalMatchKind kind : GoalMatchKind.values()) {
        goalValues[i][kind.ordinal()] = ScoreModel.goal(kind, goal.rank());
      }
      goalText[i] = weight(searcher, MatchQuery.goalText(goal), ScoreMode.COMPLETE_NO_SCORES);
    }
    for (String code : citizen.experienceOccupationCodes()) {
      int c = code(code);
      if (c >= 0) {
        experienceCodes.add(c);
        experienceMinorGroups.add(c / 10);
      }
    }
    skills = weight(searcher, MatchQuery.bm25(citizen.skills()), ScoreMode.COMPLETE);
    development = weight(searcher, MatchQuery.bm25(citizen.developmentGoals()), ScoreMode.COMPLETE);
    this.preferNeeds = new Weight[preferNeeds.size()];
    for (int i = 0; i < preferNeeds.size(); i++) {
      this.preferNeeds[i] = weight(searcher, preferNeeds.get(i), ScoreMode.COMPLETE_NO_SCORES);
    }
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
    private final DocIdSetIterator[] goalText;
    private final Scorer skillsScorer;
    private final Scorer developmentScorer;
    private final DocIdSetIterator[] preferMet;
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
      goalText = new DocIdSetIterator[Ranking.this.goalText.length];
      for (int i = 0; i < goalText.length; i++) {
        goalText[i] = iterator(scorer(Ranking.this.goalText[i], context));
      }
      skillsScorer = scorer(skills, context);
      developmentScorer = scorer(development, context);
      preferMet = new DocIdSetIterator[preferNeeds.length];
      for (int i = 0; i < preferMet.length; i++) {
        preferMet[i] = iterator(scorer(preferNeeds[i], context));
      }
    }

    /** The weighted score of {@code doc}; fills {@code values} with the unweighted parts. */
    double score(int doc, double[] values) throws IOException {
      int code = occupation.advanceExact(doc) ? (int) occupation.longValue() : -1;
      values[ScoreModel.GOALS] = goals(doc, code);
      values[ScoreModel.EXPERIENCE] = ScoreModel.experience(experienceCodes.contains(code),
          code >= 0 && experienceMinorGroups.contains(code / 10));
      values[ScoreModel.SKILLS] = ScoreModel.text(textScore(skillsScorer, doc));
      values[ScoreModel.DEVELOPMENT] = ScoreModel.text(textScore(developmentScorer, doc));
      long h = hours.advanceExact(doc) ? hours.longValue() : 0;
      values[ScoreModel.HOURS] = ScoreModel.hoursFit((int) (h >>> 16), (int) (h & 0xffff), citizen.hoursNow(),
          citizen.hoursTarget());
      lastDistanceKm = distanceKm(doc);
      values[ScoreModel.DISTANCE] = ScoreModel.distance(lastDistanceKm, citizen.maxCommuteKm());
      int met = 0;
      for (DocIdSetIterator it : preferMet) {
        if (at(it, doc)) {
          met++;
        }
      }
      values[ScoreModel.PREFER] = ScoreModel.preferNeeds(met, preferMet.length);
      long f = flags.advanceExact(doc) ? flags.longValue() : CompanyEntry.OrdinaryHoursStance.UNKNOWN.ordinal();
      values[ScoreModel.ORDINARY] = ScoreModel.ordinaryHours(
          CompanyEntry.OrdinaryHoursStance.values()[(int) (f & 3)], (f & 4) != 0);
      long r = record.advanceExact(doc) ? record.longValue() : 0;
      values[ScoreModel.RECORD] = ScoreModel.paidHoursRecord(
          new CompanyEntry.PaidHoursRecord((int) (r >>> 32), (int) (r & 0xffffffffL)));
      return ScoreModel.total(values, weights);
    }

    /** Distance of the document last scored, in kilometres. */
    double lastDistanceKm() {
      return lastDistanceKm;
    }

    private double goals(int doc, int code) throws IOException {
      double best = 0;
      for (int i = 0; i < goalCodes.length; i++) {
        GoalMatchKind kind = null;
        if (code >= 0 && code == goalCodes[i]) {
          kind = GoalMatchKind.EXACT_OCCUPATION;
        } else if (code >= 0 && code / 10 == goalMinorGroups[i]) {
          kind = GoalMatchKind.SAME_MINOR_GROUP;
        } else if (at(goalText[i], doc)) {
          kind = GoalMatchKind.TITLE_TEXT;
        }
        if (kind != null) {
          best = Math.max(best, goalValues[i][kind.ordinal()]);
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

  private static int code(String occupationCode) {
    if (occupationCode == null || occupationCode.length() != 4) {
      return -1;
    }
    try {
      return Integer.parseInt(occupationCode);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
