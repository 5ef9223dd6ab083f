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
import dk.jobmatch.index.MatchQuery.FieldTerms;
import dk.jobmatch.index.TaskDocuments.StoredTask;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.index.vocabulary.WishRule;
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

  /** The reasons for the rows of one match with {@code citizen}. */
  ForCitizen forCitizen(CitizenProfile citizen) {
    return new ForCitizen(citizen);
  }

  /**
   * What the reasons read of one citizen (the analysed words of each goal, skill and development
   * goal, the text clauses each kind of match looks in, the CV, the rules of their needs and wishes),
   * worked out once per match rather than for each of its rows.
   */
  final class ForCitizen {
    private final CitizenProfile citizen;
    private final List<Phrase> skills;
    private final List<Phrase> developmentGoals;
    private final List<Goal> goals;
    private final CvEvidence cv;
    private final List<NeedAndRule> needs = new ArrayList<>();
    private final List<WishAndRule> wishes = new ArrayList<>();

    private ForCitizen(CitizenProfile citizen) {
      this.citizen = citizen;
      skills = citizen.skills().stream().map(Phrase::of).toList();
      developmentGoals = citizen.developmentGoals().stream().map(Phrase::of).toList();
      goals = citizen.jobGoals().stream().map(Goal::of).toList();
      cv = new CvEvidence(citizen);
      for (Need need : citizen.needs()) {
        vocabulary.need(need.code()).ifPresent(rule -> needs.add(new NeedAndRule(need, rule)));
      }
      for (String wish : citizen.wishes()) {
        vocabulary.wish(wish).ifPresent(rule -> wishes.add(new WishAndRule(wish, rule)));
      }
    }

    Reasons explain(StoredTask task, double distanceKm, TaskText taskText) {
      List<NeedCheck> needs = needs(task);
      List<String> matchedSkills = new ArrayList<>();
      List<WordPart> skillParts = new ArrayList<>();
      for (Phrase skill : skills) {
        if (taskText.matches(skill.asWords())) {
          matchedSkills.add(skill.text());
        } else if (taskText.matches(skill.asParts())) {
          skillParts.add(part(skill.text(), task.title()));
        }
      }
      List<String> matchedDevelopment = new ArrayList<>();
      for (Phrase goal : developmentGoals) {
        if (taskText.matches(goal.asWords()) || taskText.matches(goal.asParts())) {
          matchedDevelopment.add(goal.text());
        }
      }
      return new Reasons(
          goals(task, taskText),
          cv.match(task.occupationCode()),
          matchedSkills,
          skillParts,
          matchedDevelopment,
          wishesMet(task),
          needs,
          needs.stream().filter(n -> n.strictness() == Strictness.PREFER && n.verdict().violated()).map(NeedCheck::code).toList(),
          new HoursFit(task.hoursMin(), task.hoursMax(), citizen.hoursNow(), citizen.hoursTarget()),
          distanceKm,
          task.eligibleForPaidHours() && task.openToOrdinaryHours() == CompanyEntry.OrdinaryHoursStance.YES);
    }

    private List<String> wishesMet(StoredTask task) {
      List<String> met = new ArrayList<>();
      for (WishAndRule wish : wishes) {
        if (wish.rule().metBy(task.demands(), task.offered(), task.occupationCode(), task.teamSize())) {
          met.add(wish.code());
        }
      }
      return met;
    }

    private List<GoalMatch> goals(StoredTask task, TaskText taskText) {
      List<GoalMatch> matches = new ArrayList<>();
      int taskCode = OccupationCodes.number(task.occupationCode());
      for (Goal g : goals) {
        JobGoal goal = g.goal();
        GoalMatchKind byCode = null;
        String matchedCode = goal.occupationCode();
        for (int i = 0; i < g.codes().length; i++) {
          GoalMatchKind kind = OccupationCodes.kind(g.codes()[i], taskCode);
          if (kind != null && (byCode == null || kind.compareTo(byCode) < 0)) {
            byCode = kind;
            matchedCode = goal.occupationCodes().get(i);
          }
        }
        // The best kind, as the ranking values it: a text kind only where it is worth more than the code's.
        GoalMatch best = byCode == null ? null : new GoalMatch(goal.rank(), goal.title(), matchedCode, byCode, null);
        for (int k = 0; k < GoalMatchKind.TEXT.size(); k++) {
          GoalMatchKind kind = GoalMatchKind.TEXT.get(k);
          if (byCode != null && ScoreModel.goal(byCode, goal.rank()) >= ScoreModel.goal(kind, goal.rank())) {
            break;
          }
          if (taskText.matches(g.clauses().get(k))) {
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

    private List<NeedCheck> needs(StoredTask task) {
      List<NeedCheck> checks = new ArrayList<>(needs.size());
      for (NeedAndRule n : needs) {
        checks.add(new NeedCheck(n.need().code(), n.need().strictness(),
            NeedVerdict.judge(n.rule(), task.demands(), task.offered(), task.workingTimes())));
      }
      return checks;
    }
  }

  /** A skill or development goal with the clauses a whole-word and a part match look in. */
  private record Phrase(String text, List<FieldTerms> asWords, List<FieldTerms> asParts) {
    static Phrase of(String text) {
      Set<String> words = DanishText.terms(TaskDocuments.TEXT, text);
      Set<String> parts = DanishText.terms(TaskDocuments.TEXT_PARTS, text);
      return new Phrase(text, MatchQuery.textClauses(GoalMatchKind.TEXT_WORD, words, parts),
          MatchQuery.textClauses(GoalMatchKind.TEXT_PART, words, parts));
    }
  }

  /**
   * A job goal with its codes as numbers (in {@link JobGoal#occupationCodes()} order) and, per text
   * kind ({@link GoalMatchKind#TEXT}, best first), the clauses it looks in.
   */
  private record Goal(JobGoal goal, int[] codes, List<List<FieldTerms>> clauses) {
    static Goal of(JobGoal goal) {
      Set<String> words = DanishText.terms(TaskDocuments.TEXT, goal.title());
      Set<String> parts = DanishText.terms(TaskDocuments.TEXT_PARTS, goal.title());
      return new Goal(goal, goal.occupationCodes().stream().mapToInt(OccupationCodes::number).toArray(),
          GoalMatchKind.TEXT.stream().map(kind -> MatchQuery.textClauses(kind, words, parts)).toList());
    }
  }

  private record NeedAndRule(Need need, NeedRule rule) {}

  private record WishAndRule(String code, WishRule rule) {}

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
}
