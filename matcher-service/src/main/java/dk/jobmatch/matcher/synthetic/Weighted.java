package dk.jobmatch.matcher.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Items with relative weights, picked at random: each frequency the generator aims for is written down once. */
final class Weighted<T> {
  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] cumulative) {
    this.items = List.copyOf(items);
    this.cumulative = cumulative;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every item equally likely. */
  static <T> Weighted<T> uniform(List<T> items) {
    Builder<T> b = builder();
    items.forEach(item -> b.add(item, 1));
    return b.build();
  }

  T pick(RandomGenerator random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items.get(lo);
  }

  List<T> items() {
    return items;
  }

  /** Collects items and weights in a fixed order, so picks are reproducible. */
  static final class Builder<T> {
    private final List<T> items = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Builder<T> add(T item, double weight) {
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive: " + item);
      }
      items.add(item);
      weights.add(weight);
      return this;
    }

    Weighted<T> build() {
      double[] cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new Weighted<>(items, cumulative);
    }
  }
}
