package dk.jobmatch.matcher.company;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;

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

  /**
   * Where a change stream is read: the service's own template when there is no source, else a
   * template on the source's own connection (authenticated with its credential) with the service
   * template's database and mapping. Close what this returns when the stream is no longer needed.
   */
  public static Streams streams(ChangeStreamSource source, ReactiveMongoTemplate service) {
    if (source == null) {
      return new Streams(service, null);
    }
    MongoClient client = MongoClients.create(source.settings());
    // The database the service's own template uses (spring.mongodb.database may name another than the URI);
    // resolved without I/O, at start-up.
    String database = service.getMongoDatabase().map(MongoDatabase::getName).block();
    return new Streams(new ReactiveMongoTemplate(new SimpleReactiveMongoDatabaseFactory(client, database),
        service.getConverter()), client);
  }

  /** A template to read change streams with, and the client of its own it may have. */
  public record Streams(ReactiveMongoTemplate template, MongoClient ownClient) implements AutoCloseable {
    @Override
    public void close() {
      if (ownClient != null) {
        ownClient.close();
      }
    }
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
