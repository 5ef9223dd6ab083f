package dk.jobmatch.matcher.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One audited call: who (subject, job centre), what (operation, resource id, the citizen it is
 * about), when, and how it ended. Ids and codes only: never a label, need, goal or note.
 * {@code status} is null while {@link AuditOutcome#UNFINISHED}.
 */
@Document(AuditEntry.COLLECTION)
@CompoundIndex(name = "jobCentre_at", def = "{'jobCentre': 1, 'at': -1}")
@CompoundIndex(name = "jobCentre_citizen_at", def = "{'jobCentre': 1, 'citizenId': 1, 'at': -1}")
@CompoundIndex(name = "jobCentre_subject_at", def = "{'jobCentre': 1, 'subject': 1, 'at': -1}")
public record AuditEntry(
    @Id String id,
    @Indexed Instant at,
    String subject,
    String jobCentre,
    AuditOperation operation,
    String resourceId,
    String citizenId,
    Integer status,
    AuditOutcome outcome) {

  public static final String COLLECTION = "audit_log";

  AuditEntry endedWith(int answered, String resource, String citizen) {
    return new AuditEntry(id, at, subject, jobCentre, operation, resource, citizen, answered, AuditOutcome.of(answered));
  }
}
