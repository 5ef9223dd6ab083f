package dk.jobmatch.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoCredential;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import dk.jobmatch.matcher.embedded.EmbeddedMongoCredential;
import dk.jobmatch.matcher.embedded.GuardedMongoServer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/**
 * The embedded database is no open door for other local processes: both of its loopback ports
 * (the service's and the change streams') refuse every command from a client that does not hold
 * this start's credential, and its data file is readable by the service's user only. A client made
 * here stands for any other local process; the same client with the credential reads the data, so
 * a refusal is the gate's doing and not a broken connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedMongoAccessIT {
  private static final String DATABASE = "access-test";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  static Path temp;

  private ConfigurableApplicationContext app;
  private Path file;

  @BeforeAll
  void start() {
    file = temp.resolve("data").resolve("matcher.mv");
    app = new SpringApplicationBuilder(MatcherApplication.class)
        .properties("server.port=0", "spring.reactor.netty.shutdown-quiet-period=0s")
        // The embedded default on a file, whatever the environment names.
        .run("--spring.mongodb.uri=", "--matcher.embedded-mongo.file=" + file.toAbsolutePath(),
            "--matcher.demo-data.enabled=false", "--spring.mongodb.database=" + DATABASE);
    // A citizen of Aarhus' job centre, as the service stores it.
    app.getBean(ReactiveMongoTemplate.class)
        .insert(new Document("_id", "c-aarhus").append("jobCentre", "751").append("hoursCapacity", new Document("now", 6)),
            "citizens")
        .block(WAIT);
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aClientWithoutTheCredentialIsRefusedOnBothPorts() {
    for (int port : ports()) {
      Throwable refused = catchThrowable(() -> citizens(port, null));

      assertThat(refused).as("reading citizens on port %d without a credential", port).isInstanceOf(MongoException.class);
      if (refused instanceof MongoCommandException command) {
        assertThat(command.getErrorCode()).as(command.getMessage()).isEqualTo(13);
      }
    }
  }

  @Test
  void aWrongPasswordIsRefusedOnBothPorts() {
    for (int port : ports()) {
      MongoCredential guess = MongoCredential.createPlainCredential("matcher", "$external", "matcher".toCharArray());

      assertThat(catchThrowable(() -> citizens(port, guess))).as("port %d with a guessed password", port)
          .isInstanceOf(MongoSecurityException.class);
    }
  }

  @Test
  void anotherMechanismWithoutTheSecretIsRefused() {
    MongoCredential scram = MongoCredential.createScramSha256Credential("matcher", "admin", "matcher".toCharArray());

    assertThat(catchThrowable(() -> citizens(ports().getFirst(), scram))).isInstanceOf(MongoSecurityException.class);
  }

  @Test
  void theServicesOwnCredentialReadsOnBothPorts() {
    MongoCredential own = app.getBean(EmbeddedMongoCredential.class).credential();
    for (int port : ports()) {
      assertThat(citizens(port, own)).as("citizens on port %d with the service's credential", port)
          .extracting(citizen -> citizen.getString("_id")).containsExactly("c-aarhus");
    }
  }

  /** Its change streams read the guarded port with the credential too: else the index and the remembered citizens would miss others' writes. */
  @Test
  void theServicesOwnChangeStreamsAuthenticate() {
    HealthIndicator remembered = app.getBean("rememberedCitizens", HealthIndicator.class);

    // Held for a while: a refused stream says so within milliseconds of its start.
    await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() ->
        assertThat(remembered.health().getDetails()).containsEntry("followingChanges", true));
  }

  @Test
  void theCredentialIsNotInTheConnectionString() {
    MongoCredential own = app.getBean(EmbeddedMongoCredential.class).credential();
    String password = new String(own.getPassword());

    assertThat(own.toString()).doesNotContain(password);
    assertThat(app.getEnvironment().getProperty("spring.mongodb.uri", "")).doesNotContain(password);
  }

  @Test
  void theDataFileIsReadableByTheServiceUserOnly() throws Exception {
    assertThat(file).exists();
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }
  }

  private List<Integer> ports() {
    return List.of(
        app.getBean("embeddedMongoServer", GuardedMongoServer.class).getLocalAddress().getPort(),
        app.getBean("embeddedChangeStreamServer", GuardedMongoServer.class).getLocalAddress().getPort());
  }

  /** Every citizen, read as another local process would: a client of its own on the loopback port. */
  private static List<Document> citizens(int port, MongoCredential credential) {
    MongoClientSettings.Builder settings = MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port + "/" + DATABASE))
        .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
        .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS));
    if (credential != null) {
      settings.credential(credential);
    }
    try (MongoClient client = MongoClients.create(settings.build())) {
      return Flux.from(client.getDatabase(DATABASE).getCollection("citizens").find()).collectList().block(WAIT);
    }
  }
}
