package dk.jobmatch.matcher.embedded;

import static dk.jobmatch.matcher.embedded.PacedChangeStreamsTest.getMore;
import static dk.jobmatch.matcher.embedded.PacedChangeStreamsTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Writes through the main server wake the change streams; reads do not. */
class WriteSignalsTest {
  private final OplogNews news = new OplogNews();
  private final MemoryBackend backend = new MemoryBackend() {
    @Override
    public Document handleMessage(MongoMessage message) {
      return new Document("ok", 1.0);
    }
  };
  private final WriteSignals signals = new WriteSignals(backend, news);

  @Test
  void eachWriteCommandIsCounted() {
    for (String write : List.of("insert", "update", "delete", "findAndModify", "drop")) {
      signals.handleMessage(message(new Document(write, "companies")));
    }

    assertThat(news.writes()).isEqualTo(5);
  }

  @Test
  void readsAreNotCounted() {
    signals.handleMessage(message(new Document("find", "companies")));
    signals.handleMessage(getMore(42));
    signals.handleMessage(message(new Document("aggregate", "companies")));

    assertThat(news.writes()).isZero();
  }

  /** The timeout only stops a broken wait from hanging the build; nothing here measures time. */
  @Test
  @Timeout(60)
  void aWriteAfterTheReaderLookedEndsItsWaitEvenWhenItsLimitIsADay() {
    long seen = news.writes();
    signals.handleMessage(message(new Document("insert", "companies")));

    news.awaitWriteAfter(seen, Duration.ofDays(1));

    assertThat(news.writes()).isEqualTo(seen + 1);
  }

  @Test
  @Timeout(60)
  void aWriteFromAnotherThreadWakesAWaitingReader() throws InterruptedException {
    long seen = news.writes();
    Thread writer = Thread.ofVirtual().start(() -> signals.handleMessage(message(new Document("insert", "companies"))));

    news.awaitWriteAfter(seen, Duration.ofDays(1));
    writer.join();

    assertThat(news.writes()).isEqualTo(seen + 1);
  }
}
