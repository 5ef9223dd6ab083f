package dk.jobmatch.matcher.contact;

import dk.jobmatch.matcher.company.CompanyRequest;
import dk.jobmatch.matcher.company.ContactRequests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The contact log's contacts as requests against companies' contact limits. */
@Component
class ContactLogRequests implements ContactRequests {
  private final ContactLog log;
  private final Clock clock;

  ContactLogRequests(ContactLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public Flux<CompanyRequest> of(String companyId, LocalDate since) {
    return log.ofCompanySince(companyId, since.atStartOfDay(clock.getZone()).toInstant()).map(ContactLogRequests::request);
  }

  @Override
  public Mono<Map<String, List<CompanyRequest>>> all(LocalDate since) {
    return log.allSince(since.atStartOfDay(clock.getZone()).toInstant())
        .collect(Collectors.groupingBy(Contact::companyId, Collectors.mapping(ContactLogRequests::request, Collectors.toList())));
  }

  /** A PROPOSAL naming a citizen is the same request as a placement proposed for that citizen. */
  private static CompanyRequest request(Contact contact) {
    return new CompanyRequest(contact.at(), contact.kind() == ContactKind.PROPOSAL ? contact.citizenId() : null);
  }
}
