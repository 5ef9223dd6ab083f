package dk.jobmatch.matcher.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests set and move: "today" is whatever the test says, so overdue follow-ups are exact. */
public final class MutableClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  public MutableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Today becomes {@code day}, at ten in the morning. */
  public void setToday(LocalDate day) {
    now = day.atTime(10, 0).atZone(zone).toInstant();
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now, zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
