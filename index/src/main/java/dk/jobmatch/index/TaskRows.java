package dk.jobmatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Scores every task a narrow query lets through and keeps them all, with their score parts. */
final class TaskRows implements Collector {
  private final Ranking ranking;
  private final List<Row> rows = new ArrayList<>();

  TaskRows(Ranking ranking) {
    this.ranking = ranking;
  }

  /** One scored task: global doc id, score, unweighted parts, distance. */
  record Row(int doc, double score, double[] values, double distanceKm) {}

  List<Row> rows() {
    return rows;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    Ranking.Leaf leaf = ranking.forLeaf(context);
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        double[] values = new double[ScoreModel.PARTS];
        double score = leaf.score(doc, values);
        rows.add(new Row(context.docBase + doc, score, values, leaf.lastDistanceKm()));
      }
    };
  }
}
