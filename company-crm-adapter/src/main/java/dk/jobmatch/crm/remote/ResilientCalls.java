package dk.jobmatch.crm.remote;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Resilience4j around every remote call of one CRM source, as one instance of each kind named
 * {@code crm-<source id>}. Each attempt passes bulkhead, time limit, rate limiter and circuit
 * breaker; the retry wraps them all, so every attempt counts in the breaker, and an open breaker
 * ends the call at once ({@link CallNotPermittedException} is not retried).
 *
 * <p>The settings come from the registries' configuration named {@code configName} (e.g.
 * {@code resilience4j.retry.configs.crm} in application.yaml) or their default. Added on top, because
 * they are about CRMs rather than tuning: which errors count and are retried, and a retry waits what
 * {@code Retry-After} asked for (at most {@code maxRetryAfter}) instead of its own backoff.
 */
public final class ResilientCalls {
  private final CircuitBreaker circuitBreaker;
  private final Retry retry;
  private final RateLimiter rateLimiter;
  private final Bulkhead bulkhead;
  private final TimeLimiter timeLimiter;

  public ResilientCalls(String sourceId, ResilienceRegistries registries, String configName, Duration maxRetryAfter) {
    String name = instanceName(sourceId);
    CircuitBreakerConfig cb = registries.circuitBreakers().getConfiguration(configName)
        .orElse(registries.circuitBreakers().getDefaultConfig());
    this.circuitBreaker = registries.circuitBreakers().circuitBreaker(name,
        CircuitBreakerConfig.from(cb).recordException(ResilientCalls::meansCrmIsDown).build());
    RetryConfig rc = registries.retries().getConfiguration(configName).orElse(registries.retries().getDefaultConfig());
    this.retry = registries.retries().retry(name, RetryConfig.<Object>from(rc)
        .retryOnException(ResilientCalls::worthRetrying)
        .intervalBiFunction(honouringRetryAfter(rc.getIntervalBiFunction(), maxRetryAfter))
        .build());
    RateLimiterConfig rl = registries.rateLimiters().getConfiguration(configName)
        .orElse(registries.rateLimiters().getDefaultConfig());
    this.rateLimiter = registries.rateLimiters().rateLimiter(name, rl);
    BulkheadConfig bh = registries.bulkheads().getConfiguration(configName).orElse(registries.bulkheads().getDefaultConfig());
    this.bulkhead = registries.bulkheads().bulkhead(name, bh);
    TimeLimiterConfig tl = registries.timeLimiters().getConfiguration(configName)
        .orElse(registries.timeLimiters().getDefaultConfig());
    this.timeLimiter = registries.timeLimiters().timeLimiter(name, tl);
  }

  public static String instanceName(String sourceId) {
    return "crm-" + sourceId;
  }

  /** Runs {@code call} (subscribed anew for every attempt) under all five. */
  public <T> Mono<T> call(Supplier<Mono<T>> call) {
    return Mono.defer(call)
        .transformDeferred(TimeLimiterOperator.of(timeLimiter))
        .transformDeferred(BulkheadOperator.of(bulkhead))
        .transformDeferred(RateLimiterOperator.of(rateLimiter))
        .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
        .transformDeferred(RetryOperator.of(retry));
  }

  public CircuitBreaker.State circuitState() {
    return circuitBreaker.getState();
  }

  public CircuitBreaker circuitBreaker() {
    return circuitBreaker;
  }

  public Retry retry() {
    return retry;
  }

  /** Timeouts, 5xx, 429 and dropped connections say the CRM is struggling; a refused request does not. */
  static boolean meansCrmIsDown(Throwable e) {
    return (e instanceof CrmUnavailable && !(e instanceof CrmUnauthorized)) || e instanceof TimeoutException;
  }

  static boolean worthRetrying(Throwable e) {
    return e instanceof CrmUnavailable || e instanceof TimeoutException;
  }

  static IntervalBiFunction<Object> honouringRetryAfter(IntervalBiFunction<?> backoff, Duration maxRetryAfter) {
    @SuppressWarnings("unchecked")
    IntervalBiFunction<Object> own = (IntervalBiFunction<Object>) backoff;
    Predicate<Throwable> asked = e -> e instanceof CrmUnavailable u && u.retryAfter() != null;
    return (attempt, outcome) -> {
      if (outcome.isLeft() && asked.test(outcome.getLeft())) {
        Duration wait = ((CrmUnavailable) outcome.getLeft()).retryAfter();
        return Math.min(wait.toMillis(), maxRetryAfter.toMillis());
      }
      return own.apply(attempt, outcome);
    };
  }

  /** For tests: the backoff a retry takes after {@code failure} at {@code attempt}. */
  long waitAfter(int attempt, Throwable failure) {
    return retry.getRetryConfig().getIntervalBiFunction().apply(attempt, Either.left(failure));
  }
}
