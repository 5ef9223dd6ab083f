package dk.jobmatch.matcher.contact;

import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.reference.AcceptedDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a contact beyond the contract's schema: when it happened, and text that says
 * something. Whether its task and citizen exist is checked against the store by the controller.
 */
final class ContactRules {
  /**
   * How far ahead of the service's clock {@code at} may lie: a consultant records a call as it
   * ends, on a laptop whose clock may run a little ahead; more than that is a slip of the date.
   */
  static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

  private ContactRules() {}

  static List<FieldViolation> check(ContactInput in, Instant now) {
    List<FieldViolation> violations = new ArrayList<>();
    OffsetDateTime at = in.getAt();
    LocalDate day = at == null ? null : at.toLocalDate();
    if (at != null) {
      if (!AcceptedDates.contains(day)) {
        violations.add(new FieldViolation("at", ProblemCode.DATE_OUT_OF_RANGE,
            "must lie on a day from " + AcceptedDates.FIRST + " to " + AcceptedDates.LAST,
            AcceptedDates.FIRST.getYear(), AcceptedDates.LAST.getYear()));
      } else if (at.toInstant().isAfter(now.plus(CLOCK_SLACK))) {
        violations.add(new FieldViolation("at", ProblemCode.DATE_IN_FUTURE, "must not be in the future"));
      }
    }
    if (in.getContactPerson() != null && in.getContactPerson().isBlank()) {
      violations.add(new FieldViolation("contactPerson", ProblemCode.BLANK, "must not be blank"));
    }
    if (in.getNextStep() != null) {
      if (in.getNextStep().getText() != null && in.getNextStep().getText().isBlank()) {
        violations.add(new FieldViolation("nextStep.text", ProblemCode.BLANK, "must not be blank"));
      }
      LocalDate due = in.getNextStep().getDueDate();
      if (due != null && day != null && due.isBefore(day)) {
        violations.add(new FieldViolation("nextStep.dueDate", ProblemCode.CONTACT_DUE_BEFORE_CONTACT,
            "must not be before the day of the contact (" + day + ")", day));
      }
    }
    return violations;
  }
}
