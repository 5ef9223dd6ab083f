package dk.jobmatch.index.vocabulary;

import java.util.List;

/**
 * What a task's agreed time slots say to the needs that read them ({@link NeedRule#readsSchedule}):
 * whether the task has agreed times at all, and which of its slots fall outside weekday daytime,
 * written as the task stores them ("MONDAY 05:00-08:00"). Worked out from the slots in one place,
 * {@code dk.jobmatch.index.Daytime}.
 */
public record WorkingTimes(boolean known, List<String> outsideDaytime) {
  /** A task whose times are not agreed yet: needs fall back on its demands. */
  public static final WorkingTimes UNKNOWN = new WorkingTimes(false, List.of());

  public WorkingTimes {
    outsideDaytime = List.copyOf(outsideDaytime);
    if (!known && !outsideDaytime.isEmpty()) {
      throw new IllegalArgumentException("a task without agreed times has no slots outside daytime");
    }
  }
}
