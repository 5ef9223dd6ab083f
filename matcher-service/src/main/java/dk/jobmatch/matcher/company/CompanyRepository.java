package dk.jobmatch.matcher.company;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

/** Companies in MongoDB, the system of record. */
public interface CompanyRepository extends ReactiveMongoRepository<Company, String> {}
