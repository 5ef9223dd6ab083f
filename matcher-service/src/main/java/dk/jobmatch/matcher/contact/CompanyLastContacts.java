package dk.jobmatch.matcher.contact;

import dk.jobmatch.api.model.LastContact;
import dk.jobmatch.matcher.company.LastContacts;
import org.springframework.stereotype.Component;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The company card's latest contact, from the contact log. */
@Component
class CompanyLastContacts implements LastContacts {
  private final ContactLog log;

  CompanyLastContacts(ContactLog log) {
    this.log = log;
  }

  @Override
  public Mono<LastContact> of(String companyId) {
    return log.latestOf(companyId).map(ContactMapping::toLastContact);
  }

  @Override
  public Mono<Map<String, LastContact>> ofCompanies(Collection<String> companyIds) {
    // Newest first: the first contact seen of a company is its latest.
    return log.newestFirstOf(companyIds).collect(LinkedHashMap::new,
        (Map<String, LastContact> latest, Contact c) -> latest.putIfAbsent(c.companyId(), ContactMapping.toLastContact(c)));
  }
}
