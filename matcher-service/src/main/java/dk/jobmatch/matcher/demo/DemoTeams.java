package dk.jobmatch.matcher.demo;

import dk.jobmatch.matcher.reference.Municipalities;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo's teams ({@link DemoData#TEAMS}) as configuration when the demo data is on: for every
 * job centre, {@code matcher.figures.teams.<job centre>.<team>=<consultants>}, as the last property
 * source, so a team configured anywhere else wins. Teams stay configuration, as in production; the
 * demo only supplies the values its caseloads are made from. Runs after application.yaml is read.
 */
public class DemoTeams implements EnvironmentPostProcessor, Ordered {
  static final String SOURCE = "demoTeams";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!DemoDataOn.in(environment)) {
      return;
    }
    Map<String, Object> teams = new LinkedHashMap<>();
    for (Municipalities.Municipality m : Municipalities.bundled().all()) {
      DemoData.TEAMS.forEach((team, consultants) ->
          teams.put("matcher.figures.teams." + m.code() + "." + team, String.join(",", consultants)));
    }
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE, teams));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
