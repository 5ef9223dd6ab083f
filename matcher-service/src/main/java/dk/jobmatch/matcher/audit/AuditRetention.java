package dk.jobmatch.matcher.audit;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Removes audit entries older than {@code matcher.audit.retention-days}, every
 * {@code matcher.audit.purge-interval}. A job rather than a TTL index: the embedded MongoDB wire
 * server has no TTL monitor, and the retention is then one setting, not an index to rebuild.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class AuditRetention implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

  private final AuditLog auditLog;
  private final AuditProperties properties;
  private final Clock clock;
  private Disposable ticks;

  AuditRetention(AuditLog auditLog, AuditProperties properties, Clock clock) {
    this.auditLog = auditLog;
    this.properties = properties;
    this.clock = clock;
  }

  /** Removes the entries past retention now; how many. */
  Mono<Long> purge() {
    return auditLog.removeBefore(clock.instant().minus(properties.retention()));
  }

  @Override
  public void start() {
    ticks = Flux.interval(properties.purgeInterval(), properties.purgeInterval())
        .onBackpressureDrop()
        .concatMap(tick -> purge()
            .doOnNext(removed -> {
              if (removed > 0) {
                log.info("Removed {} audit entries older than {} days", removed, properties.retentionDays());
              }
            })
            .onErrorResume(e -> {
              log.warn("Audit retention run failed; the next run tries again: {}", e.toString());
              return Mono.empty();
            }), 0)
        .subscribe();
  }

  @Override
  public void stop() {
    if (ticks != null) {
      ticks.dispose();
      ticks = null;
    }
  }

  @Override
  public boolean isRunning() {
    return ticks != null;
  }
}
