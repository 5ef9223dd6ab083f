package dk.jobmatch.index.occupation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The helper occupations and the skilled occupations of the same trade (fag) they work beside, from
 * {@code occupation-trades.tsv}: the garden labourer and the nursery worker, the kitchen helper and
 * the cook. Read both ways. Every pair lies within one field of work ({@link OccupationFields}), so
 * the trade is a closer relation inside the field, never a new one. Looked up by the four-digit code
 * as a number, from a table, because the ranking asks per candidate task.
 */
public final class OccupationTrades {
  static final String FILE = "/dk/jobmatch/index/occupation/occupation-trades.tsv";
  private static final int[] NONE = new int[0];
  private static final OccupationTrades BUNDLED = parse(OccupationFiles.resource(FILE));

  /** A helper occupation and a skilled occupation of its trade, as four-digit code numbers. */
  public record Pair(int helper, int skilled) {}

  private final List<Pair> pairs;
  /** Per code number, the code numbers of its trade (a handful at most). */
  private final int[][] partners = new int[10_000][];

  private OccupationTrades(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
    Arrays.fill(partners, NONE);
    for (Pair pair : pairs) {
      add(pair.helper(), pair.skilled());
      add(pair.skilled(), pair.helper());
    }
  }

  private void add(int code, int partner) {
    int[] old = partners[code];
    int[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = partner;
    partners[code] = grown;
  }

  public static OccupationTrades bundled() {
    return BUNDLED;
  }

  /** Whether two four-digit codes (as numbers) are a helper and a skilled occupation of one trade. */
  public boolean sameTrade(int a, int b) {
    if (a < 0 || a >= partners.length) {
      return false;
    }
    for (int partner : partners[a]) {
      if (partner == b) {
        return true;
      }
    }
    return false;
  }

  /** Every pair, in file order. */
  public List<Pair> pairs() {
    return pairs;
  }

  static OccupationTrades parse(String tsv) {
    List<Pair> pairs = new ArrayList<>();
    int number = 0;
    for (String line : tsv.split("\n")) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("helper\t")) {
        continue;
      }
      String[] columns = line.strip().split("\t");
      if (columns.length != 2 || !columns[0].matches("\\d{4}")) {
        throw new IllegalStateException(FILE + ":" + number + ": expected a helper code and its skilled codes");
      }
      for (String skilled : columns[1].split(",")) {
        String code = skilled.strip();
        if (!code.matches("\\d{4}")) {
          throw new IllegalStateException(FILE + ":" + number + ": not a four-digit code: " + code);
        }
        pairs.add(new Pair(Integer.parseInt(columns[0]), Integer.parseInt(code)));
      }
    }
    return new OccupationTrades(pairs);
  }
}
