package dk.jobmatch.matcher.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Lucene closes its IndexWriter for good when a thread is interrupted during file I/O; a caller
 * that hangs up must therefore never interrupt index work it started. Cancelling the subscription
 * of running work leaves its thread uninterrupted and lets it finish.
 */
class SearchSchedulersTest {
  private final SearchSchedulers schedulers = new SearchSchedulers();

  @AfterEach
  void stop() {
    schedulers.destroy();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"write", "search"})
  void cancellingRunningWorkDoesNotInterruptItsThread(String which) throws InterruptedException {
    Scheduler scheduler = which.equals("write") ? schedulers.write() : schedulers.search();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();

    Disposable caller = Mono.fromRunnable(() -> {
      started.countDown();
      try {
        // Stands in for a Lucene flush in progress when the caller goes away.
        cancelled.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
      interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
      finished.countDown();
    }).subscribeOn(scheduler).subscribe();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    caller.dispose();
    cancelled.countDown();

    assertThat(finished.await(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)).as("the work finished").isTrue();
    assertThat(interrupted).as("the work's thread was interrupted").isFalse();
  }
}
