package dk.jobmatch.index;

import java.time.LocalDate;
import java.time.YearMonth;
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
    Availability availability,
    PaidHoursRecord paidHoursRecord,
    List<TaskEntry> tasks) {

  public CompanyEntry {
    accommodationsOffered = Set.copyOf(accommodationsOffered);
    availability = availability == null ? Availability.ALWAYS : availability;
    paidHoursRecord = paidHoursRecord == null ? PaidHoursRecord.UNKNOWN : paidHoursRecord;
    tasks = List.copyOf(tasks);
  }

  /** Whether the company is open to paying ordinary hours. */
  public enum OrdinaryHoursStance { YES, NO, UNKNOWN }

  /**
   * When the company takes new placements: companies tire when several consultants call them about
   * the same kind of placement. {@code newPlacementsInMonth} counts placements started in {@code month};
   * {@code contactLimitUntil} is the first day the company may be asked again when it has had as many
   * requests (contacts and proposals) in its rolling period as it takes, null when it may be asked now.
   */
  public record Availability(
      LocalDate pausedUntil,
      LocalDate nextAvailableDate,
      Integer maxNewPlacementsPerMonth,
      YearMonth month,
      int newPlacementsInMonth,
      LocalDate contactLimitUntil) {
    public static final Availability ALWAYS = new Availability(null, null, null, null, 0, null);

    /** Availability of a company without a contact limit. */
    public Availability(LocalDate pausedUntil, LocalDate nextAvailableDate, Integer maxNewPlacementsPerMonth,
        YearMonth month, int newPlacementsInMonth) {
      this(pausedUntil, nextAvailableDate, maxNewPlacementsPerMonth, month, newPlacementsInMonth, null);
    }

    /** The first day the company takes a new placement again, or null when it always does. */
    public LocalDate availableFrom() {
      if (pausedUntil == null) {
        return nextAvailableDate;
      }
      return nextAvailableDate == null || pausedUntil.isAfter(nextAvailableDate) ? pausedUntil : nextAvailableDate;
    }

    /** The month in which the company has reached its limit of new placements, or null. */
    public YearMonth fullInMonth() {
      boolean full = maxNewPlacementsPerMonth != null && month != null && newPlacementsInMonth >= maxNewPlacementsPerMonth;
      return full ? month : null;
    }
  }

  /** How many ended placements there were, and how many of them led to ordinary (paid) hours. */
  public record PaidHoursRecord(int placementsEnded, int withOrdinaryHours) {
    public static final PaidHoursRecord UNKNOWN = new PaidHoursRecord(0, 0);

    public PaidHoursRecord {
      if (placementsEnded < 0 || withOrdinaryHours < 0 || withOrdinaryHours > placementsEnded) {
        throw new IllegalArgumentException("paid-hours record must satisfy 0 <= withOrdinaryHours <= placementsEnded");
      }
    }

    public boolean known() {
      return placementsEnded > 0;
    }
  }
}
