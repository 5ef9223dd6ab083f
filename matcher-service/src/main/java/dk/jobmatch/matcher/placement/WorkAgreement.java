package dk.jobmatch.matcher.placement;

import java.time.LocalDate;
import java.util.List;

/**
 * The work agreement (arbejdsaftale) between citizen, company and job centre: tasks, weekly hours,
 * days, when hours are reviewed and how often the placement is followed up.
 */
public record WorkAgreement(
    List<String> taskIds,
    int weeklyInternshipHours,
    int plannedOrdinaryHours,
    List<String> days,
    LocalDate reviewDate,
    int followUpEveryDays,
    ContactPerson contactPerson,
    LocalDate agreedOn,
    String note) {

  /** At least monthly, whatever an agreement says. */
  public static final int DEFAULT_FOLLOW_UP_DAYS = 30;

  public WorkAgreement {
    taskIds = List.copyOf(taskIds);
    days = List.copyOf(days);
  }

  /** The company's contact person (kontaktperson) for this placement. */
  public record ContactPerson(String name, String role, String email, String phone) {}
}
