package dk.jobmatch.index;

/** What each part of the ranking added to one task's score, already weighted; the parts sum to {@link #total}. */
public record ScoreBreakdown(
    double goals,
    double experience,
    double skills,
    double developmentGoals,
    double hoursFit,
    double distance,
    double preferNeeds,
    double ordinaryHours,
    double paidHoursRecord) {

  static ScoreBreakdown of(double[] values, double[] weights) {
    double[] w = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      w[i] = values[i] * weights[i];
    }
    return new ScoreBreakdown(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]);
  }

  public double total() {
    return goals + experience + skills + developmentGoals + hoursFit + distance + preferNeeds + ordinaryHours
        + paidHoursRecord;
  }
}
