package dk.jobmatch.matcher.placement;

import dk.jobmatch.matcher.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The hours ledgers in MongoDB, apart from the placements: each entry appended as a document of its
 * own ({@link StoredHoursEntry}) and never changed, so recording hours neither rewrites the placement
 * (which grew with its ledger, and with it every write and every oplog entry) nor competes for its
 * version (concurrent entries got 412 without any If-Match).
 *
 * <p>Sequences come from a counter per placement ({@code placementHoursCounters}, {@code _id} the
 * placement's id, {@code appended} the entries appended), taken with one atomic
 * {@code findAndModify}, so concurrent entries get different ones in the order they were taken; a
 * write that fails after taking one leaves a gap. The placement's own start entry is sequence 1 and
 * not counted. Entry ids are {@code <placementId>/<sequence>}, so a ledger is read by id alone.
 */
@Component
public class HoursLedgers {
  static final String ENTRIES = "placementHours";
  static final String COUNTERS = "placementHoursCounters";
  /** Where ledgers lay before they were moved out: an array in the placement document. */
  static final String EMBEDDED = "hoursLedger";
  private static final String PLACEMENTS = "placements";
  private static final String APPENDED = "appended";
  /**
   * Ids per query. The embedded server finds them by its id index, then checks each document it found
   * against the whole {@code $in} list again, so a query of n ids costs n x n comparisons: 1,800
   * entries of one placement in one query took tens of milliseconds of its CPU. A hundred at a time
   * keeps that linear, at one round trip per hundred.
   */
  private static final int IDS_PER_QUERY = 100;

  private final ReactiveMongoTemplate mongo;

  HoursLedgers(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The placement's whole ledger: its start entry and every entry appended since. */
  public Mono<HoursLedger> of(Placement placement) {
    return appended(List.of(placement.id()))
        .flatMap(counts -> entries(ids(placement, counts.getOrDefault(placement.id(), 0))).map(StoredHoursEntry::entry)
            .collectList())
        .map(placement::ledger);
  }

  /** The ledgers of {@code placements}, by placement id: two queries by id whatever their number. */
  public Mono<Map<String, HoursLedger>> of(Collection<Placement> placements) {
    if (placements.isEmpty()) {
      return Mono.just(Map.of());
    }
    List<String> placementIds = placements.stream().map(Placement::id).toList();
    return appended(placementIds).flatMap(counts -> {
      List<String> ids = new ArrayList<>();
      placements.forEach(p -> ids.addAll(ids(p, counts.getOrDefault(p.id(), 0))));
      return entries(ids).collectMultimap(StoredHoursEntry::placementId, StoredHoursEntry::entry);
    }).map(byPlacement -> {
      Map<String, HoursLedger> ledgers = new HashMap<>();
      placements.forEach(p -> ledgers.put(p.id(), p.ledger(byPlacement.getOrDefault(p.id(), List.of()))));
      return ledgers;
    });
  }

  /**
   * Appends {@code entry} to the placement's ledger with the next sequence (its own is ignored) and
   * returns it as stored. The caller has checked it against the ledger; a correction of an entry
   * that another correction got to first is refused here, atomically, by the unique {@code corrects}.
   */
  public Mono<HoursEntry> append(Placement placement, HoursEntry entry) {
    return mongo.findAndModify(Query.query(Criteria.where("_id").is(placement.id())), new Update().inc(APPENDED, 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS)
        .map(counter -> entry.withSequence(base(placement) + count(counter)))
        .flatMap(numbered -> mongo.insert(StoredHoursEntry.of(placement, numbered)).thenReturn(numbered))
        .onErrorMap(DuplicateKeyException.class, e -> new IllegalTransition(ProblemCode.ENTRY_CORRECTED_ALREADY, "Entry " + entry.corrects()
            + " is corrected already; correct that correction instead"));
  }

  /**
   * Appends the entries recorded since the start to placements that have none appended yet (just
   * written, like the demo data's), numbered after the start entry in the order given, exactly as
   * {@link #append} one by one would have stored them; in one insert of entries and one of counters
   * rather than two round trips an entry. The caller has checked each entry against its ledger
   * ({@link Placement#recordHours}).
   */
  public Mono<Long> appendToNew(List<Placement> placements, Map<String, List<HoursEntry>> recordedByPlacement) {
    List<StoredHoursEntry> entries = new ArrayList<>();
    List<Document> counters = new ArrayList<>();
    for (Placement placement : placements) {
      List<HoursEntry> recorded = recordedByPlacement.getOrDefault(placement.id(), List.of());
      for (int i = 0; i < recorded.size(); i++) {
        entries.add(StoredHoursEntry.of(placement, recorded.get(i).withSequence(base(placement) + i + 1)));
      }
      if (!recorded.isEmpty()) {
        counters.add(new Document("_id", placement.id()).append(APPENDED, recorded.size()));
      }
    }
    if (entries.isEmpty()) {
      return Mono.just(0L);
    }
    return mongo.insertAll(entries).count()
        .flatMap(written -> mongo.insert(counters, COUNTERS).then(Mono.just(written)));
  }

  /** Removes the placement's appended entries and its counter (its start entry goes with the placement). */
  public Mono<Void> erase(Placement placement) {
    return appended(List.of(placement.id()))
        .flatMapMany(counts -> Flux.fromIterable(chunks(ids(placement, counts.getOrDefault(placement.id(), 0)))))
        .concatMap(chunk -> mongo.remove(Query.query(Criteria.where("_id").in(chunk)), ENTRIES))
        .then(mongo.remove(Query.query(Criteria.where("_id").is(placement.id())), COUNTERS))
        .then();
  }

  /**
   * Moves ledgers kept in the placement document (as they were before) into their own documents,
   * then removes them from it: idempotent, so a start interrupted midway finishes the move at the
   * next. Must run before anything saves a placement, which would drop the field unread.
   */
  Mono<Long> moveEmbeddedLedgers() {
    return mongo.find(Query.query(Criteria.where(EMBEDDED).exists(true)), Document.class, PLACEMENTS)
        .concatMap(this::moveEmbedded)
        .count();
  }

  private Mono<String> moveEmbedded(Document placement) {
    String placementId = placement.get("_id").toString();
    String jobCentre = placement.getString("jobCentre");
    List<HoursEntry> entries = placement.getList(EMBEDDED, Document.class, List.of()).stream()
        .map(raw -> mongo.getConverter().read(HoursEntry.class, raw))
        .toList();
    int last = entries.stream().mapToInt(HoursEntry::sequence).max().orElse(0);
    Query byId = Query.query(Criteria.where("_id").is(placementId));
    return Flux.fromIterable(entries)
        .concatMap(e -> mongo.save(new StoredHoursEntry(StoredHoursEntry.id(placementId, e.sequence()), placementId,
            jobCentre, e.id(), e.sequence(), e.effectiveFrom(), e.internshipHours(), e.ordinaryHours(),
            e.wageSubsidyHours(), e.corrects(), e.note(), e.automaticNote(), e.recordedBy(), e.recordedAt())))
        .then(last == 0 ? Mono.empty() : mongo.upsert(byId, new Update().max(APPENDED, last), COUNTERS))
        // Without a version change: the API's view of the placement is the same before and after.
        .then(mongo.updateFirst(byId, new Update().unset(EMBEDDED), PLACEMENTS))
        .thenReturn(placementId);
  }

  // ---- reading ---------------------------------------------------------------------------------------

  /** How many entries each placement has appended (absent: none yet). */
  private Mono<Map<String, Integer>> appended(List<String> placementIds) {
    return Flux.fromIterable(chunks(placementIds))
        .concatMap(chunk -> mongo.find(Query.query(Criteria.where("_id").in(chunk)), Document.class, COUNTERS))
        .collectMap(counter -> counter.get("_id").toString(), HoursLedgers::count);
  }

  private Flux<StoredHoursEntry> entries(List<String> ids) {
    return Flux.fromIterable(chunks(ids))
        .concatMap(chunk -> mongo.find(Query.query(Criteria.where("_id").in(chunk)), StoredHoursEntry.class));
  }

  /** The ids of the appended entries: sequences after the start entry's, as many as were appended. */
  private static List<String> ids(Placement placement, int appended) {
    int base = base(placement);
    List<String> ids = new ArrayList<>(appended);
    for (int i = 1; i <= appended; i++) {
      ids.add(StoredHoursEntry.id(placement.id(), base + i));
    }
    return ids;
  }

  /** The sequences the placement holds itself: its start entry's 1, or none. */
  private static int base(Placement placement) {
    return placement.startHours() == null ? 0 : 1;
  }

  private static int count(Document counter) {
    return counter.get(APPENDED) instanceof Number n ? n.intValue() : 0;
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
    }
    return chunks;
  }

}
