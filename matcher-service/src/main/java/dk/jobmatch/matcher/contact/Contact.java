package dk.jobmatch.matcher.contact;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One contact with a company (kontakt), as recorded: append-only, so it has no version; only
 * {@link NextStep#doneAt()} and {@link NextStep#doneBy()} are ever set afterwards.
 *
 * <p>{@code recordedBy} and {@code jobCentre} come from the caller's token. {@code citizenId} is a
 * citizen of that job centre and is shown to it only ({@link #seenBy}).
 */
@Document("contacts")
record Contact(
    @Id String id,
    @Indexed String companyId,
    @Indexed String jobCentre,
    String recordedBy,
    ContactKind kind,
    Instant at,
    String contactPerson,
    String taskId,
    String citizenId,
    ContactOutcome outcome,
    String note,
    NextStep nextStep,
    Instant recordedAt) {

  /** What is to happen next (næste skridt), by when, and whether it has. */
  record NextStep(String text, LocalDate dueDate, Instant doneAt, String doneBy) {
    boolean done() {
      return doneAt != null;
    }
  }

  /**
   * The contact as a caller of {@code callersJobCentre} may see it: another job centre's citizen
   * reference is left out, since which citizens a job centre works with is its own business.
   */
  Contact seenBy(String callersJobCentre) {
    return jobCentre.equals(callersJobCentre) || citizenId == null ? this
        : new Contact(id, companyId, jobCentre, recordedBy, kind, at, contactPerson, taskId, null, outcome, note, nextStep,
            recordedAt);
  }

  boolean hasOpenNextStep() {
    return nextStep != null && !nextStep.done();
  }
}
