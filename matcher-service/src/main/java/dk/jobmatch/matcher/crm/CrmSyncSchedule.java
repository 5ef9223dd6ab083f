package dk.jobmatch.matcher.crm;

import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.problem.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Each source syncs by itself every {@code schedule}, first after {@code initial-delay}. A tick
 * while the source still runs, or while the match index is still being built, is skipped; the next
 * tick catches up from the checkpoint.
 */
@Component
class CrmSyncSchedule implements SmartLifecycle {
  private final CrmSources sources;
  private final CrmSyncRunner runner;
  private final TaskSearch search;
  private final List<Disposable> ticks = new ArrayList<>();
  private volatile boolean running;

  CrmSyncSchedule(CrmSources sources, CrmSyncRunner runner, TaskSearch search) {
    this.sources = sources;
    this.runner = runner;
    this.search = search;
  }

  @Override
  public void start() {
    for (CrmSource source : sources.all()) {
      ticks.add(Flux.interval(source.settings().initialDelay(), source.settings().schedule())
          .onBackpressureDrop()
          .concatMap(tick -> indexReady() ? runner.runToEnd(source, "SCHEDULE").onErrorResume(e -> Mono.empty()) : Mono.empty(), 0)
          .subscribe());
    }
    running = true;
  }

  private boolean indexReady() {
    try {
      search.requireReady();
      return true;
    } catch (ApiProblem starting) {
      return false;
    }
  }

  @Override
  public void stop() {
    ticks.forEach(Disposable::dispose);
    ticks.clear();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
