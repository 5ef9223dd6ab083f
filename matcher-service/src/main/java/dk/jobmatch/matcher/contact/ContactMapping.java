package dk.jobmatch.matcher.contact;

import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.LastContact;
import dk.jobmatch.api.model.OpenNextStep;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Translates contacts between the API contract and the stored record. */
final class ContactMapping {
  private ContactMapping() {}

  static Contact toRecord(ContactInput in, String id, String companyId, String jobCentre, String recordedBy, Instant now) {
    return new Contact(id, companyId, jobCentre, recordedBy,
        ContactKind.valueOf(in.getKind().getValue()),
        in.getAt().toInstant(),
        strip(in.getContactPerson()),
        in.getTaskId() == null ? null : in.getTaskId().toString(),
        in.getCitizenId() == null ? null : in.getCitizenId().toString(),
        ContactOutcome.valueOf(in.getOutcome().getValue()),
        strip(in.getNote()),
        in.getNextStep() == null ? null
            : new Contact.NextStep(in.getNextStep().getText().strip(), in.getNextStep().getDueDate(), null, null),
        now);
  }

  /** The contact as {@code callersJobCentre} sees it ({@link Contact#seenBy}). */
  static dk.jobmatch.api.model.Contact toApi(Contact stored, String callersJobCentre) {
    Contact c = stored.seenBy(callersJobCentre);
    return new dk.jobmatch.api.model.Contact()
        .contactId(UUID.fromString(c.id()))
        .companyId(UUID.fromString(c.companyId()))
        .kind(kind(c.kind()))
        .at(c.at().atOffset(ZoneOffset.UTC))
        .contactPerson(c.contactPerson())
        .taskId(c.taskId() == null ? null : UUID.fromString(c.taskId()))
        .citizenId(c.citizenId() == null ? null : UUID.fromString(c.citizenId()))
        .outcome(dk.jobmatch.api.model.ContactOutcome.fromValue(c.outcome().name()))
        .note(c.note())
        .nextStep(c.nextStep() == null ? null : new dk.jobmatch.api.model.NextStep()
            .text(c.nextStep().text())
            .dueDate(c.nextStep().dueDate())
            .done(c.nextStep().done())
            .doneAt(c.nextStep().doneAt() == null ? null : c.nextStep().doneAt().atOffset(ZoneOffset.UTC))
            .doneBy(c.nextStep().doneBy()))
        .recordedBy(c.recordedBy())
        .jobCentre(c.jobCentre())
        .recordedAt(c.recordedAt().atOffset(ZoneOffset.UTC));
  }

  static LastContact toLastContact(Contact c) {
    return new LastContact().at(c.at().atOffset(ZoneOffset.UTC)).kind(kind(c.kind()));
  }

  /** An open next step for the due list; {@code companyName} null when the company is gone. */
  static OpenNextStep toOpenNextStep(Contact c, String companyName) {
    return new OpenNextStep()
        .contactId(UUID.fromString(c.id()))
        .companyId(UUID.fromString(c.companyId()))
        .companyName(companyName)
        .kind(kind(c.kind()))
        .at(c.at().atOffset(ZoneOffset.UTC))
        .text(c.nextStep().text())
        .dueDate(c.nextStep().dueDate())
        .recordedBy(c.recordedBy());
  }

  private static dk.jobmatch.api.model.ContactKind kind(ContactKind kind) {
    return dk.jobmatch.api.model.ContactKind.fromValue(kind.name());
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
