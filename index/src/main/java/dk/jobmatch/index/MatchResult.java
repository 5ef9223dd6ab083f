package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import java.util.List;

/**
 * The ranked companies for one citizen, best first, with the weights that ranked them and how many
 * companies that would otherwise fit were held back because they are paused or full this month.
 */
public record MatchResult(List<CompanyMatch> companies, ScoreWeights weights, HeldBack heldBack) {

  /** Companies that pass every filter but availability: a consultant should know they exist. */
  public record HeldBack(int paused, int monthlyLimitReached) {
    public static final HeldBack NONE = new HeldBack(0, 0);
  }

  /**
   * One company with its fitting partial tasks, best first; its score is its best task's.
   * {@code combination} is set when no single task reaches the citizen's hours now and several
   * tasks at the company, on times that do not overlap, come closer.
   */
  public record CompanyMatch(
      String companyId,
      String name,
      String municipalityCode,
      CompanyEntry.OrdinaryHoursStance openToOrdinaryHours,
      double distanceKm,
      double score,
      CompanyEntry.PaidHoursRecord paidHoursRecord,
      List<TaskMatch> tasks,
      Combination combination) {}

  /** One partial task that passed every hard filter, with its score parts and why it is on the list. */
  public record TaskMatch(
      String taskId,
      String title,
      String occupationCode,
      int weeklyHoursMin,
      int weeklyHoursMax,
      double score,
      ScoreBreakdown breakdown,
      Reasons reasons) {}

  /** Partial tasks at one company that one citizen can hold together. */
  public record Combination(List<String> taskIds, int weeklyHoursMin, int weeklyHoursMax, String reason) {}

  /** The reasons for one row, in the terms a consultant uses. */
  public record Reasons(
      List<GoalMatch> goals,
      ExperienceMatch experience,
      List<String> matchedSkills,
      List<String> matchedDevelopmentGoals,
      List<NeedCheck> needs,
      List<String> softConflicts,
      HoursFit hours,
      double distanceKm,
      boolean paidHoursPotential) {}

  /** A job goal the task matches and how closely. */
  public record GoalMatch(GoalRank rank, String title, String occupationCode, GoalMatchKind kind) {}

  /** How a task matched a job goal, best first. */
  public enum GoalMatchKind { EXACT_OCCUPATION, SAME_MINOR_GROUP, TITLE_TEXT }

  /** CV experience in the task's occupation or its minor group; null when none. */
  public record ExperienceMatch(String occupationCode, boolean sameOccupation) {}

  /** How one accommodation need fared against the task. */
  public record NeedCheck(String code, Strictness strictness, NeedVerdict verdict) {}

  /** The task's weekly hours against the citizen's capacity now and the target. */
  public record HoursFit(int taskMin, int taskMax, int citizenNow, int citizenTarget) {}
}
