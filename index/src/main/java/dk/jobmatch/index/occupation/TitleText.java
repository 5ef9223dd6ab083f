package dk.jobmatch.index.occupation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of occupation names, applied alike to the catalog and to what a consultant types, so
 * both sides always produce the same terms.
 *
 * <p>Danish words are lower-cased and their Scandinavian spellings normalised ({@code paedagog} and
 * {@code pædagog} are one word, {@code aa} is {@code å}, {@code oe} is {@code ø}), because
 * consultants on a keyboard without æøå type them that way. Stems are the Danish Snowball stems of
 * those words (as the task index uses), without Danish stop words. English names get Lucene's
 * English analysis.
 *
 * <p>{@link Spelling#FOLDED} goes one step further and writes æ and å as a, ø as o: the spelling of a
 * keyboard without them ({@code tomrer}, {@code frisor}). The catalog looks a word up that way only
 * when it does not know the word as written, since folding also joins a few words Danes keep apart
 * ({@code maler} the painter and {@code måler} the meter).
 */
final class TitleText {
  /** How Danish text is spelt for matching: as written (normalised) or with æøå folded away. */
  enum Spelling {
    AS_WRITTEN(analyzer(true, false, false), analyzer(true, false, true)),
    FOLDED(analyzer(true, true, false), analyzer(true, true, true));

    private final Analyzer words;
    private final Analyzer stems;

    Spelling(Analyzer words, Analyzer stems) {
      this.words = words;
      this.stems = stems;
    }

    /** Words of a name, unstemmed, stop words included. */
    List<String> words(String text) {
      return tokens(words, text, Integer.MAX_VALUE);
    }

    /** Stems of a name, without stop words. */
    List<String> stems(String text) {
      return tokens(stems, text, Integer.MAX_VALUE);
    }

    /**
     * A whole text as one key: its words joined without spaces or punctuation, so
     * {@code "Sosu-hjælper"}, {@code "sosu hjælper"} and {@code "sosuhjælper"} are the same key.
     * Empty when the text has no words.
     */
    String key(String text) {
      return String.join("", words(text));
    }
  }

  /**
   * One word of a text in the forms the catalog matches on: {@code raw} lower-cased only (for English
   * prefixes), the Danish word and its stem as written and folded, and the English stem; a
   * {@code null} stem is a stop word.
   */
  record Word(String raw, String danish, String danishStem, String folded, String foldedStem, String englishStem) {
    String danish(Spelling spelling) {
      return spelling == Spelling.FOLDED ? folded : danish;
    }

    String stem(Spelling spelling) {
      return spelling == Spelling.FOLDED ? foldedStem : danishStem;
    }
  }

  private static final Analyzer RAW = analyzer(false, false, false);
  private static final Analyzer ENGLISH_STEMS = new EnglishAnalyzer();

  private TitleText() {}

  /**
   * The first {@code max} distinct words of {@code text}; reading stops there.
   */
  static List<Word> words(String text, int max) {
    List<Word> words = new ArrayList<>();
    forEachToken(RAW, text, raw -> {
      if (words.stream().noneMatch(w -> w.raw().equals(raw))) {
        words.add(new Word(raw, first(Spelling.AS_WRITTEN.words, raw), first(Spelling.AS_WRITTEN.stems, raw),
            first(Spelling.FOLDED.words, raw), first(Spelling.FOLDED.stems, raw), first(ENGLISH_STEMS, raw)));
      }
      return words.size() < max;
    });
    return words;
  }

  /** Danish words of a name as written, unstemmed, stop words included. */
  static List<String> danishWords(String text) {
    return Spelling.AS_WRITTEN.words(text);
  }

  /** Danish stems of a name as written, without stop words. */
  static List<String> danishStems(String text) {
    return Spelling.AS_WRITTEN.stems(text);
  }

  /** Lower-cased words of an English name. */
  static List<String> englishWords(String text) {
    return tokens(RAW, text, Integer.MAX_VALUE);
  }

  /** English stems of a name, without English stop words. */
  static List<String> englishStems(String text) {
    return tokens(ENGLISH_STEMS, text, Integer.MAX_VALUE);
  }

  /** {@link Spelling#key} as written. */
  static String danishKey(String text) {
    return Spelling.AS_WRITTEN.key(text);
  }

  /** {@link #danishKey} for English: lower-cased words joined. */
  static String englishKey(String text) {
    return String.join("", tokens(RAW, text, Integer.MAX_VALUE));
  }

  static String reversed(String word) {
    return new StringBuilder(word).reverse().toString();
  }

  private static String first(Analyzer analyzer, String word) {
    List<String> tokens = tokens(analyzer, word, 1);
    return tokens.isEmpty() ? null : tokens.getFirst();
  }

  private static List<String> tokens(Analyzer analyzer, String text, int max) {
    List<String> tokens = new ArrayList<>();
    forEachToken(analyzer, text, token -> {
      tokens.add(token);
      return tokens.size() < max;
    });
    return tokens;
  }

  /** Feeds the tokens of {@code text} to {@code more} until it answers false or the text ends. */
  private static void forEachToken(Analyzer analyzer, String text, Predicate<String> more) {
    if (text == null || text.isBlank()) {
      return;
    }
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && more.test(term.toString())) {
        // consumed by more
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analyzer analyzer(boolean danish, boolean folded, boolean stemmed) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (danish) {
          stream = new ScandinavianNormalizationFilter(stream);
        }
        if (stemmed) {
          // Before folding: the stop words are spelt with æøå ("på", "være").
          stream = new StopFilter(stream, DanishAnalyzer.getDefaultStopSet());
        }
        if (folded) {
          stream = new ScandinavianFoldingFilter(stream);
        }
        if (stemmed) {
          // By name: the stemmer class lives outside org.apache.lucene, which this module may not import.
          stream = new SnowballFilter(stream, "Danish");
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}
