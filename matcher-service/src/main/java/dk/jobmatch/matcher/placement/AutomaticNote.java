package dk.jobmatch.matcher.placement;

import dk.jobmatch.matcher.problem.ProblemMessages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A note the service writes on an hours-ledger entry itself. It is stored as this code and worded
 * when read, in the reader's language (the catalogue's Danish under {@code placement.note.<CODE>}
 * unless the request prefers another language, then the English here), so no stored entry freezes
 * one language. Entries stored before the code existed hold the English text itself;
 * {@link #ofStoredText} reads such a text back as its code, so they need no migration.
 */
public enum AutomaticNote {
  /** The ledger's first entry, written by the start from the work agreement's hours. */
  START_PER_WORK_AGREEMENT("Start per the work agreement");

  private final String english;

  AutomaticNote(String english) {
    this.english = english;
  }

  /** The note in the language {@code locale} asks for (see {@link ProblemMessages#writesDanish}). */
  public String text(Locale locale) {
    String danish = ProblemMessages.writesDanish(locale) ? ProblemMessages.danishText(key()) : null;
    return danish != null ? danish : english;
  }

  /** Its key in the Danish catalogue. */
  String key() {
    return "placement.note." + name();
  }

  /** The code of an entry stored with the English text of an automatic note, as entries were before the code. */
  static Optional<AutomaticNote> ofStoredText(String note) {
    return note == null ? Optional.empty() : Arrays.stream(values()).filter(n -> n.english.equals(note)).findFirst();
  }
}
