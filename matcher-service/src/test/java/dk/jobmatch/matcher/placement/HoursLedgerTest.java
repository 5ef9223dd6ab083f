package dk.jobmatch.matcher.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursLedgerTest {
  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  private static final LocalDate FEB_2 = LocalDate.of(2026, 2, 2);

  private HoursLedger ledger = new HoursLedger(List.of());

  @Test
  void hasNoHoursBeforeTheFirstEntry() {
    record("a", JAN_5, 15, 2, null);

    assertThat(ledger.inForce(JAN_5.minusDays(1))).isEmpty();
    assertThat(ledger.ordinaryHoursOn(JAN_5.minusDays(1))).isZero();
  }

  @Test
  void derivesTheHoursInForceFromTheLatestEntryOnOrBeforeTheDay() {
    record("a", JAN_5, 15, 2, null);
    record("b", FEB_2, 14, 5, null);

    assertThat(hoursOn(JAN_5)).containsExactly(15, 2);
    assertThat(hoursOn(FEB_2.minusDays(1))).containsExactly(15, 2);
    assertThat(hoursOn(FEB_2)).containsExactly(14, 5);
    assertThat(hoursOn(FEB_2.plusYears(1))).containsExactly(14, 5);
  }

  @Test
  void aBackDatedChangeRecordedLaterCountsFromItsOwnDate() {
    record("a", JAN_5, 15, 2, null);
    record("b", FEB_2, 14, 5, null);
    // Recorded last, but effective between the two: it rules only until the next effective date.
    record("c", LocalDate.of(2026, 1, 19), 15, 3, null);

    assertThat(hoursOn(LocalDate.of(2026, 1, 25))).containsExactly(15, 3);
    assertThat(hoursOn(FEB_2)).containsExactly(14, 5);
  }

  @Test
  void ofTwoEntriesFromTheSameDayTheOneRecordedLaterCounts() {
    record("a", JAN_5, 15, 2, null);
    record("b", JAN_5, 15, 4, null);

    assertThat(hoursOn(JAN_5)).containsExactly(15, 4);
  }

  @Test
  void aBackDatedCorrectionReplacesTheEntryAndCountsFromItsOwnDate() {
    record("a", JAN_5, 15, 2, null);
    record("b", FEB_2, 14, 5, null);
    // The raise to 5 ordinary hours really happened a week earlier.
    record("c", LocalDate.of(2026, 1, 26), 14, 5, "b");

    assertThat(hoursOn(LocalDate.of(2026, 1, 27))).containsExactly(14, 5);
    assertThat(ledger.inForce(FEB_2)).map(HoursEntry::id).contains("c");
    assertThat(ledger.correctionOf("b")).map(HoursEntry::id).contains("c");
    assertThat(ledger.entries()).hasSize(3);
  }

  @Test
  void aCorrectedEntryNoLongerCountsEvenWhenNothingElseCoversItsDays() {
    record("a", JAN_5, 15, 2, null);
    record("b", FEB_2, 14, 5, null);
    // The first entry was wrong: there were no ordinary hours in January.
    record("c", JAN_5, 15, 0, "a");

    assertThat(hoursOn(LocalDate.of(2026, 1, 20))).containsExactly(15, 0);
    assertThat(hoursOn(FEB_2)).containsExactly(14, 5);
  }

  @Test
  void aCorrectionMovedLaterLeavesTheDaysBeforeItWithoutTheCorrectedHours() {
    record("a", JAN_5, 15, 2, null);
    record("b", FEB_2, 14, 5, null);
    record("c", LocalDate.of(2026, 2, 9), 14, 5, "b");

    assertThat(hoursOn(LocalDate.of(2026, 2, 3))).containsExactly(15, 2);
    assertThat(hoursOn(LocalDate.of(2026, 2, 9))).containsExactly(14, 5);
  }

  @Test
  void refusesToCorrectAnEntryTwiceButTheCorrectionCanBeCorrected() {
    record("a", JAN_5, 15, 2, null);
    record("b", JAN_5, 15, 3, "a");

    assertThatThrownBy(() -> record("c", JAN_5, 15, 4, "a"))
        .isInstanceOf(IllegalTransition.class).hasMessageContaining("corrected already by entry b");

    record("d", JAN_5, 15, 4, "b");
    assertThat(hoursOn(JAN_5)).containsExactly(15, 4);
  }

  @Test
  void refusesACorrectionOfAnUnknownEntry() {
    record("a", JAN_5, 15, 2, null);

    assertThatThrownBy(() -> record("b", JAN_5, 15, 4, "nope")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger.entries()).hasSize(1);
  }

  private void record(String id, LocalDate from, int internship, int ordinary, String corrects) {
    ledger = ledger.append(new HoursEntry(id, ledger.nextSequence(), from, internship, ordinary, 0, corrects, null, null,
        "anna", Instant.parse("2026-03-01T10:00:00Z")));
  }

  private List<Integer> hoursOn(LocalDate day) {
    HoursEntry entry = ledger.inForce(day).orElseThrow(() -> new AssertionError("no hours in force on " + day));
    return List.of(entry.internshipHours(), entry.ordinaryHours());
  }
}
