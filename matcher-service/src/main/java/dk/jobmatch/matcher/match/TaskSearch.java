package dk.jobmatch.matcher.match;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.CompanyEntry;
import dk.jobmatch.index.MatchResult;
import dk.jobmatch.index.TaskIndex;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.ProblemType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The service's view of the Lucene task index: rebuilt from MongoDB at start, fed every company
 * write, searched for matches. Reports DOWN (and so the service is not ready) until the first
 * rebuild is done; company writes are refused until then, since the rebuild would overwrite them.
 */
@Component("index")
public class TaskSearch implements HealthIndicator, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(TaskSearch.class);

  private final TaskIndex index = TaskIndex.inMemory(Vocabulary.bundled());
  private final SearchSchedulers schedulers;
  private final Clock clock;
  private final AtomicBoolean ready = new AtomicBoolean();

  TaskSearch(SearchSchedulers schedulers, Clock clock) {
    this.schedulers = schedulers;
    this.clock = clock;
  }

  /** Replaces the whole index; the service is ready once this has completed. */
  public Mono<Void> rebuild(List<CompanyEntry> companies) {
    return Mono.fromRunnable(() -> {
      long started = System.nanoTime();
      index.replaceAll(companies);
      ready.set(true);
      log.info("Match index built: {} companies, {} partial tasks in {} ms",
          companies.size(), index.taskCount(), (System.nanoTime() - started) / 1_000_000);
    }).subscribeOn(schedulers.write()).then();
  }

  public Mono<Void> put(CompanyEntry company) {
    return Mono.fromRunnable(() -> index.put(company)).subscribeOn(schedulers.write()).then();
  }

  public Mono<Void> remove(String companyId) {
    return Mono.fromRunnable(() -> index.remove(companyId)).subscribeOn(schedulers.write()).then();
  }

  /** Fails with 503 while the index is still being built at start. */
  public void requireReady() {
    if (!ready.get()) {
      throw new ApiProblem(ProblemType.STARTING, "The service is building its match index; retry in a few seconds");
    }
  }

  Mono<MatchResult> match(CitizenProfile citizen, int limit) {
    LocalDate today = LocalDate.now(clock);
    return Mono.fromCallable(() -> index.match(citizen, limit, today)).subscribeOn(schedulers.search());
  }

  @Override
  public Health health() {
    return ready.get()
        ? Health.up().withDetail("partialTasks", index.taskCount()).build()
        : Health.down().withDetail("reason", "building the match index").build();
  }

  @Override
  public void destroy() {
    index.close();
  }
}
