package dk.jobmatch.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    TreeSet<Integer> sorted = new TreeSet<>(docs);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Set<Integer> inLeaf = sorted.subSet(leaf.docBase, leaf.docBase + leaf.reader().maxDoc());
      Terms indexed = leaf.reader().terms(field);
      if (inLeaf.isEmpty() || indexed == null) {
        continue;
      }
      TermsEnum iterator = indexed.iterator();
      PostingsEnum postings = null;
      for (String term : terms) {
        if (!iterator.seekExact(new BytesRef(term))) {
          continue;
        }
        postings = iterator.postings(postings, PostingsEnum.NONE);
        for (int doc : inLeaf) {
          int local = doc - leaf.docBase;
          int at = postings.docID() < local ? postings.advance(local) : postings.docID();
          if (at == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          if (at == local) {
            found.computeIfAbsent(doc, d -> new HashSet<>()).add(term);
          }
        }
      }
    }
    return found;
  }
}
