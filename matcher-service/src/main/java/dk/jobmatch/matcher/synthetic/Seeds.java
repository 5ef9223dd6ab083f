package dk.jobmatch.matcher.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Randomness and ids derived from (seed, kind, index) alone: record 70,000 is the same whether or
 * not records 0..69,999 were made first, on any machine and any JVM.
 */
final class Seeds {
  private final long seed;

  Seeds(long seed) {
    this.seed = seed;
  }

  long seed() {
    return seed;
  }

  /** A random source of its own for one record. */
  SplittableRandom random(String kind, long index) {
    // String.hashCode is specified by the language, so this is stable across JVMs.
    long k = mix(seed ^ (kind.hashCode() * 0x9E3779B97F4A7C15L));
    return new SplittableRandom(mix(k + index * 0xBF58476D1CE4E5B9L));
  }

  /** A name-based (version 3) UUID of the seed, the kind and the index. */
  String id(String kind, long index) {
    return UUID.nameUUIDFromBytes((seed + ":" + kind + ":" + index).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
