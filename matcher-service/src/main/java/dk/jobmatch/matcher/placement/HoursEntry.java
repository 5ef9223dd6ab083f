package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the hours ledger: weekly hours from {@code effectiveFrom}, who recorded it and why.
 * Never changed once written; {@code corrects} names the entry a correction replaces.
 */
public record HoursEntry(
    String id,
    int sequence,
    LocalDate effectiveFrom,
    int internshipHours,
    int ordinaryHours,
    int wageSubsidyHours,
    String corrects,
    String note,
    String recordedBy,
    Instant recordedAt) {

  /** The same entry with {@code number} as its sequence: the service numbers an entry when it stores it. */
  public HoursEntry withSequence(int number) {
    return new HoursEntry(id, number, effectiveFrom, internshipHours, ordinaryHours, wageSubsidyHours, corrects, note,
        recordedBy, recordedAt);
  }
}
