package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * H2 backend that commits the MVStore before it answers a write. H2 otherwise commits about once a
 * second, so a write the API had acknowledged could be lost to {@code kill -9}; committing first
 * closes that window at the cost of one file write per API write.
 *
 * <p>Its oplog is a {@link BoundedOplog} in memory, not mongo-java-server's collection in the file: the
 * file holds the data only ({@link DataFile} drops the old oplog from files written before).
 */
final class CommitOnWriteH2Backend extends H2Backend {
  private static final Set<String> WRITES = Set.of(
      "insert", "update", "delete", "findandmodify", "create", "createindexes", "drop", "dropdatabase", "dropindexes");

  private final OplogNews news;
  private final int oplogCapacity;

  CommitOnWriteH2Backend(MVStore store, OplogNews news, int oplogCapacity) {
    super(store);
    this.news = news;
    this.oplogCapacity = oplogCapacity;
  }

  @Override
  protected Oplog createOplog() {
    return new BoundedOplog(this, getCursorRegistry(), news, oplogCapacity);
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    Document result = super.handleCommand(channel, database, command, query);
    if (WRITES.contains(command.toLowerCase())) {
      commit();
    }
    return result;
  }
}
