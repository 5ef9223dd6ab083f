package dk.jobmatch.matcher.contact;

import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.matcher.problem.FieldViolation;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Contacts recorded elsewhere and written here at once, such as the demo data's year of company
 * contacts: each is what {@code POST /companies/{id}/contacts} would have stored from the same input
 * by the same consultant at the same time, checked by the same rules, and its next step may have
 * been done since. The caller vouches for what the API checks against the store (the company and its
 * task exist, the citizen is of the job centre).
 */
@Component
public class ContactImport {
  private final ReactiveMongoTemplate mongo;

  ContactImport(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * One contact: {@code input} as the API takes it, recorded by {@code recordedBy} of {@code jobCentre}
   * at {@code recordedAt}; {@code nextStepDoneAt} when its next step was marked done, else null.
   */
  public record Recorded(String id, String companyId, String jobCentre, String recordedBy, ContactInput input,
      Instant recordedAt, Instant nextStepDoneAt) {}

  /** Writes {@code contacts} in one insert; refuses them all, writing none, when one breaks a rule. */
  public Mono<Integer> write(List<Recorded> contacts) {
    List<Contact> records = contacts.stream().map(ContactImport::toRecord).toList();
    return mongo.insertAll(records).count().map(Long::intValue);
  }

  private static Contact toRecord(Recorded r) {
    List<FieldViolation> violations = ContactRules.check(r.input(), r.recordedAt());
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("Contact " + r.id() + " breaks the contact rules: " + violations);
    }
    Contact contact = ContactMapping.toRecord(r.input(), r.id(), r.companyId(), r.jobCentre(), r.recordedBy(), r.recordedAt());
    if (r.nextStepDoneAt() == null || contact.nextStep() == null) {
      return contact;
    }
    Contact.NextStep step = contact.nextStep();
    return new Contact(contact.id(), contact.companyId(), contact.jobCentre(), contact.recordedBy(), contact.kind(),
        contact.at(), contact.contactPerson(), contact.taskId(), contact.citizenId(), contact.outcome(), contact.note(),
        new Contact.NextStep(step.text(), step.dueDate(), r.nextStepDoneAt(), r.recordedBy()), contact.recordedAt());
  }
}
