package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Placement records for plain-Java tests, moved through the real transitions:
 * {@code PlacementRecords.active("c1", date, 15, 2)} is agreed with a 30-day follow-up cadence and
 * started. Hours recorded after the start are kept apart from the placement, as the service keeps
 * them ({@link Placed}).
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

  /** A placement with no hours recorded since its start. */
  public static Placed placed(Placement placement) {
    return new Placed(placement, List.of());
  }

  /** A placement whose ledger gets {@code internship + ordinary} from {@code from}. */
  public static Placed withHours(Placement placement, LocalDate from, int internship, int ordinary) {
    return placed(placement).withHours(from, internship, ordinary);
  }

  /** The placement's ledger when nothing was recorded since the start: its start entry, if it started. */
  public static HoursLedger startLedger(Placement placement) {
    return placement.ledger(List.of());
  }

  public static HoursEntry entry(HoursLedger ledger, LocalDate from, int internship, int ordinary, String corrects) {
    return new HoursEntry(UUID.randomUUID().toString(), ledger.nextSequence(), from, internship, ordinary, 0,
        corrects, null, null, "anna", AT);
  }

  public static Placement followedUp(Placement placement, LocalDate on) {
    return placement.withFollowUp(new FollowUp(UUID.randomUUID().toString(), on, List.of("CITIZEN", "CONSULTANT"),
        null, false, "anna", AT), AT);
  }

  /** A placement and the hours entries recorded since its start. */
  public record Placed(Placement placement, List<HoursEntry> recorded) {

    public HoursLedger ledger() {
      return placement.ledger(recorded);
    }

    public Placed withHours(LocalDate from, int internship, int ordinary) {
      return with(entry(ledger(), from, internship, ordinary, null));
    }

    /** {@code entry} recorded by the placement's rules, and its paid-hours record brought up to date. */
    public Placed with(HoursEntry entry) {
      placement.recordHours(ledger(), entry);
      List<HoursEntry> all = new ArrayList<>(recorded);
      all.add(entry);
      Placed after = new Placed(placement, all);
      return new Placed(placement.withRecordFrom(after.ledger(), AT), all);
    }

    public Placed end(LocalDate end, PlacementOutcome how, String reason) {
      return new Placed(placement.end(end, how, reason, ledger(), "anna", AT), recorded);
    }

    public Placed followedUp(LocalDate on) {
      return new Placed(PlacementRecords.followedUp(placement, on), recorded);
    }
  }
}
