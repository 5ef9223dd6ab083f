package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.GoalMatchKind;

/**
 * ISCO-08 codes as the engine compares them: four digits as a number (doc values hold them so),
 * the minor group as the first three digits. The one place the goal and experience kinds by code
 * are decided, for the ranking and the explanation alike.
 */
final class OccupationCodes {
  private OccupationCodes() {}

  /** The four-digit code as a number, or -1 when it is not one. */
  static int number(String code) {
    if (code == null || code.length() != 4) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < 4; i++) {
      char ch = code.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  /** How a goal's occupation matches a task's by code: exact, same minor group, or not (null). */
  static GoalMatchKind kind(int goalCode, int taskCode) {
    if (goalCode < 0 || taskCode < 0) {
      return null;
    }
    if (goalCode == taskCode) {
      return GoalMatchKind.EXACT_OCCUPATION;
    }
    return goalCode / 10 == taskCode / 10 ? GoalMatchKind.SAME_MINOR_GROUP : null;
  }
}
