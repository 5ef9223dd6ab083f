package dk.jobmatch.matcher.support;

import dk.jobmatch.matcher.audit.AuditEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every document of every collection, as MongoDB holds them: two snapshots are equal exactly when
 * nothing was stored, changed or removed in between, whichever feature would have written. How a
 * test shows that a refused request left no trace, without knowing where a half-applied write
 * would land. The audit log is left out: a refused call is meant to leave its entry there
 * ({@code AuditLogApiIT} proves which).
 */
public record StoredData(Map<String, List<Document>> collections) {

  public static StoredData of(ReactiveMongoTemplate mongo) {
    Map<String, List<Document>> all = new TreeMap<>();
    mongo.getCollectionNames()
        .filter(name -> !name.equals(AuditEntry.COLLECTION))
        .flatMap(name -> mongo.find(new Query().with(Sort.by("_id")), Document.class, name).collectList()
            .map(documents -> Map.entry(name, documents)))
        .toIterable()
        .forEach(entry -> all.put(entry.getKey(), entry.getValue()));
    return new StoredData(all);
  }
}
