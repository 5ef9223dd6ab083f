package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One line of the hours ledger: weekly hours from {@code effectiveFrom}, who recorded it and why.
 * Never changed once written; {@code corrects} names the entry a correction replaces. Why is either
 * the consultant's own {@code note} or, for an entry the service wrote itself, an
 * {@code automaticNote} worded when read ({@link #note(Locale)}).
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
    AutomaticNote automaticNote,
    String recordedBy,
    Instant recordedAt) {

  /** An entry stored before automatic notes had a code holds the English text: it is read as its code. */
  public HoursEntry {
    if (automaticNote == null) {
      AutomaticNote stored = AutomaticNote.ofStoredText(note).orElse(null);
      if (stored != null) {
        automaticNote = stored;
        note = null;
      }
    }
  }

  /** The consultant's note, or the automatic note in the language {@code locale} asks for; null when none. */
  public String note(Locale locale) {
    return automaticNote == null ? note : automaticNote.text(locale);
  }

  /** The same entry with {@code number} as its sequence: the service numbers an entry when it stores it. */
  public HoursEntry withSequence(int number) {
    return new HoursEntry(id, number, effectiveFrom, internshipHours, ordinaryHours, wageSubsidyHours, corrects, note,
        automaticNote, recordedBy, recordedAt);
  }
}
