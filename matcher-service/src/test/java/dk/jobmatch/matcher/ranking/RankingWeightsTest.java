package dk.jobmatch.matcher.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobmatch.index.ScoreWeights;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Weights from configuration, bound the way Spring binds {@code application.yaml}: the service's
 * weights over the built-in defaults, a job centre's over the service's, and a bad configured
 * weight stops the service with a message naming the property.
 */
class RankingWeightsTest {

  private static RankingWeights configuredWith(Map<String, String> properties) {
    RankingProperties bound = new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("matcher.ranking", RankingProperties.class);
    return new RankingWeights(bound);
  }

  @Test
  void withNothingConfiguredEveryJobCentreRanksWithTheDefaults() {
    RankingWeights weights = configuredWith(Map.of());

    assertThat(weights.forJobCentre("101")).isEqualTo(ScoreWeights.DEFAULTS);
  }

  @Test
  void aJobCentresWeightsLayerOverTheServicesWhichLayerOverTheDefaults() {
    RankingWeights weights = configuredWith(Map.of(
        "matcher.ranking.weights.skills", "1",
        "matcher.ranking.job-centres.751.distance", "20"));

    assertThat(weights.forJobCentre("751"))
        .isEqualTo(ScoreWeights.DEFAULTS.with(Map.of("skills", 1.0, "distance", 20.0)));
    assertThat(weights.forJobCentre("101")).isEqualTo(ScoreWeights.DEFAULTS.with(Map.of("skills", 1.0)));
  }

  @Test
  void aConfiguredWeightOutOfBoundsStopsTheServiceNamingTheProperty() {
    assertThatThrownBy(() -> configuredWith(Map.of("matcher.ranking.job-centres.751.distance", "51")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("matcher.ranking.job-centres.751")
        .hasMessageContaining("distance");
  }

  @Test
  void anUnknownConfiguredWeightStopsTheServiceNamingTheProperty() {
    assertThatThrownBy(() -> configuredWith(Map.of("matcher.ranking.weights.speed", "3")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("matcher.ranking.weights")
        .hasMessageContaining("speed");
  }
}
