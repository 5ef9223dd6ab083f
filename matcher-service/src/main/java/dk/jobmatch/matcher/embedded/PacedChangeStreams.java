package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.time.Duration;
import java.util.Collection;

/**
 * The embedded server's backend as seen by change streams, on a port of their own. MongoDB holds a
 * change stream's {@code getMore} on the server until there is news or a while has passed;
 * mongo-java-server answers at once, so the driver asks again at once: measured, two change streams
 * kept about 1.8 of 2 cores busy while the service did nothing (each ask then scanned the whole
 * oplog; {@link BoundedOplog} now reads only what is new). Here an empty answer waits, as MongoDB's
 * does, until a change is added to the oplog ({@link OplogNews}) or {@code maxWait} has passed. The
 * wait holds the thread that serves the connection, which is why only change streams come here.
 */
public final class PacedChangeStreams extends ForwardingBackend {
  private final OplogNews news;
  private final Duration maxWait;

  public PacedChangeStreams(MongoBackend backend, OplogNews news, Duration maxWait) {
    super(backend);
    this.news = news;
    this.maxWait = maxWait;
  }

  @Override
  public Document handleMessage(MongoMessage message) {
    // Taken before the oplog is read, so a write that lands during the read ends the wait at once.
    long seen = news.writes();
    Document reply = backend.handleMessage(message);
    if ("getMore".equals(commandName(message.getDocument())) && isEmptyBatchOfOpenCursor(reply)) {
      news.awaitWriteAfter(seen, maxWait);
    }
    return reply;
  }

  /** An open cursor (id not 0) with nothing new: a tailing cursor, as a change stream's is, that would be asked again at once. */
  private static boolean isEmptyBatchOfOpenCursor(Document reply) {
    if (reply != null && reply.get("cursor") instanceof Document cursor
        && cursor.get("id") instanceof Number id && id.longValue() != 0) {
      return cursor.get("nextBatch") instanceof Collection<?> batch && batch.isEmpty();
    }
    return false;
  }

  /** The main server owns the backend and closes it; this view only stops using it. */
  @Override
  public void close() {}
}
