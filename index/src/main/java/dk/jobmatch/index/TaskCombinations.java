package dk.jobmatch.index;

import dk.jobmatch.index.TaskIndex.ScoredTask;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines partial tasks at one company when no single task holds the citizen's hours now: up to
 * {@value #MAX_TASKS} tasks whose time slots never overlap and whose minimum hours together still
 * fit. Tasks without agreed times cannot be proven compatible, so they are never combined.
 */
final class TaskCombinations {
  static final int MAX_TASKS = 3;
  /** Only a company's best tasks are tried together: at most 560 sets of three, whatever its size. */
  private static final int MAX_CONSIDERED = 16;

  private TaskCombinations() {}

  /** The combination that covers most of the hours now (then the highest total score), or null. */
  static MatchResult.Combination best(List<ScoredTask> tasks, int hoursNow) {
    int bestSingle = 0;
    for (ScoredTask t : tasks) {
      bestSingle = Math.max(bestSingle, Math.min(t.task().hoursMax(), hoursNow));
    }
    if (bestSingle >= hoursNow) {
      return null;
    }
    // Best first, so the tasks considered are the company's best scheduled ones.
    List<ScoredTask> scheduled = tasks.stream().filter(t -> !t.task().schedule().isEmpty()).toList();
    List<ScoredTask> best = null;
    int bestCovered = bestSingle;
    double bestScore = 0;
    List<List<ScoredTask>> candidates = new ArrayList<>();
    collect(scheduled, 0, new ArrayList<>(), candidates);
    for (List<ScoredTask> set : candidates) {
      int min = set.stream().mapToInt(t -> t.task().hoursMin()).sum();
      if (set.size() < 2 || min > hoursNow) {
        continue;
      }
      int covered = Math.min(hoursNow, set.stream().mapToInt(t -> t.task().hoursMax()).sum());
      double score = set.stream().mapToDouble(ScoredTask::score).sum();
      if (covered > bestCovered || (covered == bestCovered && best != null && score > bestScore)) {
        best = set;
        bestCovered = covered;
        bestScore = score;
      }
    }
    if (best == null) {
      return null;
    }
    int min = best.stream().mapToInt(t -> t.task().hoursMin()).sum();
    int max = best.stream().mapToInt(t -> t.task().hoursMax()).sum();
    return new MatchResult.Combination(best.stream().map(t -> t.task().taskId()).toList(), min, max, hoursNow, bestSingle);
  }

  /** Every set of up to MAX_TASKS pairwise compatible tasks; companies have few tasks, so this stays small. */
  private static void collect(List<ScoredTask> tasks, int from, List<ScoredTask> current, List<List<ScoredTask>> out) {
    if (current.size() >= 2) {
      out.add(List.copyOf(current));
    }
    if (current.size() == MAX_TASKS) {
      return;
    }
    for (int i = from; i < Math.min(tasks.size(), MAX_CONSIDERED); i++) {
      ScoredTask next = tasks.get(i);
      boolean compatible = current.stream()
          .noneMatch(t -> TimeSlot.anyOverlap(t.task().schedule(), next.task().schedule()));
      if (compatible) {
        current.add(next);
        collect(tasks, i + 1, current, out);
        current.removeLast();
      }
    }
  }
}
