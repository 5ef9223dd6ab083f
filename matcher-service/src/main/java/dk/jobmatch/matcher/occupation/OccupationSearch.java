package dk.jobmatch.matcher.occupation;

import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.index.occupation.OccupationSuggestion;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Suggestions off the event loop. A suggestion is a Lucene search on a small heap index: CPU only
 * and quick, but still Lucene work, so like match searches it runs on a bounded pool sized to the
 * CPU, its own, so a burst of typing never queues behind match searches or the other way round.
 */
@Component
class OccupationSearch implements DisposableBean {
  private final OccupationCatalog catalog;
  private final Scheduler scheduler = Schedulers.newBoundedElastic(
      Math.max(2, Runtime.getRuntime().availableProcessors()), 10_000, "occupation-search");

  OccupationSearch(OccupationCatalog catalog) {
    this.catalog = catalog;
  }

  Mono<List<OccupationSuggestion>> suggest(String text, int limit) {
    return Mono.fromCallable(() -> catalog.suggest(text, limit)).subscribeOn(scheduler);
  }

  @Override
  public void destroy() {
    scheduler.dispose();
  }
}
