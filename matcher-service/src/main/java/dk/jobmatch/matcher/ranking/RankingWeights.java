package dk.jobmatch.matcher.ranking;

import dk.jobmatch.index.ScoreWeights;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The weights a match uses: built-in defaults, then the service's configuration, then the caller's
 * job centre's configuration, then the request's {@code weights} parameter. Configuration is checked
 * at start (a bad weight stops the service with a clear message); a request gets a 400 instead.
 */
@Component
public class RankingWeights {
  private final ScoreWeights service;
  private final Map<String, ScoreWeights> byJobCentre = new HashMap<>();

  RankingWeights(RankingProperties properties) {
    this.service = configured(ScoreWeights.DEFAULTS, properties.weights(), "matcher.ranking.weights");
    properties.jobCentres().forEach((jobCentre, weights) -> byJobCentre.put(jobCentre,
        configured(service, weights, "matcher.ranking.job-centres." + jobCentre)));
  }

  /** The weights a job centre ranks with when a request does not say otherwise. */
  public ScoreWeights forJobCentre(String jobCentre) {
    return byJobCentre.getOrDefault(jobCentre, service);
  }

  /**
   * The job centre's weights with the request's overrides, written {@code name:value,name:value}
   * (e.g. {@code distance:6,skills:1}); every problem is reported at once under field {@code weights}.
   */
  public ScoreWeights forRequest(String jobCentre, String overrides) {
    ScoreWeights base = forJobCentre(jobCentre);
    if (overrides == null || overrides.isBlank()) {
      return base;
    }
    Map<String, Double> values = new LinkedHashMap<>();
    List<FieldViolation> violations = new ArrayList<>();
    for (String part : overrides.split(",", -1)) {
      String[] nameValue = part.split(":", -1);
      String name = nameValue[0].strip();
      if (nameValue.length != 2 || name.isEmpty()) {
        violations.add(new FieldViolation("weights", ProblemCode.WEIGHTS_MALFORMED,
            "'" + shorten(part) + "' is not name:value, e.g. distance:6"));
        continue;
      }
      if (!ScoreWeights.NAMES.contains(name)) {
        violations.add(new FieldViolation("weights." + shorten(name), ProblemCode.WEIGHT_UNKNOWN,
            "is not a weight; known: " + String.join(", ", ScoreWeights.NAMES)));
        continue;
      }
      if (values.containsKey(name)) {
        violations.add(new FieldViolation("weights." + name, ProblemCode.WEIGHT_TWICE, "is given more than once"));
        continue;
      }
      try {
        double value = Double.parseDouble(nameValue[1].strip());
        if (!(value >= ScoreWeights.MIN && value <= ScoreWeights.MAX)) {
          violations.add(new FieldViolation("weights." + name, ProblemCode.WEIGHT_OUT_OF_RANGE,
              "must be between " + fmt(ScoreWeights.MIN) + " and " + fmt(ScoreWeights.MAX) + ", was " + shorten(nameValue[1].strip()),
              ScoreWeights.MIN, ScoreWeights.MAX));
        } else {
          values.put(name, value);
        }
      } catch (NumberFormatException e) {
        violations.add(new FieldViolation("weights." + name, ProblemCode.WEIGHT_NOT_NUMBER,
            "'" + shorten(nameValue[1].strip()) + "' is not a number"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ApiProblem(ProblemType.BAD_PARAMETER,
          "Parameter weights must be name:value pairs separated by commas, each weight between "
              + fmt(ScoreWeights.MIN) + " and " + fmt(ScoreWeights.MAX), violations);
    }
    return base.with(values);
  }

  private static ScoreWeights configured(ScoreWeights base, Map<String, Double> weights, String prefix) {
    try {
      return base.with(weights);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Invalid ranking weights in " + prefix + ": " + e.getMessage(), e);
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(RankingProperties.class)
  static class Properties {}
}
