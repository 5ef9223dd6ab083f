package dk.jobmatch.matcher.embedded;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB-wire server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param file   H2 MVStore file that holds the data; blank keeps everything in memory (tests)
 * @param database database name the service uses on it
 * @param changeStreamPause how long an empty change-stream answer waits (default 200 ms, as MongoDB
 *     waits for news); zero answers at once, which polls without pause
 */
@ConfigurationProperties("matcher.embedded-mongo")
public record EmbeddedMongoProperties(String file, String database, Duration changeStreamPause) {

  public EmbeddedMongoProperties {
    database = database == null || database.isBlank() ? "matcher" : database;
    changeStreamPause = changeStreamPause == null ? Duration.ofMillis(200) : changeStreamPause;
  }

  public boolean inMemory() {
    return file == null || file.isBlank();
  }
}
