package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.oplog.OplogPosition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded server's oplog: in memory, capped, and read from where each change stream left off.
 *
 * <p>mongo-java-server's own oplog is a collection ({@code local.oplog.rs}) that is never trimmed and
 * that every change-stream read filters and sorts whole, under the collection's lock: with the H2
 * file backend it also lived in the data file and survived restarts. So the idle service's CPU grew
 * with every write ever made (measured: 1.4 cores after 1,000 hours entries) and the file with it.
 * Nothing needs the history across a restart: the match index is rebuilt from the data at start and
 * its change streams open at that moment. So this oplog keeps the last {@code capacity} changes in
 * memory, keyed by position, and a read takes only the entries after the reader's position.
 *
 * <p>Entries are numbered and added under one lock, so a reader never sees a later entry without the
 * earlier ones. A change stream whose position has been trimmed away gets MongoDB's own error
 * (ChangeStreamHistoryLost, 286) rather than silently missing changes. Every entry added wakes the
 * change streams waiting in {@link PacedChangeStreams} ({@link OplogNews}).
 */
public final class BoundedOplog implements Oplog {
  /** Changes kept when nothing else is said: many times what the service's change streams read in their one-second wait. */
  public static final int DEFAULT_CAPACITY = 10_000;
  /** At most this many changes in one answer to a change stream; the next {@code getMore} gets the rest at once. */
  private static final int MAX_BATCH = 1_000;
  private static final int CHANGE_STREAM_HISTORY_LOST = 286;

  private final MongoBackend backend;
  private final CursorRegistry cursors;
  private final OplogNews news;
  private final Clock clock;
  private final int capacity;
  private final UUID ui = UUID.randomUUID();
  private final ConcurrentSkipListMap<Long, Document> entries = new ConcurrentSkipListMap<>();
  /**
   * Adding and trimming take it exclusively; a reader takes it shared only while it copies out its
   * entries, never while it looks documents up (a writer may hold a collection's lock while it adds).
   */
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /** The newest position handed out; guarded by the write lock. */
  private long newest;
  /** The newest position trimmed away (0: none yet); guarded by the lock. */
  private long trimmedThrough;

  public BoundedOplog(MongoBackend backend, CursorRegistry cursors, OplogNews news, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.backend = backend;
    this.cursors = cursors;
    this.news = news;
    this.clock = backend.getClock();
    this.capacity = capacity;
  }

  @Override
  public void handleInsert(String namespace, List<Document> documents) {
    for (Document document : documents) {
      add(entry(Op.INSERT, namespace).append("o", document.cloneDeeply()));
    }
  }

