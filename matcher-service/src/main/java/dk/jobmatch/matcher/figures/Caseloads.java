package dk.jobmatch.matcher.figures;

import dk.jobmatch.matcher.figures.ProductionFigures.CaseloadGroup;
import dk.jobmatch.matcher.placement.Placement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationExpression;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.aggregation.BooleanOperators;
import org.springframework.data.mongodb.core.aggregation.ComparisonOperators;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the figures read from MongoDB. Citizens are counted per consultant by one aggregation
 * (match the job centre, group by consultant, sum who has a CV and a job goal, collect the ids for
 * the placements); the started placements of the job centre are read as they are, since their
 * hours must be derived from each ledger for the day asked for.
 */
@Component
class Caseloads {
  private static final String CITIZENS = "citizens";

  private final ReactiveMongoTemplate mongo;

  Caseloads(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Citizens of the job centre registered before {@code until}, per consultant; only these consultants' when given. */
  Mono<List<CaseloadGroup>> groups(String jobCentre, Collection<String> consultants, Instant until) {
    Criteria match = Criteria.where("jobCentre").is(jobCentre).and("createdAt").lt(until);
    if (consultants != null) {
      match = match.and("consultant").in(consultants);
    }
    Aggregation aggregation = Aggregation.newAggregation(
        Aggregation.match(match),
        Aggregation.group("consultant")
            .count().as("citizens")
            .sum(oneIf(BooleanOperators.Or.or(notEmpty("cv.experience"), notEmpty("cv.education"), notEmpty("cv.skills"))))
                .as("withCv")
            .sum(oneIf(notEmpty("jobGoals"))).as("withJobGoal")
            .push("_id").as("citizenIds"));
    return mongo.aggregate(aggregation, CITIZENS, Document.class)
        .map(g -> new CaseloadGroup(g.getString("_id"), number(g, "citizens"), number(g, "withCv"),
            number(g, "withJobGoal"), g.getList("citizenIds", String.class, List.of())))
        .collectList();
  }

  /**
   * The placements of the job centre that have started (active or ended after being active),
   * without what the figures never read: the match reasons, the history and free-text notes.
   */
  Flux<Placement> startedPlacements(String jobCentre) {
    Query query = Query.query(Criteria.where("jobCentre").is(jobCentre).and("activeFrom").ne(null));
    query.fields().exclude("matchedTasks").exclude("history").exclude("note").exclude("followUps.notes")
        .exclude("startHours.note");
    return mongo.find(query, Placement.class);
  }

  private static AggregationExpression notEmpty(String arrayField) {
    return ComparisonOperators.Gt.valueOf(ArrayOperators.Size.lengthOfArray(
        ConditionalOperators.ifNull(arrayField).then(List.of()))).greaterThanValue(0);
  }

  private static AggregationExpression oneIf(AggregationExpression condition) {
    return ConditionalOperators.when(condition).then(1).otherwise(0);
  }

  private static int number(Document d, String field) {
    Object value = d.get(field);
    return value instanceof Number n ? n.intValue() : 0;
  }
}
