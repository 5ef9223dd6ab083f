package dk.jobmatch.crm.sync;

import dk.jobmatch.crm.ChangeTimes;
import dk.jobmatch.crm.Checkpoint;
import dk.jobmatch.crm.CrmConnector;
import dk.jobmatch.crm.CrmPage;
import dk.jobmatch.crm.mapping.CrmRecordMapper;
import dk.jobmatch.crm.mapping.MappingOutcome;
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One source's sync: reads pages from the checkpoint on, maps each record, stores it (idempotent by
 * source, external id and version), quarantines what cannot be mapped or stored, and saves the
 * checkpoint after every page, so a run that stops (CRM down, crash) resumes at the next page.
 *
 * <p>An unreadable page is quarantined; the run goes on when the CRM told where the next page is
 * (the feed's {@code X-Next-Cursor}), else it ends PARTIAL and the next run tries that page again.
 * Runs of one source must not overlap; the caller ensures that.
 *
 * <pre>{@code
 * SyncProgress progress = new SyncProgress();
 * sync.run(progress).subscribe(status -> log(status, progress.counts()));
 * }</pre>
 */
public final class CompanySync {
  private final String sourceId;
  private final CrmConnector connector;
  private final CrmRecordMapper mapper;
  private final SyncCheckpoints checkpoints;
  private final SyncedCompanies companies;
  private final Quarantine quarantine;
  private final Clock clock;

  public CompanySync(String sourceId, CrmConnector connector, CrmRecordMapper mapper, SyncCheckpoints checkpoints,
      SyncedCompanies companies, Quarantine quarantine, Clock clock) {
    this.sourceId = sourceId;
    this.connector = connector;
    this.mapper = mapper;
    this.checkpoints = checkpoints;
    this.companies = companies;
    this.quarantine = quarantine;
    this.clock = clock;
  }

  /** How a run ended when it did not fail outright (a failure is the Mono's error). */
  public enum Ending { COMPLETED, PARTIAL }

  public Mono<Ending> run(SyncProgress progress) {
    return checkpoints.load(sourceId).flatMap(start -> from(start, progress));
  }

  private Mono<Ending> from(Checkpoint checkpoint, SyncProgress progress) {
    return connector.page(checkpoint).flatMap(page -> {
      progress.page();
      return switch (page) {
        case CrmPage.Read read -> apply(read.records(), progress).flatMap(newest -> {
          String latest = newest.isEmpty() ? null : newest;
          Checkpoint after = read.next() == null ? checkpoint.completed(latest) : checkpoint.continueAt(read.next(), latest);
          return checkpoints.save(after).then(Mono.defer(() -> after.interrupted() ? from(after, progress) : Mono.just(Ending.COMPLETED)));
        });
        case CrmPage.Unreadable bad -> quarantine.hold(new QuarantinedRecord(sourceId, null, bad.where(), bad.reason(), null, clock.instant()))
            .then(Mono.defer(() -> {
              progress.quarantined();
              progress.problem("unreadable page (" + bad.where() + "): " + bad.reason());
              if (bad.next() == null) {
                return Mono.just(Ending.PARTIAL);
              }
              Checkpoint after = checkpoint.continueAt(bad.next(), null);
              return checkpoints.save(after).then(Mono.defer(() -> from(after, progress)));
            }));
      };
    });
  }

  /** Applies pushed records (a webhook call) the same way as a page; the checkpoint is not moved. */
  public Mono<Void> push(List<JsonNode> records, SyncProgress progress) {
    return apply(records, progress).then();
  }

  /** Applies the records in order; emits the newest change time among them ("" when none). */
  private Mono<String> apply(List<JsonNode> records, SyncProgress progress) {
    return Flux.fromIterable(records)
        .concatMap(record -> applyOne(record, progress).thenReturn(record))
        .reduce("", (latest, record) -> {
          String later = ChangeTimes.later(latest.isEmpty() ? null : latest, mapper.changeTime(record));
          return later == null ? "" : later;
        });
  }

  private Mono<Void> applyOne(JsonNode record, SyncProgress progress) {
    MappingOutcome outcome = mapper.map(record);
    Mono<StoreOutcome> stored = switch (outcome) {
      case MappingOutcome.Mapped m -> companies.upsert(sourceId, m.company());
      case MappingOutcome.Removed r -> companies.deactivate(sourceId, r.externalId());
      case MappingOutcome.Unmappable u -> Mono.error(new CompanyRejected(u.reason()));
    };
    return stored
        .flatMap(result -> {
          progress.stored(result);
          return quarantine.release(sourceId, outcome.externalId());
        })
        .onErrorResume(CompanyRejected.class, rejected -> quarantine.hold(new QuarantinedRecord(sourceId,
                outcome.externalId(), outcome.externalId() == null ? "record" : "record " + outcome.externalId(),
                rejected.getMessage(), QuarantinedRecord.excerpt(record.toString()), clock.instant()))
            .doOnSuccess(ignored -> progress.quarantined()));
  }
}
