package dk.jobmatch.matcher.company;

import dk.jobmatch.index.HardRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whether a company takes a new placement today: not paused, available already, under its monthly
 * limit, by the same availability rules the match filters with ({@link HardRule#brokenAvailability}).
 */
@Component
public class CompanyAvailability {
  private final PlacementLoads placements;
  private final Clock clock;

  CompanyAvailability(PlacementLoads placements, Clock clock) {
    this.placements = placements;
    this.clock = clock;
  }

  public Mono<Boolean> availableNow(Company company) {
    LocalDate today = LocalDate.now(clock);
    YearMonth month = YearMonth.from(today);
    return placements.of(company.id(), month).map(load ->
        HardRule.brokenAvailability(CompanyMapping.toIndexEntry(company, load).availability(), today).isEmpty());
  }
}
