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
import java.util.Collection;
import java.util.List;

/** A view of the embedded server's backend that passes everything on; subclasses change what they must. */
abstract class ForwardingBackend implements MongoBackend {
  protected final MongoBackend backend;

  ForwardingBackend(MongoBackend backend) {
    this.backend = backend;
  }

  /** The name of the command a message carries: its first key. */
  static String commandName(Document command) {
    return command == null || command.isEmpty() ? "" : command.keySet().iterator().next();
  }

  @Override
  public Document handleMessage(MongoMessage message) {
    return backend.handleMessage(message);
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

  @Override
  public void close() {
    backend.close();
  }

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
