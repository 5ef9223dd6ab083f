package dk.jobmatch.matcher.match;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where Lucene work runs, never on an event-loop thread: searches on a bounded pool sized to the CPU
 * (they are CPU-bound; more threads would only queue), index writes on one thread so they apply in
 * the order the service acknowledged them.
 *
 * <p>Both are plain {@link java.util.concurrent.Executor}s wrapped with {@link Schedulers#fromExecutor},
 * which never interrupts a running task. Reactor's own schedulers interrupt the thread when the subscriber cancels, and a
 * caller that hangs up mid-request (a CRM's client timeout) cancels: Lucene treats an interrupt
 * during file I/O as fatal ({@code ClosedByInterruptException}) and closes the IndexWriter for good,
 * after which every write and match answered 500 until a restart. A write the service has started
 * is finished whoever stops waiting for it; the next change-stream event would redo it anyway.
 */
@Component
class SearchSchedulers implements DisposableBean {
  private static final int QUEUED_SEARCHES = 10_000;

  private final int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
  private final ExecutorService searchPool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(QUEUED_SEARCHES), Thread.ofPlatform().name("lucene-search-", 1).daemon().factory());
  private final ExecutorService writeThread =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("lucene-write").daemon().factory());
  // Handed over as plain Executors: given an ExecutorService, Reactor cancels through its Futures, with an interrupt.
  private final Scheduler search = Schedulers.fromExecutor(searchPool::execute);
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
    searchPool.shutdown();
    writeThread.shutdown();
  }
}
