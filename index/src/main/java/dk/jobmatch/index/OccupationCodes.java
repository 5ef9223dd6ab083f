package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.occupation.OccupationFields;
import dk.jobmatch.index.occupation.OccupationTrades;

/**
 * ISCO-08 codes as the engine compares them: four digits as a number (doc values hold them so),
 * the minor group as the first three digits, the trade by {@link OccupationTrades}, the field of work
 * by {@link OccupationFields}. The one place the goal and experience kinds by code are decided, for
 * the ranking and the explanation alike.
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

  private static final OccupationFields FIELDS = OccupationFields.bundled();
  private static final OccupationTrades TRADES = OccupationTrades.bundled();

  /**
   * How a goal's occupation matches a task's by code: exact, same minor group, the helper and the
   * skilled occupation of one trade, same field of work, or not (null).
   */
  static GoalMatchKind kind(int goalCode, int taskCode) {
    if (goalCode < 0 || taskCode < 0) {
      return null;
    }
    if (goalCode == taskCode) {
      return GoalMatchKind.EXACT_OCCUPATION;
    }
    if (goalCode / 10 == taskCode / 10) {
      return GoalMatchKind.SAME_MINOR_GROUP;
    }
    if (TRADES.sameTrade(goalCode, taskCode)) {
      return GoalMatchKind.SAME_TRADE;
    }
    int field = FIELDS.indexOf(goalCode);
    return field >= 0 && field == FIELDS.indexOf(taskCode) ? GoalMatchKind.SAME_FIELD : null;
  }

  /** The field of work's id of a four-digit code, as the index stores it; null for none. */
  static String fieldId(String code) {
    return FIELDS.of(code).map(OccupationFields.Field::id).orElse(null);
  }
}
