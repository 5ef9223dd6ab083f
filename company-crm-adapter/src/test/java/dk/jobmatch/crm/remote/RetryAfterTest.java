package dk.jobmatch.crm.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsDelayInSecondsAndHttpDate() {
    assertThat(RetryAfter.parse("7", clock)).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse("Mon, 23 Nov 2026 10:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("soon", clock)).isNull();
  }

  @Test
  void retryWaitsWhatRetryAfterAskedButNoMoreThanTheCap() {
    ResilientCalls calls = new ResilientCalls("t", ResilienceRegistries.ofDefaults(), "crm", Duration.ofSeconds(10));

    assertThat(calls.waitAfter(1, new CrmUnavailable("429", 429, Duration.ofSeconds(3), null))).isEqualTo(3000);
    assertThat(calls.waitAfter(1, new CrmUnavailable("429", 429, Duration.ofSeconds(60), null))).isEqualTo(10000);
    assertThat(calls.waitAfter(1, new CrmUnavailable("503", 503, null, null))).isEqualTo(500);
  }
}
