package dk.jobmatch.matcher.placement;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Moves hours ledgers kept in placement documents (as before) into their own documents at start
 * ({@link HoursLedgers#moveEmbeddedLedgers}). Runs once every bean exists and before the HTTP server
 * starts, so no request can read or save a placement meanwhile; blocking is fine here, this is the
 * main thread, not an event loop.
 */
@Component
class HoursLedgerMigration implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(HoursLedgerMigration.class);
  private static final Duration LIMIT = Duration.ofMinutes(30);

  private final HoursLedgers ledgers;

  HoursLedgerMigration(HoursLedgers ledgers) {
    this.ledgers = ledgers;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Long moved = ledgers.moveEmbeddedLedgers().block(LIMIT);
    if (moved != null && moved > 0) {
      log.info("Moved the hours ledgers of {} placements out of the placement documents", moved);
    }
  }
}
