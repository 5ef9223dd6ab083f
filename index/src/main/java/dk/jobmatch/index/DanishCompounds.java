package dk.jobmatch.index;

import dk.jobmatch.index.occupation.OccupationCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The parts of Danish compounds: "lager" in "Lagerarbejde", "køkken" in "Storkøkkenet", "butik" in
 * "Butiksarbejde". Danish writes compounds closed, so a whole-word index never finds the part a
 * consultant types. Lucene's dictionary compound filter finds every dictionary word inside a longer
 * word (the linking "s" or "e" needs no rule: "butik" is found inside "butiksarbejde" as it stands).
 * Parts are then stemmed as whole words are, so a part matches a whole word of the other side too.
 *
 * <p>The dictionary is the bundled {@code compound-words.txt} (words of the job-centre domain) and
 * every word of the occupation catalogue's Danish titles and synonyms. Words under {@code [generic]}
 * ("arbejde", "medarbejder") split compounds but are never emitted: they would match half the index.
 * Only parts are emitted, never the whole word: whole words have their own field, so a part match
 * can be weighted below a whole-word match.
 */
final class DanishCompounds {
  private static final String WORDS = "/dk/jobmatch/index/text/compound-words.txt";
  /** Shorter words are seldom compounds, and shorter parts are mostly accidents ("is" in "bisidder"). */
  static final int MIN_WORD = 6;
  static final int MIN_PART = 3;
  static final int MAX_PART = 20;

  private static final Dictionary DICTIONARY = Dictionary.bundled();

  /** Compound parts, stemmed; the analyzer of the part fields and of the citizen's words looked up in them. */
  static final Analyzer PARTS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      stream = new DictionaryCompoundWordTokenFilter(stream, DICTIONARY.words(), MIN_WORD, MIN_PART, MAX_PART, false);
      stream = new PartsOnly(stream, DICTIONARY.generic());
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

  /**
   * Keeps the parts the compound filter found and drops the whole words, the generic parts, and a
   * part that is the whole word again (the catalogue's titles are in the dictionary, so
   * "butiksmedhjælper" is found inside itself). Every part, not only the longest at each place: the
   * longest would be the whole title and hide "butik".
   */
  private static final class PartsOnly extends FilteringTokenFilter {
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final CharArraySet generic;
    private String whole = "";

    PartsOnly(TokenStream in, CharArraySet generic) {
      super(in);
      this.generic = generic;
    }

    @Override
    protected boolean accept() {
      if (!CompoundWordTokenFilterBase.TOKEN_TYPE_SUBWORD.equals(type.type())) {
        whole = term.toString();
        return false;
      }
      if (generic.contains(term.buffer(), 0, term.length()) || whole.contentEquals(term)) {
        return false;
      }
      // Each part a position of its own: BM25's length then counts every part (Lucene leaves
      // stacked tokens out of the norm), as the benchmark's baseline counts them.
      position.setPositionIncrement(1);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      whole = "";
    }
  }

  private record Dictionary(CharArraySet words, CharArraySet generic) {
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
      words.addAll(OccupationCatalog.bundledDanishWords());
      words.addAll(generic);
      words.removeIf(w -> w.length() < MIN_PART);
      return new Dictionary(CharArraySet.unmodifiableSet(new CharArraySet(words, false)),
          CharArraySet.unmodifiableSet(new CharArraySet(generic, false)));
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
