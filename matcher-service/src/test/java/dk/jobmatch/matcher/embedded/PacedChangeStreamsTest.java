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
 * An empty answer to a change stream's getMore waits before it goes back, as MongoDB's would; every
 * other answer goes back at once. The waits are counted, not timed.
 */
class PacedChangeStreamsTest {
  private static final Duration PAUSE = Duration.ofMillis(200);

  private final List<Duration> pauses = new ArrayList<>();
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

  private final PacedChangeStreams paced = new PacedChangeStreams(backend, PAUSE, pauses::add);

  @Test
  void anEmptyBatchOfAnOpenCursorWaitsBeforeItIsAnswered() {
    reply = cursorReply(42, List.of());

    assertThat(paced.handleMessage(getMore(42))).isSameAs(reply);
    assertThat(pauses).containsExactly(PAUSE);
  }

  @Test
  void aBatchWithNewsIsAnsweredAtOnce() {
    reply = cursorReply(42, List.of(new Document("_id", 1)));

    paced.handleMessage(getMore(42));

    assertThat(pauses).isEmpty();
  }

  @Test
  void anExhaustedCursorIsAnsweredAtOnce() {
    reply = cursorReply(0, List.of());

    paced.handleMessage(getMore(42));

    assertThat(pauses).isEmpty();
  }

  @Test
  void aQueryThatFindsNothingIsAnsweredAtOnce() {
    reply = cursorReply(0, List.of());
    Document find = new Document("find", "companies");
    find.put("filter", new Document());

    paced.handleMessage(message(find));

    assertThat(pauses).isEmpty();
  }

  @Test
  void aZeroPauseAnswersAnEmptyBatchAtOnce() {
    reply = cursorReply(42, List.of());

    new PacedChangeStreams(backend, Duration.ZERO, pauses::add).handleMessage(getMore(42));

    assertThat(pauses).isEmpty();
  }

  @Test
  void closingTheChangeStreamsViewLeavesTheSharedDataOpen() {
    paced.close();

    assertThat(closed).isFalse();
  }

  private static MongoMessage getMore(long cursorId) {
    Document command = new Document("getMore", cursorId);
    command.put("collection", "companies");
    command.put("$db", "matcher");
    return message(command);
  }

  private static MongoMessage message(Document command) {
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
