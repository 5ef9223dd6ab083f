package dk.jobmatch.index.occupation;

import dk.jobmatch.index.occupation.TitleText.Spelling;
import dk.jobmatch.index.occupation.TitleText.Word;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the catalog's names are made of: the words of Danish titles and synonyms (also reversed),
 * their stems, in each {@link Spelling}, and sizes. Tells the query builder which words it knows, so
 * it folds æøå away or looks for typos only in the others, and which clauses could never match.
 *
 * @param longestWord letters of the longest word of any name, Danish or English
 * @param longestKey length of the longest whole name as a key ({@code Spelling.key})
 */
record Lexicon(Map<Spelling, Vocabulary> vocabularies, int longestWord, int longestKey) {
  /** Letters a first part of a compound needs: fewer, and {@code an} of {@code anklager} would be one. */
  static final int MIN_FIRST_PART = 3;

  /** The words, reversed words and stems of the Danish names in one spelling. */
  record Vocabulary(NavigableSet<String> words, NavigableSet<String> reversedWords, Set<String> stems) {
    Vocabulary {
      words = Collections.unmodifiableNavigableSet(new TreeSet<>(words));
      reversedWords = Collections.unmodifiableNavigableSet(new TreeSet<>(reversedWords));
      stems = Set.copyOf(stems);
    }
  }

  Lexicon {
    vocabularies = Collections.unmodifiableMap(new EnumMap<>(vocabularies));
  }

  static Lexicon of(List<Occupation> occupations) {
    Map<Spelling, Vocabulary> vocabularies = new EnumMap<>(Spelling.class);
    int longestWord = 0;
    int longestKey = 0;
    for (Spelling spelling : Spelling.values()) {
      NavigableSet<String> words = new TreeSet<>();
      NavigableSet<String> reversed = new TreeSet<>();
      Set<String> stems = new HashSet<>();
      for (Occupation o : occupations) {
        for (List<String> names : List.of(o.titles(), o.synonyms(), List.of(o.titleDa()))) {
          for (String name : names) {
            List<String> danish = spelling.words(name);
            words.addAll(danish);
            danish.forEach(w -> reversed.add(TitleText.reversed(w)));
            stems.addAll(spelling.stems(name));
            longestWord = Math.max(longestWord, longest(danish));
            longestKey = Math.max(longestKey, spelling.key(name).length());
          }
        }
        longestKey = Math.max(longestKey, spelling.key(o.discoTitle()).length());
      }
      vocabularies.put(spelling, new Vocabulary(words, reversed, stems));
    }
    for (Occupation o : occupations) {
      for (String name : o.englishNames()) {
        longestWord = Math.max(longestWord, longest(TitleText.englishWords(name)));
      }
      longestKey = Math.max(longestKey, TitleText.englishKey(o.titleEn()).length());
    }
    return new Lexicon(vocabularies, longestWord, longestKey);
  }

  /** The words of the Danish titles and synonyms as written. */
  NavigableSet<String> words() {
    return vocabularies.get(Spelling.AS_WRITTEN).words();
  }

  /**
   * Whether {@code word}, spelt this way, is in some inflection a word of the catalog, or the start or
   * end of one long enough to be looked up as such ({@value SuggestQuery#MIN_PREFIX} and
   * {@value SuggestQuery#MIN_HEAD} letters): then it is no typo.
   */
  boolean knows(Word word, Spelling spelling) {
    Vocabulary vocabulary = vocabularies.get(spelling);
    String w = word.danish(spelling);
    int length = w.codePointCount(0, w.length());
    return vocabulary.stems().contains(word.stem(spelling))
        || length >= SuggestQuery.MIN_PREFIX && startsOneOf(vocabulary.words(), w)
        || length >= SuggestQuery.MIN_HEAD && startsOneOf(vocabulary.reversedWords(), TitleText.reversed(w));
  }

  /**
   * The words of the catalog, in this spelling, that are compounds ending in {@code head}
   * ({@code rengøringsassistent} for {@code assistent}), not merely words that happen to end in it
   * ({@code anklager} is no kind of {@code lager}). Without a dictionary to split compounds, a first
   * part counts when, less a linking {@code s} or {@code e}, it has {@value #MIN_FIRST_PART} letters
   * or more and is a word of the catalog or the start of two other words that are not this compound
   * ({@code kunst} of {@code kunstner}, {@code kunstlærer}).
   */
  Set<String> compoundsEndingIn(String head, Spelling spelling) {
    Vocabulary vocabulary = vocabularies.get(spelling);
    String reversedHead = TitleText.reversed(head);
    Set<String> compounds = new HashSet<>();
    for (String reversed : startingWith(vocabulary.reversedWords(), reversedHead)) {
      String word = TitleText.reversed(reversed);
      String first = word.substring(0, word.length() - head.length());
      if (isFirstPart(first, word, vocabulary.words())) {
        compounds.add(word);
      }
    }
    return compounds;
  }

  /**
   * The words of the catalog, folded, within {@code maxEdits} edits of the folded {@code word}, by their
   * distance (1 or 2): an edit is a letter inserted, deleted, replaced, or two neighbours swapped. Never
   * the first letter (people rarely get it wrong, and a word with another first letter is usually
   * another word), and never {@code word} itself.
   */
  Map<Integer, Set<String>> typosOf(String word, int maxEdits) {
    NavigableSet<String> words = vocabularies.get(Spelling.FOLDED).words();
    Map<Integer, Set<String>> byDistance = new TreeMap<>();
    int length = word.length();
    for (String candidate : startingWith(words, word.substring(0, 1))) {
      if (Math.abs(candidate.length() - length) <= maxEdits && !candidate.equals(word)) {
        int distance = distance(word, candidate, maxEdits);
        if (distance <= maxEdits) {
          byDistance.computeIfAbsent(distance, d -> new HashSet<>()).add(candidate);
        }
      }
    }
    return byDistance;
  }

  /** Optimal string alignment distance, or {@code limit + 1} once it must exceed {@code limit}. */
  private static int distance(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }

  private static boolean isFirstPart(String first, String compound, NavigableSet<String> words) {
    List<String> candidates = first.endsWith("s") || first.endsWith("e")
        ? List.of(first, first.substring(0, first.length() - 1)) : List.of(first);
    for (String part : candidates) {
      if (part.codePointCount(0, part.length()) < MIN_FIRST_PART) {
        continue;
      }
      long othersStartingSo = startingWith(words, part).stream().filter(w -> !w.startsWith(compound)).limit(2).count();
      if (words.contains(part) || othersStartingSo == 2) {
        return true;
      }
    }
    return false;
  }

  private static NavigableSet<String> startingWith(NavigableSet<String> sorted, String prefix) {
    return sorted.subSet(prefix, true, prefix + Character.MAX_VALUE, false);
  }

  private static boolean startsOneOf(NavigableSet<String> sorted, String prefix) {
    String next = sorted.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  private static int longest(Collection<String> words) {
    return words.stream().mapToInt(w -> w.codePointCount(0, w.length())).max().orElse(0);
  }
}
