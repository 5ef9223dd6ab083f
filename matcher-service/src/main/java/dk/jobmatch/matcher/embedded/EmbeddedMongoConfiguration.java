package dk.jobmatch.matcher.embedded;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import dk.jobmatch.matcher.company.ChangeStreamSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.mongodb.uri}, start mongo-java-server in this process
 * on a random loopback port and point Spring Data at it. With a URI configured, none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

  /** The changes added to the oplog, which change streams waiting on the second server wait for. */
  @Bean
  OplogNews embeddedOplogNews() {
    return new OplogNews();
  }

  /** The data, shared by both servers below; closed by the main one when it shuts down. */
  @Bean(destroyMethod = "")
  MongoBackend embeddedMongoBackend(EmbeddedMongoProperties properties, OplogNews embeddedOplogNews) {
    MongoBackend backend = properties.inMemory()
        ? new InMemoryBackend(embeddedOplogNews, properties.oplogSize())
        : fileBackend(Path.of(properties.file()), embeddedOplogNews, properties.oplogSize());
    // The oplog gives the embedded server change streams, so the index follows writes made by others too.
    // It is kept in memory and capped (BoundedOplog): the index is rebuilt from the data at every start.
    backend.enableOplog();
    return backend;
  }

  @Bean(destroyMethod = "shutdownNow")
  MongoServer embeddedMongoServer(MongoBackend embeddedMongoBackend, EmbeddedMongoProperties properties) {
    MongoServer server = new MongoServer(embeddedMongoBackend);
    server.bind("127.0.0.1", 0);
    log.info("Embedded MongoDB-wire server on {} ({})", server.getLocalAddress(),
        properties.inMemory() ? "in memory" : "file " + Path.of(properties.file()).toAbsolutePath());
    return server;
  }

  /**
   * The same data on a second loopback port, for change streams only: an empty answer waits there for
   * the next write, as MongoDB's does ({@link PacedChangeStreams}).
   */
  @Bean(destroyMethod = "shutdownNow")
  MongoServer embeddedChangeStreamServer(MongoBackend embeddedMongoBackend, OplogNews embeddedOplogNews,
      EmbeddedMongoProperties properties) {
    MongoServer server = new MongoServer(
        new PacedChangeStreams(embeddedMongoBackend, embeddedOplogNews, properties.changeStreamMaxWait()));
    server.bind("127.0.0.1", 0);
    return server;
  }

  @Bean
  ChangeStreamSource embeddedChangeStreamSource(MongoServer embeddedChangeStreamServer, EmbeddedMongoProperties properties) {
    return new ChangeStreamSource(new ConnectionString(
        "mongodb://127.0.0.1:" + embeddedChangeStreamServer.getLocalAddress().getPort() + "/" + properties.database()));
  }

  @Bean
  MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer, EmbeddedMongoProperties properties) {
    InetSocketAddress address = embeddedMongoServer.getLocalAddress();
    ConnectionString uri = new ConnectionString(
        "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database());
    return () -> uri;
  }

  private static MongoBackend fileBackend(Path file, OplogNews news, int oplogSize) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder for " + file, e);
    }
    return new CommitOnWriteH2Backend(DataFile.open(file), news, oplogSize);
  }
}
