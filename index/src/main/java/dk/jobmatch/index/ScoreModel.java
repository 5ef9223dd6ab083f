package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CompanyEntry.OrdinaryHoursStance;
import dk.jobmatch.index.CompanyEntry.PaidHoursRecord;
import dk.jobmatch.index.MatchResult.GoalMatchKind;

/**
 * The ranking model: each part of a task's score as a value from 0 to 1, before {@link ScoreWeights}.
 * Plain functions of a task's attributes, shared by the Lucene scorer, the explanations, the reverse
 * search and the benchmark's baseline, so they can never disagree on what a score means.
 */
public final class ScoreModel {
  /** Index of each part in a values array: {@link ScorePart#ordinal()}, named for the hot loops. */
  static final int GOALS = ScorePart.GOALS.ordinal(), EXPERIENCE = ScorePart.EXPERIENCE.ordinal(),
      SKILLS = ScorePart.SKILLS.ordinal(), DEVELOPMENT = ScorePart.DEVELOPMENT_GOALS.ordinal(),
      WISHES = ScorePart.WISHES.ordinal(), HOURS = ScorePart.HOURS_FIT.ordinal(), DISTANCE = ScorePart.DISTANCE.ordinal(),
      PREFER = ScorePart.PREFER_NEEDS.ordinal(), ORDINARY = ScorePart.ORDINARY_HOURS.ordinal(),
      RECORD = ScorePart.PAID_HOURS_RECORD.ordinal(), PARTS = ScorePart.COUNT;

  /** What a word inside a compound counts, against the same word standing alone. */
  public static final double PART_FACTOR = 0.5;

  /** BM25 sum at which a text part reaches half its weight; text can order tasks, never dominate them. */
  static final double TEXT_HALF_SATURATION = 5.0;

  private ScoreModel() {}

  /**
   * How well a task matches one job goal: kind of match (exact > minor group = one trade > a goal
   * word in the title > inside a compound of the title > the same field of work > in the text >
   * inside a compound of the text) times rank (A > B > C).
   */
  public static double goal(GoalMatchKind kind, GoalRank rank) {
    double k = switch (kind) {
      case EXACT_OCCUPATION -> 1.0;
      case SAME_MINOR_GROUP -> 0.5;
      case SAME_TRADE -> 0.5;
      case TITLE_WORD -> 0.38;
      case TITLE_PART -> 0.3;
      case SAME_FIELD -> 0.25;
      case TEXT_WORD -> 0.2;
      case TEXT_PART -> 0.12;
    };
    double r = switch (rank) {
      case A -> 1.0;
      case B -> 0.7;
      case C -> 0.4;
    };
    return k * r;
  }

  /** Years assumed when the CV does not say how long: a short spell, neither nothing nor a career. */
  static final double UNKNOWN_YEARS = 1.5;

  /**
   * What CV evidence counts by how its occupation relates to the task's ({@link OccupationCodes#kind}):
   * in full for the same occupation, as a goal's share of it for the minor group and the trade (½)
   * and the field of work (¼): the same steps a job goal takes.
   */
  public static double relatedShare(GoalMatchKind kind) {
    return switch (kind) {
      case EXACT_OCCUPATION, SAME_MINOR_GROUP, SAME_TRADE, SAME_FIELD -> goal(kind, GoalRank.A);
      default -> throw new IllegalArgumentException(kind + " is not a relation by code");
    };
  }

  /**
   * CV experience in an occupation related to the task's by {@code kind} ({@link #relatedShare}):
   * more years count more, with diminishing returns (1 year 0.39, 3 years 0.78, 5 years 0.92 of the
   * most), and experience that ended long ago counts less (full up to 3 years ago, half from 15
   * years ago).
   */
  public static double experience(GoalMatchKind kind, Double years, Integer yearsAgo) {
    double y = years == null ? UNKNOWN_YEARS : years;
    double length = 1 - Math.exp(-y / 2.0);
    double ago = yearsAgo == null ? 0 : yearsAgo;
    double recency = ago <= 3 ? 1.0 : Math.max(0.5, 1.0 - 0.5 * (ago - 3) / 12.0);
    return relatedShare(kind) * length * recency;
  }

  /**
   * A relevant education: completed, it counts like about two years in the occupation; begun only,
   * like half a year. At {@link #relatedShare} for a related occupation.
   */
  public static double education(GoalMatchKind kind, boolean completed) {
    return relatedShare(kind) * (completed ? 0.65 : 0.2);
  }

  /** Share of the citizen's wishes the task meets; 0 when the citizen states none. */
  public static double wishes(int met, int total) {
    return total == 0 ? 0 : met / (double) total;
  }

  /** A BM25 sum squashed into 0..1: rare words help, but no number of them outweighs a goal. */
  public static double text(double bm25) {
    return bm25 <= 0 ? 0 : bm25 / (bm25 + TEXT_HALF_SATURATION);
  }

