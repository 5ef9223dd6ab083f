package dk.jobmatch.matcher.crm;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * At most one run per source across all replicas: a run holds a lease document in
 * {@code crmSyncLeases} ({@code _id} = source). Taking it is one upsert that matches only an
 * expired lease; a live one makes the upsert collide on {@code _id}. A replica that dies mid-run
 * leaves its lease to expire ({@code matcher.crm.lease}).
 */
@Component
class SyncLease {
  static final String COLLECTION = "crmSyncLeases";

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;
  private final Duration lease;

  SyncLease(ReactiveMongoTemplate mongo, Clock clock, CrmProperties properties) {
    this.mongo = mongo;
    this.clock = clock;
    this.lease = properties.lease();
  }

  /** True when {@code runId} now holds the source. */
  Mono<Boolean> take(String sourceId, String runId) {
    Query expired = Query.query(Criteria.where("_id").is(sourceId).and("until").lt(clock.instant()));
    Update hold = new Update().set("runId", runId).set("until", clock.instant().plus(lease));
    return mongo.upsert(expired, hold, COLLECTION)
        .thenReturn(true)
        .onErrorResume(DuplicateKeyException.class, busy -> Mono.just(false));
  }

  Mono<Void> release(String sourceId, String runId) {
    return mongo.remove(Query.query(Criteria.where("_id").is(sourceId).and("runId").is(runId)), COLLECTION).then();
  }
}
