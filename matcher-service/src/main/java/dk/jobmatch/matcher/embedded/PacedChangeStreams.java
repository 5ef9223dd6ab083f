package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The embedded server's backend as seen by change streams, on a port of their own. MongoDB holds a
 * change stream's {@code getMore} on the server until there is news or a second has passed;
 * mongo-java-server answers at once, so the driver asks again at once, and every ask scans the
 * whole oplog: measured, two change streams kept about 1.8 of 2 cores busy while the service did
 * nothing. Here an empty answer to a change stream waits a moment first, as MongoDB's would. It
 * blocks the thread that serves the connection, which is why only change streams come here.
 */
public final class PacedChangeStreams implements MongoBackend {
  /** How a wait is done; a test counts the waits instead of waiting. */
  interface Pause {
    void pause(Duration duration);
  }

  private final MongoBackend backend;
  private final Duration pause;
  private final Pause waiting;

  public PacedChangeStreams(MongoBackend backend, Duration pause) {
    this(backend, pause, PacedChangeStreams::sleep);
  }

  PacedChangeStreams(MongoBackend backend, Duration pause, Pause waiting) {
    this.backend = backend;
    this.pause = pause;
    this.waiting = waiting;
  }

  @Override
  public Document handleMessage(MongoMessage message) {
    Document reply = backend.handleMessage(message);
    if (pause.isPositive() && isGetMore(message.getDocument()) && isEmptyBatchOfOpenCursor(reply)) {
      waiting.pause(pause);
    }
    return reply;
  }

  private static boolean isGetMore(Document command) {
    return command != null && !command.isEmpty() && "getMore".equals(command.keySet().iterator().next());
  }

  /** An open cursor (id not 0) with nothing new: a tailing cursor, as a change stream's is, that would be asked again at once. */
  private static boolean isEmptyBatchOfOpenCursor(Document reply) {
    if (reply != null && reply.get("cursor") instanceof Document cursor
        && cursor.get("id") instanceof Number id && id.longValue() != 0) {
      return cursor.get("nextBatch") instanceof Collection<?> batch && batch.isEmpty();
    }
    return false;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void handleClose(Channel channel) {
    backend.handleClose(channel);
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    return backend.handleCommand(channel, database, command, query);
  }

  @Override
  public QueryResult handleQuery(MongoQuery query) {
    return backend.handleQuery(query);
  }

  @Override
  public void dropDatabase(String database) {
    backend.dropDatabase(database);
  }

  @Override
  public Collection<Document> getCurrentOperations(MongoQuery query) {
    return backend.getCurrentOperations(query);
  }

  @Override
  public Document getServerStatus() {
    return backend.getServerStatus();
  }

  /** The main server owns the backend and closes it; this view only stops using it. */
  @Override
  public void close() {}

  @Override
  public void closeCursors(List<Long> cursorIds) {
    backend.closeCursors(cursorIds);
  }

  @Override
  public Clock getClock() {
    return backend.getClock();
  }

  @Override
  public void enableOplog() {
    backend.enableOplog();
  }

  @Override
  public void disableOplog() {
    backend.disableOplog();
  }

  @Override
  public MongoDatabase resolveDatabase(String database) {
    return backend.resolveDatabase(database);
  }

  @Override
  public MongoBackend version(MongoVersion version) {
    backend.version(version);
    return this;
  }
}
