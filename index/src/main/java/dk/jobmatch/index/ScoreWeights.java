package dk.jobmatch.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each part of the ranking counts. Every part of {@link ScoreModel} is a value between 0
 * and 1 (preferences between 0 and 1 too), so a weight is the most that part can add to a task's
 * score, and weights compare directly: goals 10 and distance 3 means a perfect goal match is worth
 * more than three times living next door. The defaults are the service's; a job centre may set its
 * own, and a consultant may override any of them per request within {@link #MIN}..{@link #MAX}.
 */
public record ScoreWeights(
    double goals,
    double experience,
    double skills,
    double developmentGoals,
    double hoursFit,
    double distance,
    double preferNeeds,
    double ordinaryHours,
    double paidHoursRecord) {

  public static final double MIN = 0;
  public static final double MAX = 50;

  /** The names used in configuration and in the API, in breakdown order. */
  public static final List<String> NAMES = List.of(
      "goals", "experience", "skills", "developmentGoals", "hoursFit", "distance", "preferNeeds",
      "ordinaryHours", "paidHoursRecord");

  /** Job goals dominate, as the programme evaluations say the citizen's own goals must. */
  public static final ScoreWeights DEFAULTS = new ScoreWeights(10, 2, 3, 2, 3, 3, 3, 2, 1);

  public ScoreWeights {
    double[] all = {goals, experience, skills, developmentGoals, hoursFit, distance, preferNeeds, ordinaryHours, paidHoursRecord};
    for (int i = 0; i < all.length; i++) {
      if (!(all[i] >= MIN && all[i] <= MAX)) {
        throw new IllegalArgumentException("weight " + NAMES.get(i) + " must be between " + MIN + " and " + MAX + ", was " + all[i]);
      }
    }
  }

  /** These weights with the given ones replaced; names as in {@link #NAMES}. */
  public ScoreWeights with(Map<String, Double> overrides) {
    Map<String, Double> values = asMap();
    for (Map.Entry<String, Double> e : overrides.entrySet()) {
      if (!values.containsKey(e.getKey())) {
        throw new IllegalArgumentException("unknown weight " + e.getKey() + "; known: " + String.join(", ", NAMES));
      }
      values.put(e.getKey(), e.getValue());
    }
    return of(values);
  }

  /** The weights by name, in {@link #NAMES} order. */
  public Map<String, Double> asMap() {
    double[] all = asArray();
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < all.length; i++) {
      map.put(NAMES.get(i), all[i]);
    }
    return map;
  }

  double[] asArray() {
    return new double[] {goals, experience, skills, developmentGoals, hoursFit, distance, preferNeeds, ordinaryHours, paidHoursRecord};
  }

  private static ScoreWeights of(Map<String, Double> v) {
    return new ScoreWeights(v.get("goals"), v.get("experience"), v.get("skills"), v.get("developmentGoals"),
        v.get("hoursFit"), v.get("distance"), v.get("preferNeeds"), v.get("ordinaryHours"), v.get("paidHoursRecord"));
  }
}
