package dk.jobmatch.index;

import java.util.List;
import java.util.Set;

/** A partial task (delfunktion) as the index sees it. {@code freeCapacity} is capacity minus active placements. */
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
    int freeCapacity,
    boolean eligibleForPaidHours) {

  public TaskEntry {
    description = description == null ? "" : description;
    skills = List.copyOf(skills);
    demands = Set.copyOf(demands);
    accommodationsOffered = Set.copyOf(accommodationsOffered);
  }
}
