package dk.jobmatch.matcher.crm;

import dk.jobmatch.crm.sync.Quarantine;
import dk.jobmatch.crm.sync.QuarantinedRecord;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Quarantined records in {@code crmQuarantine}, keyed by source and external id (or the page), so
 * a record that fails again replaces its entry and one that syncs later removes it.
 */
@Component
class MongoQuarantine implements Quarantine {
  static final String COLLECTION = "crmQuarantine";

  private final ReactiveMongoTemplate mongo;

  MongoQuarantine(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Void> hold(QuarantinedRecord r) {
    String key = r.externalId() == null ? "page:" + r.where() : "record:" + r.externalId();
    return mongo.save(new Entry(r.sourceId() + "/" + key, r.sourceId(), r.externalId(), r.where(), r.reason(), r.excerpt(), r.at()),
        COLLECTION).then();
  }

  @Override
  public Mono<Void> release(String sourceId, String externalId) {
    if (externalId == null) {
      return Mono.empty();
    }
    return mongo.remove(Query.query(Criteria.where("_id").is(sourceId + "/record:" + externalId)), COLLECTION).then();
  }

  Mono<List<Entry>> page(String sourceId, long offset, int size) {
    Query query = Query.query(Criteria.where("sourceId").is(sourceId))
        .with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by("_id"))).skip(offset).limit(size);
    return mongo.find(query, Entry.class, COLLECTION).collectList();
  }

  Mono<Long> count(String sourceId) {
    return mongo.count(Query.query(Criteria.where("sourceId").is(sourceId)), COLLECTION);
  }

  /** The stored form. */
  @Document(COLLECTION)
  record Entry(@Id String id, String sourceId, String externalId, String where, String reason, String excerpt, Instant at) {}
}
