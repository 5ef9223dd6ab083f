package dk.jobmatch.index;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How much each {@link ScorePart} counts. Every part is a value between 0 and 1, so a weight is the
 * most that part can add to a task's score, and weights compare directly: goals 10 and distance 3
 * means a perfect goal match is worth more than three times living next door. The defaults are the
 * parts' own ({@link ScorePart#defaultWeight}); a job centre may set its own, and a consultant may
 * override any of them per request within {@link #MIN}..{@link #MAX}.
 */
public final class ScoreWeights {
  public static final double MIN = 0;
  public static final double MAX = 50;

  /** The names used in configuration and in the API, in breakdown order. */
  public static final List<String> NAMES = ScorePart.ALL.stream().map(ScorePart::apiName).toList();

  /** Job goals dominate, as the programme evaluations say the citizen's own goals must. */
  public static final ScoreWeights DEFAULTS = new ScoreWeights(
      ScorePart.ALL.stream().mapToDouble(ScorePart::defaultWeight).toArray());

  private final double[] weights;

  private ScoreWeights(double[] weights) {
    for (ScorePart part : ScorePart.ALL) {
      double w = weights[part.ordinal()];
      if (!(w >= MIN && w <= MAX)) {
        throw new IllegalArgumentException("weight " + part.apiName() + " must be between " + MIN + " and " + MAX
            + ", was " + w);
      }
    }
    this.weights = weights;
  }

  public double get(ScorePart part) {
    return weights[part.ordinal()];
  }

  /** These weights with the given ones replaced; names as in {@link #NAMES}. */
  public ScoreWeights with(Map<String, Double> overrides) {
    double[] values = weights.clone();
    for (Map.Entry<String, Double> e : overrides.entrySet()) {
      ScorePart part = ScorePart.byApiName(e.getKey());
      if (part == null) {
        throw new IllegalArgumentException("unknown weight " + e.getKey() + "; known: " + String.join(", ", NAMES));
      }
      values[part.ordinal()] = e.getValue();
    }
    return new ScoreWeights(values);
  }

  /** The weights by API name, in {@link #NAMES} order. */
  public Map<String, Double> asMap() {
    return ScorePart.byApiName(weights);
  }

  /** By {@link ScorePart#ordinal()}; a copy. */
  double[] asArray() {
    return weights.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreWeights other && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "ScoreWeights" + asMap();
  }
}
