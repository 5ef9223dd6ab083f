package dk.jobmatch.matcher.company;

import dk.jobmatch.matcher.StartupWork;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Sinks;

/**
 * Builds the match index from MongoDB at start, after demo data (if any) is loaded, with the change
 * stream already listening. Runs before the application reports itself ready; blocking is fine
 * here, this is the main thread, not an event loop.
 */
@Component
@Order(100)
class CompanyIndexLoader implements ApplicationRunner {
  private final CompanyIndexFeed feed;
  private final CompanyChangeStream changes;
  private final StartupWork.Piece building;

  CompanyIndexLoader(CompanyIndexFeed feed, CompanyChangeStream changes, StartupWork startup) {
    this.feed = feed;
    this.changes = changes;
    this.building = startup.expect("match index");
  }

  @Override
  public void run(ApplicationArguments args) {
    Sinks.Empty<Void> rebuilt = Sinks.empty();
    changes.start(rebuilt.asMono());
    feed.rebuild().block();
    rebuilt.tryEmitEmpty();
    building.done();
  }
}
