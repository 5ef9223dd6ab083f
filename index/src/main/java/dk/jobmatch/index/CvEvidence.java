package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.Education;
import dk.jobmatch.index.CitizenProfile.Experience;
import dk.jobmatch.index.MatchResult.ExperienceMatch;
import dk.jobmatch.index.MatchResult.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * What a citizen's CV says for one occupation: the best of their experience and education in it
 * or in its ISCO-08 minor group, valued by {@link ScoreModel#experience} and
 * {@link ScoreModel#education}. The one place the ranking (a value per task, from a few arrays) and
 * the explanation (which entry it was) take that evidence from, so the reason always names the entry
 * that scored.
 */
final class CvEvidence {
  private final int[] codes;
  private final double[] exactValues;
  private final double[] minorValues;
  private final List<ExperienceMatch> exactMatches = new ArrayList<>();
  private final List<ExperienceMatch> minorMatches = new ArrayList<>();

  CvEvidence(CitizenProfile citizen) {
    List<Integer> c = new ArrayList<>();
    List<double[]> v = new ArrayList<>();
    for (Experience e : citizen.experience()) {
      int code = OccupationCodes.number(e.occupationCode());
      if (code >= 0) {
        c.add(code);
        v.add(new double[] {ScoreModel.experience(true, e.years(), e.yearsAgo()),
            ScoreModel.experience(false, e.years(), e.yearsAgo())});
        exactMatches.add(new ExperienceMatch(e.occupationCode(), true, Source.EXPERIENCE, e.years(), e.yearsAgo(), false));
        minorMatches.add(new ExperienceMatch(e.occupationCode(), false, Source.EXPERIENCE, e.years(), e.yearsAgo(), false));
      }
    }
    for (Education e : citizen.education()) {
      int code = OccupationCodes.number(e.occupationCode());
      if (code >= 0) {
        c.add(code);
        v.add(new double[] {ScoreModel.education(true, e.completed()), ScoreModel.education(false, e.completed())});
        exactMatches.add(new ExperienceMatch(e.occupationCode(), true, Source.EDUCATION, null, null, e.completed()));
        minorMatches.add(new ExperienceMatch(e.occupationCode(), false, Source.EDUCATION, null, null, e.completed()));
      }
    }
    codes = c.stream().mapToInt(Integer::intValue).toArray();
    exactValues = v.stream().mapToDouble(x -> x[0]).toArray();
    minorValues = v.stream().mapToDouble(x -> x[1]).toArray();
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
    if (best < 0) {
      return null;
    }
    return codes[best] == code ? exactMatches.get(best) : minorMatches.get(best);
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
    if (codes[i] == code) {
      return exactValues[i];
    }
    return codes[i] / 10 == code / 10 ? minorValues[i] : 0;
  }
}
