package dk.jobmatch.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A company as the index sees it: only what matching and its explanations need. Accommodations the
 * company offers count for every one of its tasks.
 */
public record CompanyEntry(
    String companyId,
    String name,
    String municipalityCode,
    GeoPoint location,
    OrdinaryHoursStance openToOrdinaryHours,
    Set<String> accommodationsOffered,
    LocalDate pausedUntil,
    List<TaskEntry> tasks) {

  public CompanyEntry {
    accommodationsOffered = Set.copyOf(accommodationsOffered);
    tasks = List.copyOf(tasks);
  }

  /** Whether the company is open to paying ordinary hours. */
  public enum OrdinaryHoursStance { YES, NO, UNKNOWN }
}
