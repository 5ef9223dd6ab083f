package dk.jobmatch.index.vocabulary;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of judging one accommodation need against what a task demands, what the task and
 * its company offer, and when the task is done. {@code because} lists the conflicting demands
 * (VIOLATED), the accommodations that neutralise or meet the need, or the time slots outside
 * daytime (OUTSIDE_DAYTIME).
 */
public record NeedVerdict(Kind kind, List<String> because) {

  /** How a need fared against a task. */
  public enum Kind { NO_CONFLICT, NEUTRALISED, REQUIREMENT_MET, WITHIN_DAYTIME, VIOLATED, OUTSIDE_DAYTIME }

  public boolean violated() {
    return kind == Kind.VIOLATED || kind == Kind.OUTSIDE_DAYTIME;
  }

  /** Judges {@code rule} for a task without agreed times. */
  public static NeedVerdict judge(NeedRule rule, Set<String> demands, Set<String> offered) {
    return judge(rule, demands, offered, WorkingTimes.UNKNOWN);
  }

  /** Judges {@code rule} the same way the index's hard filters do; the two must never disagree. */
  public static NeedVerdict judge(NeedRule rule, Set<String> demands, Set<String> offered, WorkingTimes times) {
    if (!rule.requires().isEmpty()) {
      List<String> present = sortedIntersection(rule.requires(), offered);
      if (present.isEmpty()) {
        return new NeedVerdict(Kind.VIOLATED, List.of());
      }
      // A need can both require something and conflict with a demand; the conflict check still applies.
      if (sortedIntersection(rule.conflicts(), demands).isEmpty() && !rule.readsSchedule()) {
        return new NeedVerdict(Kind.REQUIREMENT_MET, present);
      }
    }
    if (rule.readsSchedule() && times.known()) {
      // The agreed slots say when the task is done; what the company could in principle offer does not change them.
      return times.outsideDaytime().isEmpty()
          ? new NeedVerdict(Kind.WITHIN_DAYTIME, List.of())
          : new NeedVerdict(Kind.OUTSIDE_DAYTIME, times.outsideDaytime());
    }
    List<String> conflicting = sortedIntersection(rule.conflicts(), demands);
    if (conflicting.isEmpty()) {
      return rule.requires().isEmpty()
          ? new NeedVerdict(Kind.NO_CONFLICT, List.of())
          : new NeedVerdict(Kind.REQUIREMENT_MET, sortedIntersection(rule.requires(), offered));
    }
    List<String> neutralisers = sortedIntersection(rule.neutralisedBy(), offered);
    if (!neutralisers.isEmpty()) {
      return new NeedVerdict(Kind.NEUTRALISED, neutralisers);
    }
    return new NeedVerdict(Kind.VIOLATED, conflicting);
  }

  private static List<String> sortedIntersection(Set<String> a, Set<String> b) {
    TreeSet<String> result = new TreeSet<>(a);
    result.retainAll(b);
    return List.copyOf(result);
  }
}
