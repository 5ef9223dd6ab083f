package dk.jobmatch.matcher.company;

import dk.jobmatch.matcher.match.TaskSearch;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the match index from MongoDB at start, after demo data (if any) is loaded. Runs before the
 * application reports itself ready; blocking is fine here, this is the main thread, not an event loop.
 */
@Component
@Order(100)
class CompanyIndexLoader implements ApplicationRunner {
  private final CompanyRepository companies;
  private final TaskSearch search;

  CompanyIndexLoader(CompanyRepository companies, TaskSearch search) {
    this.companies = companies;
    this.search = search;
  }

  @Override
  public void run(ApplicationArguments args) {
    companies.findAll().map(CompanyMapping::toIndexEntry).collectList().flatMap(search::rebuild).block();
  }
}
