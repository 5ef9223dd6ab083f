package dk.jobmatch.matcher.match;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.index.occupation.OccupationSuggestion;
import dk.jobmatch.matcher.citizen.Citizen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the match index is told about a citizen: the profile, nothing that identifies the person.
 * A job goal given as text only ("lager") gets the occupation code the catalogue resolves it to,
 * when it is confident, so it ranks like a goal with a code. Public so the benchmark asks the index
 * exactly what the service asks.
 */
@Component
public class CitizenProfiles {
  /** A citizen without a driving licence cannot take a task that demands driving, whatever else they need. */
  static final String NO_DRIVING = "NO_DRIVING";
  private static final int REMEMBERED_TITLES = 10_000;

  private final OccupationCatalog occupations;
  /** Consultants type the same few titles again and again; resolving one is a small Lucene search. */
  private final Map<String, Optional<String>> resolved = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
          return size() > REMEMBERED_TITLES;
        }
      });

  public CitizenProfiles(OccupationCatalog occupations) {
    this.occupations = occupations;
  }

  /** Blocks for a moment on a cache miss (a catalogue search): call it off the event loop. */
  public CitizenProfile of(Citizen c) {
    List<Need> needs = new ArrayList<>();
    c.accommodationNeeds().forEach(n -> needs.add(new Need(n.code(), Strictness.valueOf(n.strictness()))));
    boolean statesNoDriving = needs.stream().anyMatch(n -> n.code().equals(NO_DRIVING) && n.strictness() == Strictness.MUST);
    if (!c.cv().drivingLicence() && !statesNoDriving) {
      needs.removeIf(n -> n.code().equals(NO_DRIVING));
      needs.add(new Need(NO_DRIVING, Strictness.MUST));
    }
    return new CitizenProfile(
        new GeoPoint(c.home().lat(), c.home().lon()),
        c.home().maxCommuteKm(),
        c.hoursCapacity().now(),
        c.hoursCapacity().target(),
        c.jobGoals().stream().map(g -> new JobGoal(GoalRank.valueOf(g.rank()), code(g), g.title())).toList(),
        c.cv().skills(),
        c.cv().experience().stream().map(Citizen.Experience::occupationCode).filter(Objects::nonNull).toList(),
        needs,
        c.excludedCompanies().stream().map(Citizen.ExcludedCompany::companyId).collect(Collectors.toSet()),
        c.developmentGoals() == null ? List.of() : c.developmentGoals());
  }

  private String code(Citizen.JobGoal goal) {
    if (goal.occupationCode() != null || goal.title() == null || goal.title().isBlank()) {
      return goal.occupationCode();
    }
    String key = goal.title().strip().toLowerCase(Locale.ROOT);
    return resolved.computeIfAbsent(key, t -> occupations.resolve(t).map(OccupationSuggestion::code)).orElse(null);
  }
}
