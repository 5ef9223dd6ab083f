package dk.jobmatch.matcher.match;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.CitizenProfile.Education;
import dk.jobmatch.index.CitizenProfile.Experience;
import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.index.WishSuggestions;
import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.matcher.citizen.Citizen;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the match index is told about a citizen: the profile, nothing that identifies the person.
 * A job goal, experience or education given as text only ("frisør") gets the occupation code the
 * catalogue resolves it to, when it is confident, so it ranks like one with a code; a job goal that
 * is a word for a few occupations alike ("lager") gets all of them; the
 * wishes the development goals suggest count with those stated. Public so the benchmark asks the index
 * exactly what the service asks.
 */
@Component
public class CitizenProfiles {
  /** A citizen without a driving licence cannot take a task that demands driving, whatever else they need. */
  static final String NO_DRIVING = "NO_DRIVING";
  private static final int REMEMBERED_TITLES = 10_000;

  private final OccupationCatalog occupations;
  /** Consultants type the same few titles again and again; resolving one is a small Lucene search. */
  private final Map<String, List<String>> resolved = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
          return size() > REMEMBERED_TITLES;
        }
      });

  private final WishSuggestions wishSuggestions;
  private final Clock clock;

  public CitizenProfiles(OccupationCatalog occupations, WishSuggestions wishSuggestions, Clock clock) {
    this.occupations = occupations;
    this.wishSuggestions = wishSuggestions;
    this.clock = clock;
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
    int thisYear = Year.now(clock).getValue();
    List<Experience> experience = new ArrayList<>();
    for (Citizen.Experience e : c.cv().experience()) {
      String code = e.occupationCode() != null ? e.occupationCode() : resolve(e.title()).orElse(null);
      if (code != null) {
        experience.add(new Experience(code, e.years(), e.endYear() == null ? 0 : Math.max(0, thisYear - e.endYear())));
      }
    }
    List<Education> education = new ArrayList<>();
    for (Citizen.Education e : c.cv().education()) {
      String code = e.occupationCode() != null ? e.occupationCode() : resolve(e.title()).orElse(null);
      if (code != null) {
        education.add(new Education(code, Boolean.TRUE.equals(e.completed())));
      }
    }
    return new CitizenProfile(
        new GeoPoint(c.home().lat(), c.home().lon()),
        c.home().maxCommuteKm(),
        c.hoursCapacity().now(),
        c.hoursCapacity().target(),
        c.jobGoals().stream().map(g -> new JobGoal(GoalRank.valueOf(g.rank()), g.occupationCode(), g.title())).toList(),
        c.cv().skills(),
        experience,
        education,
        needs,
        c.excludedCompanies().stream().map(Citizen.ExcludedCompany::companyId).collect(Collectors.toSet()),
        c.developmentGoals() == null ? List.of() : c.developmentGoals(),
        new LinkedHashSet<>(c.wishes()))
        .withResolvedGoals(this::goalOccupations)
        .withWishesFrom(wishSuggestions);
  }

  /** The occupation code the catalogue confidently resolves a CV title to: one, never a word for several. */
  private Optional<String> resolve(String title) {
    List<String> codes = goalOccupations(title);
    return codes.size() == 1 ? Optional.of(codes.getFirst()) : Optional.empty();
  }

  /** The occupations a title stands for as a job goal ({@link OccupationCatalog#goalOccupations}), remembered. */
  private List<String> goalOccupations(String title) {
    if (title == null || title.isBlank()) {
      return List.of();
    }
    String key = title.strip().toLowerCase(Locale.ROOT);
    return resolved.computeIfAbsent(key, occupations::goalOccupations);
  }
}
