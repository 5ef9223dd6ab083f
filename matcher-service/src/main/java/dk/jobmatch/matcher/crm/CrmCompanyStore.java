package dk.jobmatch.matcher.crm;

import dk.jobmatch.crm.mapping.CrmCompany;
import dk.jobmatch.crm.sync.CompanyRejected;
import dk.jobmatch.crm.sync.StoreOutcome;
import dk.jobmatch.crm.sync.SyncedCompanies;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.Company.ContactPerson;
import dk.jobmatch.matcher.company.Company.CrmReference;
import dk.jobmatch.matcher.company.Company.Location;
import dk.jobmatch.matcher.company.Company.PartialTask;
import dk.jobmatch.matcher.company.CompanyIndexFeed;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.reference.Municipalities;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Stores synced companies in {@code companies}, the same collection and index feed as the API's
 * writes, so a synced company is matched at once (and other replicas follow through the change
 * stream). The company's id is derived from (source, external id), so the same CRM company always
 * lands on the same record; the CRM version decides whether anything is written.
 *
 * <p>The CRM owns what it sends: CVR, name, address, municipality, location, industry, contact
 * persons and the openings, which become the partial tasks. What consultants keep here (collaboration
 * status, availability, ordinary hours stance, accommodations; a task's demands, skills and schedule)
 * survives a sync, per task as long as the opening still exists.
 */
@Component
class CrmCompanyStore implements SyncedCompanies {
  private final CompanyRepository companies;
  private final CompanyIndexFeed feed;
  private final Clock clock;

  CrmCompanyStore(CompanyRepository companies, CompanyIndexFeed feed, Clock clock) {
    this.companies = companies;
    this.feed = feed;
    this.clock = clock;
  }

  static String companyId(String sourceId, String externalId) {
    return UUID.nameUUIDFromBytes(("crm/" + sourceId + "/" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String taskId(String sourceId, String companyExternalId, String openingId) {
    return UUID.nameUUIDFromBytes(("crm/" + sourceId + "/" + companyExternalId + "/" + openingId)
        .getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Override
  public Mono<StoreOutcome> upsert(String sourceId, CrmCompany incoming) {
    String id = companyId(sourceId, incoming.externalId());
    return Mono.defer(() -> companies.findById(id)
            .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
            .flatMap(before -> write(sourceId, id, incoming, before.orElse(null))))
        .retryWhen(Retry.max(2).filter(OptimisticLockingFailureException.class::isInstance))
        .onErrorMap(DuplicateKeyException.class,
            e -> new CompanyRejected("CVR number " + incoming.cvr() + " is registered already for another company"));
  }

  @Override
  public Mono<StoreOutcome> deactivate(String sourceId, String externalId) {
    String id = companyId(sourceId, externalId);
    return Mono.defer(() -> companies.findById(id)
            .flatMap(before -> {
              if (before.deactivated()) {
                return Mono.just(StoreOutcome.UNCHANGED);
              }
              CrmReference crm = new CrmReference(sourceId, externalId, before.crm().version(), clock.instant());
              return save(withCrm(before, crm)).thenReturn(StoreOutcome.DEACTIVATED);
            })
            .defaultIfEmpty(StoreOutcome.UNCHANGED))
        .retryWhen(Retry.max(2).filter(OptimisticLockingFailureException.class::isInstance));
  }

  private Mono<StoreOutcome> write(String sourceId, String id, CrmCompany in, Company before) {
    if (before != null && before.crm() != null && !newer(in.version(), before.crm().version())) {
      boolean sameVersionNewState = in.version().equals(before.crm().version()) && in.active() == before.deactivated();
      if (!sameVersionNewState) {
        return Mono.just(StoreOutcome.UNCHANGED);
      }
    }
    Instant now = clock.instant();
    Instant deactivatedAt = in.active() ? null
        : before != null && before.deactivated() ? before.crm().deactivatedAt() : now;
    Company company = merged(sourceId, id, in, before, new CrmReference(sourceId, in.externalId(), in.version(), deactivatedAt), now);
    StoreOutcome outcome = before == null ? StoreOutcome.CREATED
        : deactivatedAt != null && !before.deactivated() ? StoreOutcome.DEACTIVATED : StoreOutcome.UPDATED;
    return (before == null ? companies.insert(company).flatMap(feed::index) : save(company)).thenReturn(outcome);
  }

  /**
   * Whether {@code incoming} is a version to apply: any version other than the stored one, except
   * a numerically older one (Dynamics' versionnumber only grows), which arrived late.
   */
  static boolean newer(String incoming, String stored) {
    if (Objects.equals(incoming, stored)) {
      return false;
    }
    try {
      return stored == null || Long.parseLong(incoming) > Long.parseLong(stored);
    } catch (NumberFormatException notNumbers) {
      return true;
    }
  }

  private Mono<Void> save(Company company) {
    return companies.save(company).flatMap(feed::index);
  }

  private static Company merged(String sourceId, String id, CrmCompany in, Company before, CrmReference crm, Instant now) {
    Location location = in.latitude() != null
        ? new Location(in.latitude(), in.longitude())
        : Municipalities.bundled().find(in.municipalityCode())
            .map(m -> new Location(m.centre().lat(), m.centre().lon()))
            .orElseThrow(() -> new IllegalStateException("mapped municipality without centre: " + in.municipalityCode()));
    Map<String, PartialTask> kept = before == null || before.partialTasks() == null ? Map.of()
        : before.partialTasks().stream().collect(Collectors.toMap(PartialTask::taskId, Function.identity(), (a, b) -> a));
    List<PartialTask> tasks = new ArrayList<>();
    for (CrmCompany.Opening o : in.openings()) {
      String taskId = taskId(sourceId, in.externalId(), o.externalId());
      PartialTask old = kept.get(taskId);
      tasks.add(new PartialTask(taskId, o.title(), o.description(), o.occupationCode(),
          old == null ? new ArrayList<>() : old.skills(),
          old == null ? new LinkedHashSet<>() : old.demands(),
          old == null ? new LinkedHashSet<>() : old.accommodationsOffered(),
          o.weeklyHoursMin(), o.weeklyHoursMax(),
          old == null ? new ArrayList<>() : old.schedule(),
          o.eligibleForPaidHours(), o.capacity()));
    }
    List<ContactPerson> contacts = in.contacts().stream()
        .map(c -> new ContactPerson(c.name(), c.role(), c.email(), c.phone()))
        .collect(Collectors.toCollection(ArrayList::new));
    return new Company(id, before == null ? null : before.version(), in.cvr(), in.name(), in.address(), in.municipalityCode(),
        location, in.industryCode(),
        before == null ? null : before.sizeBand(),
        contacts,
        before == null ? new LinkedHashSet<>() : before.accommodationsOffered(),
        before == null ? "UNKNOWN" : before.openToOrdinaryHours(),
        before == null ? null : before.openToOrdinaryHoursNote(),
        before == null ? "NEW" : before.collaborationStatus(),
        before == null ? null : before.availability(),
        crm, tasks,
        before == null ? now : before.createdAt(), now);
  }

  private Company withCrm(Company c, CrmReference crm) {
    return new Company(c.id(), c.version(), c.cvr(), c.name(), c.address(), c.municipalityCode(), c.location(),
        c.industryCode(), c.sizeBand(), c.contactPersons(), c.accommodationsOffered(), c.openToOrdinaryHours(),
        c.openToOrdinaryHoursNote(), c.collaborationStatus(), c.availability(), crm, c.partialTasks(), c.createdAt(),
        clock.instant());
  }
}
