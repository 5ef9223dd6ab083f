package dk.jobmatch.matcher.placement;

import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.HoursEntryInput;
import dk.jobmatch.api.model.PlacementEnd;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.api.model.PlacementProposal;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of placement requests beyond the contract's schema: dates against today and the
 * placement's own dates, a reason where the outcome needs one, match reasons for the tasks proposed.
 */
final class PlacementRules {
  /** How far ahead a planned start or a change of hours may lie. */
  static final int DAYS_AHEAD = 366;

  private PlacementRules() {}

  static List<FieldViolation> proposal(PlacementProposal in, LocalDate today) {
    List<FieldViolation> violations = new ArrayList<>();
    List<TaskMatch> matched = in.getMatchedTasks() == null ? List.of() : in.getMatchedTasks();
    for (int i = 0; i < matched.size(); i++) {
      TaskMatch task = matched.get(i);
      if (task.getTaskId() != null && in.getTaskIds() != null && !in.getTaskIds().contains(task.getTaskId())) {
        violations.add(new FieldViolation("matchedTasks[" + i + "].taskId", ProblemCode.MATCHED_TASK_NOT_PROPOSED, "must be one of taskIds"));
      }
    }
    LocalDate planned = in.getPlannedStartDate();
    if (planned != null && (planned.isAfter(today.plusDays(DAYS_AHEAD)) || planned.isBefore(today.minusDays(DAYS_AHEAD)))) {
      violations.add(new FieldViolation("plannedStartDate", ProblemCode.START_TOO_FAR, "must be within a year of today"));
    }
    return violations;
  }

  static List<FieldViolation> end(PlacementEnd in) {
    if (in.getOutcome() == PlacementOutcome.ENDED_WITHOUT_JOB && (in.getReason() == null || in.getReason().isBlank())) {
      return List.of(new FieldViolation("reason", ProblemCode.END_REASON_REQUIRED, "is required when the outcome is ENDED_WITHOUT_JOB"));
    }
    return List.of();
  }

  static List<FieldViolation> none(Object in) {
    return List.of();
  }

  /** A day the placement has actually lived through: not in the future, not before it started, not after it ended. */
  static void withinPlacement(String field, LocalDate day, Placement placement, LocalDate today) {
    notInFuture(field, day, today);
    if (placement.activeFrom() != null && day.isBefore(placement.activeFrom())) {
      throw beforeStart(field, placement.activeFrom());
    }
    if (placement.endDate() != null && day.isAfter(placement.endDate())) {
      throw afterEnd(field, placement.endDate());
    }
  }

  static void notInFuture(String field, LocalDate day, LocalDate today) {
    if (day.isAfter(today)) {
      throw invalid(field, ProblemCode.DATE_IN_FUTURE, "must not be in the future");
    }
  }

  static void hoursEffective(HoursEntryInput in, Placement placement, HoursLedger ledger, LocalDate today) {
    LocalDate from = in.getEffectiveFrom();
    if (placement.activeFrom() != null && from.isBefore(placement.activeFrom())) {
      throw beforeStart("effectiveFrom", placement.activeFrom());
    }
    if (placement.endDate() != null && from.isAfter(placement.endDate())) {
      throw afterEnd("effectiveFrom", placement.endDate());
    }
    if (from.isAfter(today.plusDays(DAYS_AHEAD))) {
      throw invalid("effectiveFrom", ProblemCode.HOURS_TOO_FAR_AHEAD, "must be within a year from today");
    }
    if (in.getCorrects() != null && ledger.entry(in.getCorrects().toString()).isEmpty()) {
      throw invalid("corrects", ProblemCode.CORRECTION_UNKNOWN, "is not an entry of this placement's hours ledger");
    }
  }

  static void followUpDate(FollowUpInput in, Placement placement, LocalDate today) {
    withinPlacement("date", in.getDate(), placement, today);
  }

  static ApiProblem invalid(String field, ProblemCode code, String message, Object... arguments) {
    return ApiProblem.invalid(List.of(new FieldViolation(field, code, message, arguments)));
  }

  /** {@code field} is a day before the placement started on {@code started}. */
  static ApiProblem beforeStart(String field, LocalDate started) {
    return invalid(field, ProblemCode.BEFORE_PLACEMENT_START, "must not be before the placement started (" + started + ")",
        started);
  }

  static ApiProblem afterEnd(String field, LocalDate ended) {
    return invalid(field, ProblemCode.AFTER_PLACEMENT_END, "must not be after the placement ended (" + ended + ")",
        ended);
  }
}
