package dk.jobmatch.index;

import java.util.List;
import java.util.Set;

/**
 * A partial task (delfunktion) as the index sees it. {@code capacity} is how many citizens can hold
 * it at once; {@code activePlacements} how many do now, so several citizens can share one task.
 * An empty {@code schedule} means the times are not agreed yet. {@code teamSize} is how many people
 * the citizen works with on the task, when the company has said (null otherwise).
 */
public record TaskEntry(
    String taskId,
    String title,
    String description,
    String occupationCode,
    List<String> skills,
    Set<String> demands,
    Set<String> accommodationsOffered,
    int weeklyHoursMin,
    int weeklyHoursMax,
    List<TimeSlot> schedule,
    int capacity,
    int activePlacements,
    boolean eligibleForPaidHours,
    Integer teamSize) {

  public TaskEntry {
    description = description == null ? "" : description;
    skills = List.copyOf(skills);
    demands = Set.copyOf(demands);
    accommodationsOffered = Set.copyOf(accommodationsOffered);
    schedule = schedule == null ? List.of() : List.copyOf(schedule);
    if (teamSize != null && teamSize < 1) {
      throw new IllegalArgumentException("team size must be at least 1, was " + teamSize);
    }
  }

  /** Places left: capacity minus active placements, never below zero. */
  public int freeCapacity() {
    return Math.max(0, capacity - activePlacements);
  }
}
