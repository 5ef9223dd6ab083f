package dk.jobmatch.matcher.match;

import com.mongodb.client.model.changestream.OperationType;
import dk.jobmatch.matcher.company.ChangeStreamSource;
import org.bson.BsonValue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.data.mongodb.core.ChangeStreamOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * Tells {@link RememberedCitizens} which citizens others changed (another replica of this service,
 * an operator): the change stream on {@code citizens}, read where the company streams are read
 * (the embedded server's paced port, or the service's own connection). Only the changed document's
 * id is used, never its content. A server without change streams (a standalone MongoDB) ends the
 * stream with an error, and then no citizen is remembered: every match reads MongoDB, as before.
 */
@Component
class CitizenChangeStream implements ApplicationRunner, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(CitizenChangeStream.class);
  private static final String CITIZENS = "citizens";

  private final ReactiveMongoTemplate mongo;
  private final ChangeStreamSource source;
  private final RememberedCitizens remembered;
  private volatile Disposable subscription;
  /** Where the stream is read; closed with this bean. */
  private volatile ChangeStreamSource.Streams streams;

  CitizenChangeStream(ReactiveMongoTemplate mongo, ObjectProvider<ChangeStreamSource> source,
      RememberedCitizens remembered) {
    this.mongo = mongo;
    this.source = source.getIfAvailable();
    this.remembered = remembered;
  }

  @Override
  public void run(ApplicationArguments args) {
    streams = ChangeStreamSource.streams(source, mongo);
    subscription = streams.template().changeStream(CITIZENS, ChangeStreamOptions.empty(), Document.class)
        .doOnSubscribe(s -> remembered.following())
        .subscribe(this::changed, error -> {
          remembered.notFollowing();
          log.warn("MongoDB change stream on citizens unavailable ({}); every match reads its citizen from MongoDB",
              error.getClass().getSimpleName());
        }, remembered::notFollowing);
  }

  private void changed(ChangeStreamEvent<Document> event) {
    BsonValue id = event.getRaw() == null || event.getRaw().getDocumentKey() == null
        ? null : event.getRaw().getDocumentKey().get("_id");
    if (id != null && id.isString() && event.getOperationType() != OperationType.INVALIDATE) {
      remembered.forget(id.asString().getValue());
    } else {
      // A dropped collection, or an id not of ours: forget everything rather than guess.
      remembered.forgetAll();
    }
  }

  @Override
  public void destroy() {
    if (subscription != null) {
      subscription.dispose();
    }
    if (streams != null) {
      streams.close();
    }
  }
}
