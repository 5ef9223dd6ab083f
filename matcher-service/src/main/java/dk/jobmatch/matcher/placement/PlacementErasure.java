package dk.jobmatch.matcher.placement;

import dk.jobmatch.matcher.citizen.CitizenErasure;
import dk.jobmatch.matcher.company.CompanyIndexFeed;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An erased citizen's placements go too (their ledger and follow-ups are about the citizen), and
 * the seats they held are free in the match index before the erasure is answered.
 */
@Component
class PlacementErasure implements CitizenErasure {
  private final PlacementRepository placements;
  private final HoursLedgers ledgers;
  private final CompanyIndexFeed feed;

  PlacementErasure(PlacementRepository placements, HoursLedgers ledgers, CompanyIndexFeed feed) {
    this.placements = placements;
    this.ledgers = ledgers;
    this.feed = feed;
  }

  @Override
  public Mono<Void> erase(String citizenId, String jobCentre) {
    return placements.findByJobCentre(jobCentre)
        .filter(p -> citizenId.equals(p.citizenId()))
        // The ledger first: an erasure cut short leaves a placement that the next attempt erases, never
        // hours entries of a citizen no placement leads to any more.
        .concatMap(p -> ledgers.erase(p).then(placements.delete(p)).thenReturn(p.companyId()))
        .distinct()
        .concatMap(feed::refresh)
        .then();
  }
}
