package dk.jobmatch.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Which of some terms a few documents hold in a field, read from the postings: each term is
 * looked up once for all documents. Used for the rows a match shows, so their words, demands and
 * accommodations need not be stored as well as indexed.
 */
final class TermPresence {
  private TermPresence() {}

  /** For each of {@code docs} (global ids) that holds any of {@code terms} in {@code field}, the ones it holds. */
  static Map<Integer, Set<String>> of(IndexSearcher searcher, Collection<Integer> docs, String field,
      Collection<String> terms) throws IOException {
    Map<Integer, Set<String>> found = new HashMap<>();
    int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int from = firstAtLeast(sorted, leaf.docBase);
      int to = firstAtLeast(sorted, leaf.docBase + leaf.reader().maxDoc());
      Terms indexed = leaf.reader().terms(field);
      if (from == to || indexed == null) {
        continue;
      }
      TermsEnum iterator = indexed.iterator();
      PostingsEnum postings = null;
      for (String term : terms) {
        if (!iterator.seekExact(new BytesRef(term))) {
          continue;
        }
        postings = iterator.postings(postings, PostingsEnum.NONE);
        for (int i = from; i < to; i++) {
          int local = sorted[i] - leaf.docBase;
          int at = postings.docID() < local ? postings.advance(local) : postings.docID();
          if (at == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          if (at == local) {
            found.computeIfAbsent(sorted[i], d -> new HashSet<>()).add(term);
          }
        }
      }
    }
    return found;
  }

  /** Index of the first value in ascending {@code sorted} that is at least {@code value}. */
  private static int firstAtLeast(int[] sorted, int value) {
    int at = Arrays.binarySearch(sorted, value);
    if (at < 0) {
      return -at - 1;
    }
    while (at > 0 && sorted[at - 1] == value) {
      at--;
    }
    return at;
  }
}
