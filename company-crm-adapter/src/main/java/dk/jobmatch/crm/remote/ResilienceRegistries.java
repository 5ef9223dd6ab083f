package dk.jobmatch.crm.remote;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/**
 * The Resilience4j registries a source's calls are registered in; the service passes the ones its
 * Spring Boot integration made, so instances show in Actuator health and metrics.
 */
public record ResilienceRegistries(
    CircuitBreakerRegistry circuitBreakers,
    RetryRegistry retries,
    RateLimiterRegistry rateLimiters,
    BulkheadRegistry bulkheads,
    TimeLimiterRegistry timeLimiters) {

  /** Registries with Resilience4j's defaults, for tests and tools outside Spring. */
  public static ResilienceRegistries ofDefaults() {
    return new ResilienceRegistries(CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults(),
        RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());
  }
}
