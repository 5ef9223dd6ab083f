package dk.jobmatch.matcher.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Automatic ledger notes are codes worded when read: Danish from the catalogue unless another
 * language is asked for, and an entry stored with the old English text reads as its code.
 */
class AutomaticNoteTest {
  private static final ResourceBundle CATALOGUE = ResourceBundle.getBundle("messages", Locale.of("da"),
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  @ParameterizedTest
  @EnumSource(AutomaticNote.class)
  void everyAutomaticNoteHasADanishText(AutomaticNote note) {
    assertThat(CATALOGUE.containsKey(note.key())).as(note.key()).isTrue();
    assertThat(note.text(null)).isNotBlank().isNotEqualTo(note.text(Locale.ENGLISH));
  }

  @Test
  void theStartsNoteIsDanishUnlessEnglishIsAskedFor() {
    assertThat(AutomaticNote.START_PER_WORK_AGREEMENT.text(null)).isEqualTo("Start ifølge arbejdsaftalen");
    assertThat(AutomaticNote.START_PER_WORK_AGREEMENT.text(Locale.of("da"))).isEqualTo("Start ifølge arbejdsaftalen");
    assertThat(AutomaticNote.START_PER_WORK_AGREEMENT.text(Locale.ENGLISH)).isEqualTo("Start per the work agreement");
  }

  @Test
  void anEntryStoredWithTheOldEnglishTextReadsAsItsCode() {
    HoursEntry old = entry("Start per the work agreement", null);

    assertThat(old.automaticNote()).isEqualTo(AutomaticNote.START_PER_WORK_AGREEMENT);
    assertThat(old.note()).isNull();
    assertThat(old.note(null)).isEqualTo("Start ifølge arbejdsaftalen");
  }

  @Test
  void aConsultantsNoteStaysAsWritten() {
    HoursEntry own = entry("Start per aftale med Anna", null);

    assertThat(own.automaticNote()).isNull();
    assertThat(own.note(Locale.ENGLISH)).isEqualTo("Start per aftale med Anna");
    assertThat(own.note(null)).isEqualTo("Start per aftale med Anna");
  }

  private static HoursEntry entry(String note, AutomaticNote automatic) {
    return new HoursEntry("e1", 1, LocalDate.of(2026, 3, 1), 15, 2, 0, null, note, automatic, "anna",
        Instant.parse("2026-03-01T10:00:00Z"));
  }
}
