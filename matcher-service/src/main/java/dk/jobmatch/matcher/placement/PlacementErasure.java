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
  private final CompanyIndexFeed feed;

  PlacementErasure(PlacementRepository placements, CompanyIndexFeed feed) {
    this.placements = placements;
    this.feed = feed;
  }

  @Override
  public Mono<Void> erase(String citizenId, String jobCentre) {
    return placements.findByJobCentre(jobCentre)
        .filter(p -> citizenId.equals(p.citizenId()))
        .concatMap(p -> placements.delete(p).thenReturn(p.companyId()))
        .distinct()
        .concatMap(feed::refresh)
        .then();
  }
}
