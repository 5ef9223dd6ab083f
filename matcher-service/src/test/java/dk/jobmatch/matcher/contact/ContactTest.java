package dk.jobmatch.matcher.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactTest {
  private static final Instant AT = Instant.parse("2026-03-30T09:00:00Z");

  private static Contact proposalOfACitizenBy(String jobCentre, Contact.NextStep next) {
    return new Contact("k1", "c1", jobCentre, "anna", ContactKind.PROPOSAL, AT, "Mette Holm", null, "citizen-1",
        ContactOutcome.POSITIVE, "Vil gerne se borgeren", next, AT);
  }

  @Test
  void theRecordingJobCentreSeesTheCitizen() {
    assertThat(proposalOfACitizenBy("101", null).seenBy("101").citizenId()).isEqualTo("citizen-1");
  }

  @Test
  void anotherJobCentreSeesTheContactWithoutTheCitizen() {
    Contact seen = proposalOfACitizenBy("101", null).seenBy("751");
    assertThat(seen.citizenId()).isNull();
    assertThat(seen.note()).isEqualTo("Vil gerne se borgeren");
  }

  @Test
  void aNextStepIsOpenUntilDone() {
    Contact.NextStep open = new Contact.NextStep("Ring igen", LocalDate.of(2026, 4, 2), null, null);
    assertThat(proposalOfACitizenBy("101", open).hasOpenNextStep()).isTrue();
    assertThat(proposalOfACitizenBy("101", new Contact.NextStep("Ring igen", LocalDate.of(2026, 4, 2), AT, "anna"))
        .hasOpenNextStep()).isFalse();
    assertThat(proposalOfACitizenBy("101", null).hasOpenNextStep()).isFalse();
  }
}
