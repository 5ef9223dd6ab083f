package dk.jobmatch.matcher.citizen;

import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * What has happened with a job centre's citizens elsewhere than in their profile: features that keep
 * records about citizens (placements) implement this, and the citizen list takes the latest of each
 * citizen's profile change and these as its last activity, without knowing the features.
 */
public interface CitizenActivity {

  /** The moment of the latest activity per citizen id of the job centre; citizens without any are left out. */
  Mono<Map<String, Instant>> latestByCitizen(String jobCentre);
}
