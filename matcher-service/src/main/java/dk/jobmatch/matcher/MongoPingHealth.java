package dk.jobmatch.matcher;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * MongoDB health by {@code ping}, which both a real MongoDB and the embedded server answer; Boot's
 * own check sends {@code hello}, which the embedded server does not know, so it is switched off.
 */
@Component("mongo")
class MongoPingHealth implements ReactiveHealthIndicator {
  private final ReactiveMongoTemplate mongo;

  MongoPingHealth(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Health> health() {
    return mongo.executeCommand(new Document("ping", 1))
        .map(reply -> Health.up().build())
        .onErrorResume(e -> Mono.just(Health.down().withDetail("error", e.getClass().getSimpleName()).build()));
  }
}
