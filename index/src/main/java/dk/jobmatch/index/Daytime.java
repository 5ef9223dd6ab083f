package dk.jobmatch.index;

import dk.jobmatch.index.vocabulary.WorkingTimes;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Weekday daytime, as a need such as "kun dagtimer på hverdage" means it: Monday to Friday, from
 * {@value #FROM_HOUR}:00 to {@value #TO_HOUR}:00. The one definition the index term, the filter and
 * the explanation all take a task's slots through (public for the benchmark's baseline).
 */
public final class Daytime {
  static final int FROM_HOUR = 7;
  static final int TO_HOUR = 18;
  private static final LocalTime FROM = LocalTime.of(FROM_HOUR, 0);
  private static final LocalTime TO = LocalTime.of(TO_HOUR, 0);

  private Daytime() {}

  /** What the slots say to a need that reads them; unknown when there are none. */
  public static WorkingTimes of(List<TimeSlot> slots) {
    if (slots.isEmpty()) {
      return WorkingTimes.UNKNOWN;
    }
    List<String> outside = new ArrayList<>();
    for (TimeSlot slot : slots) {
      if (!within(slot)) {
        outside.add(Schedules.format(List.of(slot)));
      }
    }
    return new WorkingTimes(true, outside);
  }

  static boolean within(TimeSlot slot) {
    boolean weekday = slot.day() != DayOfWeek.SATURDAY && slot.day() != DayOfWeek.SUNDAY;
    return weekday && !slot.from().isBefore(FROM) && !slot.to().isAfter(TO);
  }
}
