package dk.jobmatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.PriorityQueue;

/**
 * First pass: scores every task that passed the filters and keeps the best {@code limit} companies
 * by their best task. A company's tasks are indexed as one block ({@code updateDocuments}), and
 * Lucene keeps a block's documents adjacent through merges, so a company's candidates arrive one
 * after another and its best task is known when the next company starts: no map over all companies.
 */
final class TopCompanies implements Collector {
  private final Ranking ranking;
  private final CompanyQueue queue;
  private final int limit;
  private final double floor;

  /** {@code floor}: a score the final list's weakest company is known to reach, or negative infinity. */
  TopCompanies(Ranking ranking, int limit, double floor) {
    this.ranking = ranking;
    this.limit = limit;
    this.floor = floor;
    this.queue = new CompanyQueue(limit);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    Ranking.Leaf leaf = ranking.forLeaf(context);
    NumericDocValues keys = DocValues.getNumeric(context.reader(), TaskDocuments.COMPANY_KEY);
    double[] values = new double[ScoreModel.PARTS];
    return new LeafCollector() {
      private long key;
      private Best best;
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        long k = keys.advanceExact(doc) ? keys.longValue() : 0;
        double score = leaf.score(doc, values, queue.size() == limit ? Math.max(floor, queue.top().score) : floor);
        if (score == Double.NEGATIVE_INFINITY) {
          // Cannot reach the weakest company kept, so it can be neither its company's best nor enter the list.
          if (best != null && k != key) {
            offer();
          }
          return;
        }
        double km = leaf.lastDistanceKm();
        if (best == null || k != key) {
          offer();
          key = k;
          best = new Best(k, score, km, context.docBase + doc);
        } else if (score > best.score || (score == best.score && km < best.distanceKm)) {
          best = new Best(k, score, km, context.docBase + doc);
        }
      }

      @Override
      public void finish() {
        offer();
      }

      private void offer() {
        if (best != null) {
          queue.insertWithOverflow(best);
          best = null;
        }
      }
    };
  }

  /** Whether the list is full and its weakest company scores above {@code bound}: no task scoring at most that can enter. */
  boolean beats(double bound) {
    return queue.size() == limit && queue.top().score > bound;
  }

  /** The weakest kept company's score when the list is full (a floor for any wider pass), else negative infinity. */
  double floor() {
    return queue.size() == limit ? queue.top().score : Double.NEGATIVE_INFINITY;
  }

  /** The chosen companies, best first, each by its best task. */
  List<Best> ranked() {
    List<Best> ranked = new ArrayList<>(queue.size());
    while (queue.size() > 0) {
      ranked.add(queue.pop());
    }
    Collections.reverse(ranked);
    return ranked;
  }

  /** A company by its best task: company key, score, distance, global doc id. */
  record Best(long key, double score, double distanceKm, int doc) {}

  /** Worst company on top, so it is the one to drop; ties go to the nearer, then a stable key order. */
  private static final class CompanyQueue extends PriorityQueue<Best> {
    CompanyQueue(int size) {
      super(size);
    }

    @Override
    protected boolean lessThan(Best a, Best b) {
      if (a.score != b.score) {
        return a.score < b.score;
      }
      if (a.distanceKm != b.distanceKm) {
        return a.distanceKm > b.distanceKm;
      }
      return a.key > b.key;
    }
  }
}
