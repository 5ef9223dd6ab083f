package dk.jobmatch.crm.sync;

import dk.jobmatch.crm.Checkpoint;
import reactor.core.publisher.Mono;

/** Durable checkpoints, one per source. */
public interface SyncCheckpoints {

  /** The source's checkpoint, or {@link Checkpoint#start} before its first sync. */
  Mono<Checkpoint> load(String sourceId);

  /** Stored before the next page is read, so a crash resumes at the page after the last one applied. */
  Mono<Void> save(Checkpoint checkpoint);
}
