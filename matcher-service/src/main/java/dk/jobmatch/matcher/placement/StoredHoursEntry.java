package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One hours-ledger entry as stored: a document of its own in {@code placementHours}, written once and
 * never changed. Its id is the placement's id and the entry's sequence ({@code <placementId>/<sequence>}),
 * so a placement's ledger is read by id alone (the embedded server uses its id index for nothing
 * else). {@code entryId} is the id the API shows.
 *
 * <p>{@code corrects} is unique where set: two corrections of the same entry cannot both be stored,
 * however close together they come, on the embedded server as on MongoDB.
 */
@Document(HoursLedgers.ENTRIES)
record StoredHoursEntry(
    @Id String id,
    String placementId,
    String jobCentre,
    String entryId,
    int sequence,
    LocalDate effectiveFrom,
    int internshipHours,
    int ordinaryHours,
    int wageSubsidyHours,
    @Indexed(unique = true, sparse = true) String corrects,
    String note,
    AutomaticNote automaticNote,
    String recordedBy,
    Instant recordedAt) {

  static String id(String placementId, int sequence) {
    return placementId + "/" + sequence;
  }

  static StoredHoursEntry of(Placement placement, HoursEntry entry) {
    return new StoredHoursEntry(id(placement.id(), entry.sequence()), placement.id(), placement.jobCentre(), entry.id(),
        entry.sequence(), entry.effectiveFrom(), entry.internshipHours(), entry.ordinaryHours(), entry.wageSubsidyHours(),
        entry.corrects(), entry.note(), entry.automaticNote(), entry.recordedBy(), entry.recordedAt());
  }

  HoursEntry entry() {
    return new HoursEntry(entryId, sequence, effectiveFrom, internshipHours, ordinaryHours, wageSubsidyHours, corrects,
        note, automaticNote, recordedBy, recordedAt);
  }
}
