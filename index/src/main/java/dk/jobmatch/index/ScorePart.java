package dk.jobmatch.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a task's score, in breakdown order: the one list behind {@link ScoreWeights},
 * {@link ScoreBreakdown}, the API's weights and breakdown, and the benchmark's baseline. Each part
 * is a value from 0 to 1 ({@link ScoreModel}) times its weight.
 *
 * <p>{@code signal}: the part needs something of the citizen's own (a goal, experience, a word, a
 * wish) to be above 0. {@code relating}: it says the task has to do with the citizen. A task without any such signal can score at most the other parts' weights,
 * which is what lets a match skip most tasks in a radius ({@link ScoreModel#maxUnrelatedContext}).
 */
public enum ScorePart {
  GOALS("goals", 10, true, true),
  EXPERIENCE("experience", 4, true, true),
  SKILLS("skills", 3, true, true),
  DEVELOPMENT_GOALS("developmentGoals", 2, true, true),
  WISHES("wishes", 5, true, false),
  HOURS_FIT("hoursFit", 2, false, false),
  DISTANCE("distance", 3, false, false),
  PREFER_NEEDS("preferNeeds", 5, false, false),
  ORDINARY_HOURS("ordinaryHours", 2, false, false),
  PAID_HOURS_RECORD("paidHoursRecord", 1, false, false);

  /** All parts in breakdown order; {@code values()} copies its array on every call. */
  static final List<ScorePart> ALL = List.of(values());
  static final int COUNT = ALL.size();

  private final String apiName;
  private final double defaultWeight;
  private final boolean signal;
  private final boolean relating;

  ScorePart(String apiName, double defaultWeight, boolean signal, boolean relating) {
    this.apiName = apiName;
    this.defaultWeight = defaultWeight;
    this.signal = signal;
    this.relating = relating;
  }

  /** The name in configuration, in the API's weights and breakdown, and in {@code ?weights=}. */
  public String apiName() {
    return apiName;
  }

  public double defaultWeight() {
    return defaultWeight;
  }

  boolean needsSignal() {
    return signal;
  }

  /**
   * Whether the part says the task has to do with the citizen (a goal, the CV, their words): what
   * lets the context parts count in full ({@link ScoreModel#scaleContext}). A wish is a preference
   * about any task, not a relation to this one.
   */
  boolean relatesTask() {
    return relating;
  }

  /** Values by ordinal as a map by API name, in breakdown order. */
  static Map<String, Double> byApiName(double[] values) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (ScorePart part : ALL) {
      map.put(part.apiName, values[part.ordinal()]);
    }
    return map;
  }

  /** The part with this API name, or null. */
  public static ScorePart byApiName(String name) {
    for (ScorePart part : ALL) {
      if (part.apiName.equals(name)) {
        return part;
      }
    }
    return null;
  }
}
