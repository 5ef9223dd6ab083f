package dk.jobmatch.matcher.placement;

import dk.jobmatch.api.model.OpenProposal;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Shared openings: a job centre's open proposals ({@link PlacementStatus#open}), for the match and
 * candidate rows, so two consultants do not offer the same task at once, and for refusing a second
 * open proposal of the same citizen. Always read within one job centre: which citizens another job
 * centre proposes where is its own business.
 */
@Component
public class OpenProposals {
  /** How much of a pseudonymous id a row shows: enough to tell citizens apart, nothing about who they are. */
  static final int CITIZEN_REF_LENGTH = 8;
  private static final List<String> OPEN = EnumSet.allOf(PlacementStatus.class).stream()
      .filter(PlacementStatus::open).map(Enum::name).toList();
  private static final Comparator<Placement> OLDEST_FIRST =
      Comparator.comparing(Placement::createdAt).thenComparing(Placement::id);

  private final ReactiveMongoTemplate mongo;

  OpenProposals(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The job centre's open proposals at these companies, oldest first. */
  public Flux<Placement> atCompanies(String jobCentre, Collection<String> companyIds) {
    if (companyIds.isEmpty()) {
      return Flux.empty();
    }
    return find(Criteria.where("jobCentre").is(jobCentre).and("companyId").in(companyIds));
  }

  /** The job centre's open proposals that hold {@code taskId}, oldest first. */
  public Flux<Placement> onTask(String jobCentre, String taskId) {
    return find(Criteria.where("jobCentre").is(jobCentre).and("taskIds").is(taskId));
  }

  /**
   * {@code placement} as a row shows it, limited to the row's tasks; null when it is the row's own
   * citizen's or holds none of the row's tasks.
   */
  public static OpenProposal shown(Placement placement, String rowCitizenId, Set<String> rowTaskIds) {
    List<UUID> shared = placement.taskIds().stream().filter(rowTaskIds::contains).map(UUID::fromString).toList();
    if (shared.isEmpty() || placement.citizenId().equals(rowCitizenId)) {
      return null;
    }
    return new OpenProposal()
        .placementId(UUID.fromString(placement.id()))
        .status(OpenProposal.StatusEnum.fromValue(placement.status().name()))
        .citizenRef(citizenRef(placement.citizenId()))
        .consultant(placement.consultant())
        .taskIds(shared)
        .proposedAt(placement.createdAt().atOffset(ZoneOffset.UTC));
  }

  /** The short reference a row gives a citizen by: the start of the pseudonymous id, never a name. */
  static String citizenRef(String citizenId) {
    return citizenId.substring(0, Math.min(CITIZEN_REF_LENGTH, citizenId.length()));
  }

  private Flux<Placement> find(Criteria criteria) {
    return mongo.find(new Query(criteria.and("status").in(OPEN)), Placement.class).sort(OLDEST_FIRST);
  }
}
