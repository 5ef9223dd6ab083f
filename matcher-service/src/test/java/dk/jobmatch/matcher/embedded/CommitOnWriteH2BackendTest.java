package dk.jobmatch.matcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The embedded default's H2 file holds the data only: its oplog is in memory, and a file that still
 * holds mongo-java-server's old oplog collection (every change ever made) loses it at start, keeps
 * its data and gets its space back ({@link DataFile}).
 */
class CommitOnWriteH2BackendTest {
  private static final String OLD_OPLOG = "databases.local.oplog.rs";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int DOCUMENTS = 300;

  @TempDir
  Path folder;

  @Test
  void writesLeaveNoOplogInTheFile() throws Exception {
    Path file = folder.resolve("new.mv");

    withServer(new CommitOnWriteH2Backend(open(file), new OplogNews(), 100), this::writeHistory);

    MVStore store = open(file);
    try {
      assertThat(store.hasMap(OLD_OPLOG)).isFalse();
      assertThat(store.openMap("databases.test.companies").size()).isEqualTo(DOCUMENTS);
    } finally {
      store.close();
    }
  }

  @Test
  void anOldFileLosesItsOplogAtStartKeepsItsDataAndShrinks() throws Exception {
    Path file = folder.resolve("old.mv");
    // As the service wrote its file before: mongo-java-server's own oplog, a collection in the file.
    withServer(new H2Backend(open(file)), this::writeHistory);
    long before = Files.size(file);
    MVStore old = open(file);
    assertThat(old.hasMap(OLD_OPLOG)).as("the old file has the old oplog").isTrue();
    old.close();

    MVStore store = DataFile.open(file);
    // The old oplog held every version of every document; the data only the last.
    assertThat(Files.size(file)).isLessThan(before / 2);
    CommitOnWriteH2Backend backend = new CommitOnWriteH2Backend(store, new OplogNews(), 100);
    assertThat(store.hasMap(OLD_OPLOG)).isFalse();
    assertThat(store.getMapNames()).noneMatch(map -> map.contains("local."));
    assertThat(backend.resolveDatabase("test").resolveCollection("companies", false).count()).isEqualTo(DOCUMENTS);
    backend.close();

    // Opened again: nothing left to drop, and not rewritten again.
    long rewritten = Files.size(file);
    DataFile.open(file).close();
    assertThat(Files.size(file)).isEqualTo(rewritten);
  }

  /** Each document inserted, then replaced ten times: what a placement's hours entries did to it. */
  private Void writeHistory(MongoCollection<Document> companies) {
    String filler = "x".repeat(2_000);
    Mono.from(companies.insertMany(IntStream.range(0, DOCUMENTS)
        .mapToObj(i -> new Document("_id", i).append("version", 0).append("filler", filler)).toList())).block(WAIT);
    for (int version = 1; version <= 10; version++) {
      int v = version;
      Flux.range(0, DOCUMENTS).concatMap(i -> companies.replaceOne(Filters.eq("_id", i),
          new Document("_id", i).append("version", v).append("filler", filler))).then().block(WAIT);
    }
    return null;
  }

  private static void withServer(MongoBackend backend, Function<MongoCollection<Document>, Void> work) {
    backend.enableOplog();
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
      work.apply(client.getDatabase("test").getCollection("companies"));
    } finally {
      // Closes the backend and with it the file.
      server.shutdownNow();
    }
  }

  private static MVStore open(Path file) {
    return new MVStore.Builder().fileName(file.toString()).open();
  }
}
