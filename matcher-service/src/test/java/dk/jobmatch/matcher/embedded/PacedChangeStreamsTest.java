package dk.jobmatch.matcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An empty answer to a change stream's getMore waits for the next write before it goes back, as
 * MongoDB's would; every other answer goes back at once. The waits are recorded, never timed.
 */
class PacedChangeStreamsTest {
  /** The write count each wait was told it had seen. */
  private final List<Long> waitsFrom = new ArrayList<>();
  private final OplogNews news = new OplogNews() {
    @Override
    public void awaitWriteAfter(long seen, Duration maxWait) {
      waitsFrom.add(seen);
    }
  };
  private Document reply;
  private boolean closed;

  private final MemoryBackend backend = new MemoryBackend() {
    @Override
    public Document handleMessage(MongoMessage message) {
      return reply;
    }

    @Override
    public void close() {
      closed = true;
    }
  };

  private final PacedChangeStreams paced = new PacedChangeStreams(backend, news, Duration.ofSeconds(1));

  @Test
  void anEmptyBatchOfAnOpenCursorWaitsForTheNextWriteBeforeItIsAnswered() {
    reply = cursorReply(42, List.of());

    assertThat(paced.handleMessage(getMore(42))).isSameAs(reply);
    assertThat(waitsFrom).hasSize(1);
  }

  @Test
  void theWaitCountsFromBeforeTheOplogWasRead() {
    news.written();
    reply = cursorReply(42, List.of());

    paced.handleMessage(getMore(42));

    // A write during the read makes the count differ from this, and so ends the wait at once.
    assertThat(waitsFrom).containsExactly(1L);
  }

  @Test
  void aBatchWithNewsIsAnsweredAtOnce() {
    reply = cursorReply(42, List.of(new Document("_id", 1)));

    paced.handleMessage(getMore(42));

    assertThat(waitsFrom).isEmpty();
  }

  @Test
  void anExhaustedCursorIsAnsweredAtOnce() {
    reply = cursorReply(0, List.of());

    paced.handleMessage(getMore(42));

    assertThat(waitsFrom).isEmpty();
  }

  @Test
  void aQueryThatFindsNothingIsAnsweredAtOnce() {
    reply = cursorReply(0, List.of());
    Document find = new Document("find", "companies");
    find.put("filter", new Document());

    paced.handleMessage(message(find));

    assertThat(waitsFrom).isEmpty();
  }

  @Test
  void closingTheChangeStreamsViewLeavesTheSharedDataOpen() {
    paced.close();

    assertThat(closed).isFalse();
  }

  static MongoMessage getMore(long cursorId) {
    Document command = new Document("getMore", cursorId);
    command.put("collection", "companies");
    command.put("$db", "matcher");
    return message(command);
  }

  static MongoMessage message(Document command) {
    return new MongoMessage(null, new MessageHeader(1, 0), command);
  }

  private static Document cursorReply(long id, List<Document> batch) {
    Document cursor = new Document("id", id);
    cursor.put("ns", "matcher.companies");
    cursor.put("nextBatch", batch);
    Document reply = new Document("cursor", cursor);
    reply.put("ok", 1.0);
    return reply;
  }
}
