package dk.jobmatch.matcher.citizen;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Citizens in MongoDB. Every lookup names the job centre: there is no unscoped read. */
public interface CitizenRepository extends ReactiveMongoRepository<Citizen, String> {

  Mono<Citizen> findByIdAndJobCentre(String id, String jobCentre);

  Flux<Citizen> findByJobCentreOrderByCreatedAtDescIdDesc(String jobCentre, Pageable page);

  Mono<Long> countByJobCentre(String jobCentre);

  /** Every citizen of one job centre, for the reverse search. */
  Flux<Citizen> findByJobCentre(String jobCentre);
}
