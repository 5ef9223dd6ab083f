package dk.jobmatch.matcher.company;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads placement load from the {@code placements} collection. The fields it relies on are the
 * placement's {@code companyId}, {@code taskIds}, {@code status} (PROPOSED, AGREED, ACTIVE, ENDED),
 * {@code startDate} and, once ended, {@code endedWithOrdinaryHours}. An agreed placement already
 * holds its seat: the company has said yes to that citizen. A proposal, and one withdrawn before it
 * was agreed (WITHDRAWN), never counted against the company's monthly limit. Every placement,
 * whatever became of it, was proposed once, on its {@code createdAt}: a request against the company's
 * contact limit ({@link ContactLimit}), about its {@code citizenId}.
 */
@Component
public class PlacementLoads {
  static final String COLLECTION = "placements";
  private static final List<String> HOLDING_A_SEAT = List.of("AGREED", "ACTIVE");
  private static final List<String> SAID_YES = List.of("AGREED", "ACTIVE", "ENDED");

  private final ReactiveMongoTemplate mongo;

  PlacementLoads(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The load of one company in {@code month}. */
  public Mono<PlacementLoad> of(String companyId, YearMonth month) {
    return mongo.find(Query.query(Criteria.where("companyId").is(companyId)), Document.class, COLLECTION)
        .collectList()
        .map(placements -> summarise(placements, month));
  }

  /**
   * How many placements hold a seat at the company (agreed or active: a citizen is there or about to
   * be), per job centre. Nothing else about them: the caller may be of another job centre.
   */
  public Mono<Map<String, Integer>> holdingASeatByJobCentre(String companyId) {
    return mongo.find(Query.query(Criteria.where("companyId").is(companyId).and("status").in(HOLDING_A_SEAT)),
            Document.class, COLLECTION)
        .collect(HashMap::new, (Map<String, Integer> counts, Document p) ->
            counts.merge(String.valueOf(p.getString("jobCentre")), 1, Integer::sum));
  }

  /** The load of every company with placements, by company id; companies without any are absent. */
  public Mono<Map<String, PlacementLoad>> all(YearMonth month) {
    return mongo.findAll(Document.class, COLLECTION)
        .collectMultimap(p -> p.getString("companyId"))
        .map(byCompany -> {
          Map<String, PlacementLoad> loads = new HashMap<>();
          byCompany.forEach((company, placements) -> loads.put(company, summarise(placements, month)));
          return loads;
        });
  }

  static PlacementLoad summarise(Iterable<Document> placements, YearMonth month) {
    Map<String, Integer> active = new HashMap<>();
    int started = 0;
    int ended = 0;
    int withOrdinaryHours = 0;
    List<CompanyRequest> proposals = new ArrayList<>();
    for (Document p : placements) {
      if (p.get("createdAt") instanceof Date proposedAt) {
        proposals.add(new CompanyRequest(proposedAt.toInstant(), p.getString("citizenId")));
      }
      String status = p.getString("status");
      if (HOLDING_A_SEAT.contains(status)) {
        for (String taskId : p.getList("taskIds", String.class, List.of())) {
          active.merge(taskId, 1, Integer::sum);
        }
      }
      LocalDate start = date(p.get("startDate"));
      if (start != null && YearMonth.from(start).equals(month) && SAID_YES.contains(status)) {
        started++;
      }
      if ("ENDED".equals(status)) {
        ended++;
        if (Boolean.TRUE.equals(p.getBoolean("endedWithOrdinaryHours"))) {
          withOrdinaryHours++;
        }
      }
    }
    return new PlacementLoad(active, month, started, ended, withOrdinaryHours, proposals);
  }

  private static LocalDate date(Object value) {
    return switch (value) {
      // Spring Data stores a LocalDate as midnight in the JVM's zone; read it back the same way.
      case Date d -> d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      case LocalDate d -> d;
      case String s -> LocalDate.parse(s);
      case null, default -> null;
    };
  }
}