  /**
   * Keeps only the document's id and the {@code $set}/{@code $unset} of the update: a change stream
   * asks for the whole document by {@code updateLookup}, and without it gets those parts only (as
   * mongo-java-server's own oplog gives). A replacement keeps no copy of the new document here.
   */
  @Override
  public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
    Document delta = new Document();
    for (String operator : List.of("$set", "$unset")) {
      if (query.get(operator) instanceof Document fields) {
        delta.put(operator, fields.cloneDeeply());
      }
    }
    for (Object id : modifiedIds) {
      add(entry(Op.UPDATE, namespace).append("o", delta).append("o2", new Document("_id", id)));
    }
  }

  @Override
  public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
    for (Object id : deletedIds) {
      add(entry(Op.DELETE, namespace).append("o", new Document("_id", id)));
    }
  }

  @Override
  public void handleDropCollection(String namespace) {
    String database = Utils.getDatabaseNameFromFullName(namespace);
    add(entry(Op.COMMAND, database + ".$cmd")
        .append("o", new Document("drop", Utils.getCollectionNameFromFullName(namespace))));
  }

  /** A change stream on {@code namespace}: from its resume token or start time when it gives one, else from now. */
  @Override
  public Cursor createCursor(Document changeStream, String namespace, Aggregation aggregation) {
    long position;
    boolean inclusive = false;
    if (changeStream.get("startAfter") instanceof Document token) {
      position = value(OplogPosition.fromDocument(token));
    } else if (changeStream.get("resumeAfter") instanceof Document token) {
      position = value(OplogPosition.fromDocument(token));
    } else if (changeStream.get("startAtOperationTime") instanceof BsonTimestamp time) {
      position = time.getValue();
      inclusive = true;
    } else {
      lock.readLock().lock();
      try {
        position = newest;
      } finally {
        lock.readLock().unlock();
      }
    }
    ChangeStreamCursor cursor = new ChangeStreamCursor(cursors.generateCursorId(), changeStream, namespace, aggregation,
        position, inclusive);
    cursors.add(cursor);
    return cursor;
  }

  /** How many changes are kept now; never more than the capacity. */
  public int size() {
    lock.readLock().lock();
    try {
      return entries.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---- adding ------------------------------------------------------------------------------------

  /** What a change was; kept in the entry as itself, since nothing but this class reads the entries. */
  private enum Op {
    INSERT("insert"), UPDATE("update"), DELETE("delete"), COMMAND(null);

    /** The change stream's {@code operationType}; a command's is its own name ({@code drop}). */
    private final String operationType;

    Op(String operationType) {
      this.operationType = operationType;
    }
  }

  private Document entry(Op type, String namespace) {
    return new Document()
        .append("t", 1L)
        .append("h", 0L)
        .append("v", 2L)
        .append("op", type)
        .append("ns", namespace)
        .append("ui", ui)
        .append("wall", clock.instant());
  }

  private void add(Document entry) {
    lock.writeLock().lock();
    try {
      newest = next(newest);
      entry.put("ts", new BsonTimestamp(newest));
      entries.put(newest, entry);
      while (entries.size() > capacity) {
        trimmedThrough = entries.pollFirstEntry().getKey();
      }
    } finally {
      lock.writeLock().unlock();
    }
    news.written();
  }

  /**
   * The position after {@code last}: seconds of the clock and a count within the second, as MongoDB's
   * timestamps are, but never behind {@code last} even if the clock steps back.
   */
  private long next(long last) {
    long seconds = clock.instant().getEpochSecond();
    long lastSeconds = last >>> 32;
    return seconds > lastSeconds ? seconds << 32 | 1 : last + 1;
  }

  private static long value(OplogPosition position) {
    return Long.parseUnsignedLong(position.toHexString(), 16);
  }

  // ---- reading -----------------------------------------------------------------------------------

  /** The entries after {@code position} (or from it, when inclusive), at most {@code limit}; history lost when some were trimmed. */
  private List<Map.Entry<Long, Document>> after(long position, boolean inclusive, int limit) {
    lock.readLock().lock();
    try {
      // Positions start above 0, so 0 means nothing was trimmed yet.
      if (trimmedThrough > 0 && (position < trimmedThrough || inclusive && position <= trimmedThrough)) {
        throw new MongoServerError(CHANGE_STREAM_HISTORY_LOST, "ChangeStreamHistoryLost",
            "Resume of change stream was not possible, as the resume point may no longer be in the oplog "
                + "(the embedded server keeps the last " + capacity + " changes)");
      }
      List<Map.Entry<Long, Document>> batch = new ArrayList<>();
      Iterator<Map.Entry<Long, Document>> tail = entries.tailMap(position, inclusive).entrySet().iterator();
      while (tail.hasNext() && batch.size() < limit) {
        batch.add(tail.next());
      }
      return batch;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A change stream's cursor: tailing, it is never exhausted; it remembers the last position it read. */
  private final class ChangeStreamCursor extends AbstractCursor {
    private final Document changeStream;
    private final String namespace;
    private final Aggregation aggregation;
    private long position;
    private boolean inclusive;

    ChangeStreamCursor(long id, Document changeStream, String namespace, Aggregation aggregation, long position,
        boolean inclusive) {
      super(id);
      this.changeStream = changeStream;
      this.namespace = namespace;
      this.aggregation = aggregation;
      this.position = position;
      this.inclusive = inclusive;
    }

    @Override
    public boolean isEmpty() {
      return false;
    }

    /**
     * The changes to this stream's namespace after its position, through the pipeline's further stages.
     * The position moves past every entry read, also those of other collections or left out by a stage.
     */
    @Override
    public synchronized List<Document> takeDocuments(int numberToReturn) {
      int limit = numberToReturn > 0 ? Math.min(numberToReturn, MAX_BATCH) : MAX_BATCH;
      List<Map.Entry<Long, Document>> read = after(position, inclusive, limit);
      if (read.isEmpty()) {
        return List.of();
      }
      List<Document> changes = new ArrayList<>();
      for (Map.Entry<Long, Document> entry : read) {
        if (concerns(entry.getValue())) {
          changes.add(change(entry.getKey(), entry.getValue()));
        }
      }
      position = read.getLast().getKey();
      inclusive = false;
      return changes.isEmpty() ? List.of() : aggregation.runStagesAsStream(changes.stream()).toList();
    }

    /** Changes to the collection itself, and commands (a drop) on its database, as mongo-java-server's own oplog does. */
    private boolean concerns(Document entry) {
      String entryNamespace = (String) entry.get("ns");
      return entryNamespace.equals(namespace)
          || Utils.getDatabaseNameFromFullName(namespace).equals(Utils.getDatabaseNameFromFullName(entryNamespace))
          && "$cmd".equals(Utils.getCollectionNameFromFullName(entryNamespace));
    }

    private Document change(long at, Document entry) {
      Op type = (Op) entry.get("op");
      BsonTimestamp time = new BsonTimestamp(at);
      Document id = new Document("_data", new OplogPosition(time).toHexString());
      Document o = (Document) entry.get("o");
      if (type == Op.COMMAND) {
        return new Document("_id", id).append("operationType", o.keySet().iterator().next()).append("clusterTime", time);
      }
      Document key = switch (type) {
        case INSERT -> new Document("_id", o.get("_id"));
        case UPDATE -> (Document) entry.get("o2");
        default -> o;
      };
      Document full = switch (type) {
        case INSERT -> o.cloneDeeply();
        case UPDATE -> "updateLookup".equals(changeStream.get("fullDocument"))
            ? current((String) entry.get("ns"), key.get("_id"), o) : delta(o);
        default -> null;
      };
      return new Document("_id", id)
          .append("operationType", type.operationType)
          .append("fullDocument", full)
          .append("documentKey", key)
          .append("clusterTime", time);
    }

    /** The document as it is now, found by its id through the collection's id index; the update's fields when it is gone. */
    private Document current(String entryNamespace, Object id, Document update) {
      MongoCollection<?> collection = backend.resolveDatabase(Utils.getDatabaseNameFromFullName(entryNamespace))
          .resolveCollection(Utils.getCollectionNameFromFullName(entryNamespace), false);
      if (collection != null) {
        Iterator<Document> found = collection.handleQuery(new Document("_id", id), 0, 1).iterator();
        if (found.hasNext()) {
          return found.next();
        }
      }
      return delta(update);
    }

    private static Document delta(Document update) {
      Document delta = new Document();
      for (String operator : List.of("$set", "$unset")) {
        if (update.get(operator) instanceof Document fields) {
          delta.putAll(fields);
        }
      }
      return delta;
    }
  }
}
