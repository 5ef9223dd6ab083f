package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A follow-up (opfølgning) on a placement: who met, what moved, whether ordinary hours went up. */
public record FollowUp(
    String id,
    LocalDate date,
    List<String> participants,
    String notes,
    boolean ordinaryHoursRaised,
    String recordedBy,
    Instant recordedAt) {

  public FollowUp {
    participants = List.copyOf(participants);
  }
}
