package dk.jobmatch.matcher.company;

import dk.jobmatch.api.model.LastContact;
import reactor.core.publisher.Mono;

/**
 * A company's latest contact (seneste kontakt), for the company card. Implemented by the contact
 * feature, which needs the company feature (a contact belongs to a company and names its tasks);
 * asking through this interface keeps the dependency one way.
 */
public interface LastContacts {

  /** The latest contact any job centre recorded with the company, or empty when there is none. */
  Mono<LastContact> of(String companyId);
}
