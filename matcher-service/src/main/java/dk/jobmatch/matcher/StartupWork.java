package dk.jobmatch.matcher;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The work the service must finish at start before it takes traffic (loading the demo data,
 * building the match index), as the readiness component {@code startup}: OUT_OF_SERVICE, naming
 * what is still running, until every piece is done. Each piece registers itself when its bean is
 * made, before the web server answers its first probe, so readiness cannot run ahead of work that
 * has not begun yet, whatever order the pieces later run in.
 */
@Component("startup")
public class StartupWork implements HealthIndicator {
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  /** One piece of start-up work, pending until {@link Piece#done()}. */
  public interface Piece {
    void done();
  }

  /** Registers {@code name} as pending; readiness stays OUT_OF_SERVICE until the returned piece is done. */
  public Piece expect(String name) {
    pending.add(name);
    return () -> pending.remove(name);
  }

  @Override
  public Health health() {
    if (pending.isEmpty()) {
      return Health.up().build();
    }
    return Health.outOfService().withDetail("pending", List.copyOf(new TreeSet<>(pending))).build();
  }
}
