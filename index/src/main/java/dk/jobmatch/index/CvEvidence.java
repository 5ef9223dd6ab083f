package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.Education;
import dk.jobmatch.index.CitizenProfile.Experience;
import dk.jobmatch.index.MatchResult.ExperienceMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * What a citizen's CV says for one occupation: the best of their experience and education in it,
 * its ISCO-08 minor group or its field of work ({@link OccupationCodes#kind}), valued by
 * {@link ScoreModel#experience} and {@link ScoreModel#education}. The one place the ranking (a value
 * per task, from a few arrays) and the explanation (which entry it was) take that evidence from, so
 * the reason always names the entry that scored.
 */
final class CvEvidence {
  private final int[] codes;
  /** Per entry, its value for the same occupation; a related one counts {@link ScoreModel#relatedShare} of it. */
  private final double[] sameOccupationValues;
  private final List<Entry> entries = new ArrayList<>();

  /** One CV entry as the reasons name it. */
  private record Entry(String occupationCode, Source source, Double years, Integer yearsAgo, boolean completed) {
    ExperienceMatch as(GoalMatchKind kind) {
      return new ExperienceMatch(occupationCode, kind, source, years, yearsAgo, completed);
    }
  }

  CvEvidence(CitizenProfile citizen) {
    List<Integer> c = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    for (Experience e : citizen.experience()) {
      int code = OccupationCodes.number(e.occupationCode());
      if (code >= 0) {
        c.add(code);
        v.add(ScoreModel.experience(GoalMatchKind.EXACT_OCCUPATION, e.years(), e.yearsAgo()));
        entries.add(new Entry(e.occupationCode(), Source.EXPERIENCE, e.years(), e.yearsAgo(), false));
      }
    }
    for (Education e : citizen.education()) {
      int code = OccupationCodes.number(e.occupationCode());
      if (code >= 0) {
        c.add(code);
        v.add(ScoreModel.education(GoalMatchKind.EXACT_OCCUPATION, e.completed()));
        entries.add(new Entry(e.occupationCode(), Source.EDUCATION, null, null, e.completed()));
      }
    }
    codes = c.stream().mapToInt(Integer::intValue).toArray();
    sameOccupationValues = v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The experience part's value for a task in occupation {@code code} (a number; negative when none). */
  double value(int code) {
    int best = best(code);
    return best < 0 ? 0 : valueAt(best, code);
  }

  /** The entry behind {@link #value}, for the reasons; null when the CV has nothing for the occupation. */
  ExperienceMatch match(String occupationCode) {
    int code = OccupationCodes.number(occupationCode);
    int best = best(code);
    return best < 0 ? null : entries.get(best).as(OccupationCodes.kind(codes[best], code));
  }

  /** The index of the best entry for the occupation, the first of equals; -1 when none counts. */
  private int best(int code) {
    if (code < 0) {
      return -1;
    }
    int best = -1;
    double bestValue = 0;
    for (int i = 0; i < codes.length; i++) {
      double value = valueAt(i, code);
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    return best;
  }

  private double valueAt(int i, int code) {
    GoalMatchKind kind = OccupationCodes.kind(codes[i], code);
    return kind == null ? 0 : sameOccupationValues[i] * ScoreModel.relatedShare(kind);
  }
}
