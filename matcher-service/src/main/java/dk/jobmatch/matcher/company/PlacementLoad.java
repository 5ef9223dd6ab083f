package dk.jobmatch.matcher.company;

import java.time.YearMonth;
import java.util.Map;

/**
 * What a company's placements mean for matching: seats taken per task, placements started this
 * month (against its monthly limit), and its record of turning ended placements into ordinary hours.
 */
public record PlacementLoad(
    Map<String, Integer> activeByTask,
    YearMonth month,
    int startedInMonth,
    int ended,
    int endedWithOrdinaryHours) {

  public PlacementLoad {
    activeByTask = Map.copyOf(activeByTask);
  }

  static PlacementLoad none(YearMonth month) {
    return new PlacementLoad(Map.of(), month, 0, 0, 0);
  }

  int active(String taskId) {
    return activeByTask.getOrDefault(taskId, 0);
  }
}
