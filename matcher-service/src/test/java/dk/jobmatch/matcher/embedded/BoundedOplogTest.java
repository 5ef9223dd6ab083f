package dk.jobmatch.matcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import com.mongodb.client.model.changestream.OperationType;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The embedded server's oplog, through the wire as the service's change streams use it: changes of
 * the watched collection in order, the document as it is now on request, only the latest
 * {@value #CAPACITY} changes kept, a stream that fell further behind told so (as MongoDB tells it),
 * and every change announced to the waiting streams.
 */
class BoundedOplogTest {
  private static final int CAPACITY = 40;
  private static final Duration WAIT = Duration.ofSeconds(30);
  /** From the first change kept: a stream that starts here reads everything still there. */
  private static final BsonTimestamp BEGINNING = new BsonTimestamp(0L);

  private final OplogNews news = new OplogNews();
  private final InMemoryBackend backend = new InMemoryBackend(news, CAPACITY);
  private MongoServer server;
  private MongoClient client;
  private MongoCollection<Document> companies;
  private MongoCollection<Document> citizens;

  @BeforeEach
  void start() {
    backend.enableOplog();
    server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    MongoDatabase database = client.getDatabase("test");
    companies = database.getCollection("companies");
    citizens = database.getCollection("citizens");
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void aChangeStreamGetsTheChangesOfItsCollectionInOrderWithTheDocumentAsItIsNow() {
    insert(companies, new Document("_id", "a").append("name", "A"), new Document("_id", "b").append("name", "B"));
    insert(citizens, new Document("_id", "c1"));
    block(companies.updateOne(Filters.eq("_id", "a"), Updates.set("name", "A2")));
    block(companies.replaceOne(Filters.eq("_id", "b"), new Document("_id", "b").append("name", "B2")));
    block(companies.deleteOne(Filters.eq("_id", "a")));

    List<ChangeStreamDocument<Document>> changes = Flux.from(companies.watch()
            .startAtOperationTime(BEGINNING).fullDocument(FullDocument.UPDATE_LOOKUP))
        .take(5).collectList().block(WAIT);

    assertThat(changes).extracting(ChangeStreamDocument::getOperationType).containsExactly(
        OperationType.INSERT, OperationType.INSERT, OperationType.UPDATE, OperationType.UPDATE, OperationType.DELETE);
    assertThat(changes).extracting(c -> c.getDocumentKey().getString("_id").getValue())
        .containsExactly("a", "b", "a", "b", "a");
    assertThat(changes.get(0).getFullDocument()).containsEntry("name", "A");
    // "a" was deleted before the stream read its update: the update's own fields are what is left.
    assertThat(changes.get(2).getFullDocument()).containsEntry("name", "A2");
    assertThat(changes.get(3).getFullDocument()).isEqualTo(new Document("_id", "b").append("name", "B2"));
    assertThat(changes).extracting(c -> c.getClusterTime().getValue()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aStreamResumesAfterTheLastChangeItRead() {
    insert(companies, documents(0, 5));
    ChangeStreamDocument<Document> second = Flux.from(companies.watch().startAtOperationTime(BEGINNING))
        .take(2).last().block(WAIT);

    List<ChangeStreamDocument<Document>> rest = Flux.from(companies.watch().resumeAfter(second.getResumeToken()))
        .take(3).collectList().block(WAIT);

    assertThat(rest).extracting(c -> c.getDocumentKey().getInt32("_id").getValue()).containsExactly(2, 3, 4);
  }

  @Test
  void keepsOnlyTheLatestChanges() {
    insert(companies, documents(0, 3 * CAPACITY));

    assertThat(backend.boundedOplog().size()).isEqualTo(CAPACITY);
  }

  @Test
  void aStreamWhoseChangesWereTrimmedAwayIsToldItsHistoryIsLostInsteadOfMissingThem() {
    insert(companies, documents(0, 2));
    BsonDocument afterTheFirst = Flux.from(companies.watch().startAtOperationTime(BEGINNING))
        .next().block(WAIT).getResumeToken();
    insert(companies, documents(2, 2 + 2 * CAPACITY));

    assertThatThrownBy(() -> Flux.from(companies.watch().resumeAfter(afterTheFirst)).next().block(WAIT))
        .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(286));
    assertThatThrownBy(() -> Flux.from(companies.watch().startAtOperationTime(BEGINNING)).next().block(WAIT))
        .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(286));
  }

  @Test
  void eachChangeWakesTheWaitingStreamsAndNothingElseDoes() {
    long before = news.writes();

    insert(companies, documents(0, 3));
    block(companies.updateOne(Filters.eq("_id", 1), Updates.set("name", "én")));
    block(Flux.from(companies.find()).collectList());
    block(companies.updateOne(Filters.eq("_id", 99), Updates.set("name", "ingen")));

    assertThat(news.writes() - before).isEqualTo(4);
  }

  private static Document[] documents(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> new Document("_id", i).append("name", "company " + i))
        .toArray(Document[]::new);
  }

  private static void insert(MongoCollection<Document> collection, Document... documents) {
    block(collection.insertMany(List.of(documents)));
  }

  private static <T> T block(org.reactivestreams.Publisher<T> publisher) {
    return Mono.from(publisher).block(WAIT);
  }
}
