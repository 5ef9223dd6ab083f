package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.oplog.Oplog;

/** mongo-java-server's in-memory backend with the embedded default's oplog ({@link BoundedOplog}): the tests' database. */
public final class InMemoryBackend extends MemoryBackend {
  private final OplogNews news;
  private final int oplogCapacity;
  private volatile BoundedOplog oplog;

  public InMemoryBackend(OplogNews news, int oplogCapacity) {
    this.news = news;
    this.oplogCapacity = oplogCapacity;
  }

  @Override
  protected Oplog createOplog() {
    oplog = new BoundedOplog(this, getCursorRegistry(), news, oplogCapacity);
    return oplog;
  }

  /** The oplog once enabled, else null: for tests that look at what it keeps. */
  BoundedOplog boundedOplog() {
    return oplog;
  }
}
