package dk.jobmatch.matcher.company;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** Companies in MongoDB, the system of record. */
public interface CompanyRepository extends ReactiveMongoRepository<Company, String> {

  /** The companies of one municipality: a job centre's own area. */
  Flux<Company> findByMunicipalityCode(String municipalityCode);
}
