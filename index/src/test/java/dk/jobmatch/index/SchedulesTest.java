package dk.jobmatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time slots survive the stored form, whole minutes (read without a formatter) or not. */
class SchedulesTest {
  @Test
  void readsBackSlotsInWholeMinutes() {
    List<TimeSlot> slots = List.of(
        new TimeSlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
        new TimeSlot(DayOfWeek.SUNDAY, LocalTime.of(0, 5), LocalTime.of(23, 59)));

    assertThat(Schedules.parse(Schedules.format(slots))).isEqualTo(slots);
  }

  @Test
  void readsBackSlotsWithSeconds() {
    List<TimeSlot> slots = List.of(new TimeSlot(DayOfWeek.MONDAY, LocalTime.of(7, 15, 30), LocalTime.of(8, 0, 1)));

    assertThat(Schedules.parse(Schedules.format(slots))).isEqualTo(slots);
  }
}
