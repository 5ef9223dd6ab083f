package dk.jobmatch.matcher.company;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The contacts recorded with companies, as requests against their contact limits
 * ({@link ContactLimit}). Implemented by the contact feature, which needs the company feature; asking
 * through this interface keeps the dependency one way, as {@link LastContacts} does.
 */
public interface ContactRequests {

  /** The contacts any job centre recorded with the company on or after {@code since}. */
  Flux<CompanyRequest> of(String companyId, LocalDate since);

  /** The contacts recorded on or after {@code since}, by company id; companies without any are absent. */
  Mono<Map<String, List<CompanyRequest>>> all(LocalDate since);
}
