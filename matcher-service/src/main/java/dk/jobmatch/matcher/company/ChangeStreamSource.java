package dk.jobmatch.matcher.company;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;

/**
 * Where the change streams are read, when not over the service's own MongoDB connection: the
 * embedded server serves them, paced, on a port of their own. Without this bean they use the
 * service's connection, as they should with a real MongoDB. The database is the service's own.
 *
 * @param credential what the change streams' own client authenticates with; null for none
 */
public record ChangeStreamSource(ConnectionString uri, MongoCredential credential) {

  public ChangeStreamSource(ConnectionString uri) {
    this(uri, null);
  }

  /** The settings of the change streams' own client. */
  MongoClientSettings settings() {
    MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(uri);
    if (credential != null) {
      settings.credential(credential);
    }
    return settings.build();
  }
}
