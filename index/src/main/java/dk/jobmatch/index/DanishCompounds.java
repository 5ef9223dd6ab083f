package dk.jobmatch.index;

import dk.jobmatch.index.occupation.OccupationCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The parts of Danish compounds: "lager" in "Lagerarbejde", "køkken" in "Storkøkkenet", "butik" in
 * "Butiksmedhjælper". Danish writes compounds closed, so a whole-word index never finds the part a
 * consultant types.
 *
 * <p>A word is split by segmenting it whole into dictionary words, as a reader does: the fewest
 * parts that cover it, a linking "s" or "e" allowed between parts ("butik-s-medhjælper"), an
 * inflection ending allowed after the last ("storkøkken-et", "lagerhal-l-en"); each part that is a
 * catalogue title and a compound itself is split again. Lucene's dictionary compound filter, tried first, emits every dictionary word found
 * anywhere inside a word, and with a catalogue of 3,000 occupation words that found "smed" in
 * "butiksmedhjælper" and "med" in every "-medarbejder". A word that cannot be covered is not split.
 * Parts are then stemmed as whole words are, so a part matches a whole word of the other side too.
 *
 * <p>The dictionary is the bundled {@code compound-words.txt} (words of the job-centre domain) and
 * every word of the occupation catalogue's Danish titles and synonyms. Danish stop words and the
 * words under {@code [generic]} ("arbejde", "medarbejder") split compounds but are never emitted:
 * they would match half the index. Only parts are emitted, never the whole word: whole words have
 * their own field, so a part match can be weighted below a whole-word match.
 */
final class DanishCompounds {
  private static final String WORDS = "/dk/jobmatch/index/text/compound-words.txt";
  /** Shorter words are seldom compounds. */
  static final int MIN_WORD = 6;
  /** Shorter parts are mostly accidents ("is" in "bisidder"). */
  static final int MIN_PART = 3;
  /** Letters that join two parts of a compound: "butik-s-medhjælper", "kantin-e-". */
  private static final String LINKING = "se";
  /** Endings an inflected compound may carry after its last part, longest first. */
  private static final List<String> ENDINGS = List.of("erne", "ene", "ens", "ets", "en", "et", "er", "e", "s");

  private static final Dictionary DICTIONARY = Dictionary.bundled();

