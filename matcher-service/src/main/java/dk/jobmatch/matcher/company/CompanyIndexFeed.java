package dk.jobmatch.matcher.company;

import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.match.TaskSearch.VersionedEntry;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one way companies reach the match index, whoever changed them (this service, the change
 * stream, a placement): each entry is built with the company's current placement load.
 */
@Component
public class CompanyIndexFeed {
  private final CompanyRepository companies;
  private final PlacementLoads placements;
  private final TaskSearch search;
  private final Clock clock;

  CompanyIndexFeed(CompanyRepository companies, PlacementLoads placements, TaskSearch search, Clock clock) {
    this.companies = companies;
    this.placements = placements;
    this.search = search;
    this.clock = clock;
  }

  /** Indexes the stored company (its tasks, availability and placement load); a company deactivated in its CRM leaves the index. */
  public Mono<Void> index(Company company) {
    if (company.deactivated()) {
      return search.remove(company.id());
    }
    return placements.of(company.id(), YearMonth.now(clock))
        .flatMap(load -> search.put(CompanyMapping.toIndexEntry(company, load), version(company)));
  }

  /** Re-reads a company and indexes it again, e.g. after one of its placements changed. */
  public Mono<Void> refresh(String companyId) {
    return companies.findById(companyId).flatMap(this::index);
  }

  public Mono<Void> removed(String companyId) {
    return search.remove(companyId);
  }

  /** Rebuilds the whole index from MongoDB. */
  Mono<Void> rebuild() {
    YearMonth month = YearMonth.now(clock);
    return placements.all(month).flatMap(loads -> companies.findAll()
        .filter(c -> !c.deactivated())
        .map(c -> new VersionedEntry(
            CompanyMapping.toIndexEntry(c, loads.getOrDefault(c.id(), PlacementLoad.none(month))), version(c)))
        .collectList()
        .flatMap(search::rebuild));
  }

  private static long version(Company company) {
    return company.version() == null ? 0 : company.version();
  }
}
