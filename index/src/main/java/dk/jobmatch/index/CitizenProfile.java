package dk.jobmatch.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What matching knows of a citizen: no name, no CPR number, only the profile that drives the match.
 * {@code needs} are accommodation needs (skånehensyn) with their strictness; {@code developmentGoals}
 * (udviklingsmål) are free text such as "prøve kundekontakt"; {@code wishes} are positive
 * preferences from the controlled vocabulary ({@link dk.jobmatch.index.vocabulary.WishRule}), such as
 * {@code CUSTOMER_CONTACT} or {@code OUTDOOR}.
 */
public record CitizenProfile(
    GeoPoint home,
    int maxCommuteKm,
    int hoursNow,
    int hoursTarget,
    List<JobGoal> jobGoals,
    List<String> skills,
    List<Experience> experience,
    List<Education> education,
    List<Need> needs,
    Set<String> excludedCompanyIds,
    List<String> developmentGoals,
    Set<String> wishes) {

  public CitizenProfile {
    jobGoals = List.copyOf(jobGoals);
    skills = List.copyOf(skills);
    experience = experience == null ? List.of() : List.copyOf(experience);
    education = education == null ? List.of() : List.copyOf(education);
    needs = List.copyOf(needs);
    excludedCompanyIds = Set.copyOf(excludedCompanyIds);
    developmentGoals = developmentGoals == null ? List.of() : List.copyOf(developmentGoals);
    // Ordered: the citizen's order is the reasons' order.
    wishes = wishes == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(wishes));
  }

  /**
   * This profile with codes for every job goal stated as text only, where {@code resolve} (the
   * occupation catalogue's {@code goalOccupations}) finds them: one when the title names one
   * occupation confidently, several when it is a word Danes use for a few alike; other goals stay as
   * they are and are matched as text.
   */
  public CitizenProfile withResolvedGoals(Function<String, List<String>> resolve) {
    List<JobGoal> goals = jobGoals.stream()
        .map(g -> g.occupationCode() != null || g.title() == null || g.title().isBlank() ? g
            : JobGoal.naming(g.rank(), g.title(), resolve.apply(g.title().strip())))
        .toList();
    return new CitizenProfile(home, maxCommuteKm, hoursNow, hoursTarget, goals, skills, experience, education, needs,
        excludedCompanyIds, developmentGoals, wishes);
  }

  /**
   * This profile with the wishes its development goals suggest added to those stated: "vil gerne
   * arbejde med kunder" then favours tasks with customer contact even before a consultant has
   * picked the wish.
   */
  public CitizenProfile withWishesFrom(WishSuggestions suggestions) {
    Set<String> all = new LinkedHashSet<>(wishes);
    all.addAll(suggestions.suggest(developmentGoals));
    return new CitizenProfile(home, maxCommuteKm, hoursNow, hoursTarget, jobGoals, skills, experience, education, needs,
        excludedCompanyIds, developmentGoals, all);
  }

  /**
   * A ranked job goal (jobmål); {@code occupationCode} may be null when only a title is known.
   * {@code alsoOccupations}: the further occupations the title names as much as the first, when it
   * is a word Danes use for several (lager: stock clerk and freight handler); each counts as the
   * goal's own occupation. Empty for most goals.
   */
  public record JobGoal(GoalRank rank, String occupationCode, String title, List<String> alsoOccupations) {
    public JobGoal {
      alsoOccupations = List.copyOf(alsoOccupations);
      if (occupationCode == null && !alsoOccupations.isEmpty()) {
        throw new IllegalArgumentException("further occupations need a first one");
      }
    }

    public JobGoal(GoalRank rank, String occupationCode, String title) {
      this(rank, occupationCode, title, List.of());
    }

    /** A goal stated as {@code title}, with the occupations it names (none, one, or several equally). */
    static JobGoal naming(GoalRank rank, String title, List<String> codes) {
      return codes.isEmpty() ? new JobGoal(rank, null, title)
          : new JobGoal(rank, codes.getFirst(), title, codes.subList(1, codes.size()));
    }

    /** Every occupation of the goal: its own and the further ones; empty when it has none. */
    public List<String> occupationCodes() {
      if (occupationCode == null) {
        return List.of();
      }
      List<String> all = new ArrayList<>(1 + alsoOccupations.size());
      all.add(occupationCode);
      all.addAll(alsoOccupations);
      return all;
    }
  }

  /** ABC job strategy: A = dream job, B = realistic, C = any job that moves towards A/B. */
  public enum GoalRank { A, B, C }

  /**
   * Work experience in an occupation: {@code years} in it (null when the CV does not say) and how
   * many whole years ago it ended ({@code 0} when ongoing or recent, null when unknown).
   */
  public record Experience(String occupationCode, Double years, Integer yearsAgo) {
    public Experience {
      if (years != null && !(years >= 0)) {
        throw new IllegalArgumentException("years of experience must be 0 or more, was " + years);
      }
      if (yearsAgo != null && yearsAgo < 0) {
        throw new IllegalArgumentException("experience cannot end in the future, " + yearsAgo + " years ago");
      }
    }

    /** Experience in an occupation with nothing known of its length or age. */
    public static Experience in(String occupationCode) {
      return new Experience(occupationCode, null, null);
    }
  }

  /** An education (uddannelse) leading to an occupation; {@code completed} or begun only. */
  public record Education(String occupationCode, boolean completed) {}

  /** An accommodation need and whether it is a hard filter (MUST) or a ranking preference (PREFER). */
  public record Need(String code, Strictness strictness) {}

  /** MUST needs filter; PREFER needs are shown and lower the rank. */
  public enum Strictness { MUST, PREFER }
}
