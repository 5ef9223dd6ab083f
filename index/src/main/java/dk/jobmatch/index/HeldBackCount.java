package dk.jobmatch.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the distinct companies held back by availability, by reason; a pause counts before a full month. */
final class HeldBackCount implements Collector {
  private final long today;
  private final Set<Long> paused = new HashSet<>();
  private final Set<Long> full = new HashSet<>();

  HeldBackCount(LocalDate today) {
    this.today = today.toEpochDay();
  }

  MatchResult.HeldBack result() {
    full.removeAll(paused);
    return new MatchResult.HeldBack(paused.size(), full.size());
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues keys = DocValues.getNumeric(context.reader(), TaskDocuments.COMPANY_KEY);
    NumericDocValues availableFrom = DocValues.unwrapSingleton(
        DocValues.getSortedNumeric(context.reader(), TaskDocuments.AVAILABLE_FROM));
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        long key = keys.advanceExact(doc) ? keys.longValue() : 0;
        boolean notYet = availableFrom.advanceExact(doc) && availableFrom.longValue() > today;
        (notYet ? paused : full).add(key);
      }
    };
  }
}
