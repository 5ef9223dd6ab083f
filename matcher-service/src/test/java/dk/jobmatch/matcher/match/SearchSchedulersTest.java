package dk.jobmatch.matcher.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

class SearchSchedulersTest {
  private final SearchSchedulers schedulers = new SearchSchedulers();

  @AfterEach
  void stop() {
    schedulers.destroy();
  }

  @Test
  void aCancelledIndexWriteRunsOnUninterrupted() throws InterruptedException {
    assertThat(interruptedWhenCancelled(schedulers.write())).isFalse();
  }

  @Test
  void aCancelledSearchRunsOnUninterrupted() throws InterruptedException {
    assertThat(interruptedWhenCancelled(schedulers.search())).isFalse();
  }

  /** Starts work on the scheduler, cancels its subscriber while it runs, and tells whether the work saw an interrupt. */
  private static boolean interruptedWhenCancelled(Scheduler scheduler) throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    Disposable subscription = Mono.fromRunnable(() -> {
      running.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
      interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
      done.countDown();
    }).subscribeOn(scheduler).subscribe();
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    subscription.dispose();
    release.countDown();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    return interrupted.get();
  }
}
