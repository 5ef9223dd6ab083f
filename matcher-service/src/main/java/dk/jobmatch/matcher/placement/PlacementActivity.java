package dk.jobmatch.matcher.placement;

import dk.jobmatch.matcher.citizen.CitizenActivity;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A citizen's last placement activity: the latest {@code updatedAt} of their placements, which every
 * change of a placement sets (a status change, the work agreement, a follow-up). Read as two fields
 * per placement of the job centre, one query. Hours entries are left out on purpose: they are
 * documents of their own ({@link HoursLedgers}), far more of them than placements, and counting them
 * would read the job centre's whole ledger for every citizen list.
 */
@Component
class PlacementActivity implements CitizenActivity {
  private final ReactiveMongoTemplate mongo;

  PlacementActivity(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Map<String, Instant>> latestByCitizen(String jobCentre) {
    Query query = Query.query(Criteria.where("jobCentre").is(jobCentre));
    query.fields().include("citizenId").include("updatedAt");
    return mongo.find(query, Document.class, "placements")
        .collect(HashMap<String, Instant>::new, (latest, placement) -> {
          String citizenId = placement.getString("citizenId");
          Date updatedAt = placement.getDate("updatedAt");
          if (citizenId != null && updatedAt != null) {
            latest.merge(citizenId, updatedAt.toInstant(), (a, b) -> a.isAfter(b) ? a : b);
          }
        })
        .map(Map::copyOf);
  }
}
