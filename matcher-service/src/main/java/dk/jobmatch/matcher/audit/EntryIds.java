package dk.jobmatch.matcher.audit;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids of audit entries that sort in the order the calls began (UUID version 7: the millisecond,
 * then a counter, then random bits), so entries of the same millisecond are still listed in order.
 * From the system's time, not the service's clock: the order of calls, whatever day it says it is.
 */
final class EntryIds {
  private static final int COUNTER_BITS = 12;
  private final SecureRandom random = new SecureRandom();
  /** Milliseconds and counter: never the same twice, never less than the one before. */
  private final AtomicLong last = new AtomicLong();

  String next() {
    long stamp = last.updateAndGet(previous -> Math.max(previous + 1, System.currentTimeMillis() << COUNTER_BITS));
    long millis = stamp >>> COUNTER_BITS;
    long counter = stamp & ((1L << COUNTER_BITS) - 1);
    long mostSignificant = (millis << 16) | 0x7000L | counter;
    long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(mostSignificant, leastSignificant).toString();
  }
}
