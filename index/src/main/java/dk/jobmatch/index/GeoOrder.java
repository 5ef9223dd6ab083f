package dk.jobmatch.index;

/** A Z-order (Morton) key over a grid of about 5 km cells: nearby places get nearby keys. */
final class GeoOrder {
  private static final double CELL_DEGREES = 0.05;

  private GeoOrder() {}

  static long zOrder(GeoPoint p) {
    long x = (long) Math.floor((p.lon() + 180) / CELL_DEGREES);
    long y = (long) Math.floor((p.lat() + 90) / CELL_DEGREES);
    return interleave(x) | (interleave(y) << 1);
  }

  private static long interleave(long v) {
    long out = 0;
    for (int i = 0; i < 31; i++) {
      out |= ((v >> i) & 1L) << (2 * i);
    }
    return out;
  }
}
