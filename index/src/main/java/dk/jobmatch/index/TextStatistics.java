package dk.jobmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.SmallFloat;

/**
 * The text statistics the index ranks with (Danish analysis, document frequencies, average length)
 * and Lucene's BM25 formula, so code outside Lucene (the benchmark's baseline) can compute the very
 * same text scores. A snapshot of the index when it was taken; close it to let that snapshot go.
 */
public final class TextStatistics implements AutoCloseable {
  /** Lucene's BM25 defaults. */
  public static final double K1 = 1.2;
  public static final double B = 0.75;

  private final IndexReader reader;
  private final int docCount;
  private final double averageLength;
  private final int partDocCount;
  private final double partAverageLength;

  TextStatistics(IndexReader reader) throws IOException {
    reader.incRef();
    this.reader = reader;
    this.docCount = reader.getDocCount(TaskDocuments.TEXT);
    long sum = reader.getSumTotalTermFreq(TaskDocuments.TEXT);
    this.averageLength = docCount == 0 ? 1 : (float) (sum / (double) docCount);
    this.partDocCount = reader.getDocCount(TaskDocuments.TEXT_PARTS);
    long partSum = reader.getSumTotalTermFreq(TaskDocuments.TEXT_PARTS);
    this.partAverageLength = partDocCount == 0 ? 1 : (float) (partSum / (double) partDocCount);
  }

  /** The compound parts of a task's text, repeats included: what its part field's BM25 counts. */
  public static List<String> taskPartTokens(TaskEntry task) {
    return tokens(DanishCompounds.PARTS, String.join("\n", task.title(), task.description(), String.join("\n", task.skills())));
  }

  /** The words of a task's title, analysed as whole words. */
  public static java.util.Set<String> titleWords(TaskEntry task) {
    return DanishText.terms(TaskDocuments.TITLE_WORDS, task.title());
  }

  /** The compound parts of a task's title. */
  public static java.util.Set<String> titleParts(TaskEntry task) {
    return DanishText.terms(TaskDocuments.TITLE_PARTS, task.title());
  }

  /** Lucene's idf of a term in the compound part field. */
  public double partIdf(String term) {
    try {
      int df = reader.docFreq(new Term(TaskDocuments.TEXT_PARTS, term));
      return Math.log(1 + (partDocCount - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One term's BM25 in one document's compound parts ({@code length}: its number of parts). */
  public double partBm25(double idf, int freq, int length) {
    double storedLength = SmallFloat.byte4ToInt(SmallFloat.intToByte4(length));
    return idf * freq / (freq + K1 * (1 - B + B * storedLength / partAverageLength));
  }

  /** The analysed tokens of a task's text, repeats included, in order: what its BM25 length and frequencies count. */
  public static List<String> taskTokens(TaskEntry task) {
    return tokens(String.join("\n", task.title(), task.description(), String.join("\n", task.skills())));
  }

  /** The distinct analysed terms of a citizen's phrases (skills or development goals), as the query uses them. */
  public static List<String> queryTerms(List<String> phrases) {
    java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
    for (String phrase : phrases) {
      terms.addAll(DanishText.terms(TaskDocuments.TEXT, phrase));
    }
    return List.copyOf(terms);
  }

  /** The distinct compound parts of a citizen's phrases ({@link DanishCompounds}), as the query uses them. */
  public static List<String> queryParts(List<String> phrases) {
    java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
    for (String phrase : phrases) {
      terms.addAll(DanishText.terms(TaskDocuments.TEXT_PARTS, phrase));
    }
    return List.copyOf(terms);
  }

  public int docCount() {
    return docCount;
  }

  public double averageLength() {
    return averageLength;
  }

  /** Lucene's idf: ln(1 + (N - df + 0.5) / (df + 0.5)). */
  public double idf(String term) {
    try {
      int df = reader.docFreq(new Term(TaskDocuments.TEXT, term));
      return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One term's BM25 in one document. The length goes through the same lossy one-byte encoding
   * Lucene stores norms in, or scores would differ in the last digits.
   */
  public double bm25(double idf, int freq, int length) {
    double storedLength = SmallFloat.byte4ToInt(SmallFloat.intToByte4(length));
    return idf * freq / (freq + K1 * (1 - B + B * storedLength / averageLength));
  }

  @Override
  public void close() {
    try {
      reader.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> tokens(String text) {
    return tokens(DanishText.ANALYZER, text);
  }

  private static List<String> tokens(org.apache.lucene.analysis.Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TaskDocuments.TEXT, text)) {
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
