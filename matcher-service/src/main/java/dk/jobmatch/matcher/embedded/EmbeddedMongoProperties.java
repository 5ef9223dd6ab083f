package dk.jobmatch.matcher.embedded;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB-wire server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param file   H2 MVStore file that holds the data; blank keeps everything in memory (tests)
 * @param database database name the service uses on it
 * @param changeStreamMaxWait how long an empty change-stream answer waits for the next write (default
 *     1 s, as MongoDB's own {@code maxAwaitTimeMS}); zero answers at once, which polls without pause
 * @param oplogSize how many of the latest changes the oplog keeps in memory for change streams
 *     (default {@value BoundedOplog#DEFAULT_CAPACITY}); a change stream that falls further behind gets
 *     MongoDB's ChangeStreamHistoryLost error instead of missing changes silently
 */
@ConfigurationProperties("matcher.embedded-mongo")
public record EmbeddedMongoProperties(String file, String database, Duration changeStreamMaxWait, Integer oplogSize) {

  public EmbeddedMongoProperties {
    database = database == null || database.isBlank() ? "matcher" : database;
    changeStreamMaxWait = changeStreamMaxWait == null ? Duration.ofSeconds(1) : changeStreamMaxWait;
    oplogSize = oplogSize == null ? BoundedOplog.DEFAULT_CAPACITY : oplogSize;
    if (oplogSize < 1) {
      throw new IllegalArgumentException("matcher.embedded-mongo.oplog-size must be at least 1");
    }
  }

  public boolean inMemory() {
    return file == null || file.isBlank();
  }
}
