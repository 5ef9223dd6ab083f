package dk.jobmatch.matcher.citizen;

import reactor.core.publisher.Mono;

/**
 * What else must go when a citizen is erased (GDPR art. 17): features that keep records about a
 * citizen implement this, and the citizen feature calls every one after deleting the citizen, so it
 * needs to know none of them.
 */
public interface CitizenErasure {

  /** Erase what this feature holds about the citizen of this job centre. */
  Mono<Void> erase(String citizenId, String jobCentre);
}
