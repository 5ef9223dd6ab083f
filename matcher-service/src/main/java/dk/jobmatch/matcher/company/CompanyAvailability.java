package dk.jobmatch.matcher.company;

import dk.jobmatch.index.HardRule;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whether a company takes a new placement today: not paused, available already, under its contact
 * limit and its monthly limit, by the same availability rules the match filters with
 * ({@link HardRule#brokenAvailability}).
 */
@Component
public class CompanyAvailability {
  private final CompanyIndexFeed entries;
  private final Clock clock;

  CompanyAvailability(CompanyIndexFeed entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  public Mono<Boolean> availableNow(Company company) {
    LocalDate today = LocalDate.now(clock);
    return entries.entryOf(company).map(entry -> HardRule.brokenAvailability(entry.availability(), today).isEmpty());
  }
}
