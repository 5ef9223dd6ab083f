package dk.jobmatch.matcher.company;

import dk.jobmatch.index.CompanyEntry;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.match.TaskSearch.VersionedEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one way companies reach the match index, whoever changed them (this service, the change
 * stream, a placement, a contact): each entry is built with the company's current placement load
 * and, for a company with a contact limit, the requests in its period.
 */
@Component
public class CompanyIndexFeed {
  /** The longest contact limit period the contract allows: what a rebuild reads of the contact log. */
  private static final int LONGEST_PERIOD_DAYS = 365;

  private final CompanyRepository companies;
  private final PlacementLoads placements;
  private final ContactRequests contacts;
  private final TaskSearch search;
  private final Clock clock;

  CompanyIndexFeed(CompanyRepository companies, PlacementLoads placements, ContactRequests contacts, TaskSearch search,
      Clock clock) {
    this.companies = companies;
    this.placements = placements;
    this.contacts = contacts;
    this.search = search;
    this.clock = clock;
  }

  /** Indexes the stored company (its tasks, availability and placement load); a company deactivated in its CRM leaves the index. */
  public Mono<Void> index(Company company) {
    if (company.deactivated()) {
      return search.remove(company.id());
    }
    return entryOf(company).flatMap(entry -> search.put(entry, version(company)));
  }

  /** The company as the match index sees it today, with its placement load and, when it has one, its contact limit. */
  public Mono<CompanyEntry> entryOf(Company company) {
    LocalDate today = LocalDate.now(clock);
    Mono<List<CompanyRequest>> contacted = company.hasContactLimit()
        ? contacts.of(company.id(), company.availability().contactLimit().periodStart(today)).collectList()
        : Mono.just(List.of());
    return placements.of(company.id(), YearMonth.from(today)).zipWith(contacted)
        .map(t -> CompanyMapping.toIndexEntry(company, t.getT1(), contactLimitUntil(company, t.getT1(), t.getT2(), today)));
  }

  /** Re-reads a company and indexes it again (e.g. after one of its placements changed), or forgets it when it is gone. */
  public Mono<Void> refresh(String companyId) {
    return companies.findById(companyId).map(Optional::of).defaultIfEmpty(Optional.empty())
        .flatMap(found -> found.map(this::index).orElseGet(() -> search.remove(companyId)));
  }

  public Mono<Void> removed(String companyId) {
    return search.remove(companyId);
  }

  /** Rebuilds the whole index from MongoDB. */
  Mono<Void> rebuild() {
    LocalDate today = LocalDate.now(clock);
    YearMonth month = YearMonth.from(today);
    return placements.all(month).zipWith(contacts.all(today.minusDays(LONGEST_PERIOD_DAYS))).flatMap(t -> {
      Map<String, PlacementLoad> loads = t.getT1();
      Map<String, List<CompanyRequest>> contacted = t.getT2();
      return companies.findAll()
          .filter(c -> !c.deactivated())
          .map(c -> {
            PlacementLoad load = loads.getOrDefault(c.id(), PlacementLoad.none(month));
            LocalDate until = contactLimitUntil(c, load, contacted.getOrDefault(c.id(), List.of()), today);
            return new VersionedEntry(CompanyMapping.toIndexEntry(c, load, until), version(c));
          })
          .collectList()
          .flatMap(search::rebuild);
    });
  }

  private LocalDate contactLimitUntil(Company company, PlacementLoad load, List<CompanyRequest> contacted, LocalDate today) {
    if (!company.hasContactLimit()) {
      return null;
    }
    List<CompanyRequest> requests = new ArrayList<>(load.proposals());
    requests.addAll(contacted);
    return company.availability().contactLimit().reachedUntil(today, clock.getZone(), requests);
  }

  private static long version(Company company) {
    return company.version() == null ? 0 : company.version();
  }
}
