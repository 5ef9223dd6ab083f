package dk.jobmatch.index;

import java.util.Arrays;
import java.util.Map;

/** What each {@link ScorePart} added to one task's score, already weighted; the parts sum to {@link #total}. */
public final class ScoreBreakdown {
  private final double[] weighted;

  private ScoreBreakdown(double[] weighted) {
    this.weighted = weighted;
  }

  /** From unweighted part values and weights, both by {@link ScorePart#ordinal()}. */
  static ScoreBreakdown of(double[] values, double[] weights) {
    double[] w = new double[ScorePart.COUNT];
    for (int i = 0; i < w.length; i++) {
      w[i] = values[i] * weights[i];
    }
    return new ScoreBreakdown(w);
  }

  public double get(ScorePart part) {
    return weighted[part.ordinal()];
  }

  /** The weighted parts by API name, in breakdown order. */
  public Map<String, Double> asMap() {
    return ScorePart.byApiName(weighted);
  }

  public double total() {
    double sum = 0;
    for (double w : weighted) {
      sum += w;
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreBreakdown other && Arrays.equals(weighted, other.weighted);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weighted);
  }

  @Override
  public String toString() {
    return "ScoreBreakdown" + asMap();
  }
}
