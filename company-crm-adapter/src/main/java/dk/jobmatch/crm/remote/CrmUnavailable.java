package dk.jobmatch.crm.remote;

import java.time.Duration;

/**
 * The CRM could not answer now (5xx, 429, 408, a dropped connection): worth retrying, and counted
 * by the circuit breaker. {@code retryAfter} is what the CRM asked us to wait, or null.
 */
public class CrmUnavailable extends RuntimeException {
  private final int status;
  private final Duration retryAfter;

  public CrmUnavailable(String message, int status, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /** HTTP status, or 0 when no answer came. */
  public int status() {
    return status;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
