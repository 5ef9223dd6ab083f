package dk.jobmatch.matcher.audit;

import com.mongodb.WriteConcern;
import dk.jobmatch.matcher.web.PageRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored audit log. Entries are inserted, an unfinished one is completed once with its outcome,
 * and old ones are removed by {@link AuditRetention}; nothing else changes them. Written with a
 * majority, journaled write concern: an entry the service has been told is stored survives a
 * failover, as the change it describes does.
 */
@Component
class AuditLog {
  /** Which entries: always one job centre's, optionally one citizen's or one user's, over a period. */
  record Filter(String jobCentre, String citizenId, String subject, Instant from, Instant until) {
    Query query() {
      Criteria criteria = Criteria.where("jobCentre").is(jobCentre);
      if (citizenId != null) {
        criteria = criteria.and("citizenId").is(citizenId);
      }
      if (subject != null) {
        criteria = criteria.and("subject").is(subject);
      }
      if (from != null || until != null) {
        Criteria at = Criteria.where("at");
        if (from != null) {
          at = at.gte(from);
        }
        if (until != null) {
          at = at.lt(until);
        }
        criteria = criteria.andOperator(at);
      }
      return new Query(criteria);
    }
  }

  /** One page of entries and how many there are in all. */
  record Page(List<AuditEntry> items, long totalItems) {}

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"));
  private final ReactiveMongoTemplate mongo;

  AuditLog(ReactiveMongoDatabaseFactory factory, MongoConverter converter) {
    this.mongo = new ReactiveMongoTemplate(factory, converter);
    this.mongo.setWriteConcern(WriteConcern.MAJORITY.withJournal(true));
  }

  /** Stores an entry, finished (a read) or {@link AuditOutcome#UNFINISHED} (a write about to be made). */
  Mono<AuditEntry> append(AuditEntry entry) {
    return mongo.insert(entry);
  }

  /** Completes an unfinished entry with how its call ended; an entry already finished is left as it is. */
  Mono<Void> finish(AuditEntry ended) {
    Query unfinished = new Query(Criteria.where("_id").is(ended.id()).and("outcome").is(AuditOutcome.UNFINISHED));
    Update update = new Update().set("status", ended.status()).set("outcome", ended.outcome());
    if (ended.resourceId() != null) {
      update.set("resourceId", ended.resourceId());
    }
    if (ended.citizenId() != null) {
      update.set("citizenId", ended.citizenId());
    }
    return mongo.updateFirst(unfinished, update, AuditEntry.class).then();
  }

  Mono<Page> page(Filter filter, PageRequest request) {
    Query query = filter.query();
    return mongo.count(query, AuditEntry.class)
        .zipWith(mongo.find(Query.of(query).with(NEWEST_FIRST).skip(request.offset()).limit(request.size()), AuditEntry.class)
            .collectList())
        .map(t -> new Page(t.getT2(), t.getT1()));
  }

  Flux<AuditEntry> all(Filter filter) {
    return mongo.find(Query.of(filter.query()).with(NEWEST_FIRST), AuditEntry.class);
  }

  /** Removes the entries made before {@code cutoff}; how many. */
  Mono<Long> removeBefore(Instant cutoff) {
    return mongo.remove(new Query(Criteria.where("at").lt(cutoff)), AuditEntry.class).map(result -> result.getDeletedCount());
  }
}
