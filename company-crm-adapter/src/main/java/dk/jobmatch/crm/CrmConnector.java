package dk.jobmatch.crm;

import reactor.core.publisher.Mono;

/**
 * Reads a CRM's companies one page at a time, oldest change first. The first page of a run starts
 * after {@link Checkpoint#since()}; an interrupted run resumes at {@link Checkpoint#resumeAt()}.
 */
public interface CrmConnector {

  /** The page {@code checkpoint} points at. Fails when the CRM cannot be reached after retries. */
  Mono<CrmPage> page(Checkpoint checkpoint);
}
