package dk.jobmatch.index;

/** Fixed places for distance tests, with approximate coordinates. */
final class TestPlaces {
  static final GeoPoint COPENHAGEN = new GeoPoint(55.676, 12.568);
  static final GeoPoint ROSKILDE = new GeoPoint(55.642, 12.080);

  // A provincial labour market in West Jutland (the evaluation set): Holstebro, the towns around it
  // (Struer 15 km north, Vinderup 17 km north-east, Lemvig 28 km north-west) and Herning past the
  // usual commute radius.
  static final GeoPoint HOLSTEBRO = new GeoPoint(56.3601, 8.6161);
  static final GeoPoint STRUER = new GeoPoint(56.4906, 8.5897);
  static final GeoPoint VINDERUP = new GeoPoint(56.4814, 8.7797);
  static final GeoPoint LEMVIG = new GeoPoint(56.5486, 8.3106);
  static final GeoPoint HERNING = new GeoPoint(56.1393, 8.9738);

  /** Kilometres per degree of latitude on the sphere Lucene and {@link GeoPoint} use. */
  private static final double KM_PER_DEGREE_LATITUDE = 6371.0088 * Math.PI / 180.0;

  private TestPlaces() {}

  /**
   * A point about {@code km} from {@code from} in the direction {@code bearing} (radians clockwise
   * from north), on a flat map: close enough for scattering tasks, not for measuring them.
   */
  static GeoPoint kmAtBearing(GeoPoint from, double km, double bearing) {
    return new GeoPoint(from.lat() + km / KM_PER_DEGREE_LATITUDE * Math.cos(bearing),
        from.lon() + km / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(from.lat()))) * Math.sin(bearing));
  }

  /** The point {@code km} due north of {@code from}: an exact great-circle distance along the meridian. */
  static GeoPoint kmNorthOf(GeoPoint from, double km) {
    return new GeoPoint(from.lat() + km / KM_PER_DEGREE_LATITUDE, from.lon());
  }

  /** The point about {@code kmEast} east and {@code kmNorth} north of {@code from}: a street in a town. */
  static GeoPoint kmFrom(GeoPoint from, double kmEast, double kmNorth) {
    double kmPerDegreeLongitude = KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(from.lat()));
    return new GeoPoint(from.lat() + kmNorth / KM_PER_DEGREE_LATITUDE, from.lon() + kmEast / kmPerDegreeLongitude);
  }
}
