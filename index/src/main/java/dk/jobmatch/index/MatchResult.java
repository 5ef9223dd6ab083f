package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The ranked companies for one citizen, best first, with the weights that ranked them, how many
 * companies that would otherwise fit were held back because they are paused, at their contact limit or full this month, and
 * the near misses: companies with a task for the citizen's goals kept out by exactly one rule that
 * could be relaxed.
 */
public record MatchResult(List<CompanyMatch> companies, ScoreWeights weights, HeldBack heldBack, NearMisses nearMisses) {

  /** Companies that pass every filter but availability: a consultant should know they exist. */
  public record HeldBack(int paused, int monthlyLimitReached, int contactLimitReached) {
    public static final HeldBack NONE = new HeldBack(0, 0, 0);

    /** Paused and full-month companies only: none at their contact limit. */
    public HeldBack(int paused, int monthlyLimitReached) {
      this(paused, monthlyLimitReached, 0);
    }
  }

  /** Near misses, best first, and how many more companies each relaxation would open. */
  public record NearMisses(List<NearMiss> companies, List<Opening> openings) {
    public static final NearMisses NONE = new NearMisses(List.of(), List.of());
  }

  /** A company whose best task for the citizen's goals is kept out by one relaxable rule. */
  public record NearMiss(String companyId, String name, String municipalityCode, double distanceKm, TaskMatch task,
      KeptOutBy keptOutBy) {}

  /**
   * The one rule that keeps a task out, and by how much: kilometres past the radius, hours above the
   * hours now, the date the company is available from (paused or not yet; for its contact limit, the
   * day it may be asked again), or its full month.
   */
  public record KeptOutBy(HardRule rule, double kmBeyondRadius, int hoursAboveNow, LocalDate availableFrom) {}

  /**
   * What relaxing one rule would open: {@code relaxedTo} is the radius in km or the weekly hours
   * (0 for the availability rules), {@code companies} how many more companies would then be on the list.
   */
  public record Opening(HardRule rule, int relaxedTo, int companies) {}

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

  /**
   * One partial task that passed every hard filter, with its score parts and why it is on the list;
   * {@code schedule} is when it is done (empty when no times are agreed), which also tells apart two
   * tasks of one company with the same title.
   */
  public record TaskMatch(
      String taskId,
      String title,
      String occupationCode,
      int weeklyHoursMin,
      int weeklyHoursMax,
      List<TimeSlot> schedule,
      double score,
      ScoreBreakdown breakdown,
      Reasons reasons) {

    public TaskMatch {
      schedule = schedule == null ? List.of() : List.copyOf(schedule);
    }
  }

  /**
   * Partial tasks at one company that one citizen can hold together, and why, as facts rather than
   * words (the service words them in the reader's language): no single task reaches the citizen's
   * {@code citizenHoursNow}; the largest holds {@code largestSingleTaskHours}; these, on times that
   * do not overlap, give {@code weeklyHoursMin}-{@code weeklyHoursMax} together.
   */
  public record Combination(List<String> taskIds, int weeklyHoursMin, int weeklyHoursMax, int citizenHoursNow,
      int largestSingleTaskHours) {

    public Combination {
      taskIds = List.copyOf(taskIds);
    }
  }

  /** The reasons for one row, in the terms a consultant uses. */
  public record Reasons(
      List<GoalMatch> goals,
      ExperienceMatch experience,
      List<String> matchedSkills,
      List<WordPart> matchedSkillParts,
      List<String> matchedDevelopmentGoals,
      List<String> wishesMet,
      List<NeedCheck> needs,
      List<String> softConflicts,
      HoursFit hours,
      double distanceKm,
      boolean paidHoursPotential) {}

  /**
   * A job goal the task matches and how closely; for a part match, {@code part} is the word found
   * inside {@code within} (the citizen's word inside the task's compound, or the other way round).
   */
  public record GoalMatch(GoalRank rank, String title, String occupationCode, GoalMatchKind kind, WordPart part) {}

  /** A word found inside a compound: "lager" in "Lagermedarbejder". */
  public record WordPart(String part, String within) {}

  /**
   * How a task matched a job goal, best first: the goal's occupation, its ISCO-08 minor group, the
   * helper or skilled occupation of the same trade, a word of the goal's title in the task's title, inside a compound of it ("lager" in "Lagerarbejde"), in
   * the task's description or skills, or inside a compound there.
   */
  public enum GoalMatchKind { EXACT_OCCUPATION, SAME_MINOR_GROUP, SAME_TRADE, TITLE_WORD, TITLE_PART, SAME_FIELD, TEXT_WORD, TEXT_PART;

    /** The kinds that are matched as text, best first. */
    static final List<GoalMatchKind> TEXT = List.of(TITLE_WORD, TITLE_PART, TEXT_WORD, TEXT_PART);
  }

  /**
   * The CV's best experience or education for the task: in its occupation, its minor group or its
   * field of work ({@code kind}), with
   * the years and how long ago (experience), or completed or not (education); null when none.
   */
  public record ExperienceMatch(String occupationCode, GoalMatchKind kind, Source source, Double years,
      Integer yearsAgo, boolean completed) {

    /** Experience or education in the task's own occupation. */
    public boolean sameOccupation() {
      return kind == GoalMatchKind.EXACT_OCCUPATION;
    }
  }

  /** Where the CV's evidence for an occupation comes from. */
  public enum Source { EXPERIENCE, EDUCATION }

  /** How one accommodation need fared against the task. */
  public record NeedCheck(String code, Strictness strictness, NeedVerdict verdict) {}

  /** The task's weekly hours against the citizen's capacity now and the target. */
  public record HoursFit(int taskMin, int taskMax, int citizenNow, int citizenTarget) {}
}
