package dk.jobmatch.matcher.match;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where Lucene work runs, never on an event-loop thread: searches on a bounded pool sized to the CPU
 * (they are CPU-bound; more threads would only queue), index writes on one thread so they apply in
 * the order the service acknowledged them.
 *
 * <p>Both are plain executors wrapped by {@link Schedulers#fromExecutor}, whose cancellation never
 * interrupts a running task. Reactor's own schedulers interrupt the worker when a subscriber cancels
 * (a client gone, a timeout), and an interrupt during Lucene's file I/O closes the channel and with
 * it the IndexWriter for good: every later write and match failed until a restart.
 */
@Component
class SearchSchedulers implements DisposableBean {
  private static final int SEARCH_QUEUE = 10_000;

  private final ExecutorService searchThreads = new ThreadPoolExecutor(searchThreadCount(), searchThreadCount(),
      0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(SEARCH_QUEUE), named("lucene-search"));
  private final ExecutorService writeThread = Executors.newSingleThreadExecutor(named("lucene-write"));
  // Passed as plain Executors: given an ExecutorService, Reactor would cancel through its Futures, interrupting.
  private final Scheduler search = Schedulers.fromExecutor(searchThreads::execute);
  private final Scheduler write = Schedulers.fromExecutor(writeThread::execute);

  Scheduler search() {
    return search;
  }

  Scheduler write() {
    return write;
  }

  @Override
  public void destroy() {
    search.dispose();
    write.dispose();
    searchThreads.shutdown();
    writeThread.shutdown();
  }

  static int searchThreadCount() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
