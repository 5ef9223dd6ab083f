package dk.jobmatch.matcher.match;

import dk.jobmatch.index.MatchResult;
import dk.jobmatch.matcher.problem.ProblemMessages;
import java.util.Locale;

/**
 * Why a combination of partial tasks is offered, in words: the engine gives the facts (the citizen's
 * hours now, the most one task holds, the hours together), and this words them for the request's
 * language, the catalogue's Danish ({@value #KEY} in {@code messages_da.properties}) unless the
 * request prefers another language, then the English integrators have had.
 */
final class CombinationReason {
  static final String KEY = "match.combination.reason";

  private CombinationReason() {}

  static String of(MatchResult.Combination c, Locale locale) {
    Object[] facts = {c.citizenHoursNow(), c.largestSingleTaskHours(), c.taskIds().size(), c.weeklyHoursMin(),
        c.weeklyHoursMax()};
    String danish = ProblemMessages.writesDanish(locale) ? ProblemMessages.danishText(KEY, facts) : null;
    return danish != null ? danish : english(c);
  }

  private static String english(MatchResult.Combination c) {
    return "No single task reaches the citizen's " + c.citizenHoursNow() + " hours a week (the largest holds "
        + c.largestSingleTaskHours() + "); these " + c.taskIds().size() + " tasks on times that do not overlap give "
        + c.weeklyHoursMin() + "-" + c.weeklyHoursMax() + " hours together";
  }
}
