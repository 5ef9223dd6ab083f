package dk.jobmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Which analysed words one task's text holds, asked of the index itself. The text (title,
 * description, skills) is not stored, which keeps the index small; the few rows an explanation is
 * written for look their words up in the postings instead, the same postings the score came from.
 */
final class TaskText {
  private final LeafReaderContext leaf;
  private final int doc;

  private TaskText(LeafReaderContext leaf, int doc) {
    this.leaf = leaf;
    this.doc = doc;
  }

  /** The text of the document with global id {@code doc}. */
  static TaskText of(IndexSearcher searcher, int doc) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return new TaskText(leaf, doc - leaf.docBase);
  }

  /** Whether any of the analysed {@code terms} occurs in the task's text. */
  boolean containsAny(Collection<String> terms) {
    try {
      Terms field = leaf.reader().terms(TaskDocuments.TEXT);
      if (field == null) {
        return false;
      }
      TermsEnum iterator = field.iterator();
      for (String term : terms) {
        if (iterator.seekExact(new BytesRef(term))) {
          PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
          if (postings.advance(doc) == doc && doc != DocIdSetIterator.NO_MORE_DOCS) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
