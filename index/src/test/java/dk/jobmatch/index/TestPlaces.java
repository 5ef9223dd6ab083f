package dk.jobmatch.index;

/** Fixed places for distance tests, with approximate coordinates. */
final class TestPlaces {
  static final GeoPoint COPENHAGEN = new GeoPoint(55.676, 12.568);
  static final GeoPoint ROSKILDE = new GeoPoint(55.642, 12.080);

  /** Kilometres per degree of latitude on the sphere Lucene and {@link GeoPoint} use. */
  private static final double KM_PER_DEGREE_LATITUDE = 6371.0088 * Math.PI / 180.0;

  private TestPlaces() {}

  /** The point {@code km} due north of {@code from}: an exact great-circle distance along the meridian. */
  static GeoPoint kmNorthOf(GeoPoint from, double km) {
    return new GeoPoint(from.lat() + km / KM_PER_DEGREE_LATITUDE, from.lon());
  }
}
