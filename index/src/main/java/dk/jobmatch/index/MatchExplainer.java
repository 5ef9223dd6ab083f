package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.MatchResult.ExperienceMatch;
import dk.jobmatch.index.MatchResult.GoalMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.HoursFit;
import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.MatchResult.Reasons;
import dk.jobmatch.index.TaskDocuments.StoredTask;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes the reasons for one row from the task's stored fields and its postings, with the same
 * rules and analysis the query used. Reasons are computed only for the few rows returned, never for every candidate.
 */
final class MatchExplainer {
  private final Vocabulary vocabulary;

  MatchExplainer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Reasons explain(CitizenProfile citizen, StoredTask task, double distanceKm, TaskText taskText) {
    List<NeedCheck> needs = needs(citizen, task);
    return new Reasons(
        goals(citizen, task, taskText),
        experience(citizen, task),
        matchedWords(citizen.skills(), taskText),
        matchedWords(citizen.developmentGoals(), taskText),
        needs,
        needs.stream().filter(n -> n.strictness() == Strictness.PREFER && n.verdict().violated()).map(NeedCheck::code).toList(),
        new HoursFit(task.hoursMin(), task.hoursMax(), citizen.hoursNow(), citizen.hoursTarget()),
        distanceKm,
        task.eligibleForPaidHours() && task.openToOrdinaryHours() == CompanyEntry.OrdinaryHoursStance.YES);
  }

  private static ExperienceMatch experience(CitizenProfile citizen, StoredTask task) {
    ExperienceMatch minor = null;
    for (String code : citizen.experienceOccupationCodes()) {
      if (code.equals(task.occupationCode())) {
        return new ExperienceMatch(code, true);
      }
      if (minor == null && code.length() == 4 && task.occupationCode().startsWith(code.substring(0, 3))) {
        minor = new ExperienceMatch(code, false);
      }
    }
    return minor;
  }

  private List<GoalMatch> goals(CitizenProfile citizen, StoredTask task, TaskText taskText) {
    List<GoalMatch> matches = new ArrayList<>();
    for (JobGoal goal : citizen.jobGoals()) {
      GoalMatchKind kind = kind(goal, task, taskText);
      if (kind != null) {
        matches.add(new GoalMatch(goal.rank(), goal.title(), goal.occupationCode(), kind));
      }
    }
    matches.sort(Comparator.comparing(GoalMatch::kind).thenComparing(GoalMatch::rank));
    return matches;
  }

  private static GoalMatchKind kind(JobGoal goal, StoredTask task, TaskText taskText) {
    String code = goal.occupationCode();
    if (code != null && code.equals(task.occupationCode())) {
      return GoalMatchKind.EXACT_OCCUPATION;
    }
    if (code != null && code.length() == 4 && task.occupationCode().startsWith(code.substring(0, 3))) {
      return GoalMatchKind.SAME_MINOR_GROUP;
    }
    Set<String> goalTerms = DanishText.terms(TaskDocuments.TEXT, goal.title());
    return taskText.containsAny(goalTerms) ? GoalMatchKind.TITLE_TEXT : null;
  }

  /** The citizen's phrases (skills, development goals) with an analysed word in the task's text. */
  private static List<String> matchedWords(List<String> phrases, TaskText taskText) {
    List<String> matched = new ArrayList<>();
    for (String phrase : phrases) {
      Set<String> terms = DanishText.terms(TaskDocuments.TEXT, phrase);
      if (!terms.isEmpty() && taskText.containsAny(terms)) {
        matched.add(phrase);
      }
    }
    return matched;
  }

  private List<NeedCheck> needs(CitizenProfile citizen, StoredTask task) {
    List<NeedCheck> checks = new ArrayList<>();
    for (Need need : citizen.needs()) {
      vocabulary.need(need.code()).ifPresent(rule ->
          checks.add(new NeedCheck(need.code(), need.strictness(), NeedVerdict.judge(rule, task.demands(), task.offered()))));
    }
    return checks;
  }
}
