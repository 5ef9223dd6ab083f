package dk.jobmatch.matcher.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * Builder for placement records as they lie in the {@code placements} collection, with the fields
 * matching reads ({@code companyId}, {@code taskIds}, {@code status}, {@code startDate},
 * {@code endedWithOrdinaryHours}): {@code aPlacement().at(companyId).holding(taskId).active()}.
 * Tests write them straight into MongoDB, as another writer (a replica, a CRM) would; the
 * placements API writes the same fields (see {@code placement.Placement}).
 */
public final class TestPlacements {
  /** The collection the service reads placement load from. */
  public static final String COLLECTION = "placements";

  private TestPlacements() {}

  public static PlacementBuilder aPlacement() {
    return new PlacementBuilder();
  }

  /** Defaults: proposed today, for no task of no company; every test says which company and task. */
  public static final class PlacementBuilder {
    private String companyId;
    private final List<String> taskIds = new ArrayList<>();
    private String status = "PROPOSED";
    private LocalDate startDate = LocalDate.now();
    private Boolean endedWithOrdinaryHours;

    public PlacementBuilder at(UUID companyId) {
      this.companyId = companyId.toString();
      return this;
    }

    public PlacementBuilder holding(UUID... taskIds) {
      for (UUID taskId : taskIds) {
        this.taskIds.add(taskId.toString());
      }
      return this;
    }

    public PlacementBuilder startedOn(LocalDate date) {
      this.startDate = date;
      return this;
    }

    public PlacementBuilder proposed() {
      this.status = "PROPOSED";
      return this;
    }

    public PlacementBuilder agreed() {
      this.status = "AGREED";
      return this;
    }

    public PlacementBuilder active() {
      this.status = "ACTIVE";
      return this;
    }

    /** Ended, and whether the citizen went on to ordinary (paid) hours at the company. */
    public PlacementBuilder ended(boolean withOrdinaryHours) {
      this.status = "ENDED";
      this.endedWithOrdinaryHours = withOrdinaryHours;
      return this;
    }

    public Document build() {
      Document placement = new Document("_id", UUID.randomUUID().toString())
          .append("companyId", companyId)
          .append("taskIds", List.copyOf(taskIds))
          .append("status", status)
          .append("startDate", startDate);
      if (endedWithOrdinaryHours != null) {
        placement.append("endedWithOrdinaryHours", endedWithOrdinaryHours);
      }
      return placement;
    }
  }
}
