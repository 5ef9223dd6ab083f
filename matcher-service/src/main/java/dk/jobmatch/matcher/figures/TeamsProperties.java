package dk.jobmatch.matcher.figures;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Teams for the figures: {@code matcher.figures.teams.<job centre>.<team>=consultant,consultant}, e.g.
 * {@code matcher.figures.teams.101.nord=anna,bo}. A consultant may be in several teams.
 */
@ConfigurationProperties("matcher.figures")
public record TeamsProperties(Map<String, Map<String, List<String>>> teams) {

  public TeamsProperties {
    teams = teams == null ? Map.of() : Map.copyOf(teams);
  }

  /** The teams of one job centre, by name. */
  public Map<String, List<String>> of(String jobCentre) {
    return new TreeMap<>(teams.getOrDefault(jobCentre, Map.of()));
  }
}
