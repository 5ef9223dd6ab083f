package dk.jobmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.SmallFloat;

/**
 * The text statistics the index ranks with (Danish analysis, document frequencies, average length,
 * for whole words and for compound parts) and Lucene's BM25 formula, so code outside Lucene (the
 * benchmark's baseline) can compute the very same text scores. A snapshot of the index when it was
 * taken; close it to let that snapshot go.
 */
public final class TextStatistics implements AutoCloseable {
  /** Lucene's BM25 defaults. */
  public static final double K1 = 1.2;
  public static final double B = 0.75;

  private final IndexReader reader;
  private final FieldStatistics words;
  private final FieldStatistics parts;

  TextStatistics(IndexReader reader) throws IOException {
    reader.incRef();
    this.reader = reader;
    this.words = FieldStatistics.of(reader, TaskDocuments.TEXT);
    this.parts = FieldStatistics.of(reader, TaskDocuments.TEXT_PARTS);
  }

  /** One field's document count and average length, as Lucene's BM25 reads them. */
  private record FieldStatistics(String field, int docCount, double averageLength) {
    static FieldStatistics of(IndexReader reader, String field) throws IOException {
      int docCount = reader.getDocCount(field);
      long sum = reader.getSumTotalTermFreq(field);
      return new FieldStatistics(field, docCount, docCount == 0 ? 1 : (float) (sum / (double) docCount));
    }

    double idf(IndexReader reader, String term) {
      try {
        int df = reader.docFreq(new Term(field, term));
        return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The length goes through the same lossy one-byte encoding Lucene stores norms in, or scores would differ in the last digits. */
    double bm25(double idf, int freq, int length) {
      double storedLength = SmallFloat.byte4ToInt(SmallFloat.intToByte4(length));
      return idf * freq / (freq + K1 * (1 - B + B * storedLength / averageLength));
    }
  }

  /** The analysed tokens of a task's text, repeats included, in order: what its BM25 length and frequencies count. */
  public static List<String> taskTokens(TaskEntry task) {
    return DanishText.tokens(DanishText.ANALYZER, TaskDocuments.TEXT, text(task));
  }

  /** The compound parts of a task's text, repeats included: what its part field's BM25 counts. */
  public static List<String> taskPartTokens(TaskEntry task) {
    return DanishText.tokens(DanishText.ANALYZER, TaskDocuments.TEXT_PARTS, text(task));
  }

  /** The words of a task's title, analysed as whole words. */
  public static Set<String> titleWords(TaskEntry task) {
    return DanishText.terms(TaskDocuments.TITLE_WORDS, task.title());
  }

  /** The compound parts of a task's title. */
  public static Set<String> titleParts(TaskEntry task) {
    return DanishText.terms(TaskDocuments.TITLE_PARTS, task.title());
  }

  /** The distinct analysed terms of a citizen's phrases (skills or development goals), as the query uses them. */
  public static List<String> queryTerms(List<String> phrases) {
    return analysed(TaskDocuments.TEXT, phrases);
  }

  /** The distinct compound parts of a citizen's phrases ({@link DanishCompounds}), as the query uses them. */
  public static List<String> queryParts(List<String> phrases) {
    return analysed(TaskDocuments.TEXT_PARTS, phrases);
  }

  public int docCount() {
    return words.docCount();
  }

  public double averageLength() {
    return words.averageLength();
  }

  /** Lucene's idf of a whole word: ln(1 + (N - df + 0.5) / (df + 0.5)). */
  public double idf(String term) {
    return words.idf(reader, term);
  }

  /** One whole word's BM25 in one document. */
  public double bm25(double idf, int freq, int length) {
    return words.bm25(idf, freq, length);
  }

  /** Lucene's idf of a term in the compound part field. */
  public double partIdf(String term) {
    return parts.idf(reader, term);
  }

  /** One term's BM25 in one document's compound parts ({@code length}: its number of parts). */
  public double partBm25(double idf, int freq, int length) {
    return parts.bm25(idf, freq, length);
  }

  @Override
  public void close() {
    try {
      reader.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text the task's text fields are made of: title, description and skills. */
  static String text(TaskEntry task) {
    return String.join("\n", task.title(), task.description(), String.join("\n", task.skills()));
  }

  private static List<String> analysed(String field, List<String> phrases) {
    Set<String> terms = new LinkedHashSet<>();
    for (String phrase : phrases) {
      terms.addAll(DanishText.terms(field, phrase));
    }
    return List.copyOf(terms);
  }
}
