package dk.jobmatch.index;

import java.util.List;
import java.util.Set;

/**
 * What matching knows of a citizen: no name, no CPR number, only the profile that drives the match.
 * {@code needs} are accommodation needs (skånehensyn) with their strictness; {@code developmentGoals}
 * (udviklingsmål) are free text such as "prøve kundekontakt".
 */
public record CitizenProfile(
    GeoPoint home,
    int maxCommuteKm,
    int hoursNow,
    int hoursTarget,
    List<JobGoal> jobGoals,
    List<String> skills,
    List<String> experienceOccupationCodes,
    List<Need> needs,
    Set<String> excludedCompanyIds,
    List<String> developmentGoals) {

  public CitizenProfile {
    jobGoals = List.copyOf(jobGoals);
    skills = List.copyOf(skills);
    experienceOccupationCodes = List.copyOf(experienceOccupationCodes);
    needs = List.copyOf(needs);
    excludedCompanyIds = Set.copyOf(excludedCompanyIds);
    developmentGoals = developmentGoals == null ? List.of() : List.copyOf(developmentGoals);
  }

  /** A ranked job goal (jobmål); {@code occupationCode} may be null when only a title is known. */
  public record JobGoal(GoalRank rank, String occupationCode, String title) {}

  /** ABC job strategy: A = dream job, B = realistic, C = any job that moves towards A/B. */
  public enum GoalRank { A, B, C }

  /** An accommodation need and whether it is a hard filter (MUST) or a ranking preference (PREFER). */
  public record Need(String code, Strictness strictness) {}

  /** MUST needs filter; PREFER needs are shown and lower the rank. */
  public enum Strictness { MUST, PREFER }
}
