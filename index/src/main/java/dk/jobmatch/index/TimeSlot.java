package dk.jobmatch.index;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** When a partial task is done in the week, e.g. Tuesday 09:00-12:00. */
public record TimeSlot(DayOfWeek day, LocalTime from, LocalTime to) {

  public TimeSlot {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("time slot must end after it starts: " + from + "-" + to);
    }
  }

  /** Whether the two slots share any minute; back to back (09-12, 12-15) does not overlap. */
  public boolean overlaps(TimeSlot other) {
    return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
  }

  /** Whether any slot of {@code a} overlaps any slot of {@code b}. */
  static boolean anyOverlap(List<TimeSlot> a, List<TimeSlot> b) {
    for (TimeSlot x : a) {
      for (TimeSlot y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }
}
