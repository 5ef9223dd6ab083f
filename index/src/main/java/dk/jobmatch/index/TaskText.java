package dk.jobmatch.index;

import dk.jobmatch.index.MatchQuery.FieldTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/**
 * Which of the citizen's analysed words and compound parts one task's title and text hold, asked
 * of the index itself. The text (title, description, skills) is not stored, which keeps the index
 * small; the few rows that are explained look their words up in the postings, the same postings the
 * score came from, each term once for all rows.
 */
final class TaskText {
  private static final List<String> FIELDS = List.of(TaskDocuments.TEXT, TaskDocuments.TEXT_PARTS,
      TaskDocuments.TITLE_WORDS, TaskDocuments.TITLE_PARTS);
  private final Map<String, Set<String>> present;

  private TaskText(Map<String, Set<String>> present) {
    this.present = present;
  }

  /** The words among {@code terms} that each of {@code docs} (global ids) holds, in each text field. */
  static Map<Integer, TaskText> of(IndexSearcher searcher, Collection<Integer> docs, Set<String> terms) {
    try {
      Map<String, Map<Integer, Set<String>>> byField = new HashMap<>();
      for (String field : FIELDS) {
        byField.put(field, TermPresence.of(searcher, docs, field, terms));
      }
      Map<Integer, TaskText> texts = new HashMap<>();
      for (int doc : docs) {
        Map<String, Set<String>> present = new HashMap<>();
        for (String field : FIELDS) {
          present.put(field, byField.get(field).getOrDefault(doc, Set.of()));
        }
        texts.put(doc, new TaskText(present));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analysed words and parts of a citizen's goal titles, skills and development goals: what explanations look for. */
  static Set<String> citizenTerms(CitizenProfile citizen) {
    Set<String> terms = new HashSet<>();
    for (CitizenProfile.JobGoal goal : citizen.jobGoals()) {
      terms.addAll(DanishText.terms(TaskDocuments.TEXT, goal.title()));
      terms.addAll(DanishText.terms(TaskDocuments.TEXT_PARTS, goal.title()));
    }
    for (List<String> phrases : List.of(citizen.skills(), citizen.developmentGoals())) {
      terms.addAll(TextStatistics.queryTerms(phrases));
      terms.addAll(TextStatistics.queryParts(phrases));
    }
    return terms;
  }

  /** Whether the task holds a term of any of these clauses ({@link MatchQuery#textClauses}: one kind of text match). */
  boolean matches(List<FieldTerms> clauses) {
    for (FieldTerms clause : clauses) {
      Set<String> held = present.get(clause.field());
      for (String term : clause.terms()) {
        if (held.contains(term)) {
          return true;
        }
      }
    }
    return false;
  }
}
