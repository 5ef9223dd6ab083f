package dk.jobmatch.crm.support;

import dk.jobmatch.crm.remote.ResilienceRegistries;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;

/**
 * Resilience4j settings scaled down for tests: short backoff, a breaker that opens after a few
 * failures. The time limit stays generous (the build machine may be busy); the timeout test sets its own.
 */
public final class Resilience {
  public static final Duration TIME_LIMIT = Duration.ofSeconds(10);
  public static final int ATTEMPTS = 3;

  private Resilience() {}

  public static ResilienceRegistries fast() {
    return fast(TIME_LIMIT);
  }

  public static ResilienceRegistries fast(Duration timeLimit) {
    return new ResilienceRegistries(
        CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofMillis(300))
            .automaticTransitionFromOpenToHalfOpenEnabled(true)
            .permittedNumberOfCallsInHalfOpenState(1)
            .build()),
        RetryRegistry.of(RetryConfig.custom().maxAttempts(ATTEMPTS).waitDuration(Duration.ofMillis(20)).build()),
        RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(100).limitRefreshPeriod(Duration.ofMillis(100))
            .timeoutDuration(Duration.ofSeconds(2)).build()),
        BulkheadRegistry.of(BulkheadConfig.custom().maxConcurrentCalls(2).maxWaitDuration(Duration.ofSeconds(2)).build()),
        TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(timeLimit).build()));
  }
}
