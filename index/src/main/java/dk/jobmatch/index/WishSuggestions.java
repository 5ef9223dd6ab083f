package dk.jobmatch.index;

import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.index.vocabulary.WishRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Suggests wishes from what a consultant wrote as development goals ("vil gerne arbejde med kunder",
 * "udendørs arbejde", "blive bedre til IT"): a wish is suggested when one of its cues occurs in the
 * text as a run of words, compared by Danish stems so inflections count ("kunder", "kunderne"). Only
 * a suggestion: the consultant confirms the wishes that are stored.
 */
public final class WishSuggestions {
  /** No stop words: "sammen med andre" is a cue, and "med" is one of its words. */
  private static final Analyzer STEMS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new ScandinavianNormalizationFilter(new LowerCaseFilter(source));
      // By name: the stemmer class lives outside org.apache.lucene, which this module may not import.
      return new TokenStreamComponents(source, new SnowballFilter(stream, "Danish"));
    }
  };

  private final List<Cue> cues = new ArrayList<>();

  private record Cue(String wish, List<String> stems) {}

  public WishSuggestions(Vocabulary vocabulary) {
    for (WishRule wish : vocabulary.wishes().values()) {
      for (String cue : wish.cues()) {
        List<String> stems = stems(cue);
        if (!stems.isEmpty()) {
          cues.add(new Cue(wish.code(), stems));
        }
      }
    }
  }

  /** The wishes the texts suggest, in vocabulary order of their first cue found. */
  public Set<String> suggest(Collection<String> texts) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      List<String> words = stems(text);
      for (Cue cue : cues) {
        if (!found.contains(cue.wish()) && containsRun(words, cue.stems())) {
          found.add(cue.wish());
        }
      }
    }
    return found;
  }

  private static boolean containsRun(List<String> words, List<String> run) {
    for (int i = 0; i + run.size() <= words.size(); i++) {
      if (words.subList(i, i + run.size()).equals(run)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> stems(String text) {
    return DanishText.tokens(STEMS, "", text);
  }
}
