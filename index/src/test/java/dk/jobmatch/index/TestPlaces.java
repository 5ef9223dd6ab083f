package dk.jobmatch.index;

/** Fixed places for distance tests, with approximate coordinates. */
final class TestPlaces {
  static final GeoPoint COPENHAGEN = new GeoPoint(55.676, 12.568);
  static final GeoPoint ROSKILDE = new GeoPoint(55.642, 12.080);

  /** Kilometres per degree of latitude on the sphere Lucene and {@link GeoPoint} use. */
  private static final double KM_PER_DEGREE_LATITUDE = 6371.0088 * Math.PI / 180.0;

  private TestPlaces() {}

  /**
   * A point about {@code km} from {@code from} in the direction {@code bearing} (radians clockwise
   * from north), on a flat map: close enough for scattering tasks, not for measuring them.
   */
  static GeoPoint kmFrom(GeoPoint from, double km, double bearing) {
    return new GeoPoint(from.lat() + km / KM_PER_DEGREE_LATITUDE * Math.cos(bearing),
        from.lon() + km / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(from.lat()))) * Math.sin(bearing));
  }

  /** The point {@code km} due north of {@code from}: an exact great-circle distance along the meridian. */
  static GeoPoint kmNorthOf(GeoPoint from, double km) {
    return new GeoPoint(from.lat() + km / KM_PER_DEGREE_LATITUDE, from.lon());
  }
}
