package dk.jobmatch.matcher.embedded;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import dk.jobmatch.matcher.company.ChangeStreamSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.mongodb.uri}, start mongo-java-server in this process
 * on a random loopback port and point Spring Data at it. With a URI configured, none of this exists.
 * Both ports answer only connections that authenticate with this start's own credential
 * ({@link EmbeddedMongoCredential}, {@link AuthenticationGate}), and the data file is readable by
 * the service's user only: other local processes can neither query the data nor read it.
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

  /** This start's credential for the embedded server; never stored, never logged. */
  @Bean
  EmbeddedMongoCredential embeddedMongoCredential() {
    return new EmbeddedMongoCredential();
  }

  @Bean(destroyMethod = "shutdownNow")
  GuardedMongoServer embeddedMongoServer(MongoBackend embeddedMongoBackend, EmbeddedMongoProperties properties,
      EmbeddedMongoCredential embeddedMongoCredential) {
    GuardedMongoServer server = new GuardedMongoServer(embeddedMongoBackend, embeddedMongoCredential).bind();
    log.info("Embedded MongoDB-wire server on {} ({}), authenticated connections only", server.getLocalAddress(),
        properties.inMemory() ? "in memory" : "file " + Path.of(properties.file()).toAbsolutePath());
    return server;
  }

  /**
   * The same data on a second loopback port, for change streams only: an empty answer waits there for
   * the next write, as MongoDB's does ({@link PacedChangeStreams}).
   */
  @Bean(destroyMethod = "shutdownNow")
  GuardedMongoServer embeddedChangeStreamServer(MongoBackend embeddedMongoBackend, OplogNews embeddedOplogNews,
      EmbeddedMongoProperties properties, EmbeddedMongoCredential embeddedMongoCredential) {
    return new GuardedMongoServer(
        new PacedChangeStreams(embeddedMongoBackend, embeddedOplogNews, properties.changeStreamMaxWait()),
        embeddedMongoCredential).bind();
  }

  @Bean
  ChangeStreamSource embeddedChangeStreamSource(GuardedMongoServer embeddedChangeStreamServer,
      EmbeddedMongoProperties properties, EmbeddedMongoCredential embeddedMongoCredential) {
    return new ChangeStreamSource(new ConnectionString(
        "mongodb://127.0.0.1:" + embeddedChangeStreamServer.getLocalAddress().getPort() + "/" + properties.database()),
        embeddedMongoCredential.credential());
  }

  @Bean
  MongoConnectionDetails embeddedMongoConnectionDetails(GuardedMongoServer embeddedMongoServer,
      EmbeddedMongoProperties properties) {
    InetSocketAddress address = embeddedMongoServer.getLocalAddress();
    ConnectionString uri = new ConnectionString(
        "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database());
    return () -> uri;
  }

  /**
   * The service's client authenticates with this start's credential. Set here, not in the
   * connection string, whose {@code toString()} would show the password wherever it is logged.
   */
  @Bean
  MongoClientSettingsBuilderCustomizer embeddedMongoCredentialCustomizer(EmbeddedMongoCredential embeddedMongoCredential) {
    return settings -> settings.credential(embeddedMongoCredential.credential());
  }

  private static MongoBackend fileBackend(Path file, OplogNews news, int oplogSize) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.exists(parent)) {
        Files.createDirectories(parent);
        ownerOnly(parent, "rwx------");
      }
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
      // Citizens' data: no other local user may read the file (an older start may have left it readable).
      ownerOnly(file, "rw-------");
      MVStore store = DataFile.open(file);
      // Again, as opening may have rewritten the file into a new one (DataFile's compaction).
      ownerOnly(file, "rw-------");
      return new CommitOnWriteH2Backend(store, news, oplogSize);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + file, e);
    }
  }

  private static void ownerOnly(Path path, String permissions) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> owner = PosixFilePermissions.fromString(permissions);
      Files.setPosixFilePermissions(path, owner);
    }
  }
}
