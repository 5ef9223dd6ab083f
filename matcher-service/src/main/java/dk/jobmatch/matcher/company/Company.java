package dk.jobmatch.matcher.company;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A company (virksomhed) and its partial tasks (delfunktioner), stored as one MongoDB document so a
 * company and its tasks change together, atomically, under one version.
 */
@Document("companies")
public record Company(
    @Id String id,
    @Version Long version,
    @Indexed(unique = true) String cvr,
    String name,
    String address,
    @Indexed String municipalityCode,
    Location location,
    @Indexed String industryCode,
    String sizeBand,
    List<ContactPerson> contactPersons,
    Set<String> accommodationsOffered,
    String openToOrdinaryHours,
    String openToOrdinaryHoursNote,
    String collaborationStatus,
    Availability availability,
    CrmReference crm,
    List<PartialTask> partialTasks,
    Instant createdAt,
    Instant updatedAt) {

  /** WGS84 coordinates of the workplace. */
  public record Location(double lat, double lon) {}

  /** A contact person (kontaktperson) at the company. */
  public record ContactPerson(String name, String role, String email, String phone) {}

  /** When the company takes new placements, and how often it wants to be asked. */
  public record Availability(LocalDate pausedUntil, Integer maxNewPlacementsPerMonth, LocalDate nextAvailableDate,
      ContactLimit contactLimit) {

    /** Availability without a contact limit. */
    public Availability(LocalDate pausedUntil, Integer maxNewPlacementsPerMonth, LocalDate nextAvailableDate) {
      this(pausedUntil, maxNewPlacementsPerMonth, nextAvailableDate, null);
    }
  }

  /** Whether the company limits how often it is asked: only then do its requests matter to matching. */
  public boolean hasContactLimit() {
    return availability != null && availability.contactLimit() != null;
  }

  /**
   * Where a company synced from a CRM came from. {@code deactivatedAt} is set when the CRM deleted
   * or deactivated it: the company stays stored but leaves the match index.
   */
  public record CrmReference(String source, String externalId, String version, Instant deactivatedAt) {}

  /** Deactivated in its CRM: kept, never matched. */
  public boolean deactivated() {
    return crm != null && crm.deactivatedAt() != null;
  }

  /** A partial task (delfunktion) one citizen can do for a few hours a week. */
  public record PartialTask(
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
      boolean eligibleForPaidHours,
      int capacity,
      Integer teamSize) {

    /** A task whose team size nobody has stated. */
    public PartialTask(String taskId, String title, String description, String occupationCode, List<String> skills,
        Set<String> demands, Set<String> accommodationsOffered, int weeklyHoursMin, int weeklyHoursMax,
        List<TimeSlot> schedule, boolean eligibleForPaidHours, int capacity) {
      this(taskId, title, description, occupationCode, skills, demands, accommodationsOffered, weeklyHoursMin,
          weeklyHoursMax, schedule, eligibleForPaidHours, capacity, null);
    }
  }

  /** When a task is done, e.g. TUE 09:00-12:00. */
  public record TimeSlot(String day, String from, String to) {}
}
