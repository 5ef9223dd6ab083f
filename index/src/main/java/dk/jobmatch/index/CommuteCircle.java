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

  /** Mean earth radius, as {@link SloppyMath#haversinMeters(double, double, double, double)} uses. */
  private static final double EARTH_RADIUS_METERS = 6_371_008.7714;
  /**
   * How far from the edge the flat distance is trusted: within a commute radius it differs from the
   * great-circle distance by about 0.01%, so a 0.5% band leaves every doubtful task to the exact check.
   */
  private static final double BAND = 0.005;
  private final double cosLat;
  private final double sinLat;
  private final double surelyInside;
  private final double surelyOutside;
  private final boolean flatEnough;

  CommuteCircle(double lat, double lon, double meters) {
    this.lat = lat;
    this.lon = lon;
    this.meters = meters;
    cosLat = Math.cos(Math.toRadians(lat));
    sinLat = Math.sin(Math.toRadians(lat));
    double radians = meters / EARTH_RADIUS_METERS;
    surelyInside = square(radians * (1 - BAND));
    surelyOutside = square(radians * (1 + BAND));
    // Near the poles, or for a radius of continental size, the flat view is not good enough.
    flatEnough = Math.abs(lat) < 80 && meters < 500_000;
  }

  /**
   * Whether a task lies within the radius. The great-circle formula (asin, cos) is most of the cost
   * of a dense commute area, and nearly every task is plainly inside or outside: an equirectangular
   * distance, taken at the middle latitude, decides those, and the exact formula the rest.
   */
  boolean within(double docLat, double docLon) {
    double dLon = docLon - lon;
    if (flatEnough && Math.abs(dLon) < 90) {
      double dLatRadians = Math.toRadians(docLat - lat);
      // cos of the middle latitude, to first order: one multiplication instead of a cosine.
      double x = Math.toRadians(dLon) * (cosLat - sinLat * dLatRadians / 2);
      double flat = x * x + dLatRadians * dLatRadians;
      if (flat <= surelyInside) {
        return true;
      }
      if (flat >= surelyOutside) {
        return false;
      }
    }
    return SloppyMath.haversinMeters(lat, lon, docLat, docLon) <= meters;
  }

  private static double square(double value) {
    return value * value;
  }

  /** The points of {@code field} in the box around the circle: a lead for a sparse point field, never a full check. */
  static Query boundingBox(String field, GeoPoint home, double meters) {
    Rectangle box = Rectangle.fromPointDistance(home.lat(), home.lon(), meters);
    return LatLonPoint.newBoxQuery(field, box.minLat, box.maxLat, box.minLon, box.maxLon);
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
            return within(docLat, docLon);
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
