package dk.jobmatch.crm.support;

import dk.jobmatch.crm.Checkpoint;
import dk.jobmatch.crm.mapping.CrmCompany;
import dk.jobmatch.crm.mapping.ReferenceCodes;
import dk.jobmatch.crm.sync.Quarantine;
import dk.jobmatch.crm.sync.QuarantinedRecord;
import dk.jobmatch.crm.sync.StoreOutcome;
import dk.jobmatch.crm.sync.SyncCheckpoints;
import dk.jobmatch.crm.sync.SyncedCompanies;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * The sync's ports in memory, for the adapter's own tests (the service's tests use the real MongoDB
 * ones). Counts writes so a test can prove a repeated sync wrote nothing.
 */
public final class InMemoryPorts implements SyncCheckpoints, SyncedCompanies, Quarantine {
  public static final ReferenceCodes REFERENCE = new ReferenceCodes() {
    @Override
    public boolean validCvr(String cvr) {
      return CrmRecords.VALID_CVRS.contains(cvr);
    }

    @Override
    public boolean knownMunicipality(String code) {
      return Set.of("101", "751", "461").contains(code);
    }
  };

  public final Map<String, Checkpoint> checkpoints = new ConcurrentHashMap<>();
  public final Map<String, CrmCompany> companies = new ConcurrentHashMap<>();
  public final Map<String, QuarantinedRecord> quarantined = new ConcurrentHashMap<>();
  public final AtomicInteger writes = new AtomicInteger();

  @Override
  public Mono<Checkpoint> load(String sourceId) {
    return Mono.fromSupplier(() -> checkpoints.getOrDefault(sourceId, Checkpoint.start(sourceId)));
  }

  @Override
  public Mono<Void> save(Checkpoint checkpoint) {
    return Mono.fromRunnable(() -> checkpoints.put(checkpoint.sourceId(), checkpoint));
  }

  @Override
  public Mono<StoreOutcome> upsert(String sourceId, CrmCompany company) {
    return Mono.fromSupplier(() -> {
      CrmCompany before = companies.get(company.externalId());
      if (before != null && before.version().equals(company.version())) {
        return StoreOutcome.UNCHANGED;
      }
      writes.incrementAndGet();
      companies.put(company.externalId(), company);
      return before == null ? StoreOutcome.CREATED : !company.active() && before.active() ? StoreOutcome.DEACTIVATED : StoreOutcome.UPDATED;
    });
  }

  @Override
  public Mono<StoreOutcome> deactivate(String sourceId, String externalId) {
    return Mono.fromSupplier(() -> {
      CrmCompany before = companies.get(externalId);
      if (before == null || !before.active()) {
        return StoreOutcome.UNCHANGED;
      }
      writes.incrementAndGet();
      companies.put(externalId, new CrmCompany(before.externalId(), before.version(), false, before.cvr(), before.name(),
          before.address(), before.municipalityCode(), before.latitude(), before.longitude(), before.industryCode(),
          before.contacts(), before.openings()));
      return StoreOutcome.DEACTIVATED;
    });
  }

  @Override
  public Mono<Void> hold(QuarantinedRecord record) {
    return Mono.fromRunnable(() -> quarantined.put(record.externalId() == null ? "page:" + record.where() : record.externalId(), record));
  }

  @Override
  public Mono<Void> release(String sourceId, String externalId) {
    return Mono.fromRunnable(() -> quarantined.remove(externalId));
  }

  public List<String> quarantineReasons() {
    return quarantined.values().stream().map(QuarantinedRecord::reason).sorted().toList();
  }
}
