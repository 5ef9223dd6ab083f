package dk.jobmatch.matcher.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code matcher.audit.retention-days}: how long an entry is kept; {@code matcher.audit.purge-interval}:
 * how often entries older than that are removed (first one interval after start).
 */
@ConfigurationProperties("matcher.audit")
record AuditProperties(@DefaultValue("180") int retentionDays, @DefaultValue("1h") Duration purgeInterval) {

  AuditProperties {
    if (retentionDays < 1) {
      throw new IllegalArgumentException("matcher.audit.retention-days must be at least 1, was " + retentionDays);
    }
    if (purgeInterval.isNegative() || purgeInterval.isZero()) {
      throw new IllegalArgumentException("matcher.audit.purge-interval must be positive, was " + purgeInterval);
    }
  }

  Duration retention() {
    return Duration.ofDays(retentionDays);
  }
}
