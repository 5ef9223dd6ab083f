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
 */
@ConfigurationProperties("matcher.embedded-mongo")
public record EmbeddedMongoProperties(String file, String database, Duration changeStreamMaxWait) {

  public EmbeddedMongoProperties {
    database = database == null || database.isBlank() ? "matcher" : database;
    changeStreamMaxWait = changeStreamMaxWait == null ? Duration.ofSeconds(1) : changeStreamMaxWait;
  }

  public boolean inMemory() {
    return file == null || file.isBlank();
  }
}
