package dk.jobmatch.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A filter whose weight is created once and reused by every pass of one match. Creating the commute
 * circle's weight works out its geometry (a grid of sub-boxes), and a match runs up to five passes
 * over the same filters; only for filtering, never for scores, and only on the searcher it was made on.
 */
final class PreparedQuery extends OneMatchQuery {
  private final Weight weight;

  PreparedQuery(IndexSearcher searcher, Query query) throws IOException {
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return weight;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    weight.getQuery().visit(visitor);
  }

  @Override
  public String toString(String field) {
    return "prepared(" + weight.getQuery().toString(field) + ")";
  }
}
