package dk.jobmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Danish analysis chains (whole words: lower-casing, Danish stop words, Snowball stemming;
 * compound parts: {@link DanishCompounds}) shared by indexing,
 * query building and explanations, so a term that matched in the index is also found when the
 * explanation is written.
 */
final class DanishText {
  /** Danish analysis for whole words; the compound part fields get {@link DanishCompounds#PARTS}. */
  static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new DanishAnalyzer(), Map.of(
      TaskDocuments.TEXT_PARTS, DanishCompounds.PARTS,
      TaskDocuments.TITLE_PARTS, DanishCompounds.PARTS));

  private DanishText() {}

  private static final int REMEMBERED = 20_000;
  /**
   * Phrases repeat (the same skills, goal titles and development goals are analysed for scoring,
   * for the query and again for every row explained), and the Danish stemmer is not free.
   */
  private static final Map<String, Set<String>> ANALYSED = new ConcurrentHashMap<>();

  /** The analysed terms of {@code text} in the given field, in order of first appearance; unmodifiable. */
  static Set<String> terms(String field, String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    String key = field + '\u0000' + text;
    Set<String> known = ANALYSED.get(key);
    if (known != null) {
      return known;
    }
    Set<String> terms = Collections.unmodifiableSet(analyse(field, text));
    if (ANALYSED.size() >= REMEMBERED) {
      ANALYSED.clear(); // crude, but bounded; the working set refills within a few queries
    }
    ANALYSED.put(key, terms);
    return terms;
  }

  private static Set<String> analyse(String field, String text) {
    return new LinkedHashSet<>(tokens(ANALYZER, field, text));
  }

  /** Every token {@code analyzer} makes of {@code text} in {@code field}, repeats included, in order. */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return tokens;
    }
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
