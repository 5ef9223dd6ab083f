package dk.jobmatch.crm.sync;

import reactor.core.publisher.Mono;

/** Records that could not be synced, one entry per (source, external id): the latest reason wins. */
public interface Quarantine {

  Mono<Void> hold(QuarantinedRecord record);

  /** The record synced fine now: its quarantine entry, if any, is no longer needed. */
  Mono<Void> release(String sourceId, String externalId);
}
