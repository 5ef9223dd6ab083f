package dk.jobmatch.matcher.company;

import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Who a company belongs to: the CRM source that syncs it, when it has a CRM reference, else the job
 * centre of its municipality (a job centre is known by its municipality code). Every job centre reads
 * every company and logs contacts with it; only the owner changes or deletes it. A CRM-owned company
 * is changed by the job centre of its municipality in what consultants keep (see
 * {@code crm.CrmCompanyStore}), never in what the CRM sends, and deleted in the CRM only.
 */
public sealed interface CompanyOwner {

  /** Owned by the job centre of the company's municipality. */
  record JobCentre(String jobCentre) implements CompanyOwner {}

  /** Owned by the CRM source that syncs it; {@code jobCentre} keeps the consultants' fields. */
  record CrmSource(String source, String jobCentre) implements CompanyOwner {}

  /**
   * The fields of a company a CRM owns, as the contract's paths name them: what the CRM sync writes
   * over on every sync. {@code partialTasks[]} fields are per task; the tasks themselves are the CRM's
   * openings.
   */
  List<String> CRM_FIELDS = List.of("cvr", "name", "address", "municipalityCode", "location", "industryCode",
      "contactPersons", "crm", "partialTasks[].taskId", "partialTasks[].title", "partialTasks[].description",
      "partialTasks[].occupationCode", "partialTasks[].weeklyHoursMin", "partialTasks[].weeklyHoursMax",
      "partialTasks[].eligibleForPaidHours", "partialTasks[].capacity");

  static CompanyOwner of(Company company) {
    return company.crm() != null
        ? new CrmSource(company.crm().source(), company.municipalityCode())
        : new JobCentre(company.municipalityCode());
  }

  /** The job centre whose consultants may change the company (for a CRM company, only what the CRM does not own). */
  String jobCentre();

  /** Whether a consultant of {@code jobCentre} may change the company at all. */
  default boolean editableBy(String jobCentre) {
    return jobCentre().equals(jobCentre);
  }

  /** The fields of {@code CompanyInput} a consultant of the owning job centre may still not change. */
  default List<String> readOnlyFields() {
    return this instanceof CrmSource ? CRM_FIELDS : List.of();
  }

  /** Refuses (403) a change by a consultant of another job centre than the owner's. */
  default void requireMayChange(String callersJobCentre) {
    if (!editableBy(callersJobCentre)) {
      throw new ApiProblem(ProblemType.FORBIDDEN, ProblemCode.COMPANY_NOT_OWNER, "The company belongs to the job centre of "
          + "municipality " + jobCentre() + "; only that job centre may change or delete it (every job centre may read it "
          + "and log contacts)", jobCentre());
    }
  }

  /** Refuses (403) a delete by anyone but the owning job centre; a CRM company is deleted in its CRM. */
  default void requireMayDelete(String callersJobCentre) {
    if (this instanceof CrmSource crm) {
      throw new ApiProblem(ProblemType.FORBIDDEN, ProblemCode.COMPANY_OWNED_BY_CRM, "The company is synced from CRM source "
          + crm.source() + "; it is deleted or deactivated there", crm.source());
    }
    requireMayChange(callersJobCentre);
  }

  /**
   * Refuses (403, each field named) a change of a field the CRM owns: {@code changed} must keep the
   * CRM's values of {@code current}, and its tasks must be the CRM's openings, each kept by its id.
   */
  default void requireCrmFieldsKept(Company current, Company changed) {
    if (!(this instanceof CrmSource crm)) {
      return;
    }
    List<FieldViolation> violations = new ArrayList<>();
    field(violations, crm, "cvr", current, changed, Company::cvr);
    field(violations, crm, "name", current, changed, Company::name);
    field(violations, crm, "address", current, changed, Company::address);
    field(violations, crm, "municipalityCode", current, changed, Company::municipalityCode);
    field(violations, crm, "location", current, changed, Company::location);
    field(violations, crm, "industryCode", current, changed, Company::industryCode);
    field(violations, crm, "contactPersons", current, changed, c -> c.contactPersons() == null ? List.of() : c.contactPersons());
    // Sent back or left out, the reference stays the sync's own (its version, its deactivation).
    if (changed.crm() != null && !(changed.crm().source().equals(current.crm().source())
        && changed.crm().externalId().equals(current.crm().externalId())
        && Objects.equals(changed.crm().version(), current.crm().version()))) {
      violations.add(violation(crm, "crm", "is kept by the CRM sync and cannot be changed here"));
    }
    Map<String, Company.PartialTask> openings = new HashMap<>();
    current.partialTasks().forEach(task -> openings.put(task.taskId(), task));
    List<Company.PartialTask> tasks = changed.partialTasks();
    for (int i = 0; i < tasks.size(); i++) {
      Company.PartialTask task = tasks.get(i);
      Company.PartialTask opening = openings.remove(task.taskId());
      String at = "partialTasks[" + i + "]";
      if (opening == null) {
        violations.add(violation(crm, at + ".taskId", "is not one of the CRM's openings; tasks are added in the CRM"));
        continue;
      }
      field(violations, crm, at + ".title", opening, task, Company.PartialTask::title);
      field(violations, crm, at + ".description", opening, task, Company.PartialTask::description);
      field(violations, crm, at + ".occupationCode", opening, task, Company.PartialTask::occupationCode);
      field(violations, crm, at + ".weeklyHoursMin", opening, task, Company.PartialTask::weeklyHoursMin);
      field(violations, crm, at + ".weeklyHoursMax", opening, task, Company.PartialTask::weeklyHoursMax);
      field(violations, crm, at + ".eligibleForPaidHours", opening, task, Company.PartialTask::eligibleForPaidHours);
      field(violations, crm, at + ".capacity", opening, task, Company.PartialTask::capacity);
    }
    if (!openings.isEmpty()) {
      violations.add(violation(crm, "partialTasks", "leaves out " + openings.size() + " of the CRM's openings; they are removed in the CRM"));
    }
    if (!violations.isEmpty()) {
      throw new ApiProblem(ProblemType.FORBIDDEN, "The company is synced from CRM source " + crm.source() + ", which owns "
          + violations.getFirst().field() + (violations.size() == 1 ? "" : " and " + (violations.size() - 1) + " more field(s)")
          + "; send the CRM's values back unchanged (readOnlyFields)", violations);
    }
  }

  private static <T, V> void field(List<FieldViolation> violations, CrmSource crm, String path, T current, T changed,
      Function<T, V> value) {
    if (!Objects.equals(value.apply(current), value.apply(changed))) {
      violations.add(violation(crm, path, "is kept in the CRM and cannot be changed here"));
    }
  }

  private static FieldViolation violation(CrmSource crm, String path, String message) {
    return new FieldViolation(path, ProblemCode.CRM_OWNED_FIELD, message, crm.source());
  }
}
