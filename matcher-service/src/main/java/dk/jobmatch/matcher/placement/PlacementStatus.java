package dk.jobmatch.matcher.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a placement is in its lifecycle. The names are stored as they are and read by matching
 * ({@code company.PlacementLoads}): AGREED and ACTIVE hold a seat on their tasks.
 */
public enum PlacementStatus {
  PROPOSED,
  AGREED,
  ACTIVE,
  ENDED,
  WITHDRAWN;

  /** The statuses that may follow this one. */
  public Set<PlacementStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(AGREED, WITHDRAWN);
      case AGREED -> EnumSet.of(ACTIVE, ENDED);
      case ACTIVE -> EnumSet.of(ENDED);
      case ENDED, WITHDRAWN -> EnumSet.noneOf(PlacementStatus.class);
    };
  }

  /**
   * Whether the placement is an open proposal: proposed or agreed, the citizen not started yet, nor
   * the proposal ended or withdrawn. Its tasks are a shared opening other consultants should know of,
   * and the same citizen is not proposed for them a second time.
   */
  public boolean open() {
    return this == PROPOSED || this == AGREED;
  }

  /** Whether the placement takes a seat on its tasks (the company has said yes to this citizen). */
  public boolean holdsASeat() {
    return this == AGREED || this == ACTIVE;
  }
}
