package dk.jobmatch.matcher.company;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a company's placements mean for matching: seats taken per task, placements started this
 * month (against its monthly limit), its record of turning ended placements into ordinary hours, and
 * every placement ever proposed to it, as requests against its contact limit ({@link ContactLimit}).
 */
public record PlacementLoad(
    Map<String, Integer> activeByTask,
    YearMonth month,
    int startedInMonth,
    int ended,
    int endedWithOrdinaryHours,
    List<CompanyRequest> proposals) {

  public PlacementLoad {
    activeByTask = Map.copyOf(activeByTask);
    proposals = List.copyOf(proposals);
  }

  /** A load with no proposals to count against a contact limit. */
  public PlacementLoad(Map<String, Integer> activeByTask, YearMonth month, int startedInMonth, int ended,
      int endedWithOrdinaryHours) {
    this(activeByTask, month, startedInMonth, ended, endedWithOrdinaryHours, List.of());
  }

  static PlacementLoad none(YearMonth month) {
    return new PlacementLoad(Map.of(), month, 0, 0, 0);
  }

  int active(String taskId) {
    return activeByTask.getOrDefault(taskId, 0);
  }
}
