package dk.jobmatch.matcher.ranking;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ranking weights from configuration: {@code matcher.ranking.weights.<name>} overrides the built-in
 * defaults for everyone, {@code matcher.ranking.job-centres.<municipality code>.<name>} for one job
 * centre. Names are those of {@link dk.jobmatch.index.ScoreWeights#NAMES}.
 */
@ConfigurationProperties("matcher.ranking")
public record RankingProperties(Map<String, Double> weights, Map<String, Map<String, Double>> jobCentres) {

  public RankingProperties {
    weights = weights == null ? Map.of() : new LinkedHashMap<>(weights);
    jobCentres = jobCentres == null ? Map.of() : new LinkedHashMap<>(jobCentres);
  }
}
