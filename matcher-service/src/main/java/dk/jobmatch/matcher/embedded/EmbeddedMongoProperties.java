package dk.jobmatch.matcher.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB-wire server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param file   H2 MVStore file that holds the data; blank keeps everything in memory (tests)
 * @param database database name the service uses on it
 */
@ConfigurationProperties("matcher.embedded-mongo")
public record EmbeddedMongoProperties(String file, String database) {

  public EmbeddedMongoProperties {
    database = database == null || database.isBlank() ? "matcher" : database;
  }

  public boolean inMemory() {
    return file == null || file.isBlank();
  }
}
