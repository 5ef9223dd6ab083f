package dk.jobmatch.matcher.synthetic;

import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.matcher.reference.Municipalities.Municipality;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where companies and citizens are: a municipality weighted by its population, and a point a few
 * kilometres from its main town, more spread out for large towns. Points stay inside the API's
 * bounds for Denmark.
 */
final class Places {
  private static final double KM_PER_DEGREE_LAT = 111.2;

  private final List<Municipality> municipalities;
  private final Weighted<Municipality> byPopulation;

  Places(List<Municipality> municipalities) {
    this.municipalities = municipalities;
    Weighted.Builder<Municipality> b = Weighted.builder();
    municipalities.forEach(m -> b.add(m, Math.max(1, m.populationThousands())));
    this.byPopulation = b.build();
  }

  Municipality municipality(RandomGenerator random) {
    return byPopulation.pick(random);
  }

  /** The n-th municipality in code order: the first companies cover every municipality once. */
  Municipality municipality(int n) {
    return municipalities.get(n);
  }

  int municipalityCount() {
    return municipalities.size();
  }

  /** A point around the municipality's main town: Gaussian, 2.5 km plus a little per thousand inhabitants, cut at 2.5 sigma. */
  GeoPoint near(Municipality m, RandomGenerator random) {
    double sigmaKm = 2.5 + 0.1 * Math.sqrt(m.populationThousands());
    double northKm = clamp(random.nextGaussian(), 2.5) * sigmaKm;
    double eastKm = clamp(random.nextGaussian(), 2.5) * sigmaKm;
    double lat = m.centre().lat() + northKm / KM_PER_DEGREE_LAT;
    double lon = m.centre().lon() + eastKm / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(m.centre().lat())));
    // Five decimals is about a metre: companies a few metres apart are different places, not ties.
    return new GeoPoint(round(Math.min(57.79, Math.max(54.51, lat))), round(Math.min(15.19, Math.max(8.01, lon))));
  }

  private static double clamp(double v, double limit) {
    return Math.max(-limit, Math.min(limit, v));
  }

  private static double round(double v) {
    return Math.round(v * 100_000) / 100_000.0;
  }
}
