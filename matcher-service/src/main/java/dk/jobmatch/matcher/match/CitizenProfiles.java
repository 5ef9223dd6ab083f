package dk.jobmatch.matcher.match;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.matcher.citizen.Citizen;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the match index is told about a citizen: the profile, nothing that identifies the person.
 * Public so the benchmark asks the index exactly what the service asks.
 */
@Component
public class CitizenProfiles {
  /** A citizen without a driving licence cannot take a task that demands driving, whatever else they need. */
  static final String NO_DRIVING = "NO_DRIVING";

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
        c.jobGoals().stream().map(g -> new JobGoal(GoalRank.valueOf(g.rank()), g.occupationCode(), g.title())).toList(),
        c.cv().skills(),
        c.cv().experience().stream().map(Citizen.Experience::occupationCode).filter(Objects::nonNull).toList(),
        needs,
        c.excludedCompanies().stream().map(Citizen.ExcludedCompany::companyId).collect(Collectors.toSet()),
        c.developmentGoals() == null ? List.of() : c.developmentGoals());
  }
}
