package dk.jobmatch.matcher.citizen;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A citizen (borger) of one job centre, under a random pseudonymous id: never a name or CPR number.
 * Holds only what matching needs, the company consultant whose caseload the citizen is in, and the
 * consultant's own pseudonymous {@code label} (a case number or initials, see {@link CitizenLabel});
 * accommodation needs are health-related personal data (GDPR art. 9).
 */
@Document("citizens")
public record Citizen(
    @Id String id,
    @Version Long version,
    @Indexed String jobCentre,
    Cv cv,
    List<JobGoal> jobGoals,
    List<String> developmentGoals,
    HoursCapacity hoursCapacity,
    List<AccommodationNeed> accommodationNeeds,
    Home home,
    List<ExcludedCompany> excludedCompanies,
    Instant createdAt,
    Instant updatedAt,
    String consultant,
    List<String> wishes,
    String label) {

  @PersistenceCreator
  public Citizen {
    // Stored before wishes existed: none.
    wishes = wishes == null ? List.of() : wishes;
  }

  /** A citizen without a label. */
  public Citizen(String id, Long version, String jobCentre, Cv cv, List<JobGoal> jobGoals, List<String> developmentGoals,
      HoursCapacity hoursCapacity, List<AccommodationNeed> accommodationNeeds, Home home,
      List<ExcludedCompany> excludedCompanies, Instant createdAt, Instant updatedAt, String consultant, List<String> wishes) {
    this(id, version, jobCentre, cv, jobGoals, developmentGoals, hoursCapacity, accommodationNeeds, home, excludedCompanies,
        createdAt, updatedAt, consultant, wishes, null);
  }

  /** A citizen in no consultant's caseload yet. */
  public Citizen(String id, Long version, String jobCentre, Cv cv, List<JobGoal> jobGoals, List<String> developmentGoals,
      HoursCapacity hoursCapacity, List<AccommodationNeed> accommodationNeeds, Home home,
      List<ExcludedCompany> excludedCompanies, Instant createdAt, Instant updatedAt) {
    this(id, version, jobCentre, cv, jobGoals, developmentGoals, hoursCapacity, accommodationNeeds, home, excludedCompanies,
        createdAt, updatedAt, null, List.of(), null);
  }

  /** The same citizen with this label. */
  public Citizen labelled(String newLabel) {
    return new Citizen(id, version, jobCentre, cv, jobGoals, developmentGoals, hoursCapacity, accommodationNeeds, home,
        excludedCompanies, createdAt, updatedAt, consultant, wishes, newLabel);
  }

  /** The same citizen in {@code newConsultant}'s caseload from {@code at}. */
  public Citizen assignedTo(String newConsultant, Instant at) {
    return new Citizen(id, version, jobCentre, cv, jobGoals, developmentGoals, hoursCapacity, accommodationNeeds, home,
        excludedCompanies, createdAt, at, newConsultant, wishes, label);
  }

  /** The CV (Jobnet-CV) as matching uses it. */
  public record Cv(List<Experience> experience, List<Education> education, List<String> skills, boolean drivingLicence) {}

  /**
   * Work experience, with an ISCO-08 occupation code where known, its years and the last year in it
   * ({@code endYear} null while ongoing or when the CV does not say).
   */
  public record Experience(String occupationCode, String title, Double years, Integer endYear) {
    public Experience(String occupationCode, String title, Double years) {
      this(occupationCode, title, years, null);
    }
  }

  /** An education, with the occupation it leads to where known. */
  public record Education(String title, Boolean completed, String occupationCode) {
    public Education(String title, Boolean completed) {
      this(title, completed, null);
    }
  }

  /** A job goal (jobmål) ranked A, B or C. */
  public record JobGoal(String rank, String occupationCode, String title) {}

  /** Weekly hours now and the target (timer/arbejdsevne). */
  public record HoursCapacity(int now, int target) {}

  /** An accommodation need (skånehensyn), MUST or PREFER. */
  public record AccommodationNeed(String code, String strictness) {}

  /** Approximate home location and commute radius. */
  public record Home(double lat, double lon, int maxCommuteKm) {}

  /** A company the citizen must not be matched with, and why. */
  public record ExcludedCompany(String companyId, String reason) {}
}
