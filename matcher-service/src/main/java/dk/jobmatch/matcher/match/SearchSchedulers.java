package dk.jobmatch.matcher.match;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where Lucene work runs, never on an event-loop thread: searches on a bounded pool sized to the CPU
 * (they are CPU-bound; more threads would only queue), index writes on one thread so they apply in
 * the order the service acknowledged them.
 */
@Component
class SearchSchedulers implements DisposableBean {
  private final Scheduler search = Schedulers.newBoundedElastic(
      Math.max(2, Runtime.getRuntime().availableProcessors()), 10_000, "lucene-search");
  private final Scheduler write = Schedulers.newSingle("lucene-write");

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
  }
}
