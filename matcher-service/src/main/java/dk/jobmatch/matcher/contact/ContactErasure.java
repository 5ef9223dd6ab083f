package dk.jobmatch.matcher.contact;

import dk.jobmatch.matcher.citizen.CitizenErasure;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An erased citizen's id leaves the contact log. The contacts themselves stay: they are the
 * company's history with the job centre, and say nothing about the citizen without the id.
 */
@Component
class ContactErasure implements CitizenErasure {
  private final ContactLog log;

  ContactErasure(ContactLog log) {
    this.log = log;
  }

  @Override
  public Mono<Void> erase(String citizenId, String jobCentre) {
    return log.forgetCitizen(citizenId, jobCentre);
  }
}
