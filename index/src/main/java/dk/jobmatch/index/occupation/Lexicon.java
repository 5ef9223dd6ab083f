package dk.jobmatch.index.occupation;

import dk.jobmatch.index.occupation.TitleText.Word;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the catalog's names are made of: the words of Danish titles and synonyms (also reversed),
 * their stems, and sizes. Tells the query builder which words it knows, so it looks for typos only
 * in the others, and which clauses could never match.
 *
 * @param longestWord letters of the longest word of any name, Danish or English
 * @param longestKey length of the longest whole name as a key ({@code TitleText.danishKey})
 */
record Lexicon(NavigableSet<String> words, NavigableSet<String> reversedWords, Set<String> stems, int longestWord,
    int longestKey) {

  Lexicon {
    words = Collections.unmodifiableNavigableSet(new TreeSet<>(words));
    reversedWords = Collections.unmodifiableNavigableSet(new TreeSet<>(reversedWords));
    stems = Set.copyOf(stems);
  }

  static Lexicon of(List<Occupation> occupations) {
    NavigableSet<String> words = new TreeSet<>();
    NavigableSet<String> reversed = new TreeSet<>();
    Set<String> stems = new HashSet<>();
    int longestWord = 0;
    int longestKey = 0;
    for (Occupation o : occupations) {
      for (List<String> names : List.of(o.titles(), o.synonyms(), List.of(o.titleDa()))) {
        for (String name : names) {
          List<String> danish = TitleText.danishWords(name);
          words.addAll(danish);
          danish.forEach(w -> reversed.add(TitleText.reversed(w)));
          stems.addAll(TitleText.danishStems(name));
          longestWord = Math.max(longestWord, longest(danish));
          longestKey = Math.max(longestKey, TitleText.danishKey(name).length());
        }
      }
      for (String name : o.englishNames()) {
        longestWord = Math.max(longestWord, longest(TitleText.englishWords(name)));
      }
      longestKey = Math.max(longestKey, TitleText.englishKey(o.titleEn()).length());
    }
    return new Lexicon(words, reversed, stems, longestWord, longestKey);
  }

  /**
   * Whether {@code word} is, in some inflection, a word of the catalog, or the start or end of one
   * long enough to be looked up as such ({@value SuggestQuery#MIN_PREFIX} and
   * {@value SuggestQuery#MIN_HEAD} letters): then it is no typo.
   */
  boolean knows(Word word) {
    String w = word.danish();
    int length = w.codePointCount(0, w.length());
    return stems.contains(word.danishStem())
        || length >= SuggestQuery.MIN_PREFIX && startsOneOf(words, w)
        || length >= SuggestQuery.MIN_HEAD && startsOneOf(reversedWords, TitleText.reversed(w));
  }

  private static boolean startsOneOf(NavigableSet<String> sorted, String prefix) {
    String next = sorted.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  private static int longest(Collection<String> words) {
    return words.stream().mapToInt(w -> w.codePointCount(0, w.length())).max().orElse(0);
  }
}
