package dk.jobmatch.matcher.crm;

import dk.jobmatch.crm.remote.CrmRefused;
import dk.jobmatch.crm.remote.CrmUnavailable;
import dk.jobmatch.crm.sync.SyncProgress;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * Runs syncs, never two at once for one source (a lease in MongoDB across replicas, and a map of
 * the runs of this replica for their live counters), and keeps their history in {@code crmSyncRuns}.
 * A run that fails (CRM down, circuit open) is recorded FAILED with the reason; its checkpoint
 * makes the next run resume where it stopped.
 */
@Component
class CrmSyncRunner implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(CrmSyncRunner.class);

  private final SyncLease lease;
  private final ReactiveMongoTemplate mongo;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Map<String, Live> running = new ConcurrentHashMap<>();
  private final Disposable.Composite background = Disposables.composite();

  CrmSyncRunner(SyncLease lease, ReactiveMongoTemplate mongo, Clock clock, MeterRegistry meters) {
    this.lease = lease;
    this.mongo = mongo;
    this.clock = clock;
    this.meters = meters;
  }

  /** A run of this replica with its live counters. */
  private record Live(SyncRun run, SyncProgress progress) {
    SyncRun now() {
      return run.with("RUNNING", progress, null, null);
    }
  }

  /** Starts a run and answers with it at once; empty when the source is running already. */
  Mono<SyncRun> start(CrmSource source, String trigger) {
    return begin(source, trigger).map(live -> {
      background.add(finish(source, live).subscribe());
      return live.run();
    });
  }

  /** Runs to its end (the schedule); empty when the source is running already. */
  Mono<SyncRun> runToEnd(CrmSource source, String trigger) {
    return begin(source, trigger).flatMap(live -> finish(source, live));
  }

  boolean isRunning(String sourceId) {
    return running.containsKey(sourceId);
  }

  Optional<SyncRun> current(String sourceId) {
    return Optional.ofNullable(running.get(sourceId)).map(Live::now);
  }

  Mono<SyncRun> find(String sourceId, String runId) {
    Live live = running.get(sourceId);
    if (live != null && live.run().runId().equals(runId)) {
      return Mono.just(live.now());
    }
    return mongo.findById(runId, SyncRun.class, SyncRun.COLLECTION).filter(r -> r.sourceId().equals(sourceId));
  }

  /** Newest first; the running one with its counters so far. */
  Mono<List<SyncRun>> history(String sourceId, int limit) {
    Query query = Query.query(Criteria.where("sourceId").is(sourceId))
        .with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit);
    Live live = running.get(sourceId);
    return mongo.find(query, SyncRun.class, SyncRun.COLLECTION)
        .map(r -> live != null && live.run().runId().equals(r.runId()) ? live.now() : r)
        .collectList();
  }

  private Mono<Live> begin(CrmSource source, String trigger) {
    if (running.containsKey(source.id())) {
      return Mono.empty();
    }
    String runId = UUID.randomUUID().toString();
    return lease.take(source.id(), runId).filter(Boolean::booleanValue).flatMap(taken -> {
      Live live = new Live(SyncRun.started(runId, source.id(), trigger, clock.instant()), new SyncProgress());
      if (running.putIfAbsent(source.id(), live) != null) {
        return lease.release(source.id(), runId).then(Mono.empty());
      }
      return mongo.insert(live.run(), SyncRun.COLLECTION).thenReturn(live)
          .onErrorResume(e -> {
            running.remove(source.id(), live);
            return lease.release(source.id(), runId).then(Mono.error(e));
          });
    });
  }

  private Mono<SyncRun> finish(CrmSource source, Live live) {
    return source.sync().run(live.progress())
        .map(ending -> live.run().with(ending.name(), live.progress(), live.progress().problem(), clock.instant()))
        .onErrorResume(e -> {
          log.warn("CRM sync of {} failed: {}", source.id(), describe(e));
          return Mono.just(live.run().with("FAILED", live.progress(), describe(e), clock.instant()));
        })
        .flatMap(done -> mongo.save(done, SyncRun.COLLECTION).thenReturn(done))
        .flatMap(done -> lease.release(source.id(), done.runId()).thenReturn(done))
        .doOnNext(done -> {
          meters.counter("crm.sync.runs", "source", source.id(), "status", done.status()).increment();
          meters.counter("crm.sync.records", "source", source.id(), "outcome", "changed")
              .increment(done.created() + done.updated() + done.deactivated());
          meters.counter("crm.sync.records", "source", source.id(), "outcome", "quarantined").increment(done.quarantined());
          if (!done.status().equals("FAILED")) {
            log.info("CRM sync of {} {}: {} pages, {} created, {} updated, {} unchanged, {} deactivated, {} quarantined",
              source.id(), done.status(), done.pages(), done.created(), done.updated(), done.unchanged(),
                done.deactivated(), done.quarantined());
          }
        })
        .doFinally(signal -> running.remove(source.id(), live));
  }

  /** Why a run failed, in words for the run history (never a record's content). */
  static String describe(Throwable e) {
    return switch (e) {
      case CallNotPermittedException open -> "circuit open: the CRM failed too often; calls resume after the breaker's wait";
      case CrmUnavailable down -> "CRM unavailable after retries: " + down.getMessage();
      case TimeoutException slow -> "CRM did not answer in time, after retries";
      case CrmRefused refused -> "CRM refused the request: " + refused.getMessage();
      case RequestNotPermitted limited -> "rate limit: no permit to call the CRM in time";
      case BulkheadFullException full -> "bulkhead full: too many concurrent calls to the CRM";
      default -> "internal error (" + e.getClass().getSimpleName() + ")";
    };
  }

  /**
   * On shutdown, runs of this replica stop: recorded FAILED and their leases given back, so the
   * next start syncs at once instead of waiting for the lease to expire. Their checkpoints are
   * saved per page, so they resume where they stopped.
   */
  @Override
  public void destroy() {
    background.dispose();
    running.forEach((sourceId, live) -> {
      SyncRun stopped = live.run().with("FAILED", live.progress(), "the service stopped during the run", clock.instant());
      try {
        mongo.save(stopped, SyncRun.COLLECTION).then(lease.release(sourceId, stopped.runId()))
            .block(java.time.Duration.ofSeconds(5));
      } catch (RuntimeException e) {
        log.warn("could not release the sync lease of {} at shutdown ({}); it expires by itself", sourceId,
            e.getClass().getSimpleName());
      }
    });
    running.clear();
  }
}
