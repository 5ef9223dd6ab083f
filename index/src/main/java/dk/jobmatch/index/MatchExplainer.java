package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.MatchResult.GoalMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.HoursFit;
import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.MatchResult.Reasons;
import dk.jobmatch.index.TaskDocuments.StoredTask;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the reasons for one row from the task's stored fields, with the same rules and analysis
 * the query used. Reasons are computed only for the few rows returned, never for every candidate.
 */
final class MatchExplainer {
  private final Vocabulary vocabulary;

  MatchExplainer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Reasons explain(CitizenProfile citizen, StoredTask task, double distanceKm) {
    Set<String> taskText = DanishText.terms(TaskDocuments.TEXT, task.title() + "\n" + task.description());
    Set<String> taskWords = new LinkedHashSet<>(taskText);
    for (String skill : task.skills()) {
      taskWords.addAll(DanishText.terms(TaskDocuments.SKILLS, skill));
    }
    return new Reasons(
        goals(citizen, task, taskText),
        matchedSkills(citizen, taskWords),
        needs(citizen, task),
        new HoursFit(task.hoursMin(), task.hoursMax(), citizen.hoursNow(), citizen.hoursTarget()),
        distanceKm,
        task.eligibleForPaidHours() && task.openToOrdinaryHours() == CompanyEntry.OrdinaryHoursStance.YES);
  }

  private List<GoalMatch> goals(CitizenProfile citizen, StoredTask task, Set<String> taskText) {
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

  private static GoalMatchKind kind(JobGoal goal, StoredTask task, Set<String> taskText) {
    String code = goal.occupationCode();
    if (code != null && code.equals(task.occupationCode())) {
      return GoalMatchKind.EXACT_OCCUPATION;
    }
    if (code != null && code.length() == 4 && task.occupationCode().startsWith(code.substring(0, 3))) {
      return GoalMatchKind.SAME_MINOR_GROUP;
    }
    Set<String> goalTerms = DanishText.terms(TaskDocuments.TEXT, goal.title());
    return Collections.disjoint(goalTerms, taskText) ? null : GoalMatchKind.TITLE_TEXT;
  }

  private static List<String> matchedSkills(CitizenProfile citizen, Set<String> taskWords) {
    List<String> matched = new ArrayList<>();
    for (String skill : citizen.skills()) {
      Set<String> terms = DanishText.terms(TaskDocuments.SKILLS, skill);
      if (!terms.isEmpty() && !Collections.disjoint(terms, taskWords)) {
        matched.add(skill);
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
