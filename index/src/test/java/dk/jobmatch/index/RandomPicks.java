package dk.jobmatch.index;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random choices for the property tests. Choices are made from lists in a fixed order (the
 * vocabulary's maps iterate in an order that changes from run to run), so one seed is one set of cases.
 */
final class RandomPicks {
  private RandomPicks() {}

  static <T> T oneOf(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  /** Each of {@code values} with the given probability, in their order. */
  static Set<String> someOf(List<String> values, double probability, Random random) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String value : values) {
      if (random.nextDouble() < probability) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  /** Codes in a fixed order, whatever order the collection has. */
  static List<String> sorted(Collection<String> codes) {
    return codes.stream().sorted().toList();
  }

  static String[] array(Collection<String> values) {
    return values.toArray(String[]::new);
  }
}