  /**
   * Hours fit: how much of the citizen's hours now the task can hold (70%), and how far towards the
   * target it lets them grow without changing workplace (30%). The task's minimum is never above
   * the hours now: that is a hard filter.
   */
  public static double hoursFit(int taskMin, int taskMax, int hoursNow, int hoursTarget) {
    if (hoursNow <= 0) {
      return 0;
    }
    double fill = Math.min(taskMax, hoursNow) / (double) hoursNow;
    double grow = hoursTarget > hoursNow
        ? clamp((Math.min(taskMax, hoursTarget) - hoursNow) / (double) (hoursTarget - hoursNow))
        : fill;
    return 0.7 * fill + 0.3 * grow;
  }

  /** Linear distance decay: 1 at the citizen's door, 0 at the edge of the commute radius. */
  public static double distance(double km, int radiusKm) {
    return radiusKm <= 0 ? 0 : clamp(1 - km / radiusKm);
  }

  /** Share of PREFER needs the task meets; 0 when the citizen has none, so it never separates tasks then. */
  public static double preferNeeds(int met, int total) {
    return total == 0 ? 0 : met / (double) total;
  }

  /** Paid-hours potential: the company open to ordinary hours (60%) and the task eligible for them (40%). */
  public static double ordinaryHours(OrdinaryHoursStance stance, boolean eligibleForPaidHours) {
    double open = switch (stance) {
      case YES -> 1.0;
      case UNKNOWN -> 0.3;
      case NO -> 0.0;
    };
    return 0.6 * open + 0.4 * (eligibleForPaidHours ? 1 : 0);
  }

  /**
   * The company's record of turning placements into ordinary hours, smoothed towards one half
   * (Laplace) so an unknown company sits in the middle and one lucky placement is no record.
   */
  public static double paidHoursRecord(PaidHoursRecord record) {
    return paidHoursRecord(record.placementsEnded(), record.withOrdinaryHours());
  }

  static double paidHoursRecord(int placementsEnded, int withOrdinaryHours) {
    return (withOrdinaryHours + 1.0) / (placementsEnded + 2.0);
  }

  /** What the context parts count for a task with nothing of the citizen's own. */
  public static final double UNRELATED_CONTEXT = 0.5;
  /** The relevance from which the context parts count in full: an exact C goal, a title word of an A goal. */
  public static final double FULL_CONTEXT_FROM = 0.38;

  /**
   * Scales the context parts (hours fit, distance, PREFER needs, ordinary hours, the paid-hours
   * record: the parts that need no signal of the citizen's own) by how related the task is to the
   * citizen: in full from {@value #FULL_CONTEXT_FROM} relevance (the best of the goal, experience,
   * skills and development-goal values), {@value #UNRELATED_CONTEXT} for a task with none,
   * linearly between. Without it, a task next door with no relation to any goal collected enough
   * from hours and distance to outrank a real goal match a few kilometres away. A part weighted 0
   * makes nothing relevant: a consultant who sets goals to 0 means to rank without them. In place, on
   * unweighted values by {@link ScorePart#ordinal()}; the breakdown shows the scaled values.
   */
  public static void scaleContext(double[] values, double[] weights) {
    double relevance = 0;
    for (int i : RELATING_PARTS) {
      if (weights[i] > 0 && values[i] > relevance) {
        relevance = values[i];
      }
    }
    double scale = contextScale(relevance);
    for (int i : CONTEXT_PARTS) {
      values[i] *= scale;
    }
  }

  /** Ordinals of the parts that relate a task to the citizen, and of the context parts: arrays, for the hot loop. */
  private static final int[] RELATING_PARTS = ScorePart.ALL.stream().filter(ScorePart::relatesTask)
      .mapToInt(ScorePart::ordinal).toArray();
  private static final int[] CONTEXT_PARTS = ScorePart.ALL.stream().filter(p -> !p.needsSignal())
      .mapToInt(ScorePart::ordinal).toArray();

  /** The factor {@link #scaleContext} applies at this relevance. */
  public static double contextScale(double relevance) {
    return UNRELATED_CONTEXT + (1 - UNRELATED_CONTEXT) * Math.min(1, relevance / FULL_CONTEXT_FROM);
  }

  /**
   * The most the context parts can add to a task with nothing relating it to the citizen (no goal,
   * experience, skill or development-goal match): their weights at the share an unrelated task gets.
   */
  static double maxUnrelatedContext(ScoreWeights w) {
    return maxContext(w) * UNRELATED_CONTEXT;
  }

  /** The most the context parts can add to a task related to the citizen: their weights. */
  static double maxContext(ScoreWeights w) {
    double sum = 0;
    for (ScorePart part : ScorePart.ALL) {
      if (!part.needsSignal()) {
        sum += w.get(part);
      }
    }
    return sum;
  }

  /** The weighted total of the parts. */
  static double total(double[] values, double[] weights) {
    double sum = 0;
    for (int i = 0; i < PARTS; i++) {
      sum += values[i] * weights[i];
    }
    return sum;
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : v > 1 ? 1 : v;
  }
}
