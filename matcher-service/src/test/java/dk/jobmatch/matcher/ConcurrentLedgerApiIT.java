package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpList;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.HoursEntry;
import dk.jobmatch.api.model.HoursEntryInput;
import dk.jobmatch.api.model.HoursLedger;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.PlacementOutcome;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The hours ledger and the follow-ups are append-only: entries recorded at the same moment by many
 * consultants (or a CRM's batch) are all kept, none refused for a version nobody sent. Corrections
 * stay one per entry however close together they come.
 */
class ConcurrentLedgerApiIT extends PlacementApiTestSupport {
  private static final int AT_ONCE = 50;
  private static final LocalDate START = TODAY.minusDays(100);

  @Test
  void fiftyHoursEntriesAtOnceAreAllAcceptedAndAllInTheLedger() throws Exception {
    Placement active = activePlacement();
    // Entry i takes effect i days after the start, with i % 10 ordinary hours: the last one is in force today.
    List<Integer> statuses = atOnce(i -> () -> postHours(active, new HoursEntryInput()
        .effectiveFrom(START.plusDays(1 + i)).internshipHours(20 - i % 10).ordinaryHours(i % 10)
        .note("samtidig " + i)));

    assertThat(statuses).as("answers to %d entries recorded at once", AT_ONCE).containsOnly(201);
    HoursLedger ledger = ledger(active);
    // The start's entry from the work agreement, and every one of the fifty.
    assertThat(ledger.getEntries()).hasSize(AT_ONCE + 1);
    assertThat(ledger.getEntries()).extracting(HoursEntry::getSequence)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, AT_ONCE + 1).boxed().toList());
    assertThat(ledger.getEntries()).extracting(HoursEntry::getNote).containsAll(
        IntStream.range(0, AT_ONCE).mapToObj(i -> "samtidig " + i).toList());
    assertThat(ledger.getEntries().stream().skip(1).mapToInt(HoursEntry::getOrdinaryHours).sum())
        .isEqualTo(IntStream.range(0, AT_ONCE).map(i -> i % 10).sum());
    assertThat(ledger.getCurrent().getOrdinaryHours()).isEqualTo((AT_ONCE - 1) % 10);
    assertThat(ledger.getCurrent().getEffectiveFrom()).isEqualTo(START.plusDays(AT_ONCE));
    Placement read = get(active);
    assertThat(read.getHoursEntries()).isEqualTo(AT_ONCE + 1);
    assertThat(read.getVersion()).as("recording hours leaves the placement itself alone").isEqualTo(active.getVersion());
    String csv = consultant().get().uri("/exports/hours-ledger.csv").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(csv.lines().filter(line -> line.startsWith(active.getPlacementId().toString()))).hasSize(AT_ONCE + 1);
  }

  @Test
  void ofTenCorrectionsOfOneEntryAtOnceExactlyOneIsKept() throws Exception {
    Placement active = activePlacement();
    HoursEntry raise = recordHours(active, hours(START.plusDays(7), 14, 5));

    List<Integer> statuses = atOnce(10, i -> () -> postHours(active, hours(START.plusDays(7), 14, i % 5)
        .corrects(raise.getEntryId())));

    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    HoursLedger ledger = ledger(active);
    assertThat(ledger.getEntries()).filteredOn(e -> raise.getEntryId().equals(e.getCorrects())).hasSize(1);
    assertThat(ledger.getEntries()).filteredOn(e -> e.getEntryId().equals(raise.getEntryId()))
        .singleElement().satisfies(e -> assertThat(e.getCounts()).isFalse());
  }

  @Test
  void fiftyFollowUpsAtOnceAreAllKept() throws Exception {
    Placement active = activePlacement();

    List<Integer> statuses = atOnce(i -> () -> consultant().post()
        .uri("/placements/{id}/follow-ups", active.getPlacementId()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new FollowUpInput().date(START.plusDays(1 + i)).participants(Set.of(FollowUpParticipant.CITIZEN))
            .notes("opfølgning " + i).ordinaryHoursRaised(false))
        .exchange().returnResult(String.class).getStatus().value());

    assertThat(statuses).containsOnly(201);
    FollowUpList followUps = consultant().get().uri("/placements/{id}/follow-ups", active.getPlacementId()).exchange()
        .expectStatus().isOk().expectBody(FollowUpList.class).returnResult().getResponseBody();
    assertThat(followUps.getItems()).hasSize(AT_ONCE);
    assertThat(get(active).getLastFollowUp()).isEqualTo(START.plusDays(AT_ONCE));
  }

  @Test
  void hoursAtOnceOnAnEndedPlacementLeaveItsPaidHoursRecordAsTheWholeLedgerHasIt() throws Exception {
    Placement ended = ended(activePlacement(15, 0), TODAY.minusDays(10), PlacementOutcome.EDUCATION);
    assertThat(stored(ended)).containsEntry("endedWithOrdinaryHours", false);

    // Back-dated raises, all before the end: the last day had ordinary hours after all.
    List<Integer> statuses = atOnce(20, i -> () -> postHours(ended, hours(START.plusDays(1 + i), 15, 1 + i % 3)));

    assertThat(statuses).containsOnly(201);
    assertThat(stored(ended)).containsEntry("endedWithOrdinaryHours", true);
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private Placement activePlacement() {
    return activePlacement(15, 2);
  }

  private Placement activePlacement(int internship, int ordinary) {
    Company company = createCompany(aCompany().named("Lageret").kmNorthOfCentre(1).with(aTask().titled("Pakning")).build());
    UUID citizen = createCitizen(aCitizen().build());
    return active(citizen, company, START, internship, ordinary);
  }

  /** The placement as stored: what matching reads ({@code endedWithOrdinaryHours} is not in the API). */
  private Map<String, Object> stored(Placement placement) {
    return mongo.findById(placement.getPlacementId().toString(), org.bson.Document.class, "placements").block();
  }

  private int postHours(Placement placement, HoursEntryInput entry) {
    return consultant().post().uri("/placements/{id}/hours", placement.getPlacementId())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(entry)
        .exchange().returnResult(String.class).getStatus().value();
  }

  private HoursLedger ledger(Placement placement) {
    return consultant().get().uri("/placements/{id}/hours", placement.getPlacementId()).exchange()
        .expectStatus().isOk().expectBody(HoursLedger.class).returnResult().getResponseBody();
  }

  private static List<Integer> atOnce(IntFunction<Callable<Integer>> request) throws Exception {
    return atOnce(AT_ONCE, request);
  }

  /** {@code n} requests sent together, each from its own thread; their statuses. */
  private static List<Integer> atOnce(int n, IntFunction<Callable<Integer>> request) throws Exception {
    try (ExecutorService threads = Executors.newFixedThreadPool(n)) {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        answers.add(threads.submit(request.apply(i)));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    }
  }
}
