package dk.jobmatch.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The documents of a few companies, found from one task of each: a company's tasks are one block of
 * adjacent documents ({@code updateDocuments}, kept together through merges), each task knows its
 * place in the block ({@link TaskDocuments#BLOCK_OFFSET}), and the block ends where the company key
 * changes. Reaching a company's tasks this way costs a few doc-value reads, where looking its id up
 * would first read the id from the stored fields and then the terms dictionary. Valid only on the
 * searcher it was made on.
 */
final class CompanyBlocks extends OneMatchQuery {
  /** Global doc id where each block starts, ascending, and where it ends (exclusive). */
  private final int[] starts;
  private final int[] ends;
  /** For each block (in doc order), the index of its company in the list it was made from. */
  private final int[] companies;

  private CompanyBlocks(int[] starts, int[] ends, int[] companies) {
    this.starts = starts;
    this.ends = ends;
    this.companies = companies;
  }

  /** The blocks holding each of {@code docs} (global ids, one task per company). */
  static CompanyBlocks of(IndexSearcher searcher, List<Integer> docs) throws IOException {
    Integer[] order = new Integer[docs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docs.get(a), docs.get(b)));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int[] starts = new int[order.length];
    int[] ends = new int[order.length];
    int[] companies = new int[order.length];
    LeafReaderContext leaf = null;
    NumericDocValues offsets = null;
    NumericDocValues keys = null;
    for (int i = 0; i < order.length; i++) {
      int doc = docs.get(order[i]);
      LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (at != leaf) {
        // Blocks come in doc order and never overlap, so one forward-only iterator per segment serves them all.
        leaf = at;
        offsets = DocValues.getNumeric(leaf.reader(), TaskDocuments.BLOCK_OFFSET);
        keys = DocValues.getNumeric(leaf.reader(), TaskDocuments.COMPANY_KEY);
      }
      int local = doc - leaf.docBase;
      int start = local - (offsets.advanceExact(local) ? (int) offsets.longValue() : 0);
      long key = keys.advanceExact(local) ? keys.longValue() : 0;
      int end = local + 1;
      int maxDoc = leaf.reader().maxDoc();
      while (end < maxDoc && keys.advanceExact(end) && keys.longValue() == key) {
        end++;
      }
      starts[i] = leaf.docBase + start;
      ends[i] = leaf.docBase + end;
      companies[i] = order[i];
    }
    return new CompanyBlocks(starts, ends, companies);
  }

  /** The index, in the list the blocks were made from, of the company whose block holds {@code doc}; -1 if none. */
  int companyOf(int doc) {
    int at = Arrays.binarySearch(starts, doc);
    int block = at >= 0 ? at : -at - 2;
    return block >= 0 && doc < ends[block] ? companies[block] : -1;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        int base = context.docBase;
        int maxDoc = context.reader().maxDoc();
        long cost = 0;
        for (int i = 0; i < starts.length; i++) {
          if (starts[i] >= base && starts[i] < base + maxDoc) {
            cost += ends[i] - starts[i];
          }
        }
        if (cost == 0) {
          return null;
        }
        long docs = cost;
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) {
            return new ConstantScoreScorer(score(), scoreMode, new Blocks(base, maxDoc, docs));
          }

          @Override
          public long cost() {
            return docs;
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  /** The blocks' documents within one segment, in order. */
  private final class Blocks extends DocIdSetIterator {
    private final int base;
    private final int maxDoc;
    private final long cost;
    private int block;
    private int doc = -1;

    Blocks(int base, int maxDoc, long cost) {
      this.base = base;
      this.maxDoc = maxDoc;
      this.cost = cost;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      if (target >= maxDoc) {
        return doc = NO_MORE_DOCS;
      }
      int global = base + target;
      while (block < starts.length && (ends[block] <= global || starts[block] < base)) {
        block++;
      }
      if (block == starts.length || starts[block] >= base + maxDoc) {
        return doc = NO_MORE_DOCS;
      }
      return doc = Math.max(global, starts[block]) - base;
    }

    @Override
    public long cost() {
      return cost;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "company blocks " + Arrays.toString(starts);
  }
}
