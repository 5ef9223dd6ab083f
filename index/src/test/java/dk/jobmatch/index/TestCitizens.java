package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.Education;
import dk.jobmatch.index.CitizenProfile.Experience;
import dk.jobmatch.index.CitizenProfile.GoalRank;
import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builder for citizen profiles. The default citizen lives in central Copenhagen, commutes up to
 * 30 km, can work 15 hours a week now (target 20), and has no goals, skills, needs or exclusions:
 * every default task of {@link TestCompanies} fits them, so each test adds only what it is about.
 */
final class TestCitizens {
  private TestCitizens() {}

  static CitizenBuilder aCitizen() {
    return new CitizenBuilder();
  }

  static final class CitizenBuilder {
    private GeoPoint home = TestPlaces.COPENHAGEN;
    private int maxCommuteKm = 30;
    private int hoursNow = 15;
    private int hoursTarget = 20;
    private final List<JobGoal> goals = new ArrayList<>();
    private final List<String> skills = new ArrayList<>();
    private final List<Experience> experience = new ArrayList<>();
    private final List<Education> education = new ArrayList<>();
    private final Set<String> wishes = new LinkedHashSet<>();
    private final List<Need> needs = new ArrayList<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private final List<String> developmentGoals = new ArrayList<>();

    private CitizenBuilder() {}

    CitizenBuilder livingAt(GeoPoint home) {
      this.home = home;
      return this;
    }

    CitizenBuilder commutingAtMostKm(int km) {
      this.maxCommuteKm = km;
      return this;
    }

    CitizenBuilder workingHoursNow(int hours) {
      this.hoursNow = hours;
      return this;
    }

    CitizenBuilder aimingForHours(int hours) {
      this.hoursTarget = hours;
      return this;
    }

    CitizenBuilder withGoal(GoalRank rank, String occupationCode, String title) {
      goals.add(new JobGoal(rank, occupationCode, title));
      return this;
    }

    /** A goal typed as a word for several occupations alike, standing for all of them. */
    CitizenBuilder withGoalFor(GoalRank rank, String title, String... occupationCodes) {
      goals.add(new JobGoal(rank, occupationCodes[0], title, List.of(occupationCodes).subList(1, occupationCodes.length)));
      return this;
    }

    CitizenBuilder withSkills(String... skills) {
      this.skills.addAll(List.of(skills));
      return this;
    }

    /** Experience in each occupation, its length and age unknown. */
    CitizenBuilder experiencedIn(String... occupationCodes) {
      for (String code : occupationCodes) {
        experience.add(Experience.in(code));
      }
      return this;
    }

    /** {@code years} in an occupation that ended {@code yearsAgo} (0: ongoing or recent). */
    CitizenBuilder experiencedIn(String occupationCode, double years, int yearsAgo) {
      experience.add(new Experience(occupationCode, years, yearsAgo));
      return this;
    }

    CitizenBuilder educatedFor(String occupationCode, boolean completed) {
      education.add(new Education(occupationCode, completed));
      return this;
    }

    CitizenBuilder wishing(String... wishes) {
      this.wishes.addAll(List.of(wishes));
      return this;
    }

    CitizenBuilder needing(String needCode, Strictness strictness) {
      needs.add(new Need(needCode, strictness));
      return this;
    }

    CitizenBuilder developing(String... developmentGoals) {
      this.developmentGoals.addAll(List.of(developmentGoals));
      return this;
    }

    CitizenBuilder excluding(String... companyIds) {
      excluded.addAll(List.of(companyIds));
      return this;
    }

    CitizenProfile build() {
      return new CitizenProfile(home, maxCommuteKm, hoursNow, hoursTarget, goals, skills, experience, education, needs,
          excluded, developmentGoals, wishes);
    }
  }
}
