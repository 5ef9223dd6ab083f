package dk.jobmatch.index.vocabulary;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of judging one accommodation need against what a task demands and what the task
 * and its company offer. {@code because} lists the conflicting demands (VIOLATED) or the
 * accommodations that neutralise or meet the need.
 */
public record NeedVerdict(Kind kind, List<String> because) {

  /** How a need fared against a task. */
  public enum Kind { NO_CONFLICT, NEUTRALISED, REQUIREMENT_MET, VIOLATED }

  public boolean violated() {
    return kind == Kind.VIOLATED;
  }

  /** Judges {@code rule} the same way the index's hard filters do; the two must never disagree. */
  public static NeedVerdict judge(NeedRule rule, Set<String> demands, Set<String> offered) {
    if (!rule.requires().isEmpty()) {
      List<String> present = sortedIntersection(rule.requires(), offered);
      if (present.isEmpty()) {
        return new NeedVerdict(Kind.VIOLATED, List.of());
      }
      // A need can both require something and conflict with a demand; the conflict check still applies.
      if (sortedIntersection(rule.conflicts(), demands).isEmpty()) {
        return new NeedVerdict(Kind.REQUIREMENT_MET, present);
      }
    }
    List<String> conflicting = sortedIntersection(rule.conflicts(), demands);
    if (conflicting.isEmpty()) {
      return new NeedVerdict(Kind.NO_CONFLICT, List.of());
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
