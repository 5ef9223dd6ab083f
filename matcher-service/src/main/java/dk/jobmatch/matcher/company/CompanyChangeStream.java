package dk.jobmatch.matcher.company;

import com.mongodb.client.model.changestream.FullDocument;
import com.mongodb.client.model.changestream.OperationType;
import dk.jobmatch.matcher.match.TaskSearch;
import org.bson.BsonValue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.data.mongodb.core.ChangeStreamOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Keeps the index following MongoDB when others write to it (other replicas of this service, the
 * CRM adapter): change streams on {@code companies}, and on {@code placements}, whose changes
 * change a company's free capacity and record. Opened before the start-up rebuild so nothing
 * written meanwhile is lost, but applied only after it, so the rebuild cannot overwrite a newer
 * change; versions make a change that arrives twice harmless. A server without change streams (a
 * standalone MongoDB) leaves the index following this service's own writes only, and says so.
 */
@Component
class CompanyChangeStream implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(CompanyChangeStream.class);

  private final ReactiveMongoTemplate mongo;
  private final ChangeStreamSource source;
  private final CompanyIndexFeed feed;
  private final TaskSearch search;
  private volatile Disposable subscription;
  private volatile Disposable placementSubscription;
  /** Where the streams are read; closed with this bean. */
  private volatile ChangeStreamSource.Streams streams;

  CompanyChangeStream(ReactiveMongoTemplate mongo, ObjectProvider<ChangeStreamSource> source, CompanyIndexFeed feed,
      TaskSearch search) {
    this.mongo = mongo;
    this.source = source.getIfAvailable();
    this.feed = feed;
    this.search = search;
  }

  /** Starts listening now; applies changes once {@code rebuilt} completes. */
  void start(Mono<Void> rebuilt) {
    ChangeStreamOptions options = ChangeStreamOptions.builder().fullDocumentLookup(FullDocument.UPDATE_LOOKUP).build();
    search.changeStreamState("following");
    this.streams = ChangeStreamSource.streams(source, mongo);
    ReactiveMongoTemplate streams = this.streams.template();
    // Read as plain documents and mapped per change, so a document that does not map is one skipped change.
    subscription = streams.changeStream("companies", options, Document.class)
        .concatMap(event -> rebuilt.then(Mono.defer(() -> apply(event))).onErrorResume(e -> skipped("companies", e)))
        .subscribe(
            ignored -> {},
            error -> {
              search.changeStreamState("unavailable: following this service's own writes only");
              log.warn("MongoDB change stream on companies unavailable ({}); the index follows this service's own writes only",
                  error.getClass().getSimpleName());
            });
    followPlacements(streams, options, rebuilt);
  }

  /**
   * A placement that starts, ends or changes status changes its company's free capacity, monthly
   * count or paid-hours record: re-index that company. A deleted placement names no company in
   * its event; its company catches up at its next change or the next start.
   */
  private void followPlacements(ReactiveMongoTemplate streams, ChangeStreamOptions options, Mono<Void> rebuilt) {
    placementSubscription = streams.changeStream(PlacementLoads.COLLECTION, options, Document.class)
        .concatMap(event -> rebuilt.then(Mono.justOrEmpty(event.getBody())
            .mapNotNull(placement -> placement.getString("companyId"))
            .flatMap(feed::refresh))
            .onErrorResume(e -> skipped(PlacementLoads.COLLECTION, e)))
        .subscribe(ignored -> {}, error -> log.warn("MongoDB change stream on placements unavailable ({})",
            error.getClass().getSimpleName()));
  }

  /**
   * One change that cannot be indexed (a document another writer left incomplete) is logged and
   * passed over: letting it end the stream would leave the index deaf to every later change.
   */
  private static <T> Mono<T> skipped(String collection, Throwable error) {
    log.warn("Skipped a change to {} that could not be indexed ({}): {}", collection, error.getClass().getSimpleName(),
        error.getMessage());
    return Mono.empty();
  }

  private Mono<Void> apply(ChangeStreamEvent<Document> event) {
    OperationType type = event.getOperationType();
    if (type == OperationType.DELETE) {
      BsonValue id = event.getRaw() == null || event.getRaw().getDocumentKey() == null
          ? null : event.getRaw().getDocumentKey().get("_id");
      return id == null ? Mono.empty() : feed.removed(id.isString() ? id.asString().getValue() : id.toString());
    }
    Document body = event.getBody();
    Object id = body == null ? null : body.get("_id");
    // What MongoDB holds now, not the event's copy: an insert delivered late must not bring back a
    // company deleted since (the delete's own event would follow, but the index would be wrong until then).
    return id == null ? Mono.empty() : feed.refresh(String.valueOf(id));
  }

  @Override
  public void destroy() {
    for (Disposable s : new Disposable[] {subscription, placementSubscription}) {
      if (s != null) {
        s.dispose();
      }
    }
    if (streams != null) {
      streams.close();
    }
  }
}
