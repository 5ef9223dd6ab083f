package dk.jobmatch.matcher.placement;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.HoursEntry;
import dk.jobmatch.api.model.HoursLedger;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A placement stored as before, with its hours ledger inside the document, is moved at start: its
 * entries become documents of their own, with their ids, sequences and corrections, the field leaves
 * the placement, and the API shows the same ledger and goes on numbering after it. Moving again
 * changes nothing.
 */
class HoursLedgerMigrationIT extends PlacementApiTestSupport {
  private static final LocalDate START = TODAY.minusDays(60);
  private static final Instant AT = Instant.parse("2026-02-01T09:00:00Z");

  @Autowired
  private HoursLedgers ledgers;

  @Test
  void aLedgerKeptInThePlacementMovesOutWithEveryEntryAndTheApiGoesOnFromIt() {
    Company company = createCompany(aCompany().named("Gammel").kmNorthOfCentre(1).with(aTask().titled("Pakning")).build());
    UUID citizen = createCitizen(aCitizen().build());
    String placementId = UUID.randomUUID().toString();
    String start = UUID.randomUUID().toString();
    String raise = UUID.randomUUID().toString();
    String correction = UUID.randomUUID().toString();
    storeAsBefore(placementId, company, citizen, List.of(
        new dk.jobmatch.matcher.placement.HoursEntry(start, 1, START, 15, 2, 0, null, "Start per the work agreement",
            null, "anna", AT),
        new dk.jobmatch.matcher.placement.HoursEntry(raise, 2, START.plusDays(14), 14, 5, 0, null, "14 + 5", null, "anna", AT),
        new dk.jobmatch.matcher.placement.HoursEntry(correction, 3, START.plusDays(7), 14, 4, 0, raise, "rettet", null, "anna",
            AT)));

    assertThat(ledgers.moveEmbeddedLedgers().block()).isEqualTo(1);

    assertThat(mongo.findById(placementId, Document.class, "placements").block()).doesNotContainKey("hoursLedger");
    HoursLedger moved = ledger(placementId);
    assertThat(moved.getEntries()).extracting(e -> e.getEntryId().toString()).containsExactly(start, raise, correction);
    assertThat(moved.getEntries()).extracting(HoursEntry::getSequence).containsExactly(1, 2, 3);
    assertThat(moved.getEntries().get(1).getCorrectedBy()).hasToString(correction);
    assertThat(moved.getCurrent().getOrdinaryHours()).isEqualTo(4);

    HoursEntry next = consultant().post().uri("/placements/{id}/hours", placementId)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(hours(TODAY, 13, 8))
        .exchange().expectStatus().isCreated().expectBody(HoursEntry.class).returnResult().getResponseBody();
    assertThat(next.getSequence()).isEqualTo(4);
    consultant().post().uri("/placements/{id}/hours", placementId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(hours(START.plusDays(14), 14, 3).corrects(UUID.fromString(raise)))
        .exchange().expectStatus().isEqualTo(409);

    assertThat(ledgers.moveEmbeddedLedgers().block()).isZero();
    assertThat(ledger(placementId).getEntries()).hasSize(4);
  }

  /** The placement as the service stored it before: the ledger an array in the document, no start entry of its own. */
  private void storeAsBefore(String id, Company company, UUID citizen, List<dk.jobmatch.matcher.placement.HoursEntry> ledger) {
    String task = company.getPartialTasks().getFirst().getTaskId().toString();
    Placement placement = Placement.proposed(id, KOBENHAVN, citizen.toString(), company.getCompanyId().toString(),
            List.of(task), "anna", null, START, null, List.of(), "anna", AT)
        .withWorkAgreement(new WorkAgreement(List.of(task), 15, 2, List.of("TUE", "THU"), START.plusMonths(3), 30, null,
            null, null), AT)
        .agree(START, START, "anna", AT)
        .start(START, ledger.getFirst().id(), "anna", AT);
    Document stored = new Document();
    mongo.getConverter().write(placement, stored);
    stored.remove("startHours");
    stored.put("version", 3L);
    stored.put("hoursLedger", ledger.stream().map(entry -> {
      Document written = new Document();
      mongo.getConverter().write(entry, written);
      return written;
    }).toList());
    mongo.insert(stored, "placements").block();
  }

  private HoursLedger ledger(String placementId) {
    return consultant().get().uri("/placements/{id}/hours", placementId).exchange()
        .expectStatus().isOk().expectBody(HoursLedger.class).returnResult().getResponseBody();
  }
}
