package dk.jobmatch.matcher.placement;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Placements in MongoDB. Like citizens, looked up by id with the job centre checked here (the
 * embedded server scans for anything but {@code _id} alone); a job centre's list is one simple query.
 */
public interface PlacementRepository extends ReactiveMongoRepository<Placement, String> {

  /** The placement if it belongs to the job centre, else empty: another job centre's placement does not exist for the caller. */
  default Mono<Placement> findByIdAndJobCentre(String id, String jobCentre) {
    return findById(id).filter(placement -> jobCentre.equals(placement.jobCentre()));
  }

  Flux<Placement> findByJobCentre(String jobCentre);
}
