package dk.jobmatch.matcher.crm;

import dk.jobmatch.crm.sync.SyncProgress;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One sync run of a source, as kept in {@code crmSyncRuns} (the history the API shows). */
@Document(SyncRun.COLLECTION)
record SyncRun(
    @Id String runId,
    String sourceId,
    String trigger,
    String status,
    Instant startedAt,
    Instant finishedAt,
    int pages,
    int created,
    int updated,
    int unchanged,
    int deactivated,
    int quarantined,
    String problem) {
  static final String COLLECTION = "crmSyncRuns";

  static SyncRun started(String runId, String sourceId, String trigger, Instant at) {
    return new SyncRun(runId, sourceId, trigger, "RUNNING", at, null, 0, 0, 0, 0, 0, 0, null);
  }

  /** This run with the counters so far (while it runs) or at its end. */
  SyncRun with(String status, SyncProgress progress, String problem, Instant finishedAt) {
    SyncProgress.Counts c = progress.counts();
    return new SyncRun(runId, sourceId, trigger, status, startedAt, finishedAt, c.pages(), c.created(), c.updated(),
        c.unchanged(), c.deactivated(), c.quarantined(), problem);
  }
}
