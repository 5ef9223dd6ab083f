package dk.jobmatch.crm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Modification times as CRMs write them (ISO-8601 with offset or Z), compared as instants. */
public final class ChangeTimes {
  private ChangeTimes() {}

  /** The later of two times; either may be null. Unparseable times lose to parseable ones. */
  public static String later(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    Instant x = parse(a);
    Instant y = parse(b);
    if (x == null) {
      return b;
    }
    if (y == null) {
      return a;
    }
    return y.isAfter(x) ? b : a;
  }

  public static Instant parse(String time) {
    if (time == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(time).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
