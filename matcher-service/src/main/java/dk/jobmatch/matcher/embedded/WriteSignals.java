package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import java.util.Set;

/** The embedded server's backend as the service writes to it: tells {@link OplogNews} after each write command. */
public final class WriteSignals extends ForwardingBackend {
  /** The commands that add to the oplog. */
  private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "findandmodify",
      "drop", "dropDatabase", "renameCollection");

  private final OplogNews news;

  public WriteSignals(MongoBackend backend, OplogNews news) {
    super(backend);
    this.news = news;
  }

  @Override
  public Document handleMessage(MongoMessage message) {
    try {
      return backend.handleMessage(message);
    } finally {
      signalIfWrite(commandName(message.getDocument()));
    }
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    try {
      return backend.handleCommand(channel, database, command, query);
    } finally {
      signalIfWrite(command);
    }
  }

  private void signalIfWrite(String command) {
    if (WRITES.contains(command)) {
      news.written();
    }
  }
}
