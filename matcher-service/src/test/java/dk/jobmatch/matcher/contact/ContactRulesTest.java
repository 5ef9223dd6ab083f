package dk.jobmatch.matcher.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactKind;
import dk.jobmatch.api.model.ContactOutcome;
import dk.jobmatch.api.model.NextStepInput;
import dk.jobmatch.matcher.problem.FieldViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContactRulesTest {
  private static final Instant NOW = Instant.parse("2026-03-31T10:00:00Z");

  private static ContactInput callAt(OffsetDateTime at) {
    return new ContactInput().kind(ContactKind.CALL).at(at).outcome(ContactOutcome.POSITIVE);
  }

  private static OffsetDateTime now() {
    return NOW.atOffset(ZoneOffset.UTC);
  }

  @Test
  void acceptsAContactThatHappenedJustNow() {
    assertThat(ContactRules.check(callAt(now()), NOW)).isEmpty();
  }

  @Test
  void acceptsAContactAFewMinutesAheadOfTheServiceClock() {
    assertThat(ContactRules.check(callAt(now().plusMinutes(5)), NOW)).isEmpty();
  }

  @Test
  void refusesAContactInTheFuture() {
    assertThat(ContactRules.check(callAt(now().plusMinutes(6)), NOW)).extracting(FieldViolation::field).containsExactly("at");
  }

  @Test
  void refusesAContactOutsideTheAcceptedDates() {
    assertThat(ContactRules.check(callAt(OffsetDateTime.of(1989, 12, 31, 12, 0, 0, 0, ZoneOffset.UTC)), NOW))
        .extracting(FieldViolation::message).containsExactly("must lie on a day from 1990-01-01 to 2100-12-31");
  }

  @Test
  void refusesANextStepDueBeforeTheContact() {
    ContactInput in = callAt(now().minusDays(2))
        .nextStep(new NextStepInput().text("Ring igen").dueDate(LocalDate.of(2026, 3, 28)));
    assertThat(ContactRules.check(in, NOW)).extracting(FieldViolation::field).containsExactly("nextStep.dueDate");
  }

  @Test
  void acceptsANextStepDueOnTheDayOfTheContact() {
    ContactInput in = callAt(now()).nextStep(new NextStepInput().text("Send mail").dueDate(LocalDate.of(2026, 3, 31)));
    assertThat(ContactRules.check(in, NOW)).isEmpty();
  }

  @Test
  void refusesBlankTexts() {
    ContactInput in = callAt(now()).contactPerson("  ").nextStep(new NextStepInput().text(" ").dueDate(LocalDate.of(2026, 4, 2)));
    assertThat(ContactRules.check(in, NOW)).extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("contactPerson", "nextStep.text");
  }
}
