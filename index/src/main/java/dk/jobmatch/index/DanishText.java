package dk.jobmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Danish analysis chain (lower-casing, Danish stop words, Snowball stemming) shared by indexing,
 * query building and explanations, so a term that matched in the index is also found when the
 * explanation is written.
 */
final class DanishText {
  static final Analyzer ANALYZER = new DanishAnalyzer();

  private DanishText() {}

  /** The analysed terms of {@code text} in the given field, in order of first appearance. */
  static Set<String> terms(String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
