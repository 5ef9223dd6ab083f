package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import java.util.List;

/** The ranked companies for one citizen, best first. */
public record MatchResult(List<CompanyMatch> companies) {

  /** One company with its fitting partial tasks, best first; its score is its best task's. */
  public record CompanyMatch(
      String companyId,
      String name,
      String municipalityCode,
      CompanyEntry.OrdinaryHoursStance openToOrdinaryHours,
      double distanceKm,
      double score,
      List<TaskMatch> tasks) {}

  /** One partial task that passed every hard filter, with why it is on the list. */
  public record TaskMatch(
      String taskId,
      String title,
      String occupationCode,
      int weeklyHoursMin,
      int weeklyHoursMax,
      double score,
      Reasons reasons) {}

  /** The reasons for one row, in the terms a consultant uses. */
  public record Reasons(
      List<GoalMatch> goals,
      List<String> matchedSkills,
      List<NeedCheck> needs,
      HoursFit hours,
      double distanceKm,
      boolean paidHoursPotential) {}

  /** A job goal the task matches and how closely. */
  public record GoalMatch(GoalRank rank, String title, String occupationCode, GoalMatchKind kind) {}

  /** How a task matched a job goal, best first. */
  public enum GoalMatchKind { EXACT_OCCUPATION, SAME_MINOR_GROUP, TITLE_TEXT }

  /** How one accommodation need fared against the task. */
  public record NeedCheck(String code, Strictness strictness, NeedVerdict verdict) {}

  /** The task's weekly hours against the citizen's capacity now and the target. */
  public record HoursFit(int taskMin, int taskMax, int citizenNow, int citizenTarget) {}
}
