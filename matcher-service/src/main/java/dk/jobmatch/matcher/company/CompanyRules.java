package dk.jobmatch.matcher.company;

import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.PartialTaskInput;
import dk.jobmatch.api.model.TimeSlot;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.reference.Cvr;
import dk.jobmatch.matcher.reference.Municipalities;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a company must meet beyond what the contract's schema checks: a real CVR number, a
 * known municipality, task hours and time slots that make sense, unique task ids.
 */
final class CompanyRules {
  private CompanyRules() {}

  static List<FieldViolation> check(CompanyInput company) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!Cvr.isValid(company.getCvr())) {
      violations.add(new FieldViolation("cvr", ProblemCode.CVR_INVALID, "must be 8 digits with a valid modulus-11 check digit"));
    }
    if (company.getName() != null && company.getName().isBlank()) {
      violations.add(new FieldViolation("name", ProblemCode.BLANK, "must not be blank"));
    }
    if (!Municipalities.bundled().contains(company.getMunicipalityCode())) {
      violations.add(new FieldViolation("municipalityCode", ProblemCode.MUNICIPALITY_UNKNOWN,
          "is not one of Denmark's 98 municipality codes"));
    }
    Set<Object> taskIds = new HashSet<>();
    List<PartialTaskInput> tasks = company.getPartialTasks() == null ? List.of() : company.getPartialTasks();
    for (int i = 0; i < tasks.size(); i++) {
      PartialTaskInput task = tasks.get(i);
      String at = "partialTasks[" + i + "]";
      if (task == null) {
        violations.add(new FieldViolation(at, ProblemCode.REQUIRED, "must not be null"));
        continue;
      }
      if (task.getWeeklyHoursMin() != null && task.getWeeklyHoursMax() != null
          && task.getWeeklyHoursMin() > task.getWeeklyHoursMax()) {
        violations.add(new FieldViolation(at + ".weeklyHoursMin", ProblemCode.TASK_HOURS_MIN_ABOVE_MAX, "must not exceed weeklyHoursMax"));
      }
      if (task.getTaskId() != null && !taskIds.add(task.getTaskId())) {
        violations.add(new FieldViolation(at + ".taskId", ProblemCode.TASK_ID_TWICE, "appears twice in this company"));
      }
      List<TimeSlot> schedule = task.getSchedule() == null ? List.of() : task.getSchedule();
      for (int j = 0; j < schedule.size(); j++) {
        TimeSlot slot = schedule.get(j);
        if (slot != null && slot.getFrom() != null && slot.getTo() != null && slot.getFrom().compareTo(slot.getTo()) >= 0) {
          violations.add(new FieldViolation(at + ".schedule[" + j + "].to", ProblemCode.SLOT_ENDS_BEFORE_START,
              "must be later than from"));
        }
      }
    }
    return violations;
  }
}
