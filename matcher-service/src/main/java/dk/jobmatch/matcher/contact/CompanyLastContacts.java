package dk.jobmatch.matcher.contact;

import dk.jobmatch.api.model.LastContact;
import dk.jobmatch.matcher.company.LastContacts;
import org.springframework.stereotype.Component;
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
}
