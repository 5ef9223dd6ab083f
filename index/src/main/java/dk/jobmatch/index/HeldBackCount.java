package dk.jobmatch.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Counts the distinct companies held back by availability, by reason; a pause counts before the
 * contact limit, and that before a full month. Availability belongs to the company, so once one of its tasks passes, the rest of its block
 * of documents is skipped rather than checked against every filter.
 */
final class HeldBackCount {
  private HeldBackCount() {}

  /** The companies with a task matching {@code heldBack} (tasks that pass every filter but availability). */
  static MatchResult.HeldBack count(IndexSearcher searcher, Query heldBack, HardRule.Context context) throws IOException {
    Set<Long> paused = new HashSet<>();
    Set<Long> full = new HashSet<>();
    Set<Long> askedEnough = new HashSet<>();
    Weight weight = searcher.createWeight(searcher.rewrite(heldBack), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) {
        continue;
      }
      Scorer scorer = supplier.get(Long.MAX_VALUE);
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      Bits live = leaf.reader().getLiveDocs();
      int maxDoc = leaf.reader().maxDoc();
      NumericDocValues keys = DocValues.getNumeric(leaf.reader(), TaskDocuments.COMPANY_KEY);
      NumericDocValues availableFrom = DocValues.unwrapSingleton(
          DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.AVAILABLE_FROM));
      NumericDocValues contactLimitUntil = DocValues.unwrapSingleton(
          DocValues.getSortedNumeric(leaf.reader(), TaskDocuments.CONTACT_LIMIT_UNTIL));
      int doc = candidates.nextDoc();
      while (doc != DocIdSetIterator.NO_MORE_DOCS) {
        if ((live != null && !live.get(doc)) || (twoPhase != null && !twoPhase.matches())) {
          doc = candidates.nextDoc();
          continue;
        }
        long key = keys.advanceExact(doc) ? keys.longValue() : 0;
        long from = availableFrom.advanceExact(doc) ? availableFrom.longValue() : 0;
        long asked = contactLimitUntil.advanceExact(doc) ? contactLimitUntil.longValue() : 0;
        HardRule.TaskFacts facts = new HardRule.TaskFacts(0, 0, from, 0, asked);
        if (HardRule.NOT_YET_AVAILABLE.brokenBy(facts, context)) {
          paused.add(key);
        } else if (HardRule.CONTACT_LIMIT.brokenBy(facts, context)) {
          askedEnough.add(key);
        } else {
          full.add(key);
        }
        int next = doc + 1;
        while (next < maxDoc && keys.advanceExact(next) && keys.longValue() == key) {
          next++;
        }
        doc = next < maxDoc ? candidates.advance(next) : DocIdSetIterator.NO_MORE_DOCS;
      }
    }
    askedEnough.removeAll(paused);
    full.removeAll(paused);
    full.removeAll(askedEnough);
    return new MatchResult.HeldBack(paused.size(), full.size(), askedEnough.size());
  }
}
