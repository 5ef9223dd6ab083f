package dk.jobmatch.matcher.crm;

import dk.jobmatch.crm.Checkpoint;
import dk.jobmatch.crm.sync.SyncCheckpoints;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checkpoints in {@code crmCheckpoints}, one document per source. */
@Component
class MongoCheckpoints implements SyncCheckpoints {
  static final String COLLECTION = "crmCheckpoints";

  private final ReactiveMongoTemplate mongo;

  MongoCheckpoints(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Checkpoint> load(String sourceId) {
    return mongo.findById(sourceId, Stored.class, COLLECTION)
        .map(s -> new Checkpoint(s.sourceId(), s.since(), s.resumeAt(), s.latestInRun()))
        .defaultIfEmpty(Checkpoint.start(sourceId));
  }

  @Override
  public Mono<Void> save(Checkpoint c) {
    return mongo.save(new Stored(c.sourceId(), c.since(), c.resumeAt(), c.latestInRun()), COLLECTION).then();
  }

  /** The stored form. */
  @Document(COLLECTION)
  record Stored(@Id String sourceId, String since, String resumeAt, String latestInRun) {}
}
