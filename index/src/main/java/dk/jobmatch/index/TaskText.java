package dk.jobmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/**
 * Which of the citizen's analysed words one task's text holds, asked of the index itself. The text
 * (title, description, skills) is not stored, which keeps the index small; the few rows that are
 * explained look their words up in the postings, the same postings the score came from, each term
 * once for all rows.
 */
final class TaskText {
  private final Set<String> present;

  private TaskText(Set<String> present) {
    this.present = present;
  }

  /** The words among {@code terms} that each of {@code docs} (global ids) holds. */
  static Map<Integer, TaskText> of(IndexSearcher searcher, Collection<Integer> docs, Set<String> terms) {
    try {
      Map<Integer, Set<String>> found = TermPresence.of(searcher, docs, TaskDocuments.TEXT, terms);
      Map<Integer, TaskText> texts = new HashMap<>();
      for (int doc : docs) {
        texts.put(doc, new TaskText(found.getOrDefault(doc, Set.of())));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analysed words of a citizen's goal titles, skills and development goals: what explanations look for. */
  static Set<String> citizenTerms(CitizenProfile citizen) {
    Set<String> terms = new HashSet<>();
    citizen.jobGoals().forEach(goal -> terms.addAll(DanishText.terms(TaskDocuments.TEXT, goal.title())));
    terms.addAll(TextStatistics.queryTerms(citizen.skills()));
    terms.addAll(TextStatistics.queryTerms(citizen.developmentGoals()));
    return terms;
  }

  /** Whether any of the analysed {@code terms} occurs in the task's text. */
  boolean containsAny(Collection<String> terms) {
    for (String term : terms) {
      if (present.contains(term)) {
        return true;
      }
    }
    return false;
  }
}
