package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Placement records for plain-Java tests, moved through the real transitions:
 * {@code PlacementRecords.activeFrom(date, 15, 2)} is agreed with a 30-day follow-up cadence and started.
 */
public final class PlacementRecords {
  private static final Instant AT = Instant.parse("2026-01-01T08:00:00Z");

  private PlacementRecords() {}

  public static Placement proposed(String citizenId, LocalDate plannedStart) {
    return Placement.proposed(UUID.randomUUID().toString(), "101", citizenId, "company-1", List.of("task-1"),
        "anna", null, plannedStart, null, List.of(), "anna", AT);
  }

  public static WorkAgreement agreement(int internship, int ordinary, int followUpEveryDays) {
    return new WorkAgreement(List.of("task-1"), internship, ordinary, List.of("TUE", "THU"), LocalDate.of(2026, 6, 1),
        followUpEveryDays, null, null, null);
  }

  public static Placement agreed(String citizenId, LocalDate start, int internship, int ordinary) {
    return proposed(citizenId, start).withWorkAgreement(agreement(internship, ordinary, 30), AT)
        .agree(start, start, "anna", AT);
  }

  public static Placement active(String citizenId, LocalDate start, int internship, int ordinary) {
    return agreed(citizenId, start, internship, ordinary).start(start, UUID.randomUUID().toString(), "anna", AT);
  }

  /** An active placement whose ledger gets {@code internship + ordinary} from {@code from}. */
  public static Placement withHours(Placement placement, LocalDate from, int internship, int ordinary) {
    return placement.withHours(entry(placement, from, internship, ordinary, null), AT);
  }

  public static HoursEntry entry(Placement placement, LocalDate from, int internship, int ordinary, String corrects) {
    return new HoursEntry(UUID.randomUUID().toString(), placement.ledger().nextSequence(), from, internship, ordinary, 0,
        corrects, null, "anna", AT);
  }

  public static Placement followedUp(Placement placement, LocalDate on) {
    return placement.withFollowUp(new FollowUp(UUID.randomUUID().toString(), on, List.of("CITIZEN", "CONSULTANT"),
        null, false, "anna", AT), AT);
  }
}
