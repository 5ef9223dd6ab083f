package dk.jobmatch.index;

import java.util.List;
import java.util.Set;

/**
 * What matching knows of a citizen: no name, no CPR number, only the profile that drives the match.
 * {@code needs} are accommodation needs (skånehensyn) with their strictness; {@code developmentGoals}
 * (udviklingsmål) are free text such as "prøve kundekontakt"; {@code wishes} are positive
 * preferences from the controlled vocabulary ({@link dk.jobmatch.index.vocabulary.WishRule}), such as
 * {@code CUSTOMER_CONTACT} or {@code OUTDOOR}.
 */
public record CitizenProfile(
    GeoPoint home,
    int maxCommuteKm,
    int hoursNow,
    int hoursTarget,
    List<JobGoal> jobGoals,
    List<String> skills,
    List<Experience> experience,
    List<Education> education,
    List<Need> needs,
    Set<String> excludedCompanyIds,
    List<String> developmentGoals,
    Set<String> wishes) {

  public CitizenProfile {
    jobGoals = List.copyOf(jobGoals);
    skills = List.copyOf(skills);
    experience = experience == null ? List.of() : List.copyOf(experience);
    education = education == null ? List.of() : List.copyOf(education);
    needs = List.copyOf(needs);
    excludedCompanyIds = Set.copyOf(excludedCompanyIds);
    developmentGoals = developmentGoals == null ? List.of() : List.copyOf(developmentGoals);
    wishes = wishes == null ? Set.of() : Set.copyOf(wishes);
  }

  /** A ranked job goal (jobmål); {@code occupationCode} may be null when only a title is known. */
  public record JobGoal(GoalRank rank, String occupationCode, String title) {}

  /** ABC job strategy: A = dream job, B = realistic, C = any job that moves towards A/B. */
  public enum GoalRank { A, B, C }

  /**
   * Work experience in an occupation: {@code years} in it (null when the CV does not say) and how
   * many whole years ago it ended ({@code 0} when ongoing or recent, null when unknown).
   */
  public record Experience(String occupationCode, Double years, Integer yearsAgo) {
    public Experience {
      if (years != null && !(years >= 0)) {
        throw new IllegalArgumentException("years of experience must be 0 or more, was " + years);
      }
      if (yearsAgo != null && yearsAgo < 0) {
        throw new IllegalArgumentException("experience cannot end in the future, " + yearsAgo + " years ago");
      }
    }

    /** Experience in an occupation with nothing known of its length or age. */
    public static Experience in(String occupationCode) {
      return new Experience(occupationCode, null, null);
    }
  }

  /** An education (uddannelse) leading to an occupation; {@code completed} or begun only. */
  public record Education(String occupationCode, boolean completed) {}

  /** An accommodation need and whether it is a hard filter (MUST) or a ranking preference (PREFER). */
  public record Need(String code, Strictness strictness) {}

  /** MUST needs filter; PREFER needs are shown and lower the rank. */
  public enum Strictness { MUST, PREFER }
}
