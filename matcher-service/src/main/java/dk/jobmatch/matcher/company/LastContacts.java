package dk.jobmatch.matcher.company;

import dk.jobmatch.api.model.LastContact;
import java.util.Collection;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * A company's latest contact (seneste kontakt), for the company card. Implemented by the contact
 * feature, which needs the company feature (a contact belongs to a company and names its tasks);
 * asking through this interface keeps the dependency one way.
 */
public interface LastContacts {

  /** The latest contact any job centre recorded with the company, or empty when there is none. */
  Mono<LastContact> of(String companyId);

  /** The latest contact of each of these companies that has one, by company id: one query for a list. */
  Mono<Map<String, LastContact>> ofCompanies(Collection<String> companyIds);
}
