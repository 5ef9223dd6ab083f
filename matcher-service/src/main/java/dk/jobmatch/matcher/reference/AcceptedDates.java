package dk.jobmatch.matcher.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one definition of a date the API takes, in a request body or a query: written
 * {@code YYYY-MM-DD} and lying from {@link #FIRST} to {@link #LAST}.
 *
 * <p>Why a fixed window and not one relative to today: reports and exports ask for "everything
 * since 1990" or "up to 2100" as a matter of course, and a window that moves with the clock would
 * make a request valid today and invalid next year. The window is still narrow enough that no date
 * arithmetic the service does (weeks back for a figures series, a year ahead for a plan, epoch
 * days in the index) can overflow, and that slips such as {@code 0202-03-01} or
 * {@code 20260-03-01} are caught at the door instead of being stored. Rules about a particular
 * date (a follow-up not in the future, a planned start within a year) come on top of this.
 */
public final class AcceptedDates {
  public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2100, 12, 31);
  /** What an offending date is told it must be, after "must be ". */
  public static final String EXPECTED = "a date written YYYY-MM-DD from " + FIRST + " to " + LAST;

  // Four-digit years only: ISO-8601 would also take "+10000-01-01" or "-0001-01-01".
  private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private AcceptedDates() {}

  /** The date {@code text} names, or empty when it is not a date written YYYY-MM-DD inside the window. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text)).filter(AcceptedDates::contains);
    } catch (DateTimeException notACalendarDay) {
      return Optional.empty();
    }
  }

  public static boolean contains(LocalDate day) {
    return !day.isBefore(FIRST) && !day.isAfter(LAST);
  }
}
