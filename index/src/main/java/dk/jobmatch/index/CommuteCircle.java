package dk.jobmatch.index;

import java.io.IOException;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;

/**
 * The commute radius as a filter: the bounding box (points index when it leads, doc values when
 * another clause does), then the exact great-circle check per candidate from doc values. Lucene's
 * own distance query works out a grid of sub-boxes each time it is created, which cost more per
 * match than the whole check it saves.
 */
final class CommuteCircle extends Query {
  private final double lat;
  private final double lon;
  private final double meters;

  private CommuteCircle(double lat, double lon, double meters) {
    this.lat = lat;
    this.lon = lon;
    this.meters = meters;
  }

  static Query around(GeoPoint home, double meters) {
    Rectangle box = Rectangle.fromPointDistance(home.lat(), home.lon(), meters);
    Query inBox = new IndexOrDocValuesQuery(
        LatLonPoint.newBoxQuery(TaskDocuments.LOCATION, box.minLat, box.maxLat, box.minLon, box.maxLon),
        LatLonDocValuesField.newSlowBoxQuery(TaskDocuments.LOCATION, box.minLat, box.maxLat, box.minLon, box.maxLon));
    return new BooleanQuery.Builder()
        .add(inBox, Occur.FILTER)
        .add(new CommuteCircle(home.lat(), home.lon(), meters), Occur.FILTER)
        .build();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        SortedNumericDocValues location = DocValues.getSortedNumeric(context.reader(), TaskDocuments.LOCATION);
        int maxDoc = context.reader().maxDoc();
        TwoPhaseIterator within = new TwoPhaseIterator(DocIdSetIterator.all(maxDoc)) {
          @Override
          public boolean matches() throws IOException {
            if (!location.advanceExact(approximation.docID())) {
              return false;
            }
            long encoded = location.nextValue();
            double docLat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
            double docLon = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
            return SloppyMath.haversinMeters(lat, lon, docLat, docLon) <= meters;
          }

          @Override
          public float matchCost() {
            return 30;
          }
        };
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) {
            return new ConstantScoreScorer(score(), scoreMode, within);
          }

          @Override
          public long cost() {
            return maxDoc;
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "within " + meters + " m of " + lat + "," + lon;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommuteCircle c && c.lat == lat && c.lon == lon && c.meters == meters;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(lat) * 31 + Double.hashCode(lon) * 17 + Double.hashCode(meters);
  }
}