  /** Compound parts, stemmed; the analyzer of the part fields and of the citizen's words looked up in them. */
  static final Analyzer PARTS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      stream = new Parts(stream);
      // By name: the stemmer class lives outside org.apache.lucene, which this module may not import.
      stream = new SnowballFilter(stream, "Danish");
      return new TokenStreamComponents(source, stream);
    }
  };

  private DanishCompounds() {}

  /** Number of words the splitter knows (for the README and tests). */
  static int dictionarySize() {
    return DICTIONARY.words().size();
  }

  /** Words split lately: task texts repeat the same words, and segmenting one is a small search. */
  private static final int REMEMBERED = 50_000;
  private static final Map<String, List<String>> SPLIT = new ConcurrentHashMap<>();

  /** The parts of one lower-cased word, generic ones left out; empty when it is no compound of known words. */
  static List<String> split(String word) {
    if (word.length() < MIN_WORD) {
      return List.of();
    }
    List<String> known = SPLIT.get(word);
    if (known != null) {
      return known;
    }
    List<String> parts = new ArrayList<>();
    collect(word, parts);
    parts.removeIf(part -> DICTIONARY.generic().contains(part));
    if (SPLIT.size() >= REMEMBERED) {
      SPLIT.clear(); // crude, but bounded, as DanishText's cache
    }
    List<String> result = List.copyOf(parts);
    SPLIT.put(word, result);
    return result;
  }

  private static void collect(String word, List<String> out) {
    if (word.length() < MIN_WORD) {
      return;
    }
    List<String> parts = segment(word);
    for (String part : parts) {
      if (!out.contains(part)) {
        out.add(part);
      }
      // The hand-written words are whole words ("dagligvare"); a catalogue title may be a compound again.
      if (!DICTIONARY.base().contains(part)) {
        collect(part, out);
      }
    }
  }

  /**
   * The fewest dictionary words (two or more) that cover {@code word}, with linking letters between
   * them and an inflection ending after the last; empty when there are none. Of equals, the one with
   * the longest first part.
   */
  private static List<String> segment(String word) {
    int n = word.length();
    char[] letters = word.toCharArray();
    // best[i]: fewest parts covering word[0, i) ending at a part boundary; start[i]: where that last part starts.
    int[] best = new int[n + 1];
    int[] start = new int[n + 1];
    java.util.Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    for (int from = 0; from < n; from++) {
      if (best[from] == Integer.MAX_VALUE) {
        continue;
      }
      for (int to = n; to >= from + MIN_PART; to--) {
        // The first part must leave room for a second: the whole word, inflected or not, is no split.
        if (from == 0 && to > n - MIN_PART) {
          continue;
        }
        if (!DICTIONARY.words().contains(letters, from, to - from)) {
          continue;
        }
        relax(best, start, from, to, best[from] + 1);
        if (to < n && LINKING.indexOf(word.charAt(to)) >= 0) {
          relax(best, start, from, to + 1, best[from] + 1);
        }
      }
    }
    int end = -1;
    if (best[n] != Integer.MAX_VALUE) {
      end = n;
    } else {
      for (String ending : ENDINGS) {
        int at = n - ending.length();
        if (!word.endsWith(ending) || at <= 0) {
          continue;
        }
        if (best[at] != Integer.MAX_VALUE) {
          end = at;
          break;
        }
        // A short last part doubles its consonant before the ending: "hal" in "lagerhallen".
        if (at >= 2 && letters[at - 1] == letters[at - 2] && best[at - 1] != Integer.MAX_VALUE) {
          end = at - 1;
          break;
        }
      }
    }
    if (end < 0) {
      return List.of();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (int at = end; at > 0; at = start[at]) {
      String part = word.substring(start[at], at);
      // A linking letter belongs to no part: drop it when the part without it is the dictionary word.
      if (!DICTIONARY.words().contains(part) && DICTIONARY.words().contains(part.substring(0, part.length() - 1))) {
        part = part.substring(0, part.length() - 1);
      }
      parts.addFirst(part);
    }
    return List.copyOf(parts);
  }

  private static void relax(int[] best, int[] start, int from, int to, int parts) {
    // Fewer parts win; of equals the earlier boundary kept first means the longest first part.
    if (parts < best[to]) {
      best[to] = parts;
      start[to] = from;
    }
  }

  /** Replaces each word by its compound parts, each a position of its own so BM25's length counts every part. */
  private static final class Parts extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();

    Parts(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (pending.isEmpty()) {
        if (!input.incrementToken()) {
          return false;
        }
        pending.addAll(split(term.toString()));
      }
      term.setEmpty().append(pending.removeFirst());
      position.setPositionIncrement(1);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending.clear();
    }
  }

  /** {@code base}: the hand-written words, never split further. */
  private record Dictionary(CharArraySet words, Set<String> base, Set<String> generic) {
    static Dictionary bundled() {
      Set<String> words = new HashSet<>();
      Set<String> generic = new HashSet<>();
      boolean inGeneric = false;
      for (String line : resource().lines().map(String::strip).toList()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.equals("[generic]")) {
          inGeneric = true;
          continue;
        }
        (inGeneric ? generic : words).add(line);
      }
      Set<String> base = Set.copyOf(words);
      words.addAll(OccupationCatalog.bundledDanishWords());
      words.addAll(generic);
      // Stop words ("bag" is none, but "for", "over", "efter" are) may start a compound and split it
      // ("efteruddannelse"), but are never a part worth matching.
      for (Object stop : DanishAnalyzer.getDefaultStopSet()) {
        String word = new String((char[]) stop);
        words.add(word);
        generic.add(word);
      }
      words.removeIf(w -> w.length() < MIN_PART);
      return new Dictionary(CharArraySet.unmodifiableSet(new CharArraySet(words, false)), base, Set.copyOf(generic));
    }

    private static String resource() {
      try (InputStream in = DanishCompounds.class.getResourceAsStream(WORDS)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + WORDS);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
