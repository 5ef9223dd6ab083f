package dk.jobmatch.index.vocabulary;

import java.util.Set;

/**
 * How one accommodation need (skånehensyn) is judged against a task: violated when the task
 * demands one of {@code conflicts} unless one of {@code neutralisedBy} is offered; when
 * {@code requires} is non-empty, met only if one of those accommodations is offered. A need that
 * {@code readsSchedule} (only daytime on weekdays) is judged by the task's agreed time slots when it
 * has them: a flexible schedule does not make a night shift a day shift.
 */
public record NeedRule(String code, String danish, Set<String> conflicts, Set<String> neutralisedBy, Set<String> requires,
    boolean readsSchedule) {

  public NeedRule {
    conflicts = Set.copyOf(conflicts);
    neutralisedBy = Set.copyOf(neutralisedBy);
    requires = Set.copyOf(requires);
  }

  /** A need judged by demands and offers only. */
  public NeedRule(String code, String danish, Set<String> conflicts, Set<String> neutralisedBy, Set<String> requires) {
    this(code, danish, conflicts, neutralisedBy, requires, false);
  }
}
