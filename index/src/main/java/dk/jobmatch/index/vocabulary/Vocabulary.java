package dk.jobmatch.index.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controlled vocabulary of demands, accommodations offered and accommodation needs, read from
 * the bundled {@code accommodations.json} (a copy of the product's reference file).
 *
 * <pre>{@code
 * Vocabulary vocabulary = Vocabulary.bundled();
 * NeedRule rule = vocabulary.need("NO_HEAVY_LIFTING").orElseThrow();
 * }</pre>
 */
public final class Vocabulary {
  private static final String RESOURCE = "/dk/jobmatch/index/vocabulary/accommodations.json";

  private final Map<String, Term> demands;
  private final Map<String, Term> accommodations;
  private final Map<String, NeedRule> needs;
  private final Map<String, WishRule> wishes;

  private Vocabulary(Map<String, Term> demands, Map<String, Term> accommodations, Map<String, NeedRule> needs,
      Map<String, WishRule> wishes) {
    this.demands = demands;
    this.accommodations = accommodations;
    this.needs = needs;
    this.wishes = wishes;
  }

  /** The vocabulary shipped with this library. */
  public static Vocabulary bundled() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Vocabulary parse(String json) {
    Map<String, Object> root = (Map<String, Object>) JsonReader.parse(json);
    Map<String, Term> demands = terms((List<Object>) root.get("demands"));
    Map<String, Term> accommodations = terms((List<Object>) root.get("accommodationsOffered"));
    Map<String, NeedRule> needs = new LinkedHashMap<>();
    for (Object o : (List<Object>) root.get("needs")) {
      Map<String, Object> need = (Map<String, Object>) o;
      String code = (String) need.get("code");
      Object schedule = need.get("schedule");
      if (schedule != null && !"DAYTIME_WEEKDAYS".equals(schedule)) {
        throw new IllegalStateException("need " + code + " reads an unknown schedule " + schedule);
      }
      NeedRule rule = new NeedRule(code, (String) need.get("da"),
          codes(need.get("conflicts")), codes(need.get("neutralisedBy")), codes(need.get("requires")), schedule != null);
      checkKnown(rule.conflicts(), demands, code);
      checkKnown(rule.neutralisedBy(), accommodations, code);
      checkKnown(rule.requires(), accommodations, code);
      needs.put(code, rule);
    }
    Map<String, WishRule> wishes = new LinkedHashMap<>();
    List<Object> wishList = (List<Object>) root.get("wishes");
    for (Object o : wishList == null ? List.of() : wishList) {
      Map<String, Object> wish = (Map<String, Object>) o;
      String code = (String) wish.get("code");
      Map<String, Object> team = (Map<String, Object>) wish.get("teamSize");
      WishRule rule = new WishRule(code, (String) wish.get("da"), codes(wish.get("demands")), codes(wish.get("offered")),
          codes(wish.get("occupations")), team == null ? null : number(team.get("min")),
          team == null ? null : number(team.get("max")), List.copyOf((List<String>) (List<?>) wish.get("cues")));
      checkKnown(rule.demands(), demands, code);
      checkKnown(rule.offered(), accommodations, code);
      for (String prefix : rule.occupationPrefixes()) {
        if (!prefix.matches("[0-9]{1,4}")) {
          throw new IllegalStateException("wish " + code + " names occupation group " + prefix + ", not 1 to 4 digits");
        }
      }
      wishes.put(code, rule);
    }
    // Insertion order is the vocabulary's order, which pages list wishes in.
    return new Vocabulary(Map.copyOf(demands), Map.copyOf(accommodations), Map.copyOf(needs),
        java.util.Collections.unmodifiableMap(wishes));
  }

  private static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  public Optional<WishRule> wish(String code) {
    return Optional.ofNullable(wishes.get(code));
  }

  /** The wishes in vocabulary order. */
  public Map<String, WishRule> wishes() {
    return wishes;
  }


  public Optional<NeedRule> need(String code) {
    return Optional.ofNullable(needs.get(code));
  }

  public Map<String, NeedRule> needs() {
    return needs;
  }

  public Map<String, Term> demands() {
    return demands;
  }

  public Map<String, Term> accommodations() {
    return accommodations;
  }

  public boolean isDemand(String code) {
    return demands.containsKey(code);
  }

  public boolean isAccommodation(String code) {
    return accommodations.containsKey(code);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Term> terms(List<Object> list) {
    Map<String, Term> terms = new LinkedHashMap<>();
    for (Object o : list) {
      Map<String, Object> m = (Map<String, Object>) o;
      terms.put((String) m.get("code"), new Term((String) m.get("code"), (String) m.get("da"), (String) m.get("en")));
    }
    return terms;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> codes(Object list) {
    return list == null ? Set.of() : Set.copyOf((List<String>) (List<?>) list);
  }

  private static void checkKnown(Set<String> codes, Map<String, Term> known, String need) {
    for (String c : codes) {
      if (!known.containsKey(c)) {
        throw new IllegalStateException("need " + need + " refers to unknown code " + c);
      }
    }
  }
}
