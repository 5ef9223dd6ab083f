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
          LocalTime.parse(part.substring(space + 1, dash)), LocalTime.parse(part.substring(dash + 1))));
    }
    return slots;
  }
}
