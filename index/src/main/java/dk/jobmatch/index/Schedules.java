package dk.jobmatch.index;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a task's time slots: "TUESDAY 09:00-12:00;THURSDAY 09:00-12:00". */
final class Schedules {
  private Schedules() {}

  static String format(List<TimeSlot> slots) {
    StringBuilder out = new StringBuilder();
    for (TimeSlot slot : slots) {
      if (!out.isEmpty()) {
        out.append(';');
      }
      out.append(slot.day()).append(' ').append(slot.from()).append('-').append(slot.to());
    }
    return out.toString();
  }

  static List<TimeSlot> parse(String stored) {
    List<TimeSlot> slots = new ArrayList<>();
    for (String part : stored.split(";")) {
      int space = part.indexOf(' ');
      int dash = part.indexOf('-', space);
      slots.add(new TimeSlot(DayOfWeek.valueOf(part.substring(0, space)),
          time(part.substring(space + 1, dash)), time(part.substring(dash + 1))));
    }
    return slots;
  }

  /** "HH:mm", as {@link LocalTime#toString} writes whole minutes, read without a formatter (a tenth of reading a row). */
  private static LocalTime time(String text) {
    if (text.length() == 5 && text.charAt(2) == ':') {
      int hour = (text.charAt(0) - '0') * 10 + (text.charAt(1) - '0');
      int minute = (text.charAt(3) - '0') * 10 + (text.charAt(4) - '0');
      if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    return LocalTime.parse(text);
  }
}
