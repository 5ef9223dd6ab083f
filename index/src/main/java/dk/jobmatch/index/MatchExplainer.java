package dk.jobmatch.index;

import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.MatchResult.GoalMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.HoursFit;
import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.MatchResult.Reasons;
import dk.jobmatch.index.MatchResult.WordPart;
import dk.jobmatch.index.TaskDocuments.StoredTask;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the reasons for one row from the task's stored fields and its postings, with the same
 * rules and analysis the query used: goal kinds by {@link OccupationCodes} and
 * {@link MatchQuery#textClauses}, CV evidence by {@link CvEvidence}, needs by {@link NeedVerdict},
 * wishes by {@link dk.jobmatch.index.vocabulary.WishRule#metBy}. Reasons are computed only for the
 * few rows returned, never for every candidate.
 */
final class MatchExplainer {
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
  private final Vocabulary vocabulary;

  MatchExplainer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Reasons explain(CitizenProfile citizen, StoredTask task, double distanceKm, TaskText taskText) {
    List<NeedCheck> needs = needs(citizen, task);
    List<String> matchedSkills = new ArrayList<>();
    List<WordPart> skillParts = new ArrayList<>();
    for (String skill : citizen.skills()) {
      Set<String> words = DanishText.terms(TaskDocuments.TEXT, skill);
      Set<String> parts = DanishText.terms(TaskDocuments.TEXT_PARTS, skill);
      if (taskText.matches(GoalMatchKind.TEXT_WORD, words, parts)) {
        matchedSkills.add(skill);
      } else if (taskText.matches(GoalMatchKind.TEXT_PART, words, parts)) {
        skillParts.add(part(skill, task.title()));
      }
    }
    List<String> matchedDevelopment = new ArrayList<>();
    for (String goal : citizen.developmentGoals()) {
      Set<String> words = DanishText.terms(TaskDocuments.TEXT, goal);
      Set<String> parts = DanishText.terms(TaskDocuments.TEXT_PARTS, goal);
      if (taskText.matches(GoalMatchKind.TEXT_WORD, words, parts) || taskText.matches(GoalMatchKind.TEXT_PART, words, parts)) {
        matchedDevelopment.add(goal);
      }
    }
    return new Reasons(
        goals(citizen, task, taskText),
        new CvEvidence(citizen).match(task.occupationCode()),
        matchedSkills,
        skillParts,
        matchedDevelopment,
        wishesMet(citizen, task),
        needs,
        needs.stream().filter(n -> n.strictness() == Strictness.PREFER && n.verdict().violated()).map(NeedCheck::code).toList(),
        new HoursFit(task.hoursMin(), task.hoursMax(), citizen.hoursNow(), citizen.hoursTarget()),
        distanceKm,
        task.eligibleForPaidHours() && task.openToOrdinaryHours() == CompanyEntry.OrdinaryHoursStance.YES);
  }

  private List<String> wishesMet(CitizenProfile citizen, StoredTask task) {
    List<String> met = new ArrayList<>();
    for (String wish : citizen.wishes()) {
      vocabulary.wish(wish).ifPresent(rule -> {
        if (rule.metBy(task.demands(), task.offered(), task.occupationCode(), task.teamSize())) {
          met.add(wish);
        }
      });
    }
    return met;
  }

  private List<GoalMatch> goals(CitizenProfile citizen, StoredTask task, TaskText taskText) {
    List<GoalMatch> matches = new ArrayList<>();
    int taskCode = OccupationCodes.number(task.occupationCode());
    for (JobGoal goal : citizen.jobGoals()) {
      GoalMatchKind byCode = OccupationCodes.kind(OccupationCodes.number(goal.occupationCode()), taskCode);
      Set<String> words = DanishText.terms(TaskDocuments.TEXT, goal.title());
      Set<String> parts = DanishText.terms(TaskDocuments.TEXT_PARTS, goal.title());
      // The best kind, as the ranking values it: a text kind only where it is worth more than the code's.
      GoalMatch best = byCode == null ? null : new GoalMatch(goal.rank(), goal.title(), goal.occupationCode(), byCode, null);
      for (GoalMatchKind kind : GoalMatchKind.TEXT) {
        if (byCode != null && ScoreModel.goal(byCode, goal.rank()) >= ScoreModel.goal(kind, goal.rank())) {
          break;
        }
        if (taskText.matches(kind, words, parts)) {
          boolean part = kind == GoalMatchKind.TITLE_PART || kind == GoalMatchKind.TEXT_PART;
          best = new GoalMatch(goal.rank(), goal.title(), goal.occupationCode(), kind,
              part ? part(goal.title(), task.title()) : null);
          break;
        }
      }
      if (best != null) {
        matches.add(best);
      }
    }
    matches.sort(Comparator.comparing(GoalMatch::kind).thenComparing(GoalMatch::rank));
    return matches;
  }

  /**
   * Which word stands inside which, for a part match between the citizen's {@code phrase} and the
   * task's {@code title}: the citizen's word inside a word of the title ("lager" in
   * "Lagermedarbejder"), a title word inside the citizen's compound, or, when the part is in the
   * task's description (which is not stored), the citizen's word alone.
   */
  static WordPart part(String phrase, String title) {
    for (String mine : words(phrase)) {
      Set<String> myWhole = DanishText.terms(TaskDocuments.TEXT, mine);
      Set<String> myParts = DanishText.terms(TaskDocuments.TEXT_PARTS, mine);
      for (String theirs : words(title)) {
        Set<String> theirWhole = DanishText.terms(TaskDocuments.TEXT, theirs);
        Set<String> theirParts = DanishText.terms(TaskDocuments.TEXT_PARTS, theirs);
        if (intersects(myWhole, theirParts) || intersects(myParts, theirParts)) {
          return new WordPart(mine, theirs);
        }
        if (intersects(myParts, theirWhole)) {
          return new WordPart(theirs, mine);
        }
      }
    }
    List<String> mine = words(phrase);
    return new WordPart(mine.isEmpty() ? phrase : mine.getFirst(), null);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : NOT_A_LETTER.split(text == null ? "" : text)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private List<NeedCheck> needs(CitizenProfile citizen, StoredTask task) {
    List<NeedCheck> checks = new ArrayList<>();
    for (Need need : citizen.needs()) {
      vocabulary.need(need.code()).ifPresent(rule -> checks.add(new NeedCheck(need.code(), need.strictness(),
          NeedVerdict.judge(rule, task.demands(), task.offered(), task.workingTimes()))));
    }
    return checks;
  }
}
